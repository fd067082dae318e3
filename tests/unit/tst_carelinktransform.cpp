#include "sources/carelink/carelinktransform.h"

#include <QJsonArray>
#include <QTest>

using namespace nb;
using namespace nb::carelink;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kT0 = 1780000000000; // 2026-05-28T20:26:40Z

PatientData sample()
{
    PatientData p;
    p.era = PayloadEra::V11_2025;
    p.currentServerTimeMs = kT0 + 60 * kMinute;
    p.lastDeviceUpdateMs = kT0 + 59 * kMinute;
    p.device.family = QStringLiteral("NGP");
    p.device.hasPump = true;
    p.device.conduitBattery = 80;
    p.device.pumpBattery = 50;
    p.device.reservoirUnits = 100.5;
    p.device.activeInsulin = 1.25;
    p.device.pumpClockMs = kT0 + 59 * kMinute + 20000;
    p.device.pumpModel = QStringLiteral("MMT-1884");
    for (int i = 0; i < 12; ++i)
        p.readings.append(SensorReading{kT0 + i * 5 * kMinute, 100 + i, QStringLiteral("NO_ERROR_MESSAGE"), false});
    p.lastReading = p.readings.last();
    p.lastTrend = QStringLiteral("UP");
    return p;
}

TransformContext context(qint64 now = kT0 + 61 * kMinute)
{
    TransformContext c;
    c.nowMs = now;
    c.patientKey = QStringLiteral("patient-a");
    return c;
}

Marker marker(Marker::Type type, qint64 at)
{
    Marker m;
    m.type = type;
    m.timeMs = at;
    return m;
}

Marker bolus(qint64 at, double amount, const char *activation = "RECOMMENDED")
{
    Marker m = marker(Marker::Type::Insulin, at);
    m.activationType = QLatin1String(activation);
    m.bolusType = QStringLiteral("FAST");
    m.programmedFast = m.deliveredFast = amount;
    return m;
}

Marker meal(qint64 at, double carbs)
{
    Marker m = marker(Marker::Type::Meal, at);
    m.carbs = carbs;
    return m;
}

Features treatments(const char *list)
{
    return *Features::fromList(QString::fromLatin1(list).split(QLatin1Char(',')));
}

} // namespace

class TestCareLinkTransform : public QObject {
    Q_OBJECT
private slots:
    void trendTable_data()
    {
        QTest::addColumn<QString>("carelink");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<int>("trend");
        QTest::newRow("NONE") << "NONE"
                              << "NONE" << 0;
        QTest::newRow("UP") << "UP"
                            << "SingleUp" << 2;
        QTest::newRow("UP_DOUBLE") << "UP_DOUBLE"
                                   << "DoubleUp" << 1;
        QTest::newRow("UP_TRIPLE") << "UP_TRIPLE"
                                   << "TripleUp" << 1;
        QTest::newRow("DOWN") << "DOWN"
                              << "SingleDown" << 6;
        QTest::newRow("DOWN_DOUBLE") << "DOWN_DOUBLE"
                                     << "DoubleDown" << 7;
        QTest::newRow("DOWN_TRIPLE") << "DOWN_TRIPLE"
                                     << "TripleDown" << 7;
        QTest::newRow("FLAT (unknown)") << "FLAT"
                                        << "" << 0;
    }
    void trendTable()
    {
        QFETCH(QString, carelink);
        QFETCH(QString, direction);
        QFETCH(int, trend);
        const QPair<QString, int> mapped = CareLinkTransform::mapTrend(carelink);
        QCOMPARE(mapped.first, direction);
        QCOMPARE(mapped.second, trend);
    }

    void entriesAndArrowOnNewestOnly()
    {
        const NsBatch b = CareLinkTransform::transform(sample(), context());
        QCOMPARE(b.entries.size(), 12);
        QVERIFY(b.treatments.isEmpty()); // off by default
        for (qsizetype i = 0; i < 11; ++i)
            QVERIFY(!b.entries.at(i).contains(QLatin1String("direction")));
        const QJsonObject newest = b.entries.last();
        QCOMPARE(newest.value(QLatin1String("direction")).toString(), QStringLiteral("SingleUp"));
        QCOMPARE(newest.value(QLatin1String("trend")).toInt(), 2);
        QCOMPARE(newest.value(QLatin1String("sgv")).toInt(), 111);
        QCOMPARE(newest.value(QLatin1String("date")).toInteger(), kT0 + 55 * kMinute);
        QCOMPARE(newest.value(QLatin1String("dateString")).toString(), QStringLiteral("2026-05-28T21:21:40.000Z"));
        QCOMPARE(newest.value(QLatin1String("device")).toString(), QStringLiteral("nightbridge-carelink-ngp"));
    }

