#include "scriptedstatus.h"
#include "viewmodels/statustext.h"

#include <QTest>

using namespace nb;
using nb::test::accountStatus;
using nb::test::at;
using nb::test::glucose;
using nb::ui::DisplayOptions;
using nb::ui::StatusText;

class TestStatusText : public QObject {
    Q_OBJECT
private slots:
    void anAccountThatNeverSyncedIsNotUpToDate()
    {
        AccountStatus fresh = accountStatus(QStringLiteral("t"), AccountState::Idle, QStringLiteral("Tandem"));
        QCOMPARE(StatusText::stateLabel(fresh), QStringLiteral("waiting for the first sync"));
        QCOMPARE(StatusText::accountLine(fresh, at(0)), QStringLiteral("Tandem: waiting for the first sync"));
        fresh.lastSuccess = at(-1);
        QCOMPARE(StatusText::stateLabel(fresh), QStringLiteral("up to date"));
    }

    void tooltipHasValueUnitTrendDeltaAgeIobAndAccounts()
    {
        StatusModel model;
        model.addReadings({glucose(0, 120), glucose(5, 123, QStringLiteral("FortyFiveUp"))});
        DeviceSnapshot device;
        device.iob = 1.25;
        model.setDevice(device);
        AccountStatus tandem = accountStatus(QStringLiteral("t"), AccountState::Idle, QStringLiteral("Tandem (Mobi)"));
        tandem.lastSuccess = at(6);
        AccountStatus carelink =
            accountStatus(QStringLiteral("c"), AccountState::NeedsAttention, QStringLiteral("CareLink"));
        model.setAccount(tandem);
        model.setAccount(carelink);

        const QString tip = StatusText::tooltip(model, DisplayOptions(), at(8));
        const QStringList lines = tip.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("Nightbridge"));
        // Whose reading (the readings' account has no status here: its id names it), absolute and relative time.
        QCOMPARE(lines.at(1), QStringLiteral("tandem: 123 mg/dL \u2197 \u00b7 +3 mg/dL \u00b7 ") +
                                  StatusText::clockTime(at(5)) + QStringLiteral(", 3 min ago \u00b7 rising slowly"));
        QCOMPARE(lines.at(2), QStringLiteral("IOB 1.25 U"));
        QCOMPARE(lines.at(3), QStringLiteral("Tandem (Mobi): up to date, synced 2 min ago"));
        QCOMPARE(lines.at(4), QStringLiteral("CareLink: needs your attention"));
    }

    void tooltipInMmolAndWhenStale()
    {
        StatusModel model;
        model.addReadings({glucose(0, 180)});
        DisplayOptions mmol;
        mmol.units = GlucoseUnits::Mmol;
        const QString tip = StatusText::tooltip(model, mmol, at(20));
        QVERIFY2(tip.contains(QStringLiteral("10.0 mmol/L")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("20 min ago (old)")));
        QVERIFY(tip.contains(QStringLiteral("add an account")));
    }

    void tooltipWithoutAReadingAndInDemoMode()
    {
        StatusModel model;
        model.setDemo(true);
        const QString tip = StatusText::tooltip(model, DisplayOptions(), at(0));
        QVERIFY(tip.startsWith(QStringLiteral("Nightbridge (demo data, not real readings)\nNo reading yet")));
        model.addReadings({glucose(0, 0)}); // a zero is not a reading
        QVERIFY(StatusText::tooltip(model, DisplayOptions(), at(1)).contains(QStringLiteral("No reading yet")));
    }

    void tooltipIsShortenedWhenAsked()
    {
        StatusModel model;
        model.addReadings({glucose(0, 100)});
        for (int i = 0; i < 6; ++i)
            model.setAccount(accountStatus(QStringLiteral("account-%1").arg(i), AccountState::Retrying,
                                           QStringLiteral("A fairly long account name %1").arg(i)));
        const QString tip = StatusText::tooltip(model, DisplayOptions(), at(1), 127);
        QCOMPARE(tip.size(), 127);
        QVERIFY(tip.endsWith(QStringLiteral("\u2026")));
    }

    void accountDetailsAndActions()
    {
        AccountStatus a = accountStatus(QStringLiteral("c"), AccountState::NeedsAttention, QStringLiteral("CareLink"));
        a.lastSuccess = at(0);
        a.nextRun = at(64);
        a.lastDataTime = at(-5);
        a.lastError = SyncError::make(SyncError::Kind::Auth, QStringLiteral("The sign-in has expired."),
                                      QStringLiteral("token expired"));
        QCOMPARE(StatusText::accountDetails(a, at(60)),
                 (QStringList{QStringLiteral("State: needs your attention"), QStringLiteral("Last sync: 1 h ago"),
                              QStringLiteral("Next sync: in 4 min"), QStringLiteral("Newest data: 1 h 5 min ago"),
                              QStringLiteral("Last error: The sign-in has expired.")}));
        QCOMPARE(StatusText::actionLabel(AccountAction::SignInAgain), QStringLiteral("Sign in again\u2026"));
        QCOMPARE(StatusText::actionLabel(AccountAction::CheckPassword), QStringLiteral("Check password\u2026"));
        QCOMPARE(StatusText::actionLabel(AccountAction::OpenSettings), QStringLiteral("Open settings\u2026"));
        QVERIFY(StatusText::actionLabel(AccountAction::None).isEmpty());

        AccountStatus paused = accountStatus(QStringLiteral("t"), AccountState::Paused, QStringLiteral("Tandem"));
        paused.pausedUntil = at(30);
        QCOMPARE(StatusText::accountLine(paused, at(0)), QStringLiteral("Tandem: paused, resumes in 30 min"));
    }

    void deviceLine()
    {
        DeviceSnapshot d;
        QVERIFY(StatusText::deviceLine(d).isEmpty());
        d.iob = 0.5;
        d.reservoir = 120;
        d.pumpBatteryPercent = 80;
        d.phoneBatteryPercent = 55;
        QCOMPARE(StatusText::deviceLine(d), QStringLiteral("IOB 0.5 U \u00b7 Reservoir 120 U \u00b7 Pump battery 80 % "
                                                           "\u00b7 Phone battery 55 %"));
    }
};

QTEST_MAIN(TestStatusText)
#include "tst_statustext.moc"
