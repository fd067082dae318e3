#include "manualclock.h"
#include "scriptedstatus.h"

#include "popup/statuspopup.h"
#include "tray/traycontroller.h"
#include "tray/traymenu.h"
#include "viewmodels/minuteticker.h"
#include "viewmodels/statustext.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::test::accountStatus;
using nb::test::at;
using nb::test::glucose;
using nb::test::ManualClock;
using nb::ui::TrayController;

class TestTrayController : public QObject {
    Q_OBJECT
private:
    static TrayController::Options options(bool trayAvailable, int debounceMs = 50)
    {
        TrayController::Options o;
        o.trayAvailable = [trayAvailable] { return trayAvailable; };
        o.trayRetryIntervalMs = 10;
        o.trayRetryAttempts = 3;
        o.clickDebounceMs = debounceMs;
        return o;
    }

private slots:
    void showsTheTrayWhenAvailable()
    {
        StatusModel model;
        ManualClock clock(at(0));
        TrayController tray(model, clock, options(true));
        QSignalSpy shown(&tray, &TrayController::trayShown);
        tray.start();
        QCOMPARE(shown.count(), 1);
        QVERIFY(tray.isTrayShown());
        QVERIFY(!tray.popup()->isVisible());
        QVERIFY(tray.ticker()->isActive());
        QCOMPARE(tray.trayIcon()->contextMenu(), tray.menu());
    }

    void retriesThenOpensTheStatusWindow()
    {
        StatusModel model;
        ManualClock clock(at(0));
        int asked = 0;
        TrayController::Options o = options(false);
        o.trayAvailable = [&asked] {
            ++asked;
            return false;
        };
        TrayController tray(model, clock, o);
        QSignalSpy unavailable(&tray, &TrayController::trayUnavailable);
        tray.start();
        QVERIFY(unavailable.wait(2000));
        QCOMPARE(asked, 1 + o.trayRetryAttempts); // the first try, then the retries
        QVERIFY(!tray.isTrayShown());
        QVERIFY(tray.popup()->isVisible());
        QVERIFY(tray.popup()->windowFlags().testFlag(Qt::Window));
    }

    void aTrayThatAppearsLateIsUsed()
    {
        StatusModel model;
        ManualClock clock(at(0));
        int asked = 0;
        TrayController::Options o = options(false);
        o.trayAvailable = [&asked] { return ++asked >= 3; };
        TrayController tray(model, clock, o);
        QSignalSpy shown(&tray, &TrayController::trayShown);
        QSignalSpy unavailable(&tray, &TrayController::trayUnavailable);
        tray.start();
        QVERIFY(shown.wait(2000));
        QTest::qWait(60);
        QCOMPARE(unavailable.count(), 0);
        QCOMPARE(shown.count(), 1);
        QVERIFY(!tray.popup()->isVisible());
    }

    void aClickTogglesThePopupAfterTheDoubleClickInterval()
    {
        StatusModel model;
        ManualClock clock(at(0));
        TrayController tray(model, clock, options(true, 80));
        tray.start();
        tray.handleActivation(QSystemTrayIcon::Trigger);
        QVERIFY(!tray.popup()->isVisible()); // not yet: it may be a double click
        QTRY_VERIFY(tray.popup()->isVisible());
        tray.handleActivation(QSystemTrayIcon::Trigger);
        QTRY_VERIFY(!tray.popup()->isVisible());
    }

    void aDoubleClickOpensAndDoesNotToggleBack()
    {
        StatusModel model;
        ManualClock clock(at(0));
        TrayController tray(model, clock, options(true, 80));
        tray.start();
        // What platforms send for a double click: Trigger (first press), maybe Trigger again, DoubleClick.
        tray.handleActivation(QSystemTrayIcon::Trigger);
        tray.handleActivation(QSystemTrayIcon::Trigger);
        tray.handleActivation(QSystemTrayIcon::DoubleClick);
        QVERIFY(tray.popup()->isVisible());
        QTest::qWait(200);
        QVERIFY(tray.popup()->isVisible());
        // and a double click while open keeps it open
        tray.handleActivation(QSystemTrayIcon::Trigger);
        tray.handleActivation(QSystemTrayIcon::DoubleClick);
        QTest::qWait(200);
        QVERIFY(tray.popup()->isVisible());
        tray.handleActivation(QSystemTrayIcon::Context); // the menu is Qt's business
        QVERIFY(tray.popup()->isVisible());
    }

