#include "carelinklogincommand.h"

#include "common/clock.h"
#include "credentials/filecredentialstore.h"
#include "credentials/keychaincredentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "exitcodes.h"
#include "net/httpclient.h"
#include "prompt.h"
#include "sources/carelink/carelinkauth.h"
#include "sources/carelink/carelinkclient.h"
#include "sources/carelink/carelinkdiscovery.h"
#include "sources/sourcefactory.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

namespace nb::cli {

namespace {
constexpr qint64 kPasteTimeoutMs = 15 * 60 * 1000; // the user has this long to sign in and paste
constexpr int kPollMs = 100;
} // namespace

CareLinkLoginCommand::CareLinkLoginCommand() = default;
CareLinkLoginCommand::~CareLinkLoginCommand() = default;

QString CareLinkLoginCommand::summary() const
{
    return tr("Sign in to CareLink (prints a URL, reads the address the browser ends on)");
}

QString CareLinkLoginCommand::usage() const
{
    return tr("Usage: nightbridge-cli carelink login [--account ID] [--country CC] [options]\n\n"
              "Signs in to Medtronic CareLink without a desktop: prints the sign-in address, you open it in any\n"
              "browser and sign in (CareLink may ask for a captcha). The browser then tries to open an address\n"
              "that starts with com.medtronic.carepartner:/sso and fails; copy that address (address bar, or\n"
              "the Network tab of the browser's developer tools) and paste it here. Nightbridge checks it\n"
              "belongs to this sign-in, and keeps the resulting refresh token in the credential store.\n\n"
              "Use a CareLink follower account of its own for Nightbridge: signing in with the same account in\n"
              "another app (or the official one) ends this session.\n\n"
              "Options:\n"
              "  --country CC            country of the CareLink account (ISO code, e.g. US, DE, GB; default: the\n"
              "                          account's own)\n"
              "  --region US|EU          skip the country lookup\n"
              "  --account ID            the Nightbridge account to sign in (default: the only CareLink account;\n"
              "                          with several, you are asked)\n"
              "  --credential-store S    keychain (default), file or memory (memory forgets at exit)\n"
              "  --credential-file PATH  the file of --credential-store file (not encrypted)\n"
              "  --discovery-url URL     CareLink discovery document (default: the built-in one)\n"
              "  --app-version V         app version sent to CareLink (default 3.8.0)\n\n"
              "Exit codes: 0 signed in, 2 usage, 3 configuration, 4 sign-in refused or the address did not\n"
              "belong to this sign-in, 5 CareLink unreachable, 6 unexpected answer, 7 credential store, 130 no\n"
              "address pasted in time.\n");
}

void CareLinkLoginCommand::finish(int code)
{
    m_io->out.flush();
    m_io->err.flush();
    // Later: `done` deletes this command, possibly while one of its callbacks is on the stack.
    QTimer::singleShot(0, [done = m_done, code] { done(code); });
}

void CareLinkLoginCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    m_io = &io;
    m_done = std::move(done);
    QCommandLineParser parser;
    for (const char *valued :
         {"country", "region", "account", "credential-store", "credential-file", "discovery-url", "app-version"})
        parser.addOption(QCommandLineOption(QLatin1String(valued), QString(), QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringLiteral("verbose")));
    if (!parser.parse(QStringList{QStringLiteral("carelink")} + arguments) ||
        parser.positionalArguments() != QStringList{QStringLiteral("login")}) {
        io.err << (parser.errorText().isEmpty() ? tr("Only `carelink login` exists so far.") : parser.errorText())
               << '\n'
               << usage();
        finish(Usage);
        return;
    }
    // The library's own log lines are for the log file and --verbose, not for this conversation.
    if (!parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("nightbridge.*=false"));
    const QString storeKind = parser.value(QStringLiteral("credential-store")).trimmed().toLower();
    if (storeKind.isEmpty() || storeKind == QLatin1String("keychain")) {
        m_store = std::make_unique<KeychainCredentialStore>();
    } else if (storeKind == QLatin1String("memory")) {
        m_store = std::make_unique<MemoryCredentialStore>();
        io.err << tr("Note: the memory credential store forgets the sign-in when this command ends.") << '\n';
    } else if (storeKind == QLatin1String("file") && parser.isSet(QStringLiteral("credential-file"))) {
        m_store = std::make_unique<FileCredentialStore>(parser.value(QStringLiteral("credential-file")));
    } else {
        io.err << tr("--credential-store must be keychain, memory, or file with --credential-file.") << '\n';
        finish(Usage);
        return;
    }

