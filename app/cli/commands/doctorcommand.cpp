#include "doctorcommand.h"

#include "common/clock.h"
#include "common/clockskew.h"
#include "exitcodes.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsconnectionreport.h"
#include "nightscout/nsurl.h"
#include "runtime/runtime.h"
#include "settings/settings.h"
#include "sources/carelink/carelinkendpoints.h"
#include "sources/datasource.h"
#include "sources/sourcefactory.h"
#include "sources/tandem/client/tandemendpoints.h"
#include "sync/syncstate.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <memory>

namespace nb::cli {

namespace {

// Where a site is, for the lines: host (and path) without credentials or query.
QString siteName(const QUrl &url)
{
    return ns::NsUrl::displayString(url);
}

} // namespace

QString DoctorCommand::summary() const
{
    return tr("Check configuration, secrets, keychain, Nightscout, sign-ins, clock and disk in one go");
}

QString DoctorCommand::usage() const
{
    return tr("Usage: nightbridge-cli doctor [--account A]\n\n"
              "Checks, one line each with the fix when something is wrong: the configuration is found, the\n"
              "passwords and the Nightscout secret are stored, the keychain answers, each Nightscout site is\n"
              "reachable and accepts uploads, each vendor sign-in works, this computer's clock agrees with the\n"
              "servers' (their Date header), and the configuration and data folders are writable.\n\n"
              "The sign-ins are only tried when they can succeed (a password is stored, the account is not paused\n"
              "after a refused password), so doctor never spends one of the vendor's few sign-in attempts for\n"
              "nothing; while another Nightbridge process syncs, they are skipped.\n\n"
              "Exit codes: 0 every check passed, 1 some check failed.\n");
}

void DoctorCommand::line(bool ok, const QString &check, const QString &result, const QString &fix)
{
    if (!ok)
        ++m_failures;
    QString text =
        QStringLiteral("%1 %2: %3").arg(ok ? QStringLiteral("[ok]  ") : QStringLiteral("[FAIL]"), check, result);
    if (!fix.isEmpty())
        text += QStringLiteral(" ") + tr("Fix: %1").arg(fix);
    io().out << text << '\n';
    io().out.flush();
}

void DoctorCommand::note(const QString &check, const QString &result)
{
    io().out << QStringLiteral("[--]   %1: %2").arg(check, result) << '\n';
    io().out.flush();
}

void DoctorCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    // Before the environment opens (which creates the settings file): was there one?
    const QString settingsFile = Runtime::basePaths(m_global.configDir).settingsFile;
    const bool settingsExisted = QFileInfo::exists(settingsFile);
    if (!begin(io, std::move(done)))
        return;
    QCommandLineParser parser;
    if (!parser.parse(QStringList{name()} + arguments) || !parser.positionalArguments().isEmpty()) {
        usageError(parser.errorText().isEmpty() ? tr("doctor takes no arguments.") : parser.errorText());
        return;
    }
    const QString check = tr("configuration");
    const auto accounts = env().selectedAccounts();
    if (!accounts.ok()) {
        line(false, check, accounts.error().userMessage);
    } else {
        m_accounts = accounts.value();
        QStringList ids;
        for (const AccountConfig &a : std::as_const(m_accounts))
            ids.append(a.id);
        const QString where = m_global.demo ? tr("demo mode")
                                            : (settingsExisted ? QDir::toNativeSeparators(settingsFile)
                                                               : tr("the environment variables"));
        if (m_accounts.isEmpty()) {
            line(false, check,
                 settingsExisted ? tr("%1 has no enabled account.").arg(where)
                                 : tr("no settings file at %1 and no account in the environment.")
                                       .arg(QDir::toNativeSeparators(settingsFile)),
                 tr("add one with `nightbridge-cli accounts add tandem` (or carelink), or import a tconnectsync .env "
                    "with `nightbridge-cli import-env`; give --config DIR if your configuration is elsewhere."));
        } else {
            line(true, check,
                 tr("%1, %n account(s): %2", nullptr, int(m_accounts.size()))
                     .arg(where, ids.join(QStringLiteral(", "))));
        }
    }
    checkKeychain();
}

void DoctorCommand::checkKeychain()
{
    const QString check = tr("credential store");
    if (m_global.demo) {
        line(true, check, tr("demo mode keeps its secrets in memory"));
        checkCredentials();
        return;
    }
    CredentialStore &store = env().credentials();
    store.read(CredentialKeys::nightscoutSecret(QStringLiteral("default")), this,
               [this, check, &store](const Result<std::optional<Secret>> &probe) {
                   if (probe.ok()) {
                       line(true, check, tr("%1 answers").arg(store.backendName()));
                   } else {
                       line(false, check, probe.error().userMessage,
                            tr("on a computer without a desktop keychain, set NIGHTBRIDGE_CREDENTIAL_STORE=file (or "
                               "`import-env --credential-store file`) and store the secrets again."));
                   }
                   checkCredentials();
               });
}

