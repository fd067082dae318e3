// CareLink device detection by model family (issue 12): new hardware (MiniMed 780G / 770G, MiniMed Flex,
// Simplera / Simplera Sync in the vendor's mixed spellings), NO_SENSOR placeholders, `deviceFamily` in the
// patient list, and an unknown model that still syncs its readings and is named in the diagnostics.
// Payloads are a captured 780G v11 response (shared fixture) with the device fields changed.

#include "fixtures.h"
#include "sources/carelink/carelinktransform.h"
#include "sources/carelink/devicemodel.h"
#include "sources/carelink/identity.h"
#include "sources/carelink/payloadparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nb;
using namespace nb::carelink;

namespace {

QJsonObject captured780g()
{
    return test::readJson(test::sharedFixture(QStringLiteral("carelink/paul1956-2025-02-24-780g-v11-pst.json")))
        .object();
}

// The fixture with `medicalDeviceFamily` (and optionally the pump model and sensor type) replaced.
QJsonObject withDevice(const QString &family, const QString &model = QString(), const QString &sensorType = QString())
{
    QJsonObject d = captured780g();
    if (family.isNull())
        d.remove(QStringLiteral("medicalDeviceFamily"));
    else
        d.insert(QStringLiteral("medicalDeviceFamily"), family);
    if (!model.isNull()) {
        QJsonObject info = d.value(QLatin1String("medicalDeviceInformation")).toObject();
        info.insert(QStringLiteral("modelNumber"), model);
        d.insert(QStringLiteral("medicalDeviceInformation"), info);
    }
    if (!sensorType.isNull())
        d.insert(QStringLiteral("cgmInfo"), QJsonObject{{QStringLiteral("sensorType"), sensorType}});
    return d;
}

TransformContext everything(qint64 nowMs)
{
    TransformContext c;
    c.nowMs = nowMs;
    c.patientKey = QStringLiteral("patient");
    c.features = *Features::fromList({QStringLiteral("all")});
    return c;
}

struct Converted {
    PatientData data;
    NsBatch batch;
    QStringList notes;
};

Converted convert(const QJsonObject &payload)
{
    Converted c;
    auto parsed = PayloadParser::parse(payload);
    if (!parsed.ok()) {
        qWarning("%s", qPrintable(parsed.error().userMessage));
        return c;
    }
    c.data = *parsed;
    c.notes = c.data.warnings;
    c.batch = CareLinkTransform::transform(c.data, everything(c.data.currentServerTimeMs), &c.notes);
    return c;
}

} // namespace