    carelink::CareLinkOverrides overrides;
    overrides.appVersion = parser.value(QStringLiteral("app-version")).trimmed();
    if (parser.isSet(QStringLiteral("discovery-url"))) {
        overrides.discoveryUrl = QUrl(parser.value(QStringLiteral("discovery-url")), QUrl::StrictMode);
        if (!overrides.discoveryUrl.isValid() || overrides.discoveryUrl.scheme().isEmpty()) {
            io.err << tr("--discovery-url is not a valid URL.") << '\n';
            finish(Usage);
            return;
        }
        if (!SourceFactory::isAllowedEndpoint(overrides.discoveryUrl)) {
            io.err << tr("--discovery-url must be an https address (or http to 127.0.0.1 or ::1).") << '\n';
            finish(Config);
            return;
        }
    }
    m_overrides = overrides;
    const QString country = parser.value(QStringLiteral("country")).trimmed().toUpper();
    const QString region = parser.value(QStringLiteral("region")).trimmed().toUpper();
    m_account = parser.value(QStringLiteral("account")).trimmed();
    if (!m_account.isEmpty() || m_careLinkAccounts.size() <= 1) {
        if (m_account.isEmpty())
            m_account = m_careLinkAccounts.isEmpty() ? QStringLiteral("default") : m_careLinkAccounts.first().id;
        start(country, region);
        return;
    }
    QStringList ids;
    for (const AccountConfig &a : std::as_const(m_careLinkAccounts))
        ids.append(a.id);
    if (!Prompt::stdinIsTerminal()) {
        io.err << tr("There are several CareLink accounts: %1. Name one with --account.")
                      .arg(ids.join(QStringLiteral(", ")))
               << '\n';
        finish(Usage);
        return;
    }
    Prompt::ask(io.err, io.in,
                tr("Which CareLink account do you want to sign in (%1)? ").arg(ids.join(QStringLiteral(", "))), true,
                this, [this, ids, country, region](const QString &line) {
                    const QString chosen = line.trimmed();
                    if (!ids.contains(chosen)) {
                        m_io->err << tr("There is no CareLink account \"%1\".").arg(chosen) << '\n';
                        finish(Usage);
                        return;
                    }
                    m_account = chosen;
                    start(country, region);
                });
}

void CareLinkLoginCommand::start(QString country, QString region)
{
    // The account's own country/region when the line names none.
    for (const AccountConfig &a : std::as_const(m_careLinkAccounts)) {
        if (a.id == m_account && country.isEmpty() && region.isEmpty()) {
            country = a.country.toUpper();
            region = a.region.toUpper();
        }
    }
    if (country.isEmpty() && region.isEmpty()) {
        m_io->err << tr("carelink login needs --country (or --region).") << '\n';
        finish(Usage);
        return;
    }
    if (!region.isEmpty() && region != QLatin1String("US") && region != QLatin1String("EU")) {
        m_io->err << tr("--region must be US or EU.") << '\n';
        finish(Usage);
        return;
    }
    carelink::CareLinkOverrides overrides = m_overrides;
    overrides.region = region;
    m_clock = std::make_unique<SystemClock>();
    m_http = std::make_unique<HttpClient>(*m_clock);
    m_discovery = std::make_unique<carelink::CareLinkDiscovery>(*m_http);
    m_discovery->resolve(country.isEmpty() ? region : country, overrides, this,
                         [this](const carelink::ServiceConfig &config) { onConfig(config); });
}