    void noArrowWhenNewestIsNotLastSg()
    {
        PatientData p = sample();
        p.lastReading->timeMs -= 5 * kMinute; // lastSG is older than the newest reading
        QVERIFY(!CareLinkTransform::transform(p, context()).entries.last().contains(QLatin1String("direction")));
        p = sample();
        p.lastReading->mgdl = 0;
        QVERIFY(!CareLinkTransform::transform(p, context()).entries.last().contains(QLatin1String("direction")));
        p = sample();
        p.lastTrend = QStringLiteral("SIDEWAYS");
        QVERIFY(!CareLinkTransform::transform(p, context()).entries.last().contains(QLatin1String("direction")));
    }

    void zerosFutureAndDuplicatesAreSkipped()
    {
        PatientData p = sample();
        p.readings[2].mgdl = 0;                                              // warm-up slot
        p.readings.append(SensorReading{kT0 + 5 * kMinute, 150, {}, false}); // same instant as slot 1, later in payload
        p.readings.append(SensorReading{kT0 + 70 * kMinute, 99, {}, false}); // > server time + 5 min
        QStringList notes;
        const NsBatch b = CareLinkTransform::transform(p, context(), &notes);
        QCOMPARE(b.entries.size(), 11);
        QCOMPARE(b.entries.at(1).value(QLatin1String("sgv")).toInt(), 150);
        QVERIFY(notes.join(QLatin1Char(' ')).contains(QLatin1String("1 reading(s) in the future")));
        // The caller's clock bounds the future too, when it is behind the server's.
        const NsBatch early = CareLinkTransform::transform(sample(), context(kT0 + 20 * kMinute));
        QCOMPARE(early.entries.size(), 6);
    }

    void identifiersAreStable()
    {
        const NsBatch a = CareLinkTransform::transform(sample(), context());
        const NsBatch b = CareLinkTransform::transform(sample(), context(kT0 + 62 * kMinute));
        QCOMPARE(a.entries.first().value(QLatin1String("identifier")),
                 b.entries.first().value(QLatin1String("identifier")));
        QCOMPARE(a.devicestatus.first().value(QLatin1String("identifier")),
                 b.devicestatus.first().value(QLatin1String("identifier")));
        TransformContext other = context();
        other.patientKey = QStringLiteral("patient-b");
        const NsBatch c = CareLinkTransform::transform(sample(), other);
        QVERIFY(a.entries.first().value(QLatin1String("identifier")) !=
                c.entries.first().value(QLatin1String("identifier")));
        // Without a patient key the device serial keeps identifiers stable across runs.
        PatientData p = sample();
        p.deviceSerial = QStringLiteral("NG1234567H");
        TransformContext anonymous = context();
        anonymous.patientKey.clear();
        QCOMPARE(CareLinkTransform::patientKey(p, anonymous), QStringLiteral("serial:NG1234567H"));
    }

    void cursors()
    {
        TransformContext c = context();
        c.entriesAfterMs = kT0 + 45 * kMinute;
        c.deviceStatusAfterMs = kT0 + 59 * kMinute; // == the data's update time: unchanged
        const NsBatch b = CareLinkTransform::transform(sample(), c);
        QCOMPARE(b.entries.size(), 2);
        QVERIFY(b.devicestatus.isEmpty());
        c.deviceStatusAfterMs = kT0;
        QCOMPARE(CareLinkTransform::transform(sample(), c).devicestatus.size(), 1);
    }

    void staleDataGivesNoEntriesButStatus()
    {
        PatientData p = sample();
        p.currentServerTimeMs = p.lastDeviceUpdateMs + 21 * kMinute;
        TransformContext c = context(p.currentServerTimeMs);
        NsBatch b = CareLinkTransform::transform(p, c);
        QVERIFY(b.entries.isEmpty());
        QCOMPARE(b.devicestatus.size(), 1);
        c.staleAfterMs = 0;
        QCOMPARE(CareLinkTransform::transform(p, c).entries.size(), 12);
    }

