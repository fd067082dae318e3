#include "sync/schedulepolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace nb;

namespace {
QDateTime at(int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(h, m, s), QTimeZone::utc());
}
} // namespace

class TestSchedulePolicy : public QObject {
    Q_OBJECT
private slots:
    void alignedRunsJustAfterTheNextReading()
    {
        const ScheduleParams p;
        // Reading at 12:00; the next one is at the vendor ~70 s after 12:05.
        QCOMPARE(SchedulePolicy::nextAligned(at(12, 0), at(12, 1), p, 0.0), at(12, 6, 10));
        QCOMPARE(SchedulePolicy::nextAligned(at(12, 0), at(12, 1), p, 0.5), at(12, 6, 20));
        // Too close to that moment (min gap 60 s): the reading after it.
        QCOMPARE(SchedulePolicy::nextAligned(at(12, 0), at(12, 5, 30), p, 0.0), at(12, 11, 10));
        QCOMPARE(SchedulePolicy::nextAligned(at(12, 0), at(12, 4, 30), p, 0.0), at(12, 6, 10));
        // Old data (phone offline): still on the 5-minute grid of the last reading.
        QCOMPARE(SchedulePolicy::nextAligned(at(9, 0), at(12, 2), p, 0.0), at(12, 6, 10));
        // No reading yet: one period.
        QCOMPARE(SchedulePolicy::nextAligned(QDateTime(), at(12, 2), p, 0.0), at(12, 7));
    }

    void alignedJitterStaysInBounds()
    {
        const ScheduleParams p;
        for (int i = 0; i < 100; ++i) {
            const double r = i / 100.0;
            const QDateTime next = SchedulePolicy::nextAligned(at(12, 0), at(12, 1), p, r);
            QVERIFY(next >= at(12, 6, 10));
            QVERIFY(next < at(12, 6, 30));
        }
    }

    void adaptiveLearnsTheUploadInterval()
    {
        const ScheduleParams p;
        QCOMPARE(SchedulePolicy::adaptiveSeconds({}, p), 300);
        QCOMPARE(SchedulePolicy::adaptiveSeconds({600, 600}, p), 300); // three needed
        QCOMPARE(SchedulePolicy::adaptiveSeconds({600, 600, 900}, p), 700);
        QCOMPARE(SchedulePolicy::adaptiveSeconds({60, 60, 60}, p), 300);        // at least 5 min
        QCOMPARE(SchedulePolicy::adaptiveSeconds({5000, 9000, 7000}, p), 1500); // at most 25 min
        // Only the last ten count.
        QList<int> many(20, 1500);
        many.append(QList<int>(10, 600));
        QCOMPARE(SchedulePolicy::adaptiveSeconds(many, p), 600);
    }

    void adaptiveJitterIsTenPercent()
    {
        const ScheduleParams p;
        const QList<int> intervals{600, 600, 600};
        QCOMPARE(SchedulePolicy::nextAdaptive(intervals, at(12, 0), p, 0.0), at(12, 9));
        QCOMPARE(SchedulePolicy::nextAdaptive(intervals, at(12, 0), p, 0.5), at(12, 10));
        for (int i = 0; i < 100; ++i) {
            const QDateTime next = SchedulePolicy::nextAdaptive(intervals, at(12, 0), p, i / 100.0);
            QVERIFY(next >= at(12, 9) && next <= at(12, 11));
        }
    }

    void backoffDoublesWithJitterAndHonoursRetryAfter()
    {
        const ScheduleParams p;
        QCOMPARE(SchedulePolicy::backoffSeconds(1, std::nullopt, p, 0.0), 30);
        QCOMPARE(SchedulePolicy::backoffSeconds(1, std::nullopt, p, 0.9999), 60);
        QCOMPARE(SchedulePolicy::backoffSeconds(2, std::nullopt, p, 0.0), 60);
        QCOMPARE(SchedulePolicy::backoffSeconds(3, std::nullopt, p, 0.0), 120);
        QCOMPARE(SchedulePolicy::backoffSeconds(20, std::nullopt, p, 0.9999), 1800); // capped
        QCOMPARE(SchedulePolicy::backoffSeconds(20, std::nullopt, p, 0.0), 900);
        for (int n = 1; n < 12; ++n) {
            for (int i = 0; i < 10; ++i) {
                const int s = SchedulePolicy::backoffSeconds(n, std::nullopt, p, i / 10.0);
                const int full = std::min(1800, 60 << (n - 1));
                QVERIFY(s >= full / 2 && s <= full);
            }
        }
        QCOMPARE(SchedulePolicy::backoffSeconds(1, std::chrono::seconds(3600), p, 0.5), 3600);
        QCOMPARE(SchedulePolicy::backoffSeconds(3, std::chrono::seconds(5), p, 0.0), 120); // ours is longer
    }

    void onlyTheUserCanFixAuthAndConfig()
    {
        QVERIFY(SchedulePolicy::needsUser(SyncError::make(SyncError::Kind::Auth, {}, {})));
        QVERIFY(SchedulePolicy::needsUser(SyncError::make(SyncError::Kind::Config, {}, {})));
        QVERIFY(!SchedulePolicy::needsUser(SyncError::make(SyncError::Kind::Network, {}, {})));
        QVERIFY(!SchedulePolicy::needsUser(SyncError::make(SyncError::Kind::RateLimited, {}, {})));
    }
};

QTEST_GUILESS_MAIN(TestSchedulePolicy)
#include "tst_schedulepolicy.moc"
