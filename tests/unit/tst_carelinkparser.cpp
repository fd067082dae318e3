#include "carelinkdatagenerator.h"
#include "fixtures.h"
#include "sources/carelink/payloadparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nb;
using namespace nb::carelink;

namespace {

constexpr qint64 kHour = 3600 * 1000;

sim::CareLinkScenario scenario(sim::CareLinkEra era)
{
    sim::CareLinkScenario s;
    s.era = era;
    s.end = QDateTime(QDate(2026, 6, 10), QTime(17, 2, 11), Qt::UTC);
    s.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    s.seed = 42;
    return s;
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject fixture(const char *name)
{
    return test::readJson(test::sharedFixture(QStringLiteral("carelink/") + QLatin1String(name))).object();
}

void verifyVendorChanged(const Result<PatientData> &result)
{
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, SyncError::Kind::Protocol);
    QVERIFY2(result.error().userMessage.contains(QLatin1String("vendor may have changed")),
             qPrintable(result.error().userMessage));
}

} // namespace

class TestCareLinkParser : public QObject {
    Q_OBJECT
private slots:
    void detectsEveryEra_data()
    {
        QTest::addColumn<int>("era");
        QTest::addColumn<int>("expected");
        QTest::newRow("2015") << int(sim::CareLinkEra::Connect2015) << int(PayloadEra::Connect2015);
        QTest::newRow("2021") << int(sim::CareLinkEra::Ble2021) << int(PayloadEra::Ble2021);
        QTest::newRow("v11") << int(sim::CareLinkEra::V11) << int(PayloadEra::V11_2025);
        QTest::newRow("v13") << int(sim::CareLinkEra::V13) << int(PayloadEra::V13_2026);
    }
    void detectsEveryEra()
    {
        QFETCH(int, era);
        QFETCH(int, expected);
        const sim::GeneratedCareLink g = sim::CareLinkDataGenerator::generate(scenario(sim::CareLinkEra(era)));
        const Result<PatientData> r = PayloadParser::parse(bytes(g.payload));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QCOMPARE(int(r->era), expected);
        QCOMPARE(r->readings.size(), g.truth.size());
        QCOMPARE(r->offsetMs, 2 * kHour); // Berlin in June
        // Every reading lands on its true instant, whatever the era's time format.
        for (qsizetype i = 0; i < g.truth.size(); ++i) {
            QCOMPARE(r->readings.at(i).timeMs, g.truth.at(i).timeMs);
            QCOMPARE(r->readings.at(i).mgdl, g.truth.at(i).mgdl);
        }
        QVERIFY(r->warnings.isEmpty());
    }

