// nightbridge-sim: simulated Tandem Source and CareLink services on loopback, for syncing simulated data
// into a TEST Nightscout site with the real nightbridge-cli. A developer tool: built with the tests,
// never installed by the packages (the app's own demo never leaves its process).
//
//   nightbridge-sim serve [--dir DIR] [--history-days N] [--seed N] > sim.env &
//   . sim.env; NS_URL=https://test.site NS_SECRET=... nightbridge-cli sync --once
//
// Once listening it prints `export NAME=VALUE` lines for the CLI's environment configuration — one
// Tandem account (TCONNECT_*), one CareLink account (CARELINK_*) and NIGHTBRIDGE_CONFIG_DIR, a folder
// whose settings hold the vendor endpoint overrides and whose file credential store holds the simulated
// CareLink sign-in — then `# ready`, and serves until SIGTERM or SIGINT. History is generated up to now
// and new readings appear as time passes.
#include "fakeworld.h"

#include "common/clock.h"
#include "credentials/filecredentialstore.h"
#include "net/httpclient.h"
#include "settings/settings.h"
#include "sources/carelink/carelinkauth.h"
#include "sources/carelink/carelinkdiscovery.h"
#include "sync/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace nb;

namespace {

const QString kCareLinkAccount = QStringLiteral("env-carelink"); // the id the CLI gives CARELINK_* accounts
const QString kCareLinkCountry = QStringLiteral("DE");
constexpr int kRevealIntervalMs = 60 * 1000;

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[1], &byte, 1); // async-signal-safe; the event loop quits
}

