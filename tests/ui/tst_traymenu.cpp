#include "scriptedstatus.h"
#include "tray/traymenu.h"
#include "viewmodels/statustext.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::test::accountStatus;
using nb::test::at;
using nb::test::glucose;
using nb::ui::DisplayOptions;
using nb::ui::TrayMenu;

namespace {
struct Enabled {
    bool syncNow, pause, resume, backfill;
};
} // namespace

class TestTrayMenu : public QObject {
    Q_OBJECT
private:
    static Enabled enabled(const TrayMenu &menu)
    {
        return {menu.action(QStringLiteral("syncNowAction"))->isEnabled(),
                menu.action(QStringLiteral("pauseMenuAction"))->isEnabled(),
                menu.action(QStringLiteral("resumeAction"))->isEnabled(),
                menu.action(QStringLiteral("backfillAction"))->isEnabled()};
    }

private slots:
    void itemsAreEnabledByState_data()
    {
        QTest::addColumn<QList<AccountState>>("states");
        QTest::addColumn<bool>("syncNow");
        QTest::addColumn<bool>("pause");
        QTest::addColumn<bool>("resume");
        QTest::addColumn<bool>("backfill");
        using S = AccountState;
        QTest::newRow("no account") << QList<S>{} << false << false << false << false;
        QTest::newRow("only disabled") << QList<S>{S::Disabled} << false << false << false << false;
        QTest::newRow("idle") << QList<S>{S::Idle} << true << true << false << true;
        QTest::newRow("all syncing") << QList<S>{S::Syncing, S::Disabled} << false << true << false << true;
        QTest::newRow("one syncing") << QList<S>{S::Syncing, S::Idle} << true << true << false << true;
        QTest::newRow("retrying") << QList<S>{S::Retrying} << true << true << false << true;
        QTest::newRow("needs attention") << QList<S>{S::NeedsAttention} << true << true << false << true;
        QTest::newRow("all paused") << QList<S>{S::Paused, S::Paused} << false << false << true << true;
        QTest::newRow("some paused") << QList<S>{S::Paused, S::Idle} << true << true << true << true;
    }
    void itemsAreEnabledByState()
    {
        QFETCH(QList<AccountState>, states);
        StatusModel model;
        for (int i = 0; i < states.size(); ++i)
            model.setAccount(accountStatus(QStringLiteral("a%1").arg(i), states.at(i)));
        TrayMenu menu;
        menu.update(model, DisplayOptions(), at(0));
        const Enabled e = enabled(menu);
        QTEST(e.syncNow, "syncNow");
        QTEST(e.pause, "pause");
        QTEST(e.resume, "resume");
        QTEST(e.backfill, "backfill");
        // always available
        for (const char *name :
             {"settingsAction", "viewLogsAction", "copyDiagnosticsAction", "aboutAction", "quitAction"})
            QVERIFY2(menu.action(QString::fromLatin1(name))->isEnabled(), name);
        QCOMPARE(menu.action(QStringLiteral("noAccountsAction"))->isVisible(), states.isEmpty());
    }

    void openNightscoutNeedsAnAddress()
    {
        TrayMenu menu;
        QVERIFY(!menu.action(QStringLiteral("openNightscoutAction"))->isEnabled());
        menu.setNightscoutAvailable(true);
        StatusModel model;
        menu.update(model, DisplayOptions(), at(0));
        QVERIFY(menu.action(QStringLiteral("openNightscoutAction"))->isEnabled());
    }

    void readingLineAndDemoLabel()
    {
        StatusModel model;
        TrayMenu menu;
        menu.update(model, DisplayOptions(), at(0));
        QCOMPARE(menu.action(QStringLiteral("readingAction"))->text(), QStringLiteral("No reading yet"));
        QVERIFY(!menu.action(QStringLiteral("readingAction"))->isEnabled());
        QVERIFY(!menu.action(QStringLiteral("demoAction"))->isVisible());
        model.addReadings({glucose(0, 98, QStringLiteral("SingleDown"))});
        model.setDemo(true);
        menu.update(model, DisplayOptions(), at(4));
        QCOMPARE(menu.action(QStringLiteral("readingAction"))->text(),
                 QStringLiteral("tandem: 98 mg/dL \u2193 \u00b7 ") + nb::ui::StatusText::clockTime(at(0)) +
                     QStringLiteral(", 4 min ago"));
        QVERIFY(menu.action(QStringLiteral("demoAction"))->isVisible());
    }

