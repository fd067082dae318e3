// The tray app's composition root end to end, offscreen: the real engine in demo mode (in-process fakes)
// with a temporary config dir, the user's commands, live settings, diagnostics, and a configured
// account whose Nightscout is dead.
#include "application.h"

#include "common/clock.h"
#include "credentials/memorycredentialstore.h"
#include "dialogs/activityview.h"
#include "demo/demomode.h"
#include "fakeworld.h"
#include "net/httpclient.h"
#include "settings/settings.h"
#include "logging/categories.h"
#include "sync/accountconfig.h"
#include "sync/syncservice.h"
#include "notify/notificationcenter.h"
#include "popup/statuspopup.h"
#include "tray/traycontroller.h"
#include "tray/traymenu.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QClipboard>
#include <QTest>

using namespace nb;

namespace {

constexpr int kRunTimeoutMs = 150000;

gui::ApplicationOptions testOptions(const QString &dir, std::function<std::unique_ptr<CredentialStore>()> store = {})
{
    gui::ApplicationOptions o;
    o.configDir = dir;
    o.demo = false;
    o.echoLog = false;
    o.credentialStore = store ? std::move(store) : [] { return std::make_unique<MemoryCredentialStore>(); };
    o.tray.trayAvailable = [] { return true; };
    o.tray.clickDebounceMs = 10;
    o.openUrl = [](const QUrl &) { return true; };
    o.showMessage = [](const QString &, const QString &) {};
    return o;
}

bool allIdleWithSuccess(const StatusModel &model)
{
    if (model.accounts().isEmpty())
        return false;
    for (const AccountStatus &a : model.accounts()) {
        if (a.state != AccountState::Idle || !a.lastSuccess.isValid())
            return false;
    }
    return true;
}

gui::ApplicationOptions demoOptions(const QString &dir)
{
    gui::ApplicationOptions o = testOptions(dir);
    o.demo = true; // --demo
    return o;
}

// A site that must never be contacted: counts every connection and answers nothing.
class RecordingServer : public QObject {
public:
    RecordingServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { m_bytes += socket->readAll().size(); });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int connections() const { return m_connections; }
    qint64 bytes() const { return m_bytes; }

private:
    QTcpServer m_server;
    int m_connections = 0;
    qint64 m_bytes = 0;
};

// Sets environment variables for one test and takes them away again.
class ScopedEnv {
public:
    explicit ScopedEnv(const QList<QPair<QByteArray, QByteArray>> &values)
    {
        for (const auto &[name, value] : values) {
            qputenv(name.constData(), value);
            m_names << name;
        }
    }
    ~ScopedEnv()
    {
        for (const QByteArray &name : std::as_const(m_names))
            qunsetenv(name.constData());
    }

private:
    QList<QByteArray> m_names;
};

bool writeSecret(CredentialStore &store, const QString &key, const QString &value)
{
    auto done = std::make_shared<int>(0);
    store.write(key, Secret(value), &store, [done](const Result<void> &r) { *done = r.ok() ? 1 : -1; });
    return QTest::qWaitFor([done] { return *done != 0; }, 5000) && *done == 1;
}

} // namespace

