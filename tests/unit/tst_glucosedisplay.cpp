#include "sync/glucosedisplay.h"

#include <QTest>
#include <QTimeZone>

using nb::GlucoseDisplay;
using nb::GlucoseRange;
using nb::GlucoseReading;
using nb::GlucoseThresholds;
using nb::GlucoseUnits;
using nb::Trend;

namespace {
QDateTime t(int minutes)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addSecs(qint64(minutes) * 60);
}
GlucoseReading reading(int minutes, int mgdl, const QString &account = QStringLiteral("a"))
{
    return {t(minutes), mgdl, QStringLiteral("Flat"), account};
}
} // namespace

class TestGlucoseDisplay : public QObject {
    Q_OBJECT
private slots:
    void classifiesAtTheThresholds_data()
    {
        QTest::addColumn<int>("mgdl");
        QTest::addColumn<GlucoseRange>("range");
        QTest::newRow("urgent low edge") << 55 << GlucoseRange::UrgentLow;
        QTest::newRow("low") << 56 << GlucoseRange::Low;
        QTest::newRow("low edge") << 69 << GlucoseRange::Low;
        QTest::newRow("in range low edge") << 70 << GlucoseRange::InRange;
        QTest::newRow("in range high edge") << 180 << GlucoseRange::InRange;
        QTest::newRow("high") << 181 << GlucoseRange::High;
        QTest::newRow("urgent high edge") << 250 << GlucoseRange::UrgentHigh;
    }
    void classifiesAtTheThresholds()
    {
        QFETCH(int, mgdl);
        QFETCH(GlucoseRange, range);
        QCOMPARE(GlucoseDisplay::classify(mgdl, GlucoseThresholds()), range);
    }

    void customThresholdsAreUsed()
    {
        GlucoseThresholds t{60, 80, 140, 200};
        QVERIFY(t.isValid());
        QCOMPARE(GlucoseDisplay::classify(75, t), GlucoseRange::Low);
        QCOMPARE(GlucoseDisplay::classify(150, t), GlucoseRange::High);
        QVERIFY(!(GlucoseThresholds{80, 70, 180, 250}.isValid()));
    }

    void formatsValuesInBothUnits()
    {
        QCOMPARE(GlucoseDisplay::formatValue(123, GlucoseUnits::MgDl), QStringLiteral("123"));
        QCOMPARE(GlucoseDisplay::formatValue(123, GlucoseUnits::Mmol), QStringLiteral("6.8"));
        QCOMPARE(GlucoseDisplay::formatValue(180, GlucoseUnits::Mmol), QStringLiteral("10.0"));
        QCOMPARE(GlucoseDisplay::unitLabel(GlucoseUnits::Mmol), QStringLiteral("mmol/L"));
    }

    void formatsDeltasWithSign()
    {
        QCOMPARE(GlucoseDisplay::formatDelta(3, GlucoseUnits::MgDl), QStringLiteral("+3"));
        QCOMPARE(GlucoseDisplay::formatDelta(-12, GlucoseUnits::MgDl), QStringLiteral("-12"));
        QCOMPARE(GlucoseDisplay::formatDelta(0, GlucoseUnits::MgDl), QStringLiteral("\u00b10"));
        QCOMPARE(GlucoseDisplay::formatDelta(4, GlucoseUnits::Mmol), QStringLiteral("+0.2"));
        QCOMPARE(GlucoseDisplay::formatDelta(-18, GlucoseUnits::Mmol), QStringLiteral("-1.0"));
        QCOMPARE(GlucoseDisplay::formatDelta(1, GlucoseUnits::Mmol), QStringLiteral("+0.1"));
        QCOMPARE(GlucoseDisplay::formatDelta(0, GlucoseUnits::Mmol), QStringLiteral("\u00b10.0"));
    }

