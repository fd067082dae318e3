// Time conversion at the edge (spec carelink.md §4.5): half-hour zones, DST days, pump clock changes.
// The generator writes each era's local strings from true UTC instants with an explicit QTimeZone; the
// parser must get every instant back.
#include "carelinkdatagenerator.h"
#include "fixtures.h"
#include "sources/carelink/carelinktransform.h"
#include "sources/carelink/clockchangecorrector.h"
#include "sources/carelink/payloadparser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace nb;
using namespace nb::carelink;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

sim::CareLinkScenario make(sim::CareLinkEra era, const char *zone, const QDateTime &end)
{
    sim::CareLinkScenario s;
    s.era = era;
    s.zone = QTimeZone(QByteArray(zone));
    s.end = end;
    s.seed = 7;
    s.family = QStringLiteral("NGP");
    return s;
}

// Parses the generated payload and checks every reading against the truth.
PatientData verifyTruth(const sim::CareLinkScenario &s)
{
    const sim::GeneratedCareLink g = sim::CareLinkDataGenerator::generate(s);
    const Result<PatientData> r = PayloadParser::parse(g.payload);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().toLogString()));
        return {};
    }
    if (r->readings.size() != g.truth.size() || r->offsetMs != g.pumpOffsetMs) {
        qWarning("readings %lld/%lld offset %lld/%lld", qint64(r->readings.size()), qint64(g.truth.size()), r->offsetMs,
                 g.pumpOffsetMs);
        return {};
    }
    for (qsizetype i = 0; i < g.truth.size(); ++i) {
        if (r->readings.at(i).timeMs != g.truth.at(i).timeMs) {
            qWarning(
                "reading %lld at %s, expected %s", qint64(i),
                qPrintable(QDateTime::fromMSecsSinceEpoch(r->readings.at(i).timeMs, Qt::UTC).toString(Qt::ISODate)),
                qPrintable(QDateTime::fromMSecsSinceEpoch(g.truth.at(i).timeMs, Qt::UTC).toString(Qt::ISODate)));
            return {};
        }
    }
    return r.value();
}

} // namespace

class TestCareLinkTimeZones : public QObject {
    Q_OBJECT
private slots:
    // Hostile input: many clock changes and markers over many readings stay fast (O(n log n)); on an
    // O(changes x readings) algorithm (50 000 changes, 100 000 readings) this takes many seconds.
    void clockChangeCorrectionScales()
    {
        using detail::RawMarker;
        const qint64 start = utc(2026, 1, 1, 0, 0).toMSecsSinceEpoch();
        QList<qint64> readings;
        for (qint64 i = 0; i < 100000; ++i)
            readings.append(start + i * 5 * kMinute);
        QList<RawMarker> markers;
        for (qint64 i = 0; i < 100000; i += 2) {
            RawMarker change;
            change.marker.type = Marker::Type::TimeChange;
            change.stamp.localAsUtcMs = start + i * 5 * kMinute + kMinute;
            markers.append(change);
            RawMarker other;
            other.marker.type = Marker::Type::Meal;
            other.stamp.localAsUtcMs = start + i * 5 * kMinute + 2 * kMinute;
            other.displayLocalMs = other.stamp.localAsUtcMs;
            markers.append(other);
        }
        const QList<qint64> before = readings;
        QElapsedTimer timer;
        timer.start();
        QStringList warnings;
        QCOMPARE(detail::ClockChangeCorrector::correct(&readings, markers, &warnings), 0);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(readings, before); // markers say the clock never moved
    }

