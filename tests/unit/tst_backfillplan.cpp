#include "sync/backfillplan.h"

#include <QTest>
#include <QTimeZone>

using namespace nb;

namespace {
const QDateTime kNow(QDate(2026, 3, 31), QTime(12, 0), QTimeZone::utc());
}

class TestBackfillPlan : public QObject {
    Q_OBJECT
private slots:
    void tandemIsCutInto28DayWindows()
    {
        SourceLimits tandem;
        tandem.maxWindowDays = 28;
        const auto [from, to] = BackfillPlanner::lastDays(30, kNow);
        const BackfillPlan plan = BackfillPlanner::plan(from, to, tandem, kNow);
        QVERIFY(!plan.shortened);
        QVERIFY(plan.note.isEmpty());
        QCOMPARE(plan.chunks.size(), 2);
        QCOMPARE(plan.chunks.first().first, kNow.addDays(-30));
        QCOMPARE(plan.chunks.first().second, kNow.addDays(-2).addSecs(-1));
        QCOMPARE(plan.chunks.last().first, kNow.addDays(-2));
        QCOMPARE(plan.chunks.last().second, kNow);
        // 56 days: exactly two windows; 57: three.
        QCOMPARE(BackfillPlanner::plan(kNow.addDays(-56), kNow, tandem, kNow).chunks.size(), 2);
        QCOMPARE(BackfillPlanner::plan(kNow.addDays(-57), kNow, tandem, kNow).chunks.size(), 3);
    }

    void theFutureIsNotFetched()
    {
        SourceLimits tandem;
        const BackfillPlan plan = BackfillPlanner::plan(kNow.addDays(-1), kNow.addDays(5), tandem, kNow);
        QCOMPARE(plan.to, kNow);
        QCOMPARE(plan.chunks.size(), 1);
    }

    void careLinkHasOnly24Hours()
    {
        SourceLimits careLink;
        careLink.maxWindowDays = 1;
        careLink.historyHours = 24;
        const BackfillPlan plan = BackfillPlanner::plan(kNow.addDays(-7), kNow, careLink, kNow);
        QVERIFY(plan.shortened);
        QVERIFY(plan.note.contains(QLatin1String("24")));
        QCOMPARE(plan.from, kNow.addDays(-1));
        QCOMPARE(plan.chunks.size(), 1);
        // A range entirely older than the history: nothing to fetch, and the note says why.
        const BackfillPlan none = BackfillPlanner::plan(kNow.addDays(-7), kNow.addDays(-5), careLink, kNow);
        QVERIFY(none.isEmpty());
        QVERIFY(none.shortened);
        // Within the last day: untouched.
        QVERIFY(!BackfillPlanner::plan(kNow.addSecs(-3600), kNow, careLink, kNow).shortened);
    }

    void emptyOrReversedRanges()
    {
        SourceLimits limits;
        QVERIFY(BackfillPlanner::plan(kNow, kNow.addDays(-1), limits, kNow).isEmpty());
        QVERIFY(BackfillPlanner::plan(QDateTime(), kNow, limits, kNow).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackfillPlan)
#include "tst_backfillplan.moc"
