// ClockSkew: this computer's clock compared with a server's Date header or a token's issue time, and the
// message the user sees when it is off by more than the tolerance.
#include "common/clockskew.h"

#include <QTest>
#include <QTimeZone>

using namespace nb;

class TestClockSkew : public QObject {
    Q_OBJECT
private slots:
    void fromDateHeader()
    {
        const QDateTime local(QDate(2026, 12, 7), QTime(20, 0, 0), QTimeZone::utc());
        QCOMPARE(ClockSkew::fromDateHeader("Mon, 07 Dec 2026 20:00:00 GMT", local).value_or(-1), qint64(0));
        QCOMPARE(ClockSkew::fromDateHeader("Mon, 07 Dec 2026 20:07:00 GMT", local).value_or(-1),
                 qint64(7 * 60 * 1000)); // we are behind
        QCOMPARE(ClockSkew::fromDateHeader(" Mon, 07 Dec 2026 19:50:30 GMT ", local).value_or(-1),
                 qint64(-(9 * 60 + 30) * 1000));
        QVERIFY(!ClockSkew::fromDateHeader("", local));
        QVERIFY(!ClockSkew::fromDateHeader("yesterday", local));
    }

    void tolerance()
    {
        QVERIFY(!ClockSkew::isSignificant(0));
        QVERIFY(!ClockSkew::isSignificant(2 * 60 * 1000));
        QVERIFY(!ClockSkew::isSignificant(-2 * 60 * 1000));
        QVERIFY(ClockSkew::isSignificant(2 * 60 * 1000 + 1));
        QVERIFY(ClockSkew::isSignificant(-3 * 60 * 1000));
    }

    void fromServerTime()
    {
        const QDateTime local(QDate(2026, 12, 7), QTime(20, 0, 0), QTimeZone::utc());
        QCOMPARE(ClockSkew::fromServerTime(local.toSecsSinceEpoch() - 600, local), qint64(-600 * 1000));
    }

    void messageSaysHowFarOff()
    {
        const SyncError ahead =
            ClockSkew::error(-7 * 60 * 1000 - 20000, QStringLiteral("CareLink"), QStringLiteral("x"));
        QVERIFY2(ahead.userMessage.contains(QLatin1String("clock is 7 minute")), qPrintable(ahead.userMessage));
        QVERIFY(ahead.userMessage.contains(QLatin1String("ahead of CareLink")));
        QVERIFY(ahead.retryable);
        QVERIFY(ahead.kind != SyncError::Kind::Auth);
        const SyncError behind = ClockSkew::error(61 * 60 * 1000, QStringLiteral("Tandem Source"), QStringLiteral("x"));
        QVERIFY(behind.userMessage.contains(QLatin1String("clock is 61 minute")));
        QVERIFY(behind.userMessage.contains(QLatin1String("behind Tandem Source")));
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