// SIGTERM and SIGINT end the event loop (a clean exit: the temporary folder goes too).
bool quitOnSignals(QObject *context)
{
    if (::pipe(g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    return true;
}
#else
bool quitOnSignals(QObject *)
{
    return true; // Ctrl+C ends the process
}
#endif

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

// Single quotes keep the shell from reading anything in the value; a quote inside is closed and escaped.
QString shellQuoted(QString value)
{
    value.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

bool writeOverrides(const QString &settingsFile, const sim::FakeWorld &world)
{
    Settings settings(settingsFile);
    (void)settings.migrate();
    const QString base = world.tandemBase().toString(QUrl::StripTrailingSlash);
    const QString us = QStringLiteral("us");
    const QList<std::pair<QString, QString>> values = {
        {keys::credentialBackend, QStringLiteral("file")},
        {keys::tandemOverride(QStringLiteral("ssoUrl")), base + QStringLiteral("/")},
        {keys::tandemOverride(us, QStringLiteral("loginApiUrl")), base + QStringLiteral("/accounts/api/login")},
        {keys::tandemOverride(us, QStringLiteral("issuerUrl")), base + QStringLiteral("/accounts/api")},
        {keys::tandemOverride(us, QStringLiteral("clientId")), sim::FakeWorld::tandemClientId()},
        {keys::tandemOverride(us, QStringLiteral("redirectUri")), base + QStringLiteral("/auth/callback")},
        {keys::tandemOverride(us, QStringLiteral("sourceUrl")), base + QStringLiteral("/")},
        {keys::careLinkOverride(QStringLiteral("discoveryUrl")), world.careLinkDiscovery().toString()},
    };
    for (const auto &[key, value] : values) {
        if (!settings.setValue(key, value).ok())
            return false;
    }
    return settings.sync().ok();
}

int usage()
{
    QTextStream(stderr) << "usage: nightbridge-sim serve [--dir DIR] [--history-days N] [--seed N]\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) != QLatin1String("serve"))
        return usage();
    QTextStream err(stderr);

    // The folder the CLI uses while it syncs the simulation: its settings, state and file credential store.
    std::optional<QTemporaryDir> temporary;
    QString dir = option(args, QStringLiteral("--dir"), QString());
    if (dir.isEmpty()) {
        temporary.emplace(QDir::temp().filePath(QStringLiteral("nightbridge-sim-XXXXXX")));
        if (!temporary->isValid()) {
            err << "nightbridge-sim: cannot create a temporary folder\n";
            return 1;
        }
        dir = temporary->path();
    }
    if (!QDir().mkpath(dir)) {
        err << "nightbridge-sim: cannot create " << dir << '\n';
        return 1;
    }
    dir = QDir(dir).absolutePath();

    if (!quitOnSignals(&app))
        return 1;

    SystemClock clock;
    sim::FakeWorld::Options options;
    options.seed = option(args, QStringLiteral("--seed"), QStringLiteral("1")).toUInt();
    options.tandemHistoryDays = option(args, QStringLiteral("--history-days"), QStringLiteral("3")).toInt();
    options.nightscoutSites = 0; // the user's test site is the sink
    sim::FakeWorld world(clock, options);
    if (!world.start()) {
        err << "nightbridge-sim: cannot listen on loopback\n";
        return 1;
    }
    // New pump records appear as time passes (CareLink's fake computes its data from the clock itself).
    QTimer reveal;
    reveal.setInterval(kRevealIntervalMs);
    QObject::connect(&reveal, &QTimer::timeout, &world, &sim::FakeWorld::reveal);
    reveal.start();

    const AppPaths paths = AppPaths::inDirectory(dir);
    if (!writeOverrides(paths.settingsFile, world)) {
        err << "nightbridge-sim: cannot write " << paths.settingsFile << '\n';
        return 1;
    }

    // CareLink needs a browser sign-in: done here against the simulated service, the refresh token kept
    // in the folder's file store, where the CLI looks for the CARELINK_* account's session.
    HttpClient http(clock);
    FileCredentialStore store(paths.credentialFile);
    carelink::CareLinkDiscovery discovery(http);
    std::unique_ptr<carelink::CareLinkAuth> signIn;
    carelink::CareLinkOverrides overrides;
    overrides.discoveryUrl = world.careLinkDiscovery();
    discovery.resolve(kCareLinkCountry, overrides, &app, [&](const carelink::ServiceConfig &config) {
        signIn = std::make_unique<carelink::CareLinkAuth>(http, store, clock, kCareLinkAccount, config);
        const QUrl redirect = world.careLink().approve(signIn->beginSignIn(), sim::FakeWorld::careLinkUser());
        signIn->completeSignIn(redirect, &app, [&](const Result<void> &signedIn) {
            if (!signedIn.ok()) {
                err << "nightbridge-sim: the simulated CareLink sign-in failed: " << signedIn.error().userMessage
                    << '\n';
                QCoreApplication::exit(1);
                return;
            }
            QTextStream out(stdout);
            const QList<std::pair<QString, QString>> exports = {
                {QStringLiteral("NIGHTBRIDGE_CONFIG_DIR"), dir},
                {QStringLiteral("NIGHTBRIDGE_CREDENTIAL_STORE"), QStringLiteral("file")},
                {QStringLiteral("TCONNECT_EMAIL"), sim::FakeWorld::tandemEmail()},
                {QStringLiteral("TCONNECT_PASSWORD"), sim::FakeWorld::tandemPassword()},
                {QStringLiteral("TCONNECT_REGION"), QStringLiteral("US")},
                {QStringLiteral("TIMEZONE_NAME"), QString::fromUtf8(options.tandemZone.id())},
                // The simulated pump has a CGM of its own: its readings too, not only insulin.
                {QStringLiteral("NIGHTBRIDGE_FEATURES"), QStringLiteral("default,CGM")},
                {QStringLiteral("CARELINK_USERNAME"), sim::FakeWorld::careLinkUser()},
                {QStringLiteral("CARELINK_COUNTRY"), kCareLinkCountry},
            };
            out << "# nightbridge-sim: simulated Tandem Source " << world.tandemBase().toString() << " and CareLink "
                << world.careLinkDiscovery().toString() << '\n';
            for (const auto &[name, value] : exports)
                out << "export " << name << '=' << shellQuoted(value) << '\n';
            out << "# ready\n";
            out.flush();
        });
    });

    const int code = app.exec();
    signIn.reset();
    return code;
}