    void deviceStatusFromTheDataNotTheClock()
    {
        const NsBatch b = CareLinkTransform::transform(sample(), context(kT0 + 600 * kMinute));
        const QJsonObject ds = b.devicestatus.first();
        QCOMPARE(ds.value(QLatin1String("created_at")).toString(), QStringLiteral("2026-05-28T21:25:40.000Z"));
        QCOMPARE(ds.value(QLatin1String("uploader")).toObject().value(QLatin1String("battery")).toInt(), 80);
        const QJsonObject pump = ds.value(QLatin1String("pump")).toObject();
        QCOMPARE(pump.value(QLatin1String("battery")).toObject().value(QLatin1String("percent")).toInt(), 50);
        QCOMPARE(pump.value(QLatin1String("reservoir")).toDouble(), 100.5);
        QCOMPARE(pump.value(QLatin1String("iob")).toObject().value(QLatin1String("bolusiob")).toDouble(), 1.25);
        QCOMPARE(pump.value(QLatin1String("clock")).toString(), QStringLiteral("2026-05-28T21:26:00.000Z"));
        QCOMPARE(pump.value(QLatin1String("model")).toString(), QStringLiteral("MMT-1884"));
        QVERIFY(ds.value(QLatin1String("device")).toString().startsWith(QLatin1String("nightbridge")));
    }

    void sensorWithoutPumpHasNoPumpBlock()
    {
        PatientData p = sample();
        p.device.family = QStringLiteral("CGM");
        p.device.hasPump = false;
        p.device.pumpBattery = 64; // the transmitter / app battery in this family
        const QJsonObject ds = CareLinkTransform::transform(p, context()).devicestatus.first();
        QVERIFY(!ds.contains(QLatin1String("pump")));
        QCOMPARE(ds.value(QLatin1String("connect"))
                     .toObject()
                     .value(QLatin1String("medicalDeviceBatteryLevelPercent"))
                     .toInt(),
                 64);
        QCOMPARE(ds.value(QLatin1String("device")).toString(), QStringLiteral("nightbridge-carelink-cgm"));
    }

    void emptyDataGivesNothing()
    {
        PatientData p;
        p.empty = true;
        TransformContext c = context();
        c.features = treatments("all");
        QVERIFY(CareLinkTransform::transform(p, c).isEmpty());
    }

    void featureNames()
    {
        QString unknown;
        QVERIFY(!Features::fromList({QStringLiteral("entries"), QStringLiteral("pizza")}, &unknown));
        QCOMPARE(unknown, QStringLiteral("pizza"));
        const Features f = treatments("entries,boluses");
        QVERIFY(f.entries && f.boluses && !f.deviceStatus && !f.carbs && !f.microBoluses);
        const Features t = treatments("treatments");
        QVERIFY(t.carbs && t.boluses && t.microBoluses && t.bgChecks && t.pumpEvents && !t.entries);
        const Features d;
        QVERIFY(d.entries && d.deviceStatus && !d.anyTreatment());
    }

