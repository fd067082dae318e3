#include "clienvironment.h"

#include "common/clock.h"
#include "credentials/filecredentialstore.h"
#include "demo/demomode.h"
#include "credentials/keychaincredentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "logging/logsink.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsurl.h"
#include "settings/loggingrules.h"
#include "sources/sourcefactory.h"
#include "settings/settings.h"
#include "state/statestore.h"
#include "sync/syncstate.h"
#include "synclock.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>

namespace nb::cli {

namespace {

SyncError configError(const QString &message, const QString &detail)
{
    return SyncError::make(SyncError::Kind::Config, message, detail);
}

} // namespace

CliEnvironment::CliEnvironment(const GlobalOptions &global, CommandIo &io, QObject *parent)
    : QObject(parent)
    , m_global(global)
    , m_io(io)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString dir = global.configDir;
    if (dir.isEmpty())
        dir = env.value(QStringLiteral("NIGHTBRIDGE_CONFIG_DIR"));
    m_paths = dir.isEmpty() ? AppPaths::standard() : AppPaths::inDirectory(dir);
    if (global.demo)
        m_paths = m_paths.demo();
    m_env = EnvConfig::fromVariables(EnvConfig::systemVariables());
    m_clock = std::make_unique<SystemClock>();
    m_http = std::make_unique<HttpClient>(*m_clock);
}

CliEnvironment::~CliEnvironment()
{
    m_demo.reset();
    for (const auto &client : std::as_const(m_sites))
        client->cancelAll();
    m_sites.clear();
    m_http.reset(); // pending requests go before the objects their callbacks use
    if (m_logSink)
        m_logSink->uninstall();
}

Result<void> CliEnvironment::open()
{
    for (const QString &path : {QFileInfo(m_paths.settingsFile).absolutePath(),
                                QFileInfo(m_paths.stateFile).absolutePath(), m_paths.outboxDir, m_paths.logDir}) {
        if (!QDir().mkpath(path))
            return SyncError::make(SyncError::Kind::Storage,
                                   tr("Cannot create the folder %1. Check --config and the permissions.")
                                       .arg(QDir::toNativeSeparators(path)),
                                   QStringLiteral("mkpath %1 failed").arg(path));
    }
    // The log first: whatever happens from here on is in the file (and on stderr with -v only).
    LogSink::Options logOptions;
    logOptions.directory = m_paths.logDir;
    logOptions.baseName = QStringLiteral("nightbridge-cli");
    logOptions.echoToStderr = m_global.verbose;
    m_logSink = std::make_unique<LogSink>(logOptions);
    m_logSink->install();
    const bool settingsExist = QFileInfo::exists(m_paths.settingsFile);
    m_settings = std::make_unique<Settings>(m_paths.settingsFile);
    if (!m_global.demo || settingsExist) { // the demo creates no settings file of its own
        if (auto migrated = m_settings->migrate(); !migrated.ok() && !m_settings->isReadOnly())
            return migrated;
    }

    const LogLevel level = m_global.verbose ? LogLevel::Debug : m_settings->enumValue<LogLevel>(keys::logLevel);
    QString rules = loggingFilterRules(level, m_settings->boolValue(keys::logHttpTrace));
    QLoggingCategory::setFilterRules(rules);

    m_stateStore = std::make_unique<StateStore>(m_paths.stateFile, m_clock.get());
    if (auto loaded = m_stateStore->load(); !loaded.ok())
        return loaded.error();
    m_syncState = std::make_unique<SyncState>(*m_stateStore);

    const QString storeChoice = QProcessEnvironment::systemEnvironment()
                                    .value(QStringLiteral("NIGHTBRIDGE_CREDENTIAL_STORE"))
                                    .trimmed()
                                    .toLower();
    if (m_global.demo)
        m_credentials = std::make_unique<MemoryCredentialStore>();
    else if (storeChoice == QLatin1String("file") ||
             (storeChoice.isEmpty() &&
              m_settings->enumValue<CredentialBackend>(keys::credentialBackend) == CredentialBackend::File))
        m_credentials = std::make_unique<FileCredentialStore>(m_paths.credentialFile);
    else
        m_credentials = std::make_unique<KeychainCredentialStore>();
    m_accounts = std::make_unique<AccountRepository>(*m_settings);
    if (m_global.demo) {
        // A configured site gets the demo data (clearly tagged); otherwise a fake one in this process.
        m_demoOwnSite = m_settings->stringValue(keys::nightscoutUrl).isEmpty() && m_env.nightscoutUrl.isEmpty();
        m_demo = std::make_unique<DemoMode>(*m_clock, *m_http, *m_credentials);
        if (auto started = m_demo->start(m_demoOwnSite); !started.ok())
            return started;
    }
    return {};
}

