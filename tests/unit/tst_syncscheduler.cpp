#include "manualclock.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;

class TestSyncScheduler : public QObject {
    Q_OBJECT
private:
    test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 1), QTimeZone::utc())};

    static RunReport success(const QDateTime &newest)
    {
        RunReport r;
        r.newestData = newest;
        return r;
    }

private slots:
    void dueAccountsAreStartedWithOneTimer()
    {
        SyncScheduler scheduler(m_clock);
        scheduler.setRandom([] { return 0.0; });
        scheduler.addAccount(u"carelink"_s, SourceCadence::Aligned);
        scheduler.addAccount(u"tandem"_s, SourceCadence::Adaptive);
        QSignalSpy due(&scheduler, &SyncScheduler::runDue);
        scheduler.start();
        // Staggered: the first account at once, the second three seconds later.
        QCOMPARE(scheduler.nextWakeup(), m_clock.nowUtc());
        QTRY_COMPARE(due.size(), 1);
        QCOMPARE(due.at(0).at(0).toString(), u"carelink"_s);
        scheduler.runStarted(u"carelink"_s);
        QCOMPARE(scheduler.nextWakeup(), m_clock.nowUtc().addSecs(3));
        m_clock.advance(3000);
        scheduler.poll();
        QCOMPARE(due.size(), 2);
        scheduler.runStarted(u"tandem"_s);
        QVERIFY(!scheduler.nextWakeup().isValid()); // both running: nothing armed

        scheduler.runFinished(u"carelink"_s, success(QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc())));
        scheduler.runFinished(u"tandem"_s, success(m_clock.nowUtc()));
        // CareLink at 12:06:10, Tandem 270 s after 12:01:03: the earliest wins.
        QCOMPARE(scheduler.nextWakeup(), QDateTime(QDate(2026, 3, 1), QTime(12, 5, 33), QTimeZone::utc()));
        const int wakeups = scheduler.wakeups();
        scheduler.poll(); // nothing due yet
        QCOMPARE(due.size(), 2);
        QCOMPARE(scheduler.wakeups(), wakeups + 1);
    }

    void lateTimerMeansTheComputerSlept()
    {
        SyncScheduler scheduler(m_clock);
        scheduler.setRandom([] { return 0.0; });
        scheduler.addAccount(u"a"_s, SourceCadence::Adaptive);
        scheduler.addAccount(u"b"_s, SourceCadence::Adaptive);
        scheduler.start();
        for (const QString &id : {u"a"_s, u"b"_s}) {
            scheduler.runStarted(id);
            scheduler.runFinished(id, success(m_clock.nowUtc()));
        }
        scheduler.pause(u"b"_s);
        QSignalSpy due(&scheduler, &SyncScheduler::runDue);
        m_clock.advance(3LL * 3600 * 1000); // the timer fires three hours late
        scheduler.poll();
        QCOMPARE(due.size(), 1); // "a" was due anyway; the paused one stays paused
        QCOMPARE(due.at(0).at(0).toString(), u"a"_s);
        QVERIFY(scheduler.schedule(u"a"_s)->isRunning()); // marked as started: never emitted twice
        scheduler.resume(u"b"_s);
        QCOMPARE(scheduler.nextWakeup(), m_clock.nowUtc().addSecs(5));
    }

    void authFailureOnlyRechecksLocallyUntilSyncNow()
    {
        SyncScheduler scheduler(m_clock);
        scheduler.addAccount(u"a"_s, SourceCadence::Adaptive);
        scheduler.start();
        scheduler.runStarted(u"a"_s);
        RunReport refused;
        refused.error = SyncError::make(SyncError::Kind::Auth, u"wrong password"_s, u"401"_s);
        scheduler.runFinished(u"a"_s, refused);
        QCOMPARE(scheduler.nextWakeup(), m_clock.nowUtc().addSecs(600)); // the local re-check only
        scheduler.networkAvailable();
        scheduler.systemResumed();
        QCOMPARE(scheduler.nextWakeup(), m_clock.nowUtc().addSecs(600));
        QSignalSpy due(&scheduler, &SyncScheduler::runDue);
        scheduler.syncNow(u"a"_s);
        QTRY_COMPARE(due.size(), 1);
    }

    void networkReturnRetriesSooner()
    {
        SyncScheduler scheduler(m_clock);
        scheduler.setRandom([] { return 0.5; });
        scheduler.addAccount(u"a"_s, SourceCadence::Aligned);
        scheduler.start();
        RunReport offline;
        offline.error = SyncError::make(SyncError::Kind::Network, u"offline"_s, u"dns"_s);
        for (int i = 0; i < 4; ++i) {
            scheduler.runStarted(u"a"_s);
            scheduler.runFinished(u"a"_s, offline);
        }
        QVERIFY(scheduler.nextWakeup() > m_clock.nowUtc().addSecs(300));
        scheduler.networkAvailable();
        QCOMPARE(scheduler.nextWakeup(), m_clock.nowUtc().addSecs(5));
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