    void mealWithItsBolus()
    {
        PatientData p = sample();
        p.markers = {meal(kT0 + 10 * kMinute, 45), bolus(kT0 + 10 * kMinute + 1000, 4.5),
                     bolus(kT0 + 30 * kMinute, 0.6, "AUTOCORRECTION")};
        TransformContext c = context();
        c.features = treatments("carbs,boluses");
        const QList<QJsonObject> both = CareLinkTransform::transform(p, c).treatments;
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).value(QLatin1String("eventType")).toString(), QStringLiteral("Meal Bolus"));
        QCOMPARE(both.at(0).value(QLatin1String("carbs")).toDouble(), 45.0);
        QCOMPARE(both.at(0).value(QLatin1String("insulin")).toDouble(), 4.5);
        QCOMPARE(both.at(1).value(QLatin1String("eventType")).toString(), QStringLiteral("Correction Bolus"));
        QVERIFY(both.at(1).value(QLatin1String("automatic")).toBool());
        QCOMPARE(both.at(1).value(QLatin1String("insulin")).toDouble(), 0.6);

        // Carbs only, then boluses only: the meal document keeps its identifier, so switching a feature
        // on later replaces it in Nightscout instead of adding a second one.
        c.features = treatments("carbs");
        const QList<QJsonObject> carbsOnly = CareLinkTransform::transform(p, c).treatments;
        QCOMPARE(carbsOnly.size(), 1);
        QVERIFY(!carbsOnly.first().contains(QLatin1String("insulin")));
        c.features = treatments("boluses");
        const QList<QJsonObject> bolusesOnly = CareLinkTransform::transform(p, c).treatments;
        QCOMPARE(bolusesOnly.size(), 2);
        QVERIFY(!bolusesOnly.first().contains(QLatin1String("carbs")));
        QCOMPARE(bolusesOnly.first().value(QLatin1String("identifier")),
                 both.first().value(QLatin1String("identifier")));
        QCOMPARE(carbsOnly.first().value(QLatin1String("identifier")), both.first().value(QLatin1String("identifier")));
        for (const QJsonObject &t : both)
            QCOMPARE(t.value(QLatin1String("enteredBy")).toString(), QStringLiteral("Nightbridge"));
    }

    void squareAndDualBoluses()
    {
        PatientData p = sample();
        Marker dual = bolus(kT0, 2.0, "MANUAL");
        dual.bolusType = QStringLiteral("DUAL_WAVE");
        dual.programmedExtended = dual.deliveredExtended = 3.0;
        dual.programmedDurationMin = dual.effectiveDurationMin = 120;
        Marker pending = bolus(kT0 + 20 * kMinute, 1.0, "MANUAL");
        pending.deliveredFast = 0;
        pending.completed = false;
        p.markers = {dual, pending};
        TransformContext c = context();
        c.features = treatments("boluses");
        const QList<QJsonObject> t = CareLinkTransform::transform(p, c).treatments;
        QCOMPARE(t.size(), 1); // nothing delivered yet: comes with a later poll
        const QJsonObject combo = t.first();
        QCOMPARE(combo.value(QLatin1String("eventType")).toString(), QStringLiteral("Combo Bolus"));
        QCOMPARE(combo.value(QLatin1String("insulin")).toDouble(), 2.0);
        QCOMPARE(combo.value(QLatin1String("enteredinsulin")).toDouble(), 5.0);
        QCOMPARE(combo.value(QLatin1String("splitNow")).toInt(), 40);
        QCOMPARE(combo.value(QLatin1String("splitExt")).toInt(), 60);
        QCOMPARE(combo.value(QLatin1String("duration")).toInt(), 120);
        QCOMPARE(combo.value(QLatin1String("relative")).toDouble(), 1.5);
    }

    void microBolusesBgAndEvents()
    {
        PatientData p = sample();
        Marker basal = marker(Marker::Type::AutoBasalDelivery, kT0 + 17000);
        basal.autoBasal = 0.1;
        Marker reading = marker(Marker::Type::BgReading, kT0 + 20 * kMinute);
        reading.bgMgdl = 140;
        Marker repeat = marker(Marker::Type::Calibration, kT0 + 21 * kMinute);
        repeat.bgMgdl = 140;
        Marker calibration = marker(Marker::Type::Calibration, kT0 + 50 * kMinute);
        calibration.bgMgdl = 121;
        Marker snapshot = marker(Marker::Type::AutoModeStatus, *p.device.pumpClockMs - 24 * 60 * kMinute);
        Marker smartGuardOff = marker(Marker::Type::AutoModeStatus, kT0 + 33 * kMinute);
        smartGuardOff.autoModeOn = false;
        p.markers = {basal,
                     reading,
                     repeat,
                     calibration,
                     snapshot,
                     smartGuardOff,
                     marker(Marker::Type::LowGlucoseSuspended, kT0 + 40 * kMinute),
                     marker(Marker::Type::TimeChange, kT0 + 45 * kMinute)};
        TransformContext c = context();
        c.features = treatments("microboluses,bgchecks,events");
        const QList<QJsonObject> t = CareLinkTransform::transform(p, c).treatments;
        QCOMPARE(t.size(), 6);
        QCOMPARE(t.at(0).value(QLatin1String("eventType")).toString(), QStringLiteral("Temp Basal"));
        QCOMPARE(t.at(0).value(QLatin1String("absolute")).toDouble(), 1.2);
        QCOMPARE(t.at(0).value(QLatin1String("duration")).toInt(), 5);
        QCOMPARE(t.at(1).value(QLatin1String("eventType")).toString(), QStringLiteral("BG Check"));
        QCOMPARE(t.at(1).value(QLatin1String("glucose")).toInt(), 140);
        QCOMPARE(t.at(1).value(QLatin1String("glucoseType")).toString(), QStringLiteral("Finger"));
        QCOMPARE(t.at(2).value(QLatin1String("notes")).toString(), QStringLiteral("SmartGuard off"));
        QCOMPARE(t.at(3).value(QLatin1String("eventType")).toString(), QStringLiteral("Suspend Pump"));
        QCOMPARE(t.at(4).value(QLatin1String("notes")).toString(), QStringLiteral("Pump clock changed"));
        QCOMPARE(t.at(5).value(QLatin1String("glucose")).toInt(), 121);
        QCOMPARE(t.at(5).value(QLatin1String("notes")).toString(), QStringLiteral("Sensor calibration"));
    }
};

QTEST_GUILESS_MAIN(TestCareLinkTransform)
#include "tst_carelinktransform.moc"
