#include "runtime.h"

#include "synclock.h"

#include "common/clock.h"
#include "common/privatefiles.h"
#include "credentials/filecredentialstore.h"
#include "credentials/keychaincredentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "demo/demomode.h"
#include "logging/categories.h"
#include "logging/logsink.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsurl.h"
#include "settings/loggingrules.h"
#include "settings/settings.h"
#include "sources/sourcefactory.h"
#include "state/statestore.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>

namespace nb {

namespace {

// The folder named by --config or NIGHTBRIDGE_CONFIG_DIR is the user's: a new one is created 0700, but the
// mode of an existing one is theirs to choose. Nightbridge's own folders inside it are tightened.
bool isChosenFolder(const QString &configDir, const QString &path)
{
    QString dir = configDir;
    if (dir.isEmpty())
        dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("NIGHTBRIDGE_CONFIG_DIR"));
    return !dir.isEmpty() && QFileInfo(dir).absoluteFilePath() == QFileInfo(path).absoluteFilePath();
}

SyncError configError(const QString &message, const QString &detail)
{
    return SyncError::make(SyncError::Kind::Config, message, detail);
}

} // namespace

Runtime::Runtime(RuntimeOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_paths = basePaths(m_options.configDir);
    if (m_options.demo)
        m_paths = m_paths.demo();
    m_env = EnvConfig::fromVariables(EnvConfig::systemVariables());
    m_clock = std::make_unique<SystemClock>();
    m_http = std::make_unique<HttpClient>(*m_clock);
}

AppPaths Runtime::basePaths(const QString &configDir)
{
    QString dir = configDir;
    if (dir.isEmpty())
        dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("NIGHTBRIDGE_CONFIG_DIR"));
    return dir.isEmpty() ? AppPaths::standard() : AppPaths::inDirectory(dir);
}

Runtime::~Runtime()
{
    closeData();
    m_http.reset(); // pending requests go before the objects their callbacks use
    if (m_logSink)
        m_logSink->uninstall();
}

Result<void> Runtime::open()
{
    for (const QString &path : {QFileInfo(m_paths.settingsFile).absolutePath(), m_paths.logDir}) {
        if (!PrivateFiles::makeFolder(path, !isChosenFolder(m_options.configDir, path)))
            return SyncError::make(SyncError::Kind::Storage,
                                   tr("Cannot create the folder %1. Check --config and the permissions.")
                                       .arg(QDir::toNativeSeparators(path)),
                                   QStringLiteral("mkpath %1 failed").arg(path));
    }
    // The log first: whatever happens from here on is in the file.
    LogSink::Options logOptions;
    logOptions.directory = m_paths.logDir;
    logOptions.baseName = m_options.logBaseName;
    logOptions.echoToStderr = m_options.echoLog;
    m_logSink = std::make_unique<LogSink>(logOptions);
    m_logSink->install();
    const bool settingsExist = QFileInfo::exists(m_paths.settingsFile);
    m_settings = std::make_unique<Settings>(m_paths.settingsFile);
    if (!m_options.demo || settingsExist) { // the demo creates no settings file of its own
        if (auto migrated = m_settings->migrate(); !migrated.ok() && !m_settings->isReadOnly())
            return migrated;
    }
    applyLogLevel();
    m_accounts = std::make_unique<AccountRepository>(*m_settings);
    return openData();
}

Result<void> Runtime::openData()
{
    for (const QString &path : {QFileInfo(m_paths.stateFile).absolutePath(), m_paths.outboxDir}) {
        if (!PrivateFiles::makeFolder(path, !isChosenFolder(m_options.configDir, path)))
            return SyncError::make(SyncError::Kind::Storage,
                                   tr("Cannot create the folder %1. Check --config and the permissions.")
                                       .arg(QDir::toNativeSeparators(path)),
                                   QStringLiteral("mkpath %1 failed").arg(path));
    }
    m_stateStore = std::make_unique<StateStore>(m_paths.stateFile, m_clock.get());
    if (auto loaded = m_stateStore->load(); !loaded.ok())
        return loaded.error();
    if (!m_stateStore->resetNotice().isEmpty())
        m_stateWarning = m_stateStore->resetNotice();
    m_syncState = std::make_unique<SyncState>(*m_stateStore);
    if (m_options.demo) {
        m_demoCredentials = std::make_unique<MemoryCredentialStore>();
        m_credentials = m_demoCredentials.get();
        m_demoReady = false;
        m_demoStarted = false;
        // The fakes start (and generate their history) when the accounts are first prepared, not here:
        // the tray app shows its icon first.
        m_demo = std::make_unique<DemoMode>(*m_clock, *m_http, *m_credentials);
    } else {
        m_credentials = &userCredentials();
    }
    return {};
}

Result<void> Runtime::ensureDemoStarted()
{
    if (!m_demo || m_demoStarted)
        return {};
    if (auto started = m_demo->start(); !started.ok())
        return started;
    m_demoStarted = true;
    return {};
}

