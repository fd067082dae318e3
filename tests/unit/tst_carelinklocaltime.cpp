#include "sources/carelink/localtime.h"

#include <QDateTime>
#include <QTest>

using namespace nb::carelink;

namespace {
qint64 utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class TestCareLinkLocalTime : public QObject {
    Q_OBJECT
private slots:
    void parsesEveryEra_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("localAsUtc");
        QTest::addColumn<int>("realOffset"); // 0: none
        QTest::newRow("2015") << QStringLiteral("Oct 19, 2015 08:15:00") << utc(2015, 10, 19, 8, 15) << 0;
        QTest::newRow("2015 one-digit day")
            << QStringLiteral("Mar 1, 2016 23:59:59") << utc(2016, 3, 1, 23, 59, 59) << 0;
        QTest::newRow("2021 fake Z") << QStringLiteral("2021-05-16T20:28:00.000Z") << utc(2021, 5, 16, 20, 28) << 0;
        QTest::newRow("2021 fake -00:00")
            << QStringLiteral("2021-05-22T01:06:22.076-00:00") << utc(2021, 5, 22, 1, 6, 22, 76) << 0;
        QTest::newRow("2021 real offset")
            << QStringLiteral("2021-05-22T01:05:27.943-07:00") << utc(2021, 5, 22, 1, 5, 27, 943) << -7 * 3600;
        QTest::newRow("half-hour offset")
            << QStringLiteral("2026-01-10T09:00:00+05:30") << utc(2026, 1, 10, 9, 0) << 5 * 3600 + 1800;
        QTest::newRow("v11 zone-less") << QStringLiteral("2025-02-23T14:38:00") << utc(2025, 2, 23, 14, 38) << 0;
        QTest::newRow("minutes only") << QStringLiteral("2025-02-23T14:38") << utc(2025, 2, 23, 14, 38) << 0;
        QTest::newRow("long fraction") << QStringLiteral("2025-02-23T14:38:00.1234567")
                                       << utc(2025, 2, 23, 14, 38, 0, 123) << 0;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00") << utc(2024, 2, 29, 0, 0) << 0;
    }
    void parsesEveryEra()
    {
        QFETCH(QString, text);
        QFETCH(qint64, localAsUtc);
        QFETCH(int, realOffset);
        const std::optional<LocalStamp> stamp = parseLocalTime(text);
        QVERIFY(stamp);
        QCOMPARE(stamp->localAsUtcMs, localAsUtc);
        QCOMPARE(stamp->realOffsetSeconds.value_or(0), realOffset);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad :
             {"", "   ", "yesterday", "2025-02-30T10:00:00", "2025-13-01T10:00:00", "2025-02-23T24:00:00",
              "2025-02-23X14:38:00", "2025-02-23T14:38:00+25:00", "2025-02-23T14:38:00+05", "2025-02-23T14:38:00Zjunk",
              "Foo 19, 2015 08:15:00", "Oct 32, 2015 08:15:00", "Oct 19 2015 08:15:00", "1969-12-31T23:59:59",
              "２０２５-02-23T14:38:00", "2025-02-23T14:38:00."})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!parseLocalTime(text));
    }

    void realOffsetWinsOverFallback()
    {
        const LocalStamp stamp = *parseLocalTime(u"2021-05-22T01:05:27.943-07:00");
        QCOMPARE(stamp.toUtcMs(-3 * kHour), utc(2021, 5, 22, 8, 5, 27, 943));
        const LocalStamp fake = *parseLocalTime(u"2021-05-22T01:05:27.943Z");
        QCOMPARE(fake.toUtcMs(-7 * kHour), utc(2021, 5, 22, 8, 5, 27, 943));
    }

    void roundsOffsetsToQuarterHours_data()
    {
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("PDT, clock 52 s fast") << -7 * kHour + 52000 << -7 * kHour;
        QTest::newRow("PST, data 7 min old") << -8 * kHour + 7 * kMinute << -8 * kHour;
        QTest::newRow("India +05:30") << 5 * kHour + 30 * kMinute - 4000 << 5 * kHour + 30 * kMinute;
        QTest::newRow("Nepal +05:45") << 5 * kHour + 45 * kMinute + 3 * kMinute << 5 * kHour + 45 * kMinute;
        QTest::newRow("Newfoundland -03:30") << -3 * kHour - 30 * kMinute - 2 * kMinute << -3 * kHour - 30 * kMinute;
        QTest::newRow("Chatham +13:45") << 13 * kHour + 45 * kMinute << 13 * kHour + 45 * kMinute;
        QTest::newRow("UTC") << qint64(6000) << qint64(0);
        QTest::newRow("Kiritimati +14") << 14 * kHour << 14 * kHour;
    }
    void roundsOffsetsToQuarterHours()
    {
        QFETCH(qint64, raw);
        QFETCH(qint64, expected);
        const qint64 server = utc(2026, 3, 8, 12, 0);
        QCOMPARE(roundedOffsetMs(server + raw, server), std::optional<qint64>(expected));
    }

    void rejectsImpossibleOffsets()
    {
        const qint64 server = utc(2026, 3, 8, 12, 0);
        QVERIFY(!roundedOffsetMs(server + 15 * kHour, server));
        QVERIFY(!roundedOffsetMs(server - 14 * kHour - 10 * kMinute, server));
        QVERIFY(!roundedOffsetMs(0, server));
        QVERIFY(!roundedOffsetMs(server, 0));
    }

    void formatsUtcLikeNightscout()
    {
        QCOMPARE(formatUtcIso(1445266500000), QStringLiteral("2015-10-19T14:55:00.000Z"));
        QCOMPARE(formatUtcIso(utc(2024, 2, 29, 23, 59, 59, 7)), QStringLiteral("2024-02-29T23:59:59.007Z"));
        QCOMPARE(formatUtcIso(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
        for (qint64 ms : {qint64(1), qint64(951782400000), qint64(4102444800123), utc(2100, 3, 1, 0, 0)}) {
            QCOMPARE(formatUtcIso(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
        }
    }
};

QTEST_GUILESS_MAIN(TestCareLinkLocalTime)
#include "tst_carelinklocaltime.moc"