Result<QList<AccountConfig>> CliEnvironment::selectedAccounts() const
{
    QList<AccountConfig> all = m_demo ? m_demo->accounts() : m_accounts->load();
    for (const AccountConfig &a : m_env.accounts) {
        if (!m_demo && !m_accounts->contains(a.id))
            all.append(a);
    }
    if (m_global.accounts.isEmpty()) {
        QList<AccountConfig> enabled;
        for (const AccountConfig &a : all) {
            if (a.enabled)
                enabled.append(a);
        }
        return enabled;
    }
    QList<AccountConfig> chosen;
    for (const QString &id : m_global.accounts) {
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const AccountConfig &a) { return a.id == id; });
        if (found == all.cend()) {
            QStringList ids;
            for (const AccountConfig &a : all)
                ids.append(a.id);
            return configError(tr("There is no account \"%1\". Accounts: %2.")
                                   .arg(id, ids.isEmpty() ? tr("none (see `nightbridge-cli accounts add`)")
                                                          : ids.join(QStringLiteral(", "))),
                               QStringLiteral("unknown account %1").arg(id));
        }
        chosen.append(*found);
    }
    return chosen;
}

QString CliEnvironment::siteIdFor(const AccountConfig &account)
{
    return account.nightscoutUrl.isEmpty() ? QStringLiteral("default") : account.id;
}

void CliEnvironment::readSecret(const QString &key, std::function<void(const Result<Secret> &)> done)
{
    m_credentials->read(key, this, [done](const Result<std::optional<Secret>> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(r.value().value_or(Secret()));
    });
}

void CliEnvironment::nightscoutConfig(const AccountConfig &account,
                                      std::function<void(const Result<ns::NsClientConfig> &)> done)
{
    if (m_demo && m_demoOwnSite) {
        done(m_demo->nightscoutConfig());
        return;
    }
    const bool ownSite = !account.nightscoutUrl.isEmpty();
    QString url = ownSite ? account.nightscoutUrl.toString() : m_settings->stringValue(keys::nightscoutUrl);
    if (!ownSite && !m_env.nightscoutUrl.isEmpty())
        url = m_env.nightscoutUrl; // the environment wins, as in containers
    if (url.isEmpty()) {
        done(configError(tr("No Nightscout site is configured. Set it with `nightbridge-cli accounts set` / the "
                            "settings (nightscout/url), or NS_URL."),
                         QStringLiteral("no nightscout url")));
        return;
    }
    const Result<QUrl> base = ns::NsUrl::normalize(url, m_settings->boolValue(keys::nightscoutAllowInsecureHttp));
    if (!base.ok()) {
        done(base.error());
        return;
    }
    ns::NsClientConfig config;
    config.baseUrl = base.value();
    config.batchSize = m_settings->intValue(keys::nightscoutUploadBatchSize);
    if (!ownSite && !m_env.nightscoutToken.isEmpty()) {
        config.credentials = ns::NsCredentials::accessToken(m_env.nightscoutToken);
        done(config);
        return;
    }
    if (!ownSite && !m_env.nightscoutSecret.isEmpty()) {
        config.credentials = ns::NsCredentials::apiSecret(m_env.nightscoutSecret);
        done(config);
        return;
    }
    const QString site = siteIdFor(account);
    const bool token = m_settings->enumValue<NightscoutAuthMode>(keys::nightscoutAuthMode) == NightscoutAuthMode::Token;
    const QString key = token ? CredentialKeys::nightscoutToken(site) : CredentialKeys::nightscoutSecret(site);
    readSecret(key, [config, token, done](const Result<Secret> &secret) mutable {
        if (!secret.ok()) {
            done(secret.error());
            return;
        }
        if (secret->isEmpty()) {
            done(configError(tr("No Nightscout API secret is stored. Add it with `nightbridge-cli accounts set "
                                "--nightscout-secret-file FILE`, or set NS_SECRET."),
                             QStringLiteral("no nightscout secret")));
            return;
        }
        config.credentials =
            token ? ns::NsCredentials::accessToken(secret.value()) : ns::NsCredentials::apiSecret(secret.value());
        done(config);
    });
}

Result<std::unique_ptr<DataSource>> CliEnvironment::createSource(const AccountConfig &account)
{
    if (m_demo)
        return m_demo->createSource(account);
    return SourceFactory::create(account, SourceFactory::Services{*m_http, *m_credentials, *m_clock, m_settings.get()});
}

void CliEnvironment::nightscoutClient(const AccountConfig &account,
                                      std::function<void(const Result<ns::NightscoutClient *> &)> done)
{
    const QString site = siteIdFor(account);
    if (const auto it = m_sites.constFind(site); it != m_sites.cend()) {
        done(it->get());
        return;
    }
    nightscoutConfig(account, [this, site, done](const Result<ns::NsClientConfig> &config) {
        if (!config.ok()) {
            done(config.error());
            return;
        }
        if (const auto it = m_sites.constFind(site); it != m_sites.cend()) { // asked twice meanwhile
            done(it->get());
            return;
        }
        auto client = std::make_shared<ns::NightscoutClient>(*m_http, *m_clock, config.value());
        m_sites.insert(site, client);
        done(client.get());
    });
}

Result<void> CliEnvironment::lock()
{
    m_lock = std::make_unique<SyncLock>(m_paths.lockFile);
    qint64 holder = 0;
    if (m_lock->tryLock(&holder))
        return {};
    return SyncError::make(SyncError::Kind::Storage,
                           tr("Another Nightbridge process (PID %1) is syncing these accounts. Wait for it to finish, "
                              "or stop it first.")
                               .arg(holder),
                           QStringLiteral("lock %1 held by %2").arg(m_paths.lockFile).arg(holder));
}

} // namespace nb::cli