    // "Set up Nightbridge…" while the demo runs and while there is no account (the first-run wizard was
    // cancelled); gone once the user's own accounts run. Without an account the menu says what is missing.
    void setUpWhileTheDemoRunsOrNoAccountExists()
    {
        StatusModel model;
        TrayMenu menu;
        QSignalSpy setup(&menu, &TrayMenu::setupRequested);
        QAction *action = menu.action(QStringLiteral("setupAction"));
        QVERIFY(action);
        menu.update(model, DisplayOptions(), at(0));
        QVERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Set up Nightbridge\u2026"));
        QVERIFY(menu.action(QStringLiteral("noAccountsAction"))->isVisible());
        QVERIFY(menu.action(QStringLiteral("noAccountsAction"))->text().contains(QStringLiteral("add an account")));
        action->trigger();
        QCOMPARE(setup.count(), 1);

        model.setAccount(accountStatus(QStringLiteral("t"), AccountState::Idle, QStringLiteral("Tandem")));
        menu.update(model, DisplayOptions(), at(1));
        QVERIFY(!action->isVisible());
        QVERIFY(!menu.action(QStringLiteral("noAccountsAction"))->isVisible());

        model.setDemo(true);
        menu.update(model, DisplayOptions(), at(2));
        QVERIFY(action->isVisible());
        QVERIFY(menu.action(QStringLiteral("demoAction"))->isVisible());
    }

    void oneLinePerAccountWithDetailsAndTheFix()
    {
        StatusModel model;
        AccountStatus tandem = accountStatus(QStringLiteral("t"), AccountState::Idle, QStringLiteral("Tandem"));
        tandem.lastSuccess = at(-3);
        tandem.nextRun = at(2);
        AccountStatus carelink =
            accountStatus(QStringLiteral("c"), AccountState::NeedsAttention, QStringLiteral("CareLink"));
        carelink.action = AccountAction::SignInAgain;
        carelink.lastError =
            SyncError::make(SyncError::Kind::Auth, QStringLiteral("Sign-in expired."), QStringLiteral("d"));
        model.setAccount(tandem);
        model.setAccount(carelink);
        TrayMenu menu;
        menu.update(model, DisplayOptions(), at(0));

        QAction *tandemLine = menu.action(QStringLiteral("account:t"));
        QVERIFY(tandemLine && tandemLine->menu());
        QCOMPARE(tandemLine->text(), QStringLiteral("Tandem: up to date, synced 3 min ago"));
        QStringList details;
        for (QAction *a : tandemLine->menu()->actions())
            details << a->text();
        QVERIFY(details.contains(QStringLiteral("Next sync: in 2 min")));
        QVERIFY(!menu.action(QStringLiteral("accountAction:t")));

        QAction *fix = menu.action(QStringLiteral("accountAction:c"));
        QVERIFY(fix);
        QCOMPARE(fix->text(), QStringLiteral("Sign in again\u2026"));
        QSignalSpy spy(&menu, &TrayMenu::accountActionRequested);
        fix->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("c"));
        QCOMPARE(spy.first().at(1).value<AccountAction>(), AccountAction::SignInAgain);

        // account lines follow the model: order of insertion, removed when the account goes
        const QList<QAction *> top = menu.menu()->actions();
        QVERIFY(top.indexOf(tandemLine) < top.indexOf(menu.action(QStringLiteral("account:c"))));
        model.removeAccount(QStringLiteral("t"));
        menu.update(model, DisplayOptions(), at(1));
        QVERIFY(!menu.action(QStringLiteral("account:t")));
        QVERIFY(menu.action(QStringLiteral("account:c")));
    }

    void commandsEmitSignals()
    {
        TrayMenu menu;
        QSignalSpy pause(&menu, &TrayMenu::pauseRequested);
        menu.action(QStringLiteral("pause30Action"))->trigger();
        menu.action(QStringLiteral("pause60Action"))->trigger();
        menu.action(QStringLiteral("pauseUntilResumedAction"))->trigger();
        QCOMPARE(pause.count(), 3);
        QCOMPARE(pause.at(0).first().toInt(), 30);
        QCOMPARE(pause.at(1).first().toInt(), 60);
        QCOMPARE(pause.at(2).first().toInt(), 0);

        const QList<std::pair<const char *, void (TrayMenu::*)()>> commands{
            {"syncNowAction", &TrayMenu::syncNowRequested},
            {"resumeAction", &TrayMenu::resumeRequested},
            {"backfillAction", &TrayMenu::backfillRequested},
            {"settingsAction", &TrayMenu::settingsRequested},
            {"openNightscoutAction", &TrayMenu::openNightscoutRequested},
            {"viewLogsAction", &TrayMenu::viewLogsRequested},
            {"copyDiagnosticsAction", &TrayMenu::copyDiagnosticsRequested},
            {"aboutAction", &TrayMenu::aboutRequested},
            {"quitAction", &TrayMenu::quitRequested},
        };
        for (const auto &[name, signal] : commands) {
            QSignalSpy spy(&menu, signal);
            QAction *action = menu.action(QString::fromLatin1(name));
            action->setEnabled(true);
            action->trigger();
            QVERIFY2(spy.count() == 1, name);
        }
    }
};

QTEST_MAIN(TestTrayMenu)
#include "tst_traymenu.moc"