    void iconTooltipAndMenuFollowTheModel()
    {
        StatusModel model;
        ManualClock clock(at(2));
        TrayController tray(model, clock, options(true));
        tray.start();
        QVERIFY(!tray.iconState().mgdl);
        QCOMPARE(tray.iconState().health, SyncHealth::None);
        QVERIFY(!tray.trayIcon()->icon().isNull());

        model.addReadings({glucose(0, 140)});
        QCOMPARE(tray.iconState().mgdl, std::optional<int>(140));
        QCOMPARE(tray.iconState().range, GlucoseRange::InRange);
        model.setAccount(accountStatus(QStringLiteral("t"), AccountState::Retrying));
        QCOMPARE(tray.iconState().health, SyncHealth::Retrying);
        QCOMPARE(tray.trayIcon()->toolTip(), ui::StatusText::tooltip(model, ui::DisplayOptions(), at(2)));
        QVERIFY(tray.trayMenu()->action(QStringLiteral("account:t")));
        QVERIFY(
            tray.trayMenu()->action(QStringLiteral("readingAction"))->text().contains(QStringLiteral(": 140 mg/dL")));

        ui::DisplayOptions mmol;
        mmol.units = GlucoseUnits::Mmol;
        mmol.thresholds.high = 130;
        tray.setDisplayOptions(mmol);
        QCOMPARE(tray.iconState().units, GlucoseUnits::Mmol);
        QCOMPARE(tray.iconState().range, GlucoseRange::High);
        QVERIFY(tray.trayIcon()->toolTip().contains(QStringLiteral("7.8 mmol/L")));
    }

    void theIconIsRenderedOnlyWhenItChanges()
    {
        StatusModel model;
        ManualClock clock(at(1));
        TrayController tray(model, clock, options(true));
        tray.start();
        const int initial = tray.iconRenderCount();
        model.addReadings({glucose(0, 140)});
        QCOMPARE(tray.iconRenderCount(), initial + 1);
        AccountStatus a = accountStatus(QStringLiteral("t"), AccountState::Idle);
        model.setAccount(a);
        QCOMPARE(tray.iconRenderCount(), initial + 2); // badge appeared
        a.lastSuccess = at(1);
        model.setAccount(a); // tooltip text only
        tray.refresh();
        clock.advance(60 * 1000);
        emit tray.ticker()->tick();
        QCOMPARE(tray.iconRenderCount(), initial + 2);
    }

    void theMinuteTickMakesAnOldReadingStale()
    {
        StatusModel model;
        ManualClock clock(at(14));
        TrayController tray(model, clock, options(true));
        tray.start();
        model.addReadings({glucose(0, 140)});
        QVERIFY(!tray.iconState().stale);
        QVERIFY(tray.trayIcon()->toolTip().contains(QStringLiteral("14 min ago")));
        clock.set(at(15));
        emit tray.ticker()->tick();
        QVERIFY(tray.iconState().stale);
        QVERIFY(tray.trayIcon()->toolTip().contains(QStringLiteral("15 min ago (old)")));
    }

    void commandsReachTheController()
    {
        StatusModel model;
        ManualClock clock(at(0));
        model.setAccount(accountStatus(QStringLiteral("t"), AccountState::Idle));
        TrayController tray(model, clock, options(true));
        tray.setNightscoutAvailable(true);
        QSignalSpy sync(&tray, &TrayController::syncNowRequested);
        QSignalSpy pause(&tray, &TrayController::pauseRequested);
        QSignalSpy quit(&tray, &TrayController::quitRequested);
        QSignalSpy nightscout(&tray, &TrayController::openNightscoutRequested);
        tray.trayMenu()->action(QStringLiteral("syncNowAction"))->trigger();
        tray.trayMenu()->action(QStringLiteral("pause60Action"))->trigger();
        tray.trayMenu()->action(QStringLiteral("openNightscoutAction"))->trigger();
        tray.trayMenu()->action(QStringLiteral("quitAction"))->trigger();
        QCOMPARE(sync.count(), 1);
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.first().first().toInt(), 60);
        QCOMPARE(nightscout.count(), 1);
        QCOMPARE(quit.count(), 1);
        // the popup's buttons go the same way
        auto *button = tray.popup()->findChild<QAbstractButton *>(QStringLiteral("syncNowButton"));
        QVERIFY(button);
        button->click();
        QCOMPARE(sync.count(), 2);
    }

    void notificationsWithoutATrayAreDroppedQuietly()
    {
        StatusModel model;
        ManualClock clock(at(0));
        TrayController tray(model, clock, options(false));
        tray.showMessage(QStringLiteral("t"), QStringLiteral("m"), NotificationKind::SyncFailing); // no crash
        QVERIFY(!tray.isTrayShown());
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