void DoctorCommand::checkCredentials()
{
    if (m_accounts.isEmpty()) {
        checkNightscout({});
        return;
    }
    CredentialPresenceCheck::check(env().runtime(), m_accounts, this, [this](const QList<CredentialPresence> &found) {
        m_presence = found;
        const CredentialPresence nothingFound;
        for (qsizetype i = 0; i < m_accounts.size(); ++i) {
            const AccountConfig &a = m_accounts.at(i);
            // at() with a fallback rather than value(i): GCC 12 at -O3 warns about value()'s temporary.
            const CredentialPresence &p = i < found.size() ? found.at(i) : nothingFound;
            const QString check = tr("secrets of %1").arg(a.id);
            if (p.vendorStored && p.nightscoutStored)
                line(true, check,
                     a.vendor == AccountVendor::CareLink ? tr("CareLink sign-in and Nightscout secret stored")
                                                         : tr("password and Nightscout secret stored"));
            else
                line(false, check, p.missingText(a));
        }
        // One check per Nightscout site, through the first account that uses it.
        QList<AccountConfig> sites;
        QStringList seen;
        for (const AccountConfig &a : std::as_const(m_accounts)) {
            const QString site = Runtime::siteIdFor(a);
            if (!seen.contains(site)) {
                seen.append(site);
                sites.append(a);
            }
        }
        checkNightscout(sites);
    });
}

void DoctorCommand::checkNightscout(QList<AccountConfig> sites)
{
    if (sites.isEmpty()) {
        checkVendors();
        return;
    }
    const AccountConfig account = sites.takeFirst();
    Runtime &runtime = env().runtime();
    runtime.nightscoutConfig(account, [this, sites, account, &runtime](const Result<ns::NsClientConfig> &config) {
        const QString check = Runtime::siteIdFor(account) == QLatin1String("default")
                                  ? tr("Nightscout")
                                  : tr("Nightscout of %1").arg(account.id);
        if (!config.ok()) {
            line(false, check, config.error().userMessage);
            checkNightscout(sites);
            return;
        }
        if (!m_global.demo || !runtime.nightscoutSiteUrl().isEmpty())
            m_clockUrls.append(config->baseUrl);
        const QString site = siteName(config->baseUrl);
        runtime.nightscoutClient(account, [this, sites, check, site](const Result<ns::NightscoutClient *> &client) {
            if (!client.ok()) {
                line(false, check, client.error().userMessage);
                checkNightscout(sites);
                return;
            }
            client.value()->checkConnection([this, sites, check, site](const ns::NsConnectionReport &report) {
                if (report.ok() && report.canWrite) {
                    line(true, check,
                         tr("%1 reachable (Nightscout %2), uploads allowed")
                             .arg(site, report.status ? report.status->version : QString()));
                } else if (report.error) {
                    line(false, check, tr("%1: %2").arg(site, report.error->userMessage),
                         tr("test it with `nightbridge-cli nightscout check`; change the site or secret with "
                            "`nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file FILE`."));
                } else {
                    line(false, check, tr("%1 answers but does not accept uploads with this secret.").arg(site),
                         tr("use the site's API_SECRET, or a token whose role may write (careportal)."));
                }
                for (const QString &warning : report.warnings)
                    note(check, warning);
                QMetaObject::invokeMethod(
                    this, [this, sites] { checkNightscout(sites); }, Qt::QueuedConnection);
            });
        });
    });
}

void DoctorCommand::checkVendors()
{
    if (m_accounts.isEmpty()) {
        checkClock(m_clockUrls, 0, QString());
        return;
    }
    // The vendors' hosts answer with their time too.
    if (!m_global.demo) {
        for (const AccountConfig &a : std::as_const(m_accounts)) {
            QUrl url;
            if (a.vendor == AccountVendor::Tandem) {
                url = SourceFactory::tandemEndpoints(a.region, &env().settings()).sourceBase;
            } else {
                const QString region =
                    a.region.isEmpty() ? carelink::CareLinkEndpoints::regionForCountry(a.country) : a.region;
                url = carelink::CareLinkEndpoints::discoveryUrl(
                    region, SourceFactory::careLinkOverrides(region, &env().settings()));
            }
            if (url.isValid() && !m_clockUrls.contains(url))
                m_clockUrls.append(url);
        }
    }
    // The same lock as sync and check-login: a running daemon signs in itself, and two processes signing in
    // at once would spend the vendor's attempts (and, for CareLink, race for the rotating token).
    if (auto locked = env().lock(); !locked.ok()) {
        note(tr("vendor sign-in"), tr("not tried: %1").arg(locked.error().userMessage));
        checkClock(m_clockUrls, 0, QString());
        return;
    }
    env().runtime().prepare(m_accounts, false, [this](const Result<QList<PreparedAccount>> &prepared) {
        if (!prepared.ok()) {
            line(false, tr("vendor sign-in"), prepared.error().userMessage);
            checkClock(m_clockUrls, 0, QString());
            return;
        }
        signInNext(prepared.value());
    });
}

