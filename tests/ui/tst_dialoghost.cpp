// The windows the tray opens, wired by DialogHost on top of a real Application (offscreen): the first-run
// wizard appears when no account exists (before any demo; "Try demo mode" starts it), the tray's Settings and Backfill
// open one window each (a second request raises the same one), OK in the settings reloads the accounts, a closed window
// is rebuilt on the next request, and a CareLink redirect nobody waits for is explained, not swallowed.
#include "application.h"
#include "backfillwizard.h"
#include "dialoghost.h"
#include "firstrunwizard.h"
#include "settingsdialog.h"

#include "credentials/memorycredentialstore.h"
#include "tray/traycontroller.h"
#include "tray/traymenu.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

class TestDialogHost : public QObject {
    Q_OBJECT

    struct Shown {
        QStringList titles;
    };

    static gui::ApplicationOptions options(const QString &dir, std::shared_ptr<Shown> shown)
    {
        gui::ApplicationOptions o;
        o.configDir = dir;
        o.echoLog = false;
        o.credentialStore = [] { return std::make_unique<MemoryCredentialStore>(); };
        o.tray.trayAvailable = [] { return true; };
        o.openUrl = [](const QUrl &) { return true; };
        o.showMessage = [shown](const QString &title, const QString &) { shown->titles << title; };
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *name : {"NS_URL", "NS_SECRET", "TCONNECT_EMAIL", "TCONNECT_PASSWORD", "CARELINK_USERNAME"})
            qunsetenv(name);
    }

    void windowsOpenOnceAndFeedBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto shown = std::make_shared<Shown>();
        gui::Application app(options(dir.path(), shown));
        gui::DialogHost host(app);
        QVERIFY(app.start().ok());

        // No account: no demo; the setup wizard is offered.
        QTRY_VERIFY(host.firstRunWizard() && host.firstRunWizard()->isVisible());
        QVERIFY(!app.isDemo());
        host.firstRunWizard()->close();
        QTRY_VERIFY(!host.firstRunWizard());

        // Settings from the tray: one dialog, raised again on a second request, on the asked page.
        emit app.tray()->settingsRequested();
        ui::SettingsDialog *settings = host.settingsDialog();
        QVERIFY(settings);
        QVERIFY(settings->isVisible());
        emit app.tray()->settingsRequested();
        QCOMPARE(host.settingsDialog(), settings);
        QCOMPARE(host.showSettings(QStringLiteral("display")), settings);
        QCOMPARE(settings->currentPageName(), QStringLiteral("display"));

        // OK reloads the accounts.
        QSignalSpy reloaded(&app, &gui::Application::accountsReloaded);
        settings->accept();
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.size() >= 1, 60000); // without an account: at once
        QTRY_VERIFY(!host.settingsDialog());                   // closed windows are forgotten ...
        emit app.tray()->settingsRequested();
        QVERIFY(host.settingsDialog()); // ... and built afresh
        QVERIFY(host.settingsDialog() != nullptr && host.settingsDialog()->isVisible());

        // Backfill from the tray.
        emit app.tray()->backfillRequested();
        BackfillWizard *backfill = host.backfillWizard();
        QVERIFY(backfill);
        QVERIFY(backfill->isVisible());
        emit app.tray()->backfillRequested();
        QCOMPARE(host.backfillWizard(), backfill);

        // A CareLink redirect that no window waits for: a message, and no window claims it.
        QVERIFY(!host.handleRedirect(QUrl(QStringLiteral("com.medtronic.carepartner:/sso?code=x&state=y"))));
        QVERIFY(shown->titles.isEmpty());
        app.handleArguments({QStringLiteral("com.medtronic.carepartner:/sso?code=x&state=y")});
        QTRY_COMPARE(shown->titles.size(), 1);
    }

    // The wizard comes first; its "Try demo mode" button starts the demo. Cancelled, the tray menu's
    // "Set up Nightbridge…" brings it back (also while the demo runs).
    void theDemoIsChosenInTheFirstRunWizard()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto shown = std::make_shared<Shown>();
        gui::Application app(options(dir.path(), shown));
        gui::DialogHost host(app);
        QVERIFY(app.start().ok());
        QTRY_VERIFY(host.firstRunWizard() && host.firstRunWizard()->isVisible());
        QVERIFY(!app.isDemo());
        host.firstRunWizard()->reject(); // Cancel
        QTRY_VERIFY(!host.firstRunWizard());
        QVERIFY(!app.isDemo());

        QAction *setup = app.tray()->trayMenu()->action(QStringLiteral("setupAction"));
        app.tray()->refresh();
        QVERIFY(setup->isVisible());
        setup->trigger();
        QTRY_VERIFY(host.firstRunWizard() && host.firstRunWizard()->isVisible());

        auto *tryDemo = host.firstRunWizard()->findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
        QVERIFY(tryDemo);
        QVERIFY(tryDemo->isVisible());
        tryDemo->click();
        QTRY_VERIFY(!host.firstRunWizard());
        QVERIFY(app.isDemo());
        QVERIFY(app.status().isDemo());
        app.tray()->refresh();
        QVERIFY(setup->isVisible());
        setup->trigger();
        QTRY_VERIFY(host.firstRunWizard() && host.firstRunWizard()->isVisible());
        QVERIFY(shown->titles.isEmpty()); // no placeholder: the real wizard
    }
};

QTEST_MAIN(TestDialogHost)
#include "tst_dialoghost.moc"