void Runtime::closeData()
{
    forgetNightscoutClients();
    m_demo.reset();
    m_credentials = nullptr;
    m_demoCredentials.reset();
    m_lock.reset();
    m_syncState.reset();
    m_stateStore.reset();
}

Result<void> Runtime::setDemo(bool demo)
{
    if (demo == m_options.demo && m_stateStore)
        return {};
    closeData();
    m_options.demo = demo;
    m_paths = demo ? basePaths(m_options.configDir).demo() : basePaths(m_options.configDir);
    return openData();
}

CredentialStore &Runtime::userCredentials()
{
    if (m_userCredentials)
        return *m_userCredentials;
    const QString storeChoice = QProcessEnvironment::systemEnvironment()
                                    .value(QStringLiteral("NIGHTBRIDGE_CREDENTIAL_STORE"))
                                    .trimmed()
                                    .toLower();
    if (m_options.credentialStore)
        m_userCredentials = std::move(m_options.credentialStore);
    else if (storeChoice == QLatin1String("file") ||
             (storeChoice.isEmpty() &&
              m_settings->enumValue<CredentialBackend>(keys::credentialBackend) == CredentialBackend::File))
        m_userCredentials = std::make_unique<FileCredentialStore>(basePaths(m_options.configDir).credentialFile);
    else
        m_userCredentials = std::make_unique<KeychainCredentialStore>();
    return *m_userCredentials;
}

void Runtime::applyLogLevel()
{
    const LogLevel level = m_options.verbose ? LogLevel::Debug : m_settings->enumValue<LogLevel>(keys::logLevel);
    QLoggingCategory::setFilterRules(loggingFilterRules(level, m_settings->boolValue(keys::logHttpTrace)));
}

QList<AccountConfig> Runtime::allAccounts() const
{
    QList<AccountConfig> all = m_demo ? m_demo->accounts() : m_accounts->load();
    for (const AccountConfig &a : m_env.accounts) {
        if (!m_demo && !m_accounts->contains(a.id))
            all.append(a);
    }
    return all;
}

bool Runtime::hasNoAccounts(const Settings &settings, const EnvConfig &environment)
{
    return settings.childGroups(keys::accountsGroup).isEmpty() && environment.accounts.isEmpty();
}

Result<QList<AccountConfig>> Runtime::selectAccounts(const QStringList &ids) const
{
    const QList<AccountConfig> all = allAccounts();
    if (ids.isEmpty()) {
        QList<AccountConfig> enabled;
        for (const AccountConfig &a : all) {
            if (a.enabled)
                enabled.append(a);
        }
        return enabled;
    }
    QList<AccountConfig> chosen;
    for (const QString &id : ids) {
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const AccountConfig &a) { return a.id == id; });
        if (found == all.cend()) {
            QStringList known;
            for (const AccountConfig &a : all)
                known.append(a.id);
            return configError(tr("There is no account \"%1\". Accounts: %2.")
                                   .arg(id, known.isEmpty() ? tr("none (see `nightbridge-cli accounts add`)")
                                                            : known.join(QStringLiteral(", "))),
                               QStringLiteral("unknown account %1").arg(id));
        }
        chosen.append(*found);
    }
    return chosen;
}

QString Runtime::siteIdFor(const AccountConfig &account)
{
    return account.nightscoutUrl.isEmpty() ? QStringLiteral("default") : account.id;
}

QUrl Runtime::nightscoutSiteUrl() const
{
    if (m_demo)
        return {}; // the demo's site is the fake one in this process: no pages to show
    const QString url =
        m_env.nightscoutUrl.isEmpty() ? m_settings->stringValue(keys::nightscoutUrl) : m_env.nightscoutUrl;
    if (url.isEmpty())
        return {};
    const Result<QUrl> base = ns::NsUrl::normalize(url, m_settings->boolValue(keys::nightscoutAllowInsecureHttp));
    return base.ok() ? base.value() : QUrl();
}

void Runtime::readSecret(const QString &key, std::function<void(const Result<Secret> &)> done)
{
    m_credentials->read(key, this, [done](const Result<std::optional<Secret>> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(r.value().value_or(Secret()));
    });
}