void DoctorCommand::signInNext(QList<PreparedAccount> accounts)
{
    if (accounts.isEmpty()) {
        checkClock(m_clockUrls, 0, QString());
        return;
    }
    const PreparedAccount account = accounts.takeFirst();
    const QString id = account.config.id;
    const QString check = tr("sign-in of %1").arg(id);
    const auto next = [this, accounts] {
        QMetaObject::invokeMethod(
            this, [this, accounts] { signInNext(accounts); }, Qt::QueuedConnection);
    };
    if (account.error) {
        line(false, check, account.error->userMessage);
        next();
        return;
    }
    bool vendorStored = true;
    for (const CredentialPresence &p : std::as_const(m_presence)) {
        if (p.accountId == id)
            vendorStored = p.vendorStored;
    }
    if (!vendorStored) {
        note(check, tr("not tried: nothing to sign in with (see the secrets line)."));
        next();
        return;
    }
    if (env().syncState().account(id).authPaused) {
        line(false, check,
             tr("paused after the vendor refused the password; not tried again, so the account is not locked."),
             account.config.vendor == AccountVendor::CareLink
                 ? tr("sign in again with `nightbridge-cli carelink login --account %1`.").arg(id)
                 : tr("store the current password with `nightbridge-cli accounts set %1 --password-file FILE`, then "
                      "run `nightbridge-cli check-login --account %1`.")
                       .arg(id));
        next();
        return;
    }
    account.source->checkLogin([this, account, check, next](const Result<LoginInfo> &info) {
        if (info.ok())
            line(true, check, tr("signed in: %1").arg(info->who));
        else
            line(false, check, info.error().userMessage,
                 info.error().kind == SyncError::Kind::Auth
                     ? tr("check the password (`nightbridge-cli accounts set %1 --password-file FILE`).")
                           .arg(account.config.id)
                     : QString());
        next();
    });
}

void DoctorCommand::checkClock(QList<QUrl> urls, qint64 worstMs, QString worstHost)
{
    const QString check = tr("clock");
    if (urls.isEmpty()) {
        if (!m_anyClockAnswer) {
            note(check, tr("not compared: no server sent its time."));
        } else if (ClockSkew::isSignificant(worstMs)) {
            const int minutes = int(qAbs(worstMs) / 60000);
            line(false, check,
                 (worstMs > 0 ? tr("this computer's clock is %n minute(s) behind %1.", nullptr, minutes)
                              : tr("this computer's clock is %n minute(s) ahead of %1.", nullptr, minutes))
                     .arg(worstHost),
                 tr("set the clock automatically (Linux: `timedatectl set-ntp true`; Windows and macOS: Date & "
                    "Time settings, set time automatically). Sign-ins and reading times depend on it."));
        } else {
            line(true, check, tr("agrees with the servers (within %n second(s)).", nullptr, int(qAbs(worstMs) / 1000)));
        }
        checkDisk();
        return;
    }
    const QUrl url = urls.takeFirst();
    HttpRequest request;
    request.method = HttpRequest::Method::Get;
    request.url = url;
    request.inactivityTimeout = std::chrono::milliseconds(10000);
    request.deadline = std::chrono::milliseconds(15000);
    const QDateTime sent = env().clock().nowUtc();
    env().http().send(
        request, url.host(), this, [this, urls, worstMs, worstHost, sent, url](const HttpResponse &response) {
            const QDateTime received = env().clock().nowUtc();
            // The midpoint of the exchange stands for the moment the server stamped its Date.
            const auto offset =
                ClockSkew::fromDateHeader(response.header("Date"), sent.addMSecs(sent.msecsTo(received) / 2));
            qint64 worst = worstMs;
            QString host = worstHost;
            if (offset) {
                if (!m_anyClockAnswer || qAbs(*offset) > qAbs(worst)) {
                    worst = *offset;
                    host = url.host();
                }
                m_anyClockAnswer = true;
            }
            QMetaObject::invokeMethod(
                this, [this, urls, worst, host] { checkClock(urls, worst, host); }, Qt::QueuedConnection);
        });
}

void DoctorCommand::checkDisk()
{
    const AppPaths &paths = env().paths();
    QStringList folders = {QFileInfo(paths.settingsFile).absolutePath(), QFileInfo(paths.stateFile).absolutePath(),
                           paths.outboxDir, paths.logDir};
    folders.removeDuplicates();
    QStringList problems;
    for (const QString &folder : std::as_const(folders)) {
        QTemporaryFile probe(folder + QStringLiteral("/.nightbridge-doctor-XXXXXX"));
        if (!probe.open() || probe.write("x", 1) != 1 || !probe.flush())
            problems.append(tr("%1 (%2)").arg(QDir::toNativeSeparators(folder), probe.errorString()));
    }
    if (problems.isEmpty())
        line(true, tr("disk"), tr("the configuration and data folders are writable"));
    else
        line(false, tr("disk"), tr("cannot write in %1.").arg(problems.join(QStringLiteral(", "))),
             tr("free some space or fix the folder's permissions, or use --config DIR."));
    end();
}

void DoctorCommand::end()
{
    if (m_failures == 0)
        io().out << tr("Everything looks fine.") << '\n';
    else
        io().out << tr("%n problem(s) found.", nullptr, m_failures) << '\n';
    finish(m_failures == 0 ? Ok : Failure);
}

} // namespace nb::cli