    void oversizedPayloadsAreRefused()
    {
        const sim::GeneratedCareLink g =
            sim::CareLinkDataGenerator::generate(make(sim::CareLinkEra::V13, "Europe/Berlin", utc(2026, 5, 5, 12, 0)));
        QJsonObject payload = g.payload;
        QJsonObject *data = payload.contains(QLatin1String("patientData")) ? nullptr : &payload;
        QJsonObject inner = data ? *data : payload.value(QLatin1String("patientData")).toObject();
        QJsonArray sgs = inner.value(QLatin1String("sgs")).toArray();
        QVERIFY(!sgs.isEmpty());
        QVERIFY(PayloadParser::parse(payload).ok());
        const QJsonValue one = sgs.at(0);
        while (sgs.size() <= 10000)
            sgs.append(one);
        inner.insert(QLatin1String("sgs"), sgs);
        if (data)
            payload = inner;
        else
            payload.insert(QLatin1String("patientData"), inner);
        const Result<PatientData> r = PayloadParser::parse(payload);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(QLatin1String("larger than a real one")), qPrintable(r.error().detail));
    }

    void oddOffsetZones_data()
    {
        QTest::addColumn<int>("era");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("offset");
        const QDateTime july = utc(2026, 7, 1, 9, 3);
        Q_UNUSED(july)
        QTest::newRow("India 2015") << int(sim::CareLinkEra::Connect2015) << QByteArrayLiteral("Asia/Kolkata")
                                    << 5 * kHour + 30 * kMinute;
        QTest::newRow("India v11") << int(sim::CareLinkEra::V11) << QByteArrayLiteral("Asia/Kolkata")
                                   << 5 * kHour + 30 * kMinute;
        QTest::newRow("Nepal v13") << int(sim::CareLinkEra::V13) << QByteArrayLiteral("Asia/Kathmandu")
                                   << 5 * kHour + 45 * kMinute;
        QTest::newRow("Newfoundland v11 (DST)")
            << int(sim::CareLinkEra::V11) << QByteArrayLiteral("America/St_Johns") << -2 * kHour - 30 * kMinute;
        QTest::newRow("Adelaide 2021 (winter)")
            << int(sim::CareLinkEra::Ble2021) << QByteArrayLiteral("Australia/Adelaide") << 9 * kHour + 30 * kMinute;
        QTest::newRow("Chatham v13") << int(sim::CareLinkEra::V13) << QByteArrayLiteral("Pacific/Chatham")
                                     << 12 * kHour + 45 * kMinute;
    }
    void oddOffsetZones()
    {
        QFETCH(int, era);
        QFETCH(QByteArray, zone);
        QFETCH(qint64, offset);
        const sim::CareLinkScenario s = make(sim::CareLinkEra(era), zone.constData(), utc(2026, 7, 1, 9, 3));
        const PatientData data = verifyTruth(s);
        QCOMPARE(data.readings.size(), 288);
        QCOMPARE(data.offsetMs, offset);
    }

    // US spring forward (2026-03-08 02:00 PST -> 03:00 PDT) inside the window; the user moves the pump
    // clock at the change, so readings before it carry PST times and the current offset is PDT.
    void dstSpringForwardDay()
    {
        const sim::CareLinkScenario s = make(sim::CareLinkEra::V11, "America/Los_Angeles", utc(2026, 3, 8, 20, 1));
        const PatientData data = verifyTruth(s);
        QCOMPARE(data.readings.size(), 288);
        QCOMPARE(data.offsetMs, -7 * kHour);
        QCOMPARE(data.clockChangeShiftMs, kHour);
        for (qsizetype i = 1; i < data.readings.size(); ++i)
            QCOMPARE(data.readings.at(i).timeMs - data.readings.at(i - 1).timeMs, 5 * kMinute);
    }

    // US fall back (2026-11-01 02:00 PDT -> 01:00 PST): pump-local times 01:00-02:00 occur twice.
    void dstFallBackDay()
    {
        const sim::CareLinkScenario s = make(sim::CareLinkEra::V13, "America/Los_Angeles", utc(2026, 11, 1, 21, 7));
        const PatientData data = verifyTruth(s);
        QCOMPARE(data.readings.size(), 288);
        QCOMPARE(data.offsetMs, -8 * kHour);
        QCOMPARE(data.clockChangeShiftMs, -kHour);
        TransformContext c;
        c.nowMs = data.currentServerTimeMs;
        const NsBatch batch = CareLinkTransform::transform(data, c);
        QCOMPARE(batch.entries.size(), 288); // no instant lost or merged
    }

    // Europe, where DST changes on another day: the same payload shape, another zone.
    void dstSpringForwardBerlin()
    {
        const PatientData data = verifyTruth(make(sim::CareLinkEra::V11, "Europe/Berlin", utc(2026, 3, 29, 12, 0)));
        QCOMPARE(data.offsetMs, 2 * kHour);
        QCOMPARE(data.clockChangeShiftMs, kHour);
    }

    // The phone moved to PDT but the pump still shows PST: readings are on the pump clock, so the pump's
    // own offset is the right one (the phone's would shift every reading by an hour).
    void pumpNotMovedForDst()
    {
        sim::CareLinkScenario s = make(sim::CareLinkEra::V11, "America/Los_Angeles", utc(2026, 3, 8, 20, 0));
        s.pumpFollowsDst = false;
        const PatientData data = verifyTruth(s);
        QCOMPARE(data.offsetMs, -8 * kHour);
        QVERIFY(data.warnings.join(QLatin1Char(' ')).contains(QLatin1String("differ by -60 min")));
    }

    // A pump clock that is 4 minutes fast is still the zone's offset once rounded.
    void pumpClockSlightlyWrong()
    {
        sim::CareLinkScenario s = make(sim::CareLinkEra::V11, "Asia/Kolkata", utc(2026, 7, 1, 9, 3));
        s.pumpClockErrorMs = 4 * kMinute;
        const sim::GeneratedCareLink g = sim::CareLinkDataGenerator::generate(s);
        const Result<PatientData> r = PayloadParser::parse(g.payload);
        QVERIFY(r.ok());
        QCOMPARE(r->offsetMs, 5 * kHour + 30 * kMinute);
        QCOMPARE(r->readings.last().timeMs, g.truth.last().timeMs + 4 * kMinute); // the pump's stamps are off too
    }

    // The user set the pump clock back 2 hours in the middle of the window.
    void manualPumpClockChange()
    {
        sim::CareLinkScenario s = make(sim::CareLinkEra::V11, "Europe/London", utc(2026, 5, 5, 12, 0));
        s.clockChangeAt = utc(2026, 5, 5, 2, 10);
        s.clockChangeMs = -2 * kHour;
        const PatientData data = verifyTruth(s);
        QCOMPARE(data.offsetMs, -1 * kHour);
        QCOMPARE(data.clockChangeShiftMs, -2 * kHour);
    }

    // The real capture: pump clock moved 3 h forward at 20:22:55 (pump time) on 2025-03-15.
    void pumpClockChangeInRealCapture()
    {
        const Result<PatientData> r = PayloadParser::parse(
            test::readJson(test::sharedFixture(
                               QStringLiteral("carelink/paul1956-2025-03-27-780g-v11-bg-timechange-tempbasal.json")))
                .object());
        QVERIFY(r.ok());
        QCOMPARE(r->clockChangeShiftMs, 3 * kHour);
        const QList<SensorReading> &readings = r->readings;
        // 15:29 PDT to 15:27 PDT the next day: no 3-hour hole at the change any more, and no overlap.
        QCOMPARE(readings.last().timeMs - readings.first().timeMs, 24 * kHour - 2 * kMinute);
        for (qsizetype i = 1; i < readings.size(); ++i) {
            const qint64 step = readings.at(i).timeMs - readings.at(i - 1).timeMs;
            QVERIFY2(step > 0 && step < 8 * kMinute, qPrintable(QString::number(i)));
        }
        // The 206 mg/dL calibration was entered a minute before the sensor showed 206.
        qint64 calibration = 0;
        for (const Marker &m : r->markers) {
            if (m.type == Marker::Type::Calibration && m.bgMgdl == 206)
                calibration = m.timeMs;
        }
        QCOMPARE(formatUtcIsoForTest(calibration), QStringLiteral("2025-03-16T02:43:02.000Z"));
        const auto reading206 = std::find_if(readings.begin(), readings.end(), [&](const SensorReading &s) {
            return s.mgdl == 206 && std::llabs(s.timeMs - calibration) < 10 * kMinute;
        });
        QVERIFY(reading206 != readings.end());
        QCOMPARE(reading206->timeMs - calibration, 59 * 1000);
    }

private:
    static QString formatUtcIsoForTest(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }
};

QTEST_GUILESS_MAIN(TestCareLinkTimeZones)
#include "tst_carelinktimezones.moc"