void Runtime::nightscoutConfig(const AccountConfig &account,
                               std::function<void(const Result<ns::NsClientConfig> &)> done)
{
    // The demo uploads only to its own fake site, whatever NS_URL, NS_SECRET, the settings or the account
    // say: simulated readings must never reach a site that phones, watches and closed loops read.
    if (m_demo) {
        if (auto started = ensureDemoStarted(); !started.ok()) {
            done(started.error());
            return;
        }
        done(m_demo->nightscoutConfig());
        return;
    }
    const bool ownSite = !account.nightscoutUrl.isEmpty();
    QString url = ownSite ? account.nightscoutUrl.toString() : m_settings->stringValue(keys::nightscoutUrl);
    if (!ownSite && !m_env.nightscoutUrl.isEmpty())
        url = m_env.nightscoutUrl; // the environment wins, as in containers
    if (url.isEmpty()) {
        done(configError(m_options.cliHints
                             ? tr("No Nightscout site is configured. Set it with `nightbridge-cli accounts set` / the "
                                  "settings (nightscout/url), or NS_URL.")
                             : tr("No Nightscout site is configured. Enter its address in Settings."),
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
    const QString missing = m_options.cliHints
                                ? tr("No Nightscout API secret is stored. Add it with `nightbridge-cli accounts set "
                                     "--nightscout-secret-file FILE`, or set NS_SECRET.")
                                : tr("No Nightscout API secret or token is stored. Enter it in Settings.");
    readSecret(key, [config, token, done, missing](const Result<Secret> &secret) mutable {
        if (!secret.ok()) {
            done(secret.error());
            return;
        }
        if (secret->isEmpty()) {
            done(configError(missing, QStringLiteral("no nightscout secret")));
            return;
        }
        config.credentials =
            token ? ns::NsCredentials::accessToken(secret.value()) : ns::NsCredentials::apiSecret(secret.value());
        done(config);
    });
}

Result<std::unique_ptr<DataSource>> Runtime::createSource(const AccountConfig &account)
{
    if (m_demo) {
        if (auto started = ensureDemoStarted(); !started.ok())
            return started.error();
        return m_demo->createSource(account);
    }
    return SourceFactory::create(account, SourceFactory::Services{*m_http, *m_credentials, *m_clock, m_settings.get()});
}

void Runtime::nightscoutClient(const AccountConfig &account,
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

void Runtime::forgetNightscoutClients()
{
    for (const auto &client : std::as_const(m_sites))
        client->cancelAll();
    m_sites.clear();
}

void Runtime::prepare(const QList<AccountConfig> &accounts, bool needNightscout, PreparedCallback done)
{
    if (m_demo && !m_demoReady) {
        if (auto started = ensureDemoStarted(); !started.ok()) {
            done(started.error());
            return;
        }
        m_demo->prepare([this, accounts, needNightscout, done](const Result<void> &ready) {
            if (!ready.ok()) {
                done(ready.error());
                return;
            }
            m_demoReady = true;
            prepare(accounts, needNightscout, done);
        });
        return;
    }
    prepareNext(accounts, needNightscout, std::make_shared<QList<PreparedAccount>>(), std::move(done));
}

void Runtime::prepareNext(QList<AccountConfig> todo, bool needNightscout, std::shared_ptr<QList<PreparedAccount>> ready,
                          PreparedCallback done)
{
    if (todo.isEmpty()) {
        done(*ready);
        return;
    }
    PreparedAccount prepared;
    prepared.config = todo.takeFirst();
    auto source = createSource(prepared.config);
    if (!source.ok()) {
        prepared.error = source.error();
        prepared.errorSource = ErrorSource::Local;
    } else {
        prepared.source = std::shared_ptr<DataSource>(std::move(source).value());
    }
    if (!needNightscout || prepared.error) {
        ready->append(prepared);
        prepareNext(todo, needNightscout, ready, std::move(done));
        return;
    }
    nightscoutClient(prepared.config, [this, todo, needNightscout, ready, done,
                                       prepared](const Result<ns::NightscoutClient *> &client) mutable {
        if (client.ok()) {
            prepared.nightscout = client.value();
        } else {
            prepared.error = client.error();
            prepared.errorSource = ErrorSource::Nightscout;
        }
        ready->append(prepared);
        prepareNext(todo, needNightscout, ready, done);
    });
}

Result<void> Runtime::lock()
{
    if (isLocked())
        return {};
    auto lock = std::make_unique<SyncLock>(m_paths.lockFile);
    qint64 holder = 0;
    m_lockHeldElsewhere = false;
    if (lock->tryLock(&holder)) {
        m_lock = std::move(lock);
        // The state was read at open(), perhaps while another process still held the lock and wrote it:
        // from now on this process is the only writer, so read it again before changing anything.
        if (m_stateStore) {
            if (auto reloaded = m_stateStore->load(); !reloaded.ok())
                qCWarning(lcState).noquote() << "state re-read after locking:" << reloaded.error().toLogString();
        }
        return {};
    }
    if (!lock->error().isEmpty()) {
        // Not another process: the folder cannot be written (read-only, wrong owner, full). Saying "busy"
        // here would let a timer unit count it as success for ever.
        const QString folder = QFileInfo(m_paths.lockFile).absolutePath();
        return SyncError::make(SyncError::Kind::Storage,
                               tr("Nightbridge cannot write in its data folder %1 (%2). Check that it belongs to "
                                  "you, is writable and the disk is not full.")
                                   .arg(QDir::toNativeSeparators(folder), lock->error()),
                               QStringLiteral("cannot create lock file %1: %2").arg(m_paths.lockFile, lock->error()));
    }
    m_lockHeldElsewhere = true;
    return SyncError::make(SyncError::Kind::Storage,
                           tr("Another Nightbridge process (PID %1) is syncing these accounts. Wait for it to finish, "
                              "or stop it first.")
                               .arg(holder),
                           QStringLiteral("lock %1 held by %2").arg(m_paths.lockFile).arg(holder));
}

bool Runtime::isLocked() const
{
    return m_lock != nullptr;
}

} // namespace nb