class TestCareLinkDevices : public QObject {
    Q_OBJECT
private slots:
    void identify_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("known");
        QTest::addColumn<bool>("pump");
        QTest::addColumn<bool>("sensorOnly");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("normalised");
        const QString none;
        QTest::newRow("NGP 780G") << "NGP"
                                  << "MMT-1884" << true << true << false << "MiniMed 780G"
                                  << "NGP";
        QTest::newRow("NGP 780G (1886)") << "NGP"
                                         << "MMT-1886" << true << true << false << "MiniMed 780G"
                                         << "NGP";
        QTest::newRow("NGP 770G") << "NGP"
                                  << "MMT-1880" << true << true << false << "MiniMed 770G"
                                  << "NGP";
        QTest::newRow("NGP other model") << "NGP"
                                         << "MMT-1890" << true << true << false << "MiniMed 7xxG"
                                         << "NGP";
        QTest::newRow("lower case ngp") << "ngp" << none << true << true << false << "MiniMed 7xxG"
                                        << "NGP";
        QTest::newRow("patient list BLE") << "BLE_X" << none << true << true << false << "MiniMed 7xxG"
                                          << "BLE_X";
        QTest::newRow("MiniMed 780G spelled out") << "MiniMed 780G" << none << true << true << false << "MiniMed 780G"
                                                  << "MINIMED_780G";
        QTest::newRow("MiniMed Flex") << "MiniMed Flex" << none << true << true << false << "MiniMed Flex"
                                      << "MINIMED_FLEX";
        QTest::newRow("MINIMED_FLEX") << "MINIMED_FLEX"
                                      << "MMT-2000" << true << true << false << "MiniMed Flex"
                                      << "MINIMED_FLEX";
        QTest::newRow("Simplera") << "Simplera" << none << true << false << true << "Simplera"
                                  << "SIMPLERA";
        QTest::newRow("Simplera Sync") << "Simplera Sync" << none << true << false << true << "Simplera Sync"
                                       << "SIMPLERA_SYNC";
        QTest::newRow("SimpleraSync") << "SimpleraSync" << none << true << false << true << "Simplera Sync"
                                      << "SIMPLERASYNC";
        QTest::newRow("SIMPLERA_SYNC") << "SIMPLERA_SYNC" << none << true << false << true << "Simplera Sync"
                                       << "SIMPLERA_SYNC";
        QTest::newRow("CGM") << "CGM" << none << true << false << true << "standalone sensor"
                             << "CGM";
        QTest::newRow("GUARDIAN") << "GUARDIAN" << none << true << false << true << "Guardian Connect"
                                  << "GUARDIAN";
        QTest::newRow("CC") << "CC" << none << true << false << true << "MiniMed Go"
                            << "CC";
        QTest::newRow("PARADIGM") << "PARADIGM"
                                  << "MMT-554" << true << true << false << "Paradigm"
                                  << "PARADIGM";
        QTest::newRow("NO_SENSOR placeholder") << "NO_SENSOR" << none << true << false << false << none << none;
        QTest::newRow("none, model known") << none << "MMT-1884" << true << true << false << "MiniMed 780G" << none;
        QTest::newRow("unknown") << "ZEPHYR-X1"
                                 << "MMT-9999" << false << false << false << none << "ZEPHYR_X1";
    }

    void identify()
    {
        QFETCH(QString, family);
        QFETCH(QString, model);
        QFETCH(bool, known);
        QFETCH(bool, pump);
        QFETCH(bool, sensorOnly);
        QFETCH(QString, name);
        QFETCH(QString, normalised);
        const DeviceModel d = DeviceModels::identify(family, model);
        QCOMPARE(d.known, known);
        QCOMPARE(d.pumpFamily, pump);
        QCOMPARE(d.sensorOnly, sensorOnly);
        QCOMPARE(d.name, name);
        QCOMPARE(d.family, normalised);
    }

    void theCapturedPayloadIsA780g()
    {
        const Converted c = convert(captured780g());
        QCOMPARE(c.data.device.modelName, QStringLiteral("MiniMed 780G"));
        QVERIFY(c.data.device.hasPump);
        QVERIFY(!c.notes.join(QLatin1Char(' ')).contains(QLatin1String("unknown device model")));
        QVERIFY(c.batch.entries.size() > 200);
    }

    void newFamiliesKeepTheirData_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("pump");
        QTest::addColumn<QString>("device");
        QTest::newRow("MiniMed Flex") << "MiniMed Flex" << true << "nightbridge-carelink-minimed_flex";
        QTest::newRow("NGP_BLE") << "NGP_BLE" << true << "nightbridge-carelink-ngp_ble";
        QTest::newRow("Simplera Sync") << "Simplera Sync" << false << "nightbridge-carelink-simplera_sync";
        QTest::newRow("Simplera") << "Simplera" << false << "nightbridge-carelink-simplera";
    }

    void newFamiliesKeepTheirData()
    {
        QFETCH(QString, family);
        QFETCH(bool, pump);
        QFETCH(QString, device);
        const Converted reference = convert(captured780g());
        const Converted c = convert(withDevice(family));
        // The same readings, whatever the family says.
        QCOMPARE(c.batch.entries.size(), reference.batch.entries.size());
        QVERIFY(!c.batch.entries.isEmpty());
        QCOMPARE(c.batch.entries.first().value(QLatin1String("device")).toString(), device);
        QCOMPARE(c.data.device.hasPump, pump);
        QCOMPARE(c.batch.devicestatus.size(), 1);
        QCOMPARE(c.batch.devicestatus.first().contains(QLatin1String("pump")), pump);
        if (pump) {
            QCOMPARE(c.batch.devicestatus.first().value(QLatin1String("pump")).toObject().value(QLatin1String("model")),
                     QJsonValue(QStringLiteral("MMT-1884")));
        }
        QVERIFY(!c.notes.join(QLatin1Char(' ')).contains(QLatin1String("unknown device model")));
    }

    void unknownModelStillSyncs()
    {
        const Converted reference = convert(captured780g());
        const Converted c = convert(withDevice(QStringLiteral("ZEPHYR_X1"), QStringLiteral("MMT-9999")));
        QCOMPARE(c.batch.entries.size(), reference.batch.entries.size());
        QCOMPARE(c.batch.treatments.size(), reference.batch.treatments.size());
        QVERIFY2(c.notes.contains(QStringLiteral("unknown device model ZEPHYR_X1 / MMT-9999")),
                 qPrintable(c.notes.join(QLatin1Char('|'))));
        // The payload has a reservoir and a pump battery: its pump fields are kept.
        QVERIFY(c.data.device.hasPump);
        QVERIFY(c.batch.devicestatus.first().contains(QLatin1String("pump")));
    }

    void noSensorPlaceholder()
    {
        const Converted c = convert(withDevice(QStringLiteral("NGP"), QString(), QStringLiteral("NO_SENSOR")));
        QVERIFY(c.data.device.sensorType.isEmpty());
        const QJsonObject connect = c.batch.devicestatus.first().value(QLatin1String("connect")).toObject();
        QVERIFY(!connect.contains(QLatin1String("sensorType")));
        QVERIFY(c.data.device.hasPump);
        // A family that is only a placeholder: the data decides (it has pump fields), no warning.
        const Converted placeholder = convert(withDevice(QStringLiteral("NO_SENSOR")));
        QVERIFY(placeholder.data.device.hasPump);
        QVERIFY(!placeholder.notes.join(QLatin1Char(' ')).contains(QLatin1String("unknown device model")));
        QCOMPARE(placeholder.batch.entries.size(), c.batch.entries.size());
    }

    void patientListDeviceFamily()
    {
        const QJsonArray list{QJsonObject{{QStringLiteral("username"), QStringLiteral("kid")},
                                          {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                          {QStringLiteral("deviceFamily"), QStringLiteral("Simplera Sync")}},
                              QJsonObject{{QStringLiteral("username"), QStringLiteral("grandpa")},
                                          {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                          {QStringLiteral("lastDeviceFamily"), QStringLiteral("BLE_X")}},
                              QJsonObject{{QStringLiteral("username"), QStringLiteral("aunt")},
                                          {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                          {QStringLiteral("lastDeviceFamily"), QStringLiteral("NO_SENSOR")},
                                          {QStringLiteral("deviceFamily"), QStringLiteral("MiniMed Flex")}}};
        auto patients = IdentityParser::parsePatients(QJsonDocument(list).toJson());
        QVERIFY(patients.ok());
        QCOMPARE(patients->size(), 3);
        QCOMPARE(patients->at(0).deviceFamily, QStringLiteral("Simplera Sync"));
        QCOMPARE(patients->at(1).deviceFamily, QStringLiteral("BLE_X"));
        QCOMPARE(patients->at(2).deviceFamily, QStringLiteral("MiniMed Flex"));
        QVERIFY(DeviceModels::identify(patients->at(0).deviceFamily).sensorOnly);
        QVERIFY(DeviceModels::identify(patients->at(2).deviceFamily).pumpFamily);
    }
};

QTEST_GUILESS_MAIN(TestCareLinkDevices)
#include "tst_carelinkdevices.moc"