void CareLinkLoginCommand::onConfig(const carelink::ServiceConfig &config)
{
    m_auth = std::make_unique<carelink::CareLinkAuth>(*m_http, *m_store, *m_clock, m_account, config);
    const QUrl url = m_auth->beginSignIn();
    m_io->err << tr("Open this address in a browser and sign in with the CareLink account for Nightbridge:") << '\n';
    m_io->err.flush();
    m_io->out << url.toString(QUrl::FullyEncoded) << '\n';
    m_io->out.flush();
    m_io->err << tr("Then paste the address the browser ended on (it starts with %1) and press Enter:")
                     .arg(config.redirectUri)
              << '\n';
    m_io->err.flush();
    m_pasteDeadlineMs = m_clock->nowMs() + kPasteTimeoutMs;
    readRedirect();
}

// Waits for a line without blocking the event loop: a notifier on a real stdin, else polling (pipes on
// Windows, the in-memory streams of tests).
void CareLinkLoginCommand::readRedirect()
{
    QTextStream &in = m_io->in;
    auto *file = qobject_cast<QFile *>(in.device());
#ifndef Q_OS_WIN
    if (file && file->handle() >= 0) {
        auto *notifier = new QSocketNotifier(file->handle(), QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
            notifier->setEnabled(false);
            notifier->deleteLater();
            const QString line = m_io->in.readLine();
            if (line.isNull()) {
                m_io->err << tr("No address was pasted.") << '\n';
                finish(Cancelled);
                return;
            }
            onRedirectLine(line);
        });
        return;
    }
#endif
    Q_UNUSED(file)
    if (!in.atEnd()) {
        onRedirectLine(in.readLine());
        return;
    }
    if (m_clock->nowMs() > m_pasteDeadlineMs) {
        m_io->err << tr("No address was pasted in time.") << '\n';
        finish(Cancelled);
        return;
    }
    QTimer::singleShot(kPollMs, this, [this] { readRedirect(); });
}

void CareLinkLoginCommand::onRedirectLine(const QString &line)
{
    const QUrl redirect = carelink::AuthorizeRequest::urlFromPaste(line);
    if (redirect.isEmpty()) {
        if (line.trimmed().isEmpty()) { // an empty Enter: keep waiting
            readRedirect();
            return;
        }
        m_io->err << tr("That is not an address. Run `nightbridge-cli carelink login` again.") << '\n';
        finish(AuthFailed);
        return;
    }
    m_auth->completeSignIn(redirect, this, [this](const Result<void> &done) {
        if (!done.ok()) {
            m_io->err << done.error().userMessage << '\n';
            finish(exitCodeFor(done.error()));
            return;
        }
        m_io->err << tr("Signed in. The refresh token is kept in: %1.").arg(m_store->backendName()) << '\n';
        showIdentity();
    });
}

void CareLinkLoginCommand::showIdentity()
{
    m_client = std::make_unique<carelink::CareLinkClient>(*m_http, *m_auth);
    m_client->fetchIdentity(this, [this](const Result<carelink::Identity> &identity) {
        if (!identity.ok()) {
            // The sign-in itself worked and is stored; say what could not be read.
            m_io->err << tr("Could not read the account details: %1").arg(identity.error().userMessage) << '\n';
            finish(Ok);
            return;
        }
        m_io->out << tr("Account: %1 (%2)").arg(identity->username, identity->role) << '\n';
        if (identity->carePartner) {
            if (identity->patients.isEmpty())
                m_io->out << tr("No active linked patients: link a patient in CareLink first.") << '\n';
            for (const carelink::LinkedPatient &p : identity->patients)
                m_io->out << tr("Patient: %1 (%2 %3)").arg(p.username, p.firstName, p.lastName).trimmed() << '\n';
        }
        finish(Ok);
    });
}

} // namespace nb::cli
