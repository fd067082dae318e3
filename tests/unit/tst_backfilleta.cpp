// The backfill's time left: from the pace of the parts finished since it started, nothing before the
// first part, counted from where a resumed backfill resumed.

#include "sync/backfilleta.h"

#include <QTest>
#include <QTimeZone>

using nb::BackfillEta;

class TestBackfillEta : public QObject {
    Q_OBJECT
private:
    static QDateTime at(int seconds)
    {
        return QDateTime(QDate(2026, 12, 20), QTime(12, 0), QTimeZone::utc()).addSecs(seconds);
    }

private slots:
    void noEstimateBeforeTheFirstPart()
    {
        BackfillEta eta;
        eta.start(at(0), 0);
        QVERIFY(!eta.secondsLeft(at(30), 0, 10));
        QVERIFY(eta.text(at(30), 0, 10).isEmpty());
    }

    void paceOfFinishedParts()
    {
        BackfillEta eta;
        eta.start(at(0), 0);
        QCOMPARE(eta.secondsLeft(at(60), 2, 10).value(), 240); // 30 s a part, 8 to go
        QCOMPARE(eta.text(at(60), 2, 10), QStringLiteral("about 4 min left"));
        QCOMPARE(eta.text(at(100), 9, 10), QStringLiteral("less than a minute left"));
        QVERIFY(!eta.secondsLeft(at(120), 10, 10)); // done
    }

    void aResumedBackfillCountsFromWhereItResumed()
    {
        BackfillEta eta;
        eta.start(at(0), 5); // five parts were done in an earlier run
        QVERIFY(!eta.secondsLeft(at(10), 5, 10));
        QCOMPARE(eta.secondsLeft(at(120), 6, 10).value(), 480);
    }
};

QTEST_GUILESS_MAIN(TestBackfillEta)
#include "tst_backfilleta.moc"
