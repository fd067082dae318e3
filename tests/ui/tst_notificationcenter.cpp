#include "manualclock.h"
#include "scriptedstatus.h"

#include "notify/notificationcenter.h"

#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::test::accountStatus;
using nb::test::at;
using nb::test::glucose;
using nb::test::ManualClock;
using nb::ui::NotificationCenter;

class TestNotificationCenter : public QObject {
    Q_OBJECT
private slots:
    void signInNeededOnceWithTheAccountAndTheAdvice()
    {
        StatusModel model;
        ManualClock clock(at(0));
        NotificationCenter center(model, clock);
        QSignalSpy notify(&center, &NotificationCenter::notify);
        AccountStatus a = accountStatus(QStringLiteral("c"), AccountState::NeedsAttention, QStringLiteral("CareLink"));
        a.action = AccountAction::SignInAgain;
        a.lastError =
            SyncError::make(SyncError::Kind::Auth, QStringLiteral("The sign-in has expired."), QStringLiteral("d"));
        model.setAccount(a);
        QCOMPARE(notify.count(), 1);
        QCOMPARE(notify.first().at(0).toString(), QStringLiteral("CareLink: please sign in again"));
        QCOMPARE(notify.first().at(1).toString(),
                 QStringLiteral("The sign-in has expired. Syncing is stopped until you sign in again."));
        QCOMPARE(notify.first().at(2).value<NotificationKind>(), NotificationKind::SignInNeeded);
        // the same state, changed again and again, ticks passing: still one notification
        for (int i = 1; i < 10; ++i) {
            a.lastAttempt = at(i);
            clock.set(at(i * 10));
            model.setAccount(a);
            center.evaluate();
        }
        QCOMPARE(notify.count(), 1);
    }

    void syncFailingAfterTheThresholdThroughTheTick()
    {
        StatusModel model;
        ManualClock clock(at(0));
        NotificationConfig config;
        config.syncFailingMinutes = 10;
        NotificationCenter center(model, clock, config);
        QSignalSpy notify(&center, &NotificationCenter::notify);
        AccountStatus a = accountStatus(QStringLiteral("t"), AccountState::Retrying, QStringLiteral("Tandem"));
        a.lastError = SyncError::make(SyncError::Kind::Network, QStringLiteral("Tandem Source cannot be reached."),
                                      QStringLiteral("d"), true);
        model.setAccount(a);
        clock.set(at(9));
        center.evaluate();
        QCOMPARE(notify.count(), 0);
        clock.set(at(10));
        center.evaluate(); // the minute tick
        QCOMPARE(notify.count(), 1);
        QCOMPARE(notify.first().at(0).toString(), QStringLiteral("Tandem: sync is failing"));
        QCOMPARE(notify.first().at(1).toString(),
                 QStringLiteral("Tandem Source cannot be reached. Nightbridge keeps trying."));
    }

    void noNewDataNamesTheAgeAndTheLikelyCause()
    {
        StatusModel model;
        ManualClock clock(at(0));
        NotificationCenter center(model, clock);
        QSignalSpy notify(&center, &NotificationCenter::notify);
        AccountStatus a = accountStatus(QStringLiteral("t"), AccountState::Idle, QStringLiteral("Tandem"));
        a.lastDataTime = at(-75);
        model.setAccount(a);
        QCOMPARE(notify.count(), 1);
        QCOMPARE(notify.first().at(0).toString(), QStringLiteral("Tandem: no new data"));
        QVERIFY(notify.first().at(1).toString().contains(QStringLiteral("1 h 15 min ago")));
        QVERIFY(notify.first().at(1).toString().contains(QStringLiteral("phone app")));
    }

    void switchedOffMeansSilent()
    {
        StatusModel model;
        ManualClock clock(at(0));
        NotificationConfig off;
        off.enabled = false;
        NotificationCenter center(model, clock, off);
        QSignalSpy notify(&center, &NotificationCenter::notify);
        AccountStatus a = accountStatus(QStringLiteral("c"), AccountState::NeedsAttention);
        a.action = AccountAction::SignInAgain;
        model.setAccount(a);
        center.announceBackfillFinished(QStringLiteral("c"), 12);
        QCOMPARE(notify.count(), 0);
        center.setConfig(NotificationConfig());
        center.announceBackfillFinished(QStringLiteral("c"), 12);
        QCOMPARE(notify.count(), 1);
        QCOMPARE(notify.first().at(1).toString(), QStringLiteral("12 record(s) uploaded to Nightscout."));
    }

    void glucoseAlertsOnlyWhenEnabledAndNeverForAZero()
    {
        StatusModel model;
        ManualClock clock(at(0));
        NotificationCenter center(model, clock);
        QSignalSpy notify(&center, &NotificationCenter::notify);
        model.addReadings({glucose(0, 62)});
        QCOMPARE(notify.count(), 0); // off by default (above the urgent low, which is on by default)

        NotificationConfig alerts;
        alerts.glucoseAlerts = true;
        StatusModel model2;
        NotificationCenter withAlerts(model2, clock, alerts);
        QSignalSpy alerted(&withAlerts, &NotificationCenter::notify);
        model2.addReadings({glucose(0, 0)});
        QCOMPARE(alerted.count(), 0);
        clock.set(at(5));
        model2.addReadings({glucose(5, 62)});
        QCOMPARE(alerted.count(), 1);
        QCOMPARE(alerted.first().at(0).toString(), QStringLiteral("tandem: low glucose 62 mg/dL"));
        QCOMPARE(alerted.first().at(2).value<NotificationKind>(), NotificationKind::GlucoseLow);
        clock.set(at(10));
        model2.addReadings({glucose(10, 58)});
        QCOMPARE(alerted.count(), 1);
    }

    // Notifications are read away from the icon (lock screen, watch): in the demo each one says so.
    void everyDemoNotificationSaysItIsTheDemo()
    {
        StatusModel model;
        model.setDemo(true);
        ManualClock clock(at(0));
        NotificationConfig alerts;
        alerts.glucoseAlerts = true;
        NotificationCenter center(model, clock, alerts);
        QSignalSpy notify(&center, &NotificationCenter::notify);
        AccountStatus a = accountStatus(QStringLiteral("c"), AccountState::NeedsAttention, QStringLiteral("CareLink"));
        a.action = AccountAction::SignInAgain;
        model.setAccount(a);
        model.addReadings({glucose(0, 55)});
        center.announceBackfillFinished(QStringLiteral("c"), 12);
        QVERIFY(notify.count() >= 3);
        for (const QList<QVariant> &n : std::as_const(notify))
            QVERIFY2(n.at(1).toString().startsWith(QStringLiteral("DEMO \u2014 not real readings: ")),
                     qPrintable(n.at(1).toString()));

        StatusModel real;
        NotificationCenter realCenter(real, clock, alerts);
        QSignalSpy realNotify(&realCenter, &NotificationCenter::notify);
        real.addReadings({glucose(0, 55)});
        QCOMPARE(realNotify.count(), 1);
        QVERIFY(!realNotify.first().at(1).toString().contains(QStringLiteral("DEMO")));
    }
};

QTEST_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