    void envelopeAndFlatAreTheSame()
    {
        sim::CareLinkScenario s = scenario(sim::CareLinkEra::V11);
        const QJsonObject wrapped = sim::CareLinkDataGenerator::generate(s).payload;
        s.envelope = false;
        const QJsonObject flat = sim::CareLinkDataGenerator::generate(s).payload;
        QVERIFY(wrapped.contains(QLatin1String("metadata")));
        QVERIFY(!flat.contains(QLatin1String("patientData")));
        const Result<PatientData> a = PayloadParser::parse(wrapped);
        const Result<PatientData> b = PayloadParser::parse(flat);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->readings.size(), b->readings.size());
        QCOMPARE(a->markers.size(), b->markers.size());
        QCOMPARE(a->readings.last().timeMs, b->readings.last().timeMs);
        QCOMPARE(a->device.activeInsulin, b->device.activeInsulin);
    }

    void emptyPatientDataMeansNoData_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty array") << QByteArrayLiteral(R"({"metadata":{},"patientData":[]})");
        QTest::newRow("one key") << QByteArrayLiteral(R"({"metadata":{},"patientData":{"lastSGTrend":"NONE"}})");
        QTest::newRow("null") << QByteArrayLiteral(R"({"patientData":null})");
        QTest::newRow("empty object") << QByteArrayLiteral("{}");
    }
    void emptyPatientDataMeansNoData()
    {
        QFETCH(QByteArray, body);
        const Result<PatientData> r = PayloadParser::parse(body);
        QVERIFY(r.ok());
        QVERIFY(r->empty);
        QVERIFY(r->readings.isEmpty());
    }

    void unknownShapesAreProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArrayLiteral("<html><body>Access Denied</body></html>");
        QTest::newRow("truncated") << QByteArrayLiteral(R"({"sgs":[{"sg":1)");
        QTest::newRow("array") << QByteArrayLiteral("[1,2,3]");
        QTest::newRow("string patientData") << QByteArrayLiteral(R"({"patientData":"gone"})");
        QTest::newRow("sgs not an array") << QByteArrayLiteral(R"({"currentServerTime":1,"sgs":{"sg":5}})");
        QTest::newRow("unrelated object") << QByteArrayLiteral(R"({"hello":"world","answer":42})");
        QTest::newRow("no time pair") << QByteArrayLiteral(
            R"({"currentServerTime":1740436451999,"sgs":[{"sg":120,"timestamp":"2025-02-23T14:38:00"}]})");
        QTest::newRow("absurd offset") << QByteArrayLiteral(
            R"({"lastMedicalDeviceDataUpdateServerTime":1740436359515,"medicalDeviceTime":1740500000000,
                                  "sgs":[{"sg":120,"timestamp":"2025-02-23T14:38:00"}]})");
    }
    void unknownShapesAreProtocolErrors()
    {
        QFETCH(QByteArray, body);
        verifyVendorChanged(PayloadParser::parse(body));
    }

    void discoveryDocumentIsNotData()
    {
        verifyVendorChanged(PayloadParser::parse(fixture("paul1956-discover-android-3.2.json")));
    }

    void errorDetailHoldsNoPersonalData()
    {
        QJsonObject o = fixture("paul1956-2025-02-24-780g-v11-pst.json");
        o.insert(QStringLiteral("sgs"), QStringLiteral("nope"));
        o.insert(QStringLiteral("firstName"), QStringLiteral("Alice"));
        const Result<PatientData> r = PayloadParser::parse(o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.contains(QLatin1String("sgs:string")));
        QVERIFY(!r.error().detail.contains(QLatin1String("Alice")));
    }

    void v11NumbersAsStrings()
    {
        const Result<PatientData> r =
            PayloadParser::parse(fixture("paul1956-2025-03-27-780g-v11-bg-timechange-tempbasal.json"));
        QVERIFY(r.ok());
        int calibrations = 0;
        for (const Marker &m : r->markers) {
            if (m.type == Marker::Type::Calibration && m.bgMgdl == 206) {
                ++calibrations;
                QCOMPARE(m.calibrationSuccess, std::optional<bool>(true));
            }
            if (m.type == Marker::Type::AutoBasalDelivery)
                QVERIFY(m.autoBasal > 0 && m.autoBasal < 5);
        }
        QCOMPARE(calibrations, 1);
    }

    void mmolIsConvertedToMgdl()
    {
        sim::CareLinkScenario s = scenario(sim::CareLinkEra::V11);
        s.bgUnits = QStringLiteral("MMOL_L");
        const sim::GeneratedCareLink g = sim::CareLinkDataGenerator::generate(s);
        const QJsonArray sgs =
            g.payload.value(QLatin1String("patientData")).toObject().value(QLatin1String("sgs")).toArray();
        QVERIFY(sgs.first().toObject().value(QLatin1String("sg")).toDouble() < 30); // really mmol in the payload
        const Result<PatientData> r = PayloadParser::parse(g.payload);
        QVERIFY(r.ok());
        for (qsizetype i = 0; i < g.truth.size(); ++i)
            QCOMPARE(r->readings.at(i).mgdl, g.truth.at(i).mgdl);
    }

    void backfillFlagIsRead()
    {
        sim::CareLinkScenario s = scenario(sim::CareLinkEra::V13);
        s.backfillSlots = 12;
        const sim::GeneratedCareLink g = sim::CareLinkDataGenerator::generate(s);
        const Result<PatientData> r = PayloadParser::parse(g.payload);
        QVERIFY(r.ok());
        int backfilled = 0;
        for (const SensorReading &reading : r->readings)
            backfilled += reading.backfill ? 1 : 0;
        QCOMPARE(backfilled, 12);
        QCOMPARE(r->device.family, QStringLiteral("CGM"));
        QVERIFY(!r->device.hasPump);
    }

    void unknownActiveInsulinIsUnset()
    {
        QJsonObject o = fixture("mmcn-2015-paradigm-missing-last-sgv.json");
        o.insert(QStringLiteral("activeInsulin"), QJsonObject{{QStringLiteral("amount"), -1}});
        const Result<PatientData> r = PayloadParser::parse(o);
        QVERIFY(r.ok());
        QVERIFY(!r->device.activeInsulin);
    }

    void badElementsAreSkippedNotFatal()
    {
        QJsonObject o = fixture("paul1956-2025-02-24-780g-v11-pst.json");
        QJsonArray sgs = o.value(QLatin1String("sgs")).toArray();
        sgs[3] = QStringLiteral("garbage");
        QJsonObject bad = sgs[4].toObject();
        bad.insert(QStringLiteral("timestamp"), QStringLiteral("yesterday"));
        sgs[4] = bad;
        o.insert(QStringLiteral("sgs"), sgs);
        QJsonArray markers = o.value(QLatin1String("markers")).toArray();
        markers.append(42);
        markers.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("MEAL")}});
        o.insert(QStringLiteral("markers"), markers);
        const Result<PatientData> r = PayloadParser::parse(o);
        QVERIFY(r.ok());
        QCOMPARE(r->readings.size(), 286);
        QCOMPARE(r->markers.size(), 181);
        QCOMPARE(r->warnings.size(), 2);
    }

    // Every top-level value and every field of a reading and a marker swapped for every JSON type:
    // an answer or a Protocol error, never a crash (the fuzzer goes further).
    void survivesTypeSwaps()
    {
        const QJsonObject base = fixture("paul1956-2025-03-27-780g-v11-bg-timechange-tempbasal.json");
        const QList<QJsonValue> replacements = {
            QJsonValue(),      QJsonValue(QStringLiteral("x")), QJsonValue(-1),
            QJsonValue(1e300), QJsonValue(QJsonArray()),        QJsonValue(QJsonObject())};
        int parsed = 0;
        for (auto it = base.begin(); it != base.end(); ++it) {
            for (const QJsonValue &v : replacements) {
                QJsonObject o = base;
                o.insert(it.key(), v);
                const Result<PatientData> r = PayloadParser::parse(o);
                QVERIFY(r.ok() || r.error().kind == SyncError::Kind::Protocol);
                parsed += r.ok() ? 1 : 0;
            }
        }
        for (const char *list : {"sgs", "markers"}) {
            const QJsonObject element = base.value(QLatin1String(list)).toArray().at(1).toObject();
            for (auto it = element.begin(); it != element.end(); ++it) {
                for (const QJsonValue &v : replacements) {
                    QJsonObject e = element;
                    e.insert(it.key(), v);
                    QJsonArray array = base.value(QLatin1String(list)).toArray();
                    array[1] = e;
                    QJsonObject o = base;
                    o.insert(QLatin1String(list), array);
                    QVERIFY(PayloadParser::parse(o).ok());
                }
            }
        }
        QVERIFY(parsed > 0);
    }
};

QTEST_GUILESS_MAIN(TestCareLinkParser)
#include "tst_carelinkparser.moc"