    void parsesNightscoutDirections()
    {
        QCOMPARE(GlucoseDisplay::trendFromDirection(QStringLiteral("DoubleUp")), Trend::DoubleUp);
        QCOMPARE(GlucoseDisplay::trendFromDirection(QStringLiteral("FortyFiveDown")), Trend::FortyFiveDown);
        QCOMPARE(GlucoseDisplay::trendFromDirection(QStringLiteral("flat")), Trend::Flat);
        QCOMPARE(GlucoseDisplay::trendFromDirection(QStringLiteral("NOT COMPUTABLE")), Trend::NotComputable);
        QCOMPARE(GlucoseDisplay::trendFromDirection(QString()), Trend::Unknown);
        QCOMPARE(GlucoseDisplay::trendFromDirection(QStringLiteral("Sideways")), Trend::Unknown);
        QCOMPARE(GlucoseDisplay::trendArrow(Trend::SingleUp), QStringLiteral("\u2191"));
        QVERIFY(GlucoseDisplay::trendArrow(Trend::NotComputable).isEmpty());
        QCOMPARE(GlucoseDisplay::trendName(Trend::Flat), QStringLiteral("steady"));
    }

    void formatsAges()
    {
        QCOMPARE(GlucoseDisplay::formatAge(t(0), t(0).addSecs(59)), QStringLiteral("just now"));
        QCOMPARE(GlucoseDisplay::formatAge(t(0), t(3)), QStringLiteral("3 min ago"));
        QCOMPARE(GlucoseDisplay::formatAge(t(0), t(125)), QStringLiteral("2 h 5 min ago"));
        QCOMPARE(GlucoseDisplay::formatAge(t(0), t(120)), QStringLiteral("2 h ago"));
        QCOMPARE(GlucoseDisplay::formatAge(t(0), t(3 * 24 * 60)), QStringLiteral("3 day(s) ago"));
        QCOMPARE(GlucoseDisplay::formatAge(QDateTime(), t(0)), QStringLiteral("never"));
        QCOMPARE(GlucoseDisplay::formatAge(t(5), t(0)), QStringLiteral("just now")); // clock skew: never negative
        QCOMPARE(GlucoseDisplay::formatUntil(t(4), t(0)), QStringLiteral("in 4 min"));
        QCOMPARE(GlucoseDisplay::formatUntil(t(0).addSecs(61), t(0)), QStringLiteral("in 2 min"));
        QCOMPARE(GlucoseDisplay::formatUntil(t(0), t(1)), QStringLiteral("now"));
        QCOMPARE(GlucoseDisplay::formatUntil(QDateTime(), t(1)), QStringLiteral("not scheduled"));
    }

    void staleAfterTheConfiguredMinutes()
    {
        const GlucoseReading r = reading(0, 100);
        QVERIFY(!GlucoseDisplay::isStale(r, t(14).addSecs(59), 15));
        QVERIFY(GlucoseDisplay::isStale(r, t(15), 15));
        QVERIFY(GlucoseDisplay::isStale(r, t(10), 10));
    }

    void deltaComparesWithThePreviousReadingOfTheSameAccount()
    {
        QCOMPARE(GlucoseDisplay::deltaMgdl({reading(0, 100), reading(5, 104)}), std::optional<int>(4));
        // the other account's reading in between is ignored
        QCOMPARE(GlucoseDisplay::deltaMgdl({reading(0, 100), reading(3, 150, QStringLiteral("b")), reading(5, 96)}),
                 std::optional<int>(-4));
        // a near-duplicate (under 2 min) is skipped, the one before is used
        QCOMPARE(GlucoseDisplay::deltaMgdl({reading(0, 100), reading(4, 130), reading(5, 110)}),
                 std::optional<int>(10));
        // too old to say anything: no delta
        QCOMPARE(GlucoseDisplay::deltaMgdl({reading(0, 100), reading(20, 110)}), std::nullopt);
        QCOMPARE(GlucoseDisplay::deltaMgdl({reading(5, 110)}), std::nullopt);
        QCOMPARE(GlucoseDisplay::deltaMgdl({reading(0, 100), reading(5, 0)}), std::nullopt);
        QCOMPARE(GlucoseDisplay::deltaMgdl({reading(0, 0), reading(5, 100)}), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestGlucoseDisplay)
#include "tst_glucosedisplay.moc"
