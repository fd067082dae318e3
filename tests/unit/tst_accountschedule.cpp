#include "manualclock.h"
#include "sync/accountschedule.h"

#include <QTest>

using namespace nb;

namespace {
SyncError error(SyncError::Kind kind, std::optional<std::chrono::seconds> retryAfter = std::nullopt)
{
    SyncError e = SyncError::make(kind, QStringLiteral("message"), QStringLiteral("detail"));
    e.retryAfter = retryAfter;
    return e;
}
} // namespace

class TestAccountSchedule : public QObject {
    Q_OBJECT
private:
    test::ManualClock m_clock;
    double m_random = 0.0;
    AccountSchedule make(SourceCadence cadence)
    {
        return AccountSchedule(cadence, ScheduleParams{}, [this] { return m_random; });
    }
    QDateTime now() const { return m_clock.nowUtc(); }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(12, 1), QTimeZone::utc()));
        m_random = 0.0;
    }

    void startsAtOnceAndAlignsCareLinkToTheReadings()
    {
        AccountSchedule s = make(SourceCadence::Aligned);
        s.start(now(), 3);
        QCOMPARE(s.nextRun(), now().addSecs(3));
        QVERIFY(!s.isDue(now()));
        m_clock.advance(3000);
        QVERIFY(s.isDue(now()));
        s.runStarted(now());
        QVERIFY(!s.nextRun().isValid());
        const QDateTime reading(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
        s.runSucceeded(now(), reading);
        QCOMPARE(s.nextRun(), QDateTime(QDate(2026, 3, 1), QTime(12, 6, 10), QTimeZone::utc()));
    }

    void tandemLearnsFromDataArrival()
    {
        AccountSchedule s = make(SourceCadence::Adaptive);
        m_random = 0.5; // no jitter
        QDateTime data = now().addSecs(-3600);
        s.runSucceeded(now(), data);
        QCOMPARE(s.nextRun(), now().addSecs(300)); // default until three intervals are known
        for (int i = 0; i < 3; ++i) {
            data = data.addSecs(900);
            s.runSucceeded(now(), data);
        }
        QCOMPARE(s.intervals(), (QList<int>{900, 900, 900}));
        QCOMPARE(s.nextRun(), now().addSecs(900));
        s.runSucceeded(now(), data); // no new data: nothing learned
        QCOMPARE(s.intervals().size(), 3);
    }

    void backoffGrowsAndResetsAfterSuccess()
    {
        AccountSchedule s = make(SourceCadence::Aligned);
        s.runFailed(now(), error(SyncError::Kind::Server));
        QCOMPARE(s.failures(), 1);
        QCOMPARE(s.nextRun(), now().addSecs(30));
        s.runFailed(now(), error(SyncError::Kind::Server));
        QCOMPARE(s.nextRun(), now().addSecs(60));
        s.runFailed(now(), error(SyncError::Kind::RateLimited, std::chrono::seconds(600)));
        QCOMPARE(s.nextRun(), now().addSecs(600)); // Retry-After wins
        s.runSucceeded(now(), now());
        QCOMPARE(s.failures(), 0);
        QVERIFY(!s.lastError());
    }

    void authFailurePausesUntilTheUserActs()
    {
        AccountSchedule s = make(SourceCadence::Adaptive);
        s.runFailed(now(), error(SyncError::Kind::Auth));
        QCOMPARE(s.hold(), AccountSchedule::Hold::NeedsUser);
        // Only a local look (do the stored credentials differ from the refused ones?) every ten minutes;
        // the engine does not contact the vendor while they are the same.
        QCOMPARE(s.nextRun(), now().addSecs(600));
        s.systemResumed(now());
        s.networkAvailable(now());
        QCOMPARE(s.nextRun(), now().addSecs(600));
        m_clock.advance(600 * 1000);
        s.runStarted(now());
        s.runFailed(now(), error(SyncError::Kind::Auth)); // still the same credentials
        QCOMPARE(s.hold(), AccountSchedule::Hold::NeedsUser);
        QCOMPARE(s.failures(), 0); // no backoff growth: nothing was tried
        s.syncNow(now());
        QCOMPARE(s.hold(), AccountSchedule::Hold::None);
        QVERIFY(s.isDue(now()));
        s.runStarted(now());
        s.runSucceeded(now(), now());
        QCOMPARE(s.hold(), AccountSchedule::Hold::None);
    }

    void restoredNeedsUserStaysHeld()
    {
        AccountSchedule s = make(SourceCadence::Aligned);
        s.restore(now(), {600, 600, 600}, 2, true);
        s.start(now());
        QCOMPARE(s.hold(), AccountSchedule::Hold::NeedsUser);
        QCOMPARE(s.nextRun(), now()); // the local check right away: resumes if the password was changed meanwhile
        QCOMPARE(s.failures(), 2);
    }

    void resumeFromSleepCatchesUp()
    {
        AccountSchedule s = make(SourceCadence::Adaptive);
        s.runSucceeded(now(), now());
        QCOMPARE(s.nextRun(), now().addSecs(270));
        m_clock.advance(2LL * 3600 * 1000); // slept for two hours: the planned run is overdue, due at once
        s.systemResumed(now());
        QVERIFY(s.isDue(now()));
        // Paused by the user at the time: stays paused.
        s.pause(now(), QDateTime());
        s.systemResumed(now());
        QVERIFY(!s.isDue(now()));
        s.resume(now());
        QCOMPARE(s.nextRun(), now().addSecs(5));
        // A run already due soon stays as it is.
        s.runSucceeded(now(), now());
        m_clock.advance(268 * 1000);
        s.systemResumed(now());
        QCOMPARE(s.nextRun(), now().addSecs(2));
    }

    void networkReturnMovesOnlyNetworkRetriesForward()
    {
        AccountSchedule s = make(SourceCadence::Aligned);
        s.runFailed(now(), error(SyncError::Kind::Server));
        const QDateTime planned = s.nextRun();
        s.networkAvailable(now());
        QCOMPARE(s.nextRun(), planned);
        for (int i = 0; i < 5; ++i)
            s.runFailed(now(), error(SyncError::Kind::Network));
        QVERIFY(s.nextRun() > now().addSecs(400));
        s.networkAvailable(now());
        QCOMPARE(s.nextRun(), now().addSecs(5));
    }

    void userPauseAndResume()
    {
        AccountSchedule s = make(SourceCadence::Aligned);
        s.start(now());
        s.pause(now(), QDateTime());
        QCOMPARE(s.hold(), AccountSchedule::Hold::UserPaused);
        QVERIFY(!s.isDue(now().addDays(1)));
        s.resume(now());
        QCOMPARE(s.nextRun(), now().addSecs(5));
        // A timed pause ends by itself.
        s.pause(now(), now().addSecs(3600));
        QVERIFY(!s.isDue(now().addSecs(3599)));
        m_clock.advance(3600 * 1000);
        s.wake(now());
        QCOMPARE(s.hold(), AccountSchedule::Hold::None);
        QVERIFY(s.isDue(now()));
        // A run that ends while paused keeps the account paused.
        s.runStarted(now());
        s.pause(now(), QDateTime());
        s.runSucceeded(now(), now());
        QVERIFY(!s.nextRun().isValid());
    }

    void syncNowRunsImmediately()
    {
        AccountSchedule s = make(SourceCadence::Adaptive);
        s.runFailed(now(), error(SyncError::Kind::Timeout));
        s.runFailed(now(), error(SyncError::Kind::Timeout));
        s.syncNow(now());
        QVERIFY(s.isDue(now()));
        s.runStarted(now());
        s.syncNow(now()); // while running: nothing doubles up
        QVERIFY(!s.nextRun().isValid());
    }
};

QTEST_GUILESS_MAIN(TestAccountSchedule)
#include "tst_accountschedule.moc"
