#include "manualclock.h"
#include "scriptedstatus.h"

#include "viewmodels/minuteticker.h"

#include <QSignalSpy>
#include <QTest>

using nb::test::at;
using nb::test::ManualClock;
using nb::ui::MinuteTicker;

class TestMinuteTicker : public QObject {
    Q_OBJECT
private slots:
    void nextTickIsTheNextWholeMinuteAfterTheAnchor()
    {
        // wall-clock minutes without an anchor
        QCOMPARE(MinuteTicker::msUntilNextMinute(at(0), QDateTime()), 60000);
        QCOMPARE(MinuteTicker::msUntilNextMinute(at(0).addMSecs(59500), QDateTime()), 500);
        // anchored to a reading at 12:00:20: ages change at :20 of every minute
        const QDateTime reading = at(0).addSecs(20);
        QCOMPARE(MinuteTicker::msUntilNextMinute(at(1), reading), 20000);
        QCOMPARE(MinuteTicker::msUntilNextMinute(at(1).addSecs(20), reading), 60000);
        // a reading "from the future" (clock skew) still gives a positive wait
        QCOMPARE(MinuteTicker::msUntilNextMinute(at(0), at(0).addSecs(5)), 5000);
    }

    void firesOncePerMinuteAndRearms()
    {
        ManualClock clock(at(0).addMSecs(59700)); // 300 ms before the boundary
        MinuteTicker ticker(clock);
        QSignalSpy tick(&ticker, &MinuteTicker::tick);
        ticker.start();
        QVERIFY(ticker.isActive());
        QVERIFY(ticker.remainingMs() <= 300 + 250);
        clock.set(at(1).addMSecs(250)); // where the clock will be when the timer fires
        QVERIFY(tick.wait(3000));
        QCOMPARE(tick.count(), 1);
        // re-armed for a whole minute (one wake-up per minute, no polling)
        QVERIFY(ticker.isActive());
        QVERIFY(ticker.remainingMs() > 55000);
        ticker.stop();
        QVERIFY(!ticker.isActive());
    }

    void aNewAnchorRearmsARunningTicker()
    {
        ManualClock clock(at(0));
        MinuteTicker ticker(clock);
        ticker.start();
        QVERIFY(ticker.remainingMs() > 59000);
        ticker.setAnchor(at(0).addSecs(-50)); // reading 50 s old: its age changes in 10 s
        QVERIFY(ticker.remainingMs() <= 10250);
        QVERIFY(ticker.remainingMs() > 9000);
    }
};

QTEST_MAIN(TestMinuteTicker)
#include "tst_minuteticker.moc"