class TestApplication : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("NIGHTBRIDGE_CREDENTIAL_STORE", "");
        // The environment's accounts would count as configured ones.
        for (const char *name : {"NS_URL", "NS_SECRET", "TCONNECT_EMAIL", "TCONNECT_PASSWORD", "CARELINK_USERNAME"})
            qunsetenv(name);
    }

    void demoRunsTheRealEngine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        gui::Application app(demoOptions(dir.path()));
        QSignalSpy reloaded(&app, &gui::Application::accountsReloaded);
        QVERIFY(app.start().ok());
        QVERIFY(app.isDemo());
        QVERIFY(app.status().isDemo());
        QVERIFY(reloaded.wait(kRunTimeoutMs));
        QVERIFY(app.service());
        QCOMPARE(app.service()->accountIds().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!app.status().readings().isEmpty(), kRunTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(allIdleWithSuccess(app.status()), kRunTimeoutMs);
        QVERIFY(app.status().latestReading()->mgdl > 0);
        // The tray shows the number, and the tooltip says it is demo data.
        QVERIFY(app.tray()->iconState().mgdl > 0);
        QVERIFY(app.tray()->trayIcon()->toolTip().contains(QStringLiteral("mg/dL")));

        // Sync now: a run starts soon, whatever the schedule said.
        QSignalSpy started(app.service(), &SyncService::runStarted);
        QSignalSpy finished(app.service(), &SyncService::runFinished);
        app.syncNow();
        const qsizetype accounts = app.service()->accountIds().size();
        QTRY_VERIFY_WITH_TIMEOUT(started.size() >= accounts, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= accounts, kRunTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(allIdleWithSuccess(app.status()), kRunTimeoutMs);

        // Pause for 30 minutes, then resume: every account follows.
        app.pause(30);
        for (const AccountStatus &a : app.status().accounts()) {
            QCOMPARE(a.state, AccountState::Paused);
            QVERIFY(a.pausedUntil.isValid());
        }
        app.resume();
        for (const AccountStatus &a : app.status().accounts())
            QVERIFY(a.state != AccountState::Paused);
        // Until resumed.
        app.pause(0);
        for (const AccountStatus &a : app.status().accounts()) {
            QCOMPARE(a.state, AccountState::Paused);
            QVERIFY(!a.pausedUntil.isValid());
        }
        app.resume();
    }

    // A damaged state never keeps the tray app from starting: set aside, from scratch, one warning.
    void startsOverADamagedStateWithOneWarning()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("demo"))));
        QFile state(dir.filePath(QStringLiteral("demo/state.json"))); // --demo: the demo's own state
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write("{\"format\":\"nightbridge-state\",\"version\":1,\"sha256\":\"00\",\"state\":{\"x\":1}}");
        state.close();
        {
            gui::ApplicationOptions options = testOptions(dir.path());
            options.demo = true;
            gui::Application app(std::move(options));
            const Result<void> started = app.start();
            QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().userMessage));
            QVERIFY(app.stateWarning().contains(QStringLiteral("from scratch")));
            QVERIFY(app.stateWarning().contains(QStringLiteral("state.json.damaged-")));
        }
        QCOMPARE(QDir(dir.filePath(QStringLiteral("demo"))).entryList({QStringLiteral("state.json.damaged-*")}).size(),
                 1);
        gui::ApplicationOptions options = testOptions(dir.path());
        options.demo = true;
        gui::Application again(std::move(options));
        QVERIFY(again.start().ok());
        QVERIFY(again.stateWarning().isEmpty()); // once
    }

    void settingsApplyLive()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        gui::Application app(demoOptions(dir.path()));
        QVERIFY(app.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!app.status().readings().isEmpty(), kRunTimeoutMs);
        QTRY_VERIFY(app.tray()->trayIcon()->toolTip().contains(QStringLiteral("mg/dL")));
        const int renders = app.tray()->iconRenderCount();
        QVERIFY(app.runtime().settings().setEnum(keys::units, GlucoseUnits::Mmol).ok());
        QTRY_VERIFY(app.tray()->trayIcon()->toolTip().contains(QStringLiteral("mmol/L")));
        QCOMPARE(app.displayOptions().units, GlucoseUnits::Mmol);
        QVERIFY(app.tray()->iconRenderCount() > renders); // the icon shows the number in the new unit
        QVERIFY(app.runtime().settings().setValue(keys::staleMinutes, 25).ok());
        QTRY_COMPARE(app.displayOptions().staleMinutes, 25);
        QVERIFY(app.runtime().settings().setEnum(keys::chartSpan, ChartSpan::Hours12).ok());
        QTRY_COMPARE(app.tray()->popup()->chartHours(), 12);
        QVERIFY(app.runtime().settings().setValue(keys::notifyGlucoseAlerts, true).ok());
        QTRY_VERIFY(app.notifications()->config().glucoseAlerts);
        // Fixed cadence reaches the scheduler.
        QVERIFY(app.runtime().settings().setValue(keys::syncIntervalMinutes, 10).ok());
        QVERIFY(app.runtime().settings().setEnum(keys::syncCadence, SyncCadence::Fixed).ok());
        QTRY_VERIFY(app.service() && app.service()->scheduler().fixedInterval() == 600);
    }

    void diagnosticsHaveNoSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        gui::Application app(demoOptions(dir.path()));
        QVERIFY(app.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(allIdleWithSuccess(app.status()), kRunTimeoutMs);
        const QString secret = QStringLiteral("Sekrit-Diagnostics-4711");
        QVERIFY(writeSecret(app.runtime().credentials(), CredentialKeys::nightscoutSecret(QStringLiteral("default")),
                            secret));
        QVERIFY(
            writeSecret(app.runtime().credentials(), CredentialKeys::password(QStringLiteral("demo-tandem")), secret));
        qCInfo(lcUi) << "marker line for the diagnostics test";
        const QString text = app.diagnostics();
        QVERIFY(!text.contains(secret));
        // Nor the demo's own secrets: the fake site's API secret and the fake vendor password.
        QVERIFY(app.runtime().demo());
        const QString apiSecret = app.runtime().demo()->world().nightscout(0).options().apiSecret;
        QVERIFY(!apiSecret.isEmpty());
        QVERIFY(!text.contains(apiSecret));
        QVERIFY(!text.contains(sim::FakeWorld::tandemPassword()));
        QVERIFY(!text.contains(sim::FakeWorld::tandemEmail()));
        // What it must say.
        QVERIFY(text.contains(QStringLiteral("DEMO MODE")));
        QVERIFY(text.contains(QStringLiteral("demo-tandem: idle")));
        QVERIFY(text.contains(QStringLiteral("== Last 200 log lines")));
        QVERIFY(text.contains(QStringLiteral("marker line for the diagnostics test")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    }

    // The demo with a configured site (settings) and NS_URL/NS_SECRET pointing at a recording server: the
    // demo syncs into its own fake site and the recording server never hears from it.
    void theDemoNeverReachesAConfiguredSite()
    {
        RecordingServer site;
        RecordingServer envSite;
        ScopedEnv env({{"NS_URL", envSite.url().toUtf8()}, {"NS_SECRET", "a-long-enough-api-secret"}});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Settings settings(dir.filePath(QStringLiteral("nightbridge.ini")));
            QVERIFY(settings.migrate().ok());
            QVERIFY(settings.setValue(keys::nightscoutAllowInsecureHttp, true).ok());
            QVERIFY(settings.setValue(keys::nightscoutUrl, site.url()).ok());
            QVERIFY(settings.sync().ok());
        }
        gui::Application app(demoOptions(dir.path()));
        QVERIFY(app.start().ok());
        QVERIFY(app.isDemo());
        QTRY_VERIFY_WITH_TIMEOUT(allIdleWithSuccess(app.status()), kRunTimeoutMs);
        QVERIFY(app.runtime().demo());
        sim::FakeNightscout &own = app.runtime().demo()->world().nightscout(0);
        QVERIFY(!own.store().documents(NsCollection::Entries).isEmpty()); // the demo's data went here
        QVERIFY(app.runtime().nightscoutSiteUrl().isEmpty()); // "Open Nightscout" does not lead to a real site
        QTest::qWait(200);
        QCOMPARE(site.connections(), 0);
        QCOMPARE(envSite.connections(), 0);
    }

    // No account and no --demo: not a demo. The setup is asked for, and after it was cancelled the menu
    // still offers "Set up Nightbridge…"; "Try demo mode" starts the demo, marked everywhere.
    void withoutAnAccountTheSetupComesBeforeAnyDemo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        gui::Application app(testOptions(dir.path()));
        QSignalSpy firstRun(&app, &gui::Application::firstRunRequested);
        QVERIFY(app.start().ok());
        QVERIFY(!app.isDemo());
        QVERIFY(!app.status().isDemo());
        QTRY_COMPARE(firstRun.size(), 1);
        QVERIFY(!app.runtime().demo());
        QAction *setup = app.tray()->trayMenu()->action(QStringLiteral("setupAction"));
        QVERIFY(setup);
        app.tray()->refresh();
        QVERIFY(setup->isVisible()); // the wizard was closed without a setup: the way back is in the menu
        setup->trigger();
        QCOMPARE(firstRun.size(), 2);
        QVERIFY(!app.tray()->iconState().demo);

        app.startDemo(); // the wizard's "Try demo mode"
        QVERIFY(app.isDemo());
        QVERIFY(app.status().isDemo());
        QTRY_VERIFY_WITH_TIMEOUT(!app.status().readings().isEmpty(), kRunTimeoutMs);
        QTRY_VERIFY(app.tray()->iconState().demo);
        QVERIFY(app.tray()->iconState().mgdl.has_value());
        QVERIFY(app.tray()->trayIcon()->toolTip().contains(QStringLiteral("demo data")));
        app.tray()->refresh();
        QVERIFY(setup->isVisible());
        QVERIFY(app.tray()->trayMenu()->action(QStringLiteral("demoAction"))->isVisible());
    }

    // A saved Nightscout site without an account is the user's setup, not a demo: it says what is missing.
    void aSavedSiteWithoutAnAccountIsNotADemo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Settings settings(dir.filePath(QStringLiteral("nightbridge.ini")));
            QVERIFY(settings.migrate().ok());
            QVERIFY(settings.setValue(keys::nightscoutUrl, QStringLiteral("https://my.nightscout.example")).ok());
            QVERIFY(settings.sync().ok());
        }
        gui::Application app(testOptions(dir.path()));
        QSignalSpy reloaded(&app, &gui::Application::accountsReloaded);
        QVERIFY(app.start().ok());
        QVERIFY(!app.isDemo());
        QVERIFY(!app.status().isDemo());
        QTRY_VERIFY(reloaded.size() >= 1);
        QVERIFY(!app.runtime().isLocked()); // nothing syncs here: `nightbridge-cli sync` is not blocked
        app.tray()->refresh();
        QVERIFY(!app.tray()->iconState().demo);
        QVERIFY2(app.tray()->trayIcon()->toolTip().contains(QStringLiteral("add an account")),
                 qPrintable(app.tray()->trayIcon()->toolTip()));
        QVERIFY(!app.tray()->trayIcon()->toolTip().contains(QStringLiteral("demo")));
        QAction *missing = app.tray()->trayMenu()->action(QStringLiteral("noAccountsAction"));
        QVERIFY(missing->isVisible());
        QVERIFY(missing->text().contains(QStringLiteral("add an account")));
        QVERIFY(app.tray()->trayMenu()->action(QStringLiteral("setupAction"))->isVisible());
        QVERIFY(!app.tray()->trayMenu()->action(QStringLiteral("demoAction"))->isVisible());
    }

    void deadNightscoutRetries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The vendor: the fake Tandem service in this process. Nightscout: a port nobody listens on.
        SystemClock clock;
        sim::FakeWorld::Options worldOptions;
        worldOptions.tandemHistoryDays = 1;
        worldOptions.nightscoutSites = 0;
        sim::FakeWorld world(clock, worldOptions);
        QVERIFY(world.start());
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            deadPort = probe.serverPort();
        }
        {
            Settings settings(dir.filePath(QStringLiteral("nightbridge.ini")));
            QVERIFY(settings.migrate().ok());
            const QString base = world.tandemBase().toString();
            QVERIFY(settings.setValue(keys::nightscoutAllowInsecureHttp, true).ok());
            QVERIFY(settings.setValue(keys::nightscoutUrl, QStringLiteral("http://127.0.0.1:%1").arg(deadPort)).ok());
            QVERIFY(
                settings.setValue(keys::tandemOverride(QStringLiteral("ssoUrl")), QString(base + QStringLiteral("/")))
                    .ok());
            const QString us = QStringLiteral("us");
            QVERIFY(settings
                        .setValue(keys::tandemOverride(us, QStringLiteral("loginApiUrl")),
                                  QString(base + QStringLiteral("/accounts/api/login")))
                        .ok());
            QVERIFY(settings
                        .setValue(keys::tandemOverride(us, QStringLiteral("issuerUrl")),
                                  QString(base + QStringLiteral("/accounts/api")))
                        .ok());
            QVERIFY(
                settings
                    .setValue(keys::tandemOverride(us, QStringLiteral("clientId")), sim::FakeWorld::tandemClientId())
                    .ok());
            QVERIFY(settings
                        .setValue(keys::tandemOverride(us, QStringLiteral("redirectUri")),
                                  QString(base + QStringLiteral("/auth/callback")))
                        .ok());
            QVERIFY(settings
                        .setValue(keys::tandemOverride(us, QStringLiteral("sourceUrl")),
                                  QString(base + QStringLiteral("/")))
                        .ok());
            AccountRepository accounts(settings);
            AccountConfig tandem;
            tandem.id = QStringLiteral("tandem");
            tandem.vendor = AccountVendor::Tandem;
            tandem.timezone = QStringLiteral("America/New_York");
            QVERIFY(accounts.save(tandem).ok());
            QVERIFY(settings.sync().ok());
        }
        auto store = std::make_shared<MemoryCredentialStore *>(nullptr);
        gui::Application app(testOptions(dir.path(), [store] {
            auto s = std::make_unique<MemoryCredentialStore>();
            *store = s.get();
            return s;
        }));
        // The secrets are in the user's store before the accounts start.
        QVERIFY(app.start().ok());
        QVERIFY(!app.isDemo());
        QVERIFY(*store);
        QVERIFY(writeSecret(**store, CredentialKeys::email(QStringLiteral("tandem")), sim::FakeWorld::tandemEmail()));
        QVERIFY(
            writeSecret(**store, CredentialKeys::password(QStringLiteral("tandem")), sim::FakeWorld::tandemPassword()));
        QVERIFY(writeSecret(**store, CredentialKeys::nightscoutSecret(QStringLiteral("default")),
                            QStringLiteral("a-long-enough-api-secret")));
        app.reloadAccounts(); // as after the settings dialog's OK
        QTRY_VERIFY_WITH_TIMEOUT(app.status().account(QStringLiteral("tandem")).has_value() &&
                                     app.status().account(QStringLiteral("tandem"))->state == AccountState::Retrying,
                                 kRunTimeoutMs);
        const AccountStatus status = *app.status().account(QStringLiteral("tandem"));
        QVERIFY(status.lastError.has_value());
        QCOMPARE(status.errorSource, ErrorSource::Nightscout);
        QCOMPARE(status.action, AccountAction::None); // retrying by itself: nothing for the user to do yet
        QVERIFY(status.nextRun.isValid());
        QVERIFY(!app.status().isDemo());
    }

    void redirectWithoutSignInIsExplained()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        gui::ApplicationOptions options = testOptions(dir.path());
        auto shown = std::make_shared<QStringList>();
        options.showMessage = [shown](const QString &title, const QString &text) { *shown << title << text; };
        gui::Application app(std::move(options));
        QVERIFY(app.start().ok());
        const QString code = QStringLiteral("one-time-code-12345");
        app.handleArguments({QStringLiteral("com.medtronic.carepartner:/sso?code=%1&state=x").arg(code)});
        QCOMPARE(shown->size(), 2);
        QVERIFY(shown->at(1).contains(QStringLiteral("no sign-in was started")));
        const QString diagnostics = app.diagnostics();
        QVERIFY(diagnostics.contains(QStringLiteral("received a CareLink sign-in redirect")));
        QVERIFY(!diagnostics.contains(code)); // the URL is never logged
    }

    void viewLogsFallsBackToTheActivityViewAndCopyIsConfirmed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        gui::ApplicationOptions options = testOptions(dir.path());
        options.openUrl = [](const QUrl &) { return false; }; // no file manager
        gui::Application app(std::move(options));
        QVERIFY(app.start().ok());
        QVERIFY(!app.activityView());
        emit app.tray()->viewLogsRequested();
        QVERIFY(app.activityView() && app.activityView()->isVisible());
        QSignalSpy copied(&app, &gui::Application::diagnosticsCopied);
        emit app.tray()->copyDiagnosticsRequested();
        QCOMPARE(copied.size(), 1);
        QVERIFY(!QApplication::clipboard()->text().isEmpty());
    }

    void placeholdersWhileNothingIsConnected()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        gui::ApplicationOptions options = testOptions(dir.path());
        auto shown = std::make_shared<int>(0);
        options.showMessage = [shown](const QString &, const QString &) { ++*shown; };
        gui::Application app(std::move(options));
        QVERIFY(app.start().ok());
        emit app.tray()->settingsRequested();
        QCOMPARE(*shown, 1);
        QSignalSpy settings(&app, &gui::Application::settingsRequested);
        emit app.tray()->settingsRequested();
        QCOMPARE(settings.size(), 1);
        QCOMPARE(*shown, 1); // connected now: the signal, not the placeholder
        QSignalSpy backfill(&app, &gui::Application::backfillRequested);
        emit app.tray()->backfillRequested();
        QCOMPARE(backfill.size(), 1);
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
