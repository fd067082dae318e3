// ConflictAnalysis: which recent Nightscout documents come from someone else, and what they compete with.

#include "setup/conflictanalysis.h"

#include <QJsonObject>
#include <QTest>

using namespace nb;
using namespace nb::setup;

namespace {
QJsonObject sgv(const QString &device, qint64 ms)
{
    return {{QStringLiteral("type"), QStringLiteral("sgv")},
            {QStringLiteral("sgv"), 110},
            {QStringLiteral("date"), double(ms)},
            {QStringLiteral("device"), device}};
}

QJsonObject treatment(const QString &eventType, const QString &enteredBy, double insulin = 0, double carbs = 0)
{
    QJsonObject t{{QStringLiteral("eventType"), eventType},
                  {QStringLiteral("created_at"), QStringLiteral("2026-12-20T10:00:00.000Z")}};
    if (!enteredBy.isNull())
        t.insert(QStringLiteral("enteredBy"), enteredBy);
    if (insulin > 0)
        t.insert(QStringLiteral("insulin"), insulin);
    if (carbs > 0)
        t.insert(QStringLiteral("carbs"), carbs);
    return t;
}

const Conflict *find(const QList<Conflict> &conflicts, ConflictArea area, bool byHand)
{
    for (const Conflict &c : conflicts) {
        if (c.area == area && c.byHand == byHand)
            return &c;
    }
    return nullptr;
}
} // namespace

class TestConflictAnalysis : public QObject {
    Q_OBJECT

private slots:
    void ourOwnDocumentsAreNoConflict()
    {
        ConflictAnalysis::Input in;
        in.entries = {sgv(QStringLiteral("nightbridge-carelink-780g"), 1000)};
        in.treatments = {treatment(QStringLiteral("Meal Bolus"), QStringLiteral("Nightbridge"), 3)};
        in.profiles = {QJsonObject{{QStringLiteral("enteredBy"), QStringLiteral("Nightbridge")}}};
        QVERIFY(ConflictAnalysis::analyse(in).isEmpty());
    }

    void anotherGlucoseUploaderIsGroupedAndCounted()
    {
        ConflictAnalysis::Input in;
        for (int i = 0; i < 5; ++i)
            in.entries.append(sgv(QStringLiteral("xDrip-DexcomG7"), 1000 + i * 300000));
        in.entries.append(sgv(QStringLiteral("connect-ngp"), 5000));
        in.entries.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("mbg")},
                                      {QStringLiteral("mbg"), 100},
                                      {QStringLiteral("device"), QStringLiteral("meter")}});
        const QList<Conflict> conflicts = ConflictAnalysis::analyse(in);
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.first().uploader, QStringLiteral("xDrip-DexcomG7"));
        QCOMPARE(conflicts.first().count, 5);
        QCOMPARE(conflicts.first().newest.toMSecsSinceEpoch(), 1000 + 4 * 300000);
        QVERIFY(conflicts.first().message.contains(QStringLiteral("xDrip-DexcomG7")));
        QVERIFY(conflicts.first().message.contains(QStringLiteral("5")));
    }

    void bolusesByHandAndByAnUploaderAreTold()
    {
        ConflictAnalysis::Input in;
        in.treatments = {treatment(QStringLiteral("Meal Bolus"), QStringLiteral("Mum"), 4, 40),
                         treatment(QStringLiteral("Carb Correction"), QString(), 0, 15),
                         treatment(QStringLiteral("Correction Bolus"), QStringLiteral("openaps://AndroidAPS"), 1),
                         treatment(QStringLiteral("Note"), QStringLiteral("Mum")),
                         treatment(QStringLiteral("BG Check"), QStringLiteral("Mum"))};
        const QList<Conflict> conflicts = ConflictAnalysis::analyse(in);
        QCOMPARE(conflicts.size(), 2);
        const Conflict *hand = find(conflicts, ConflictArea::Boluses, true);
        QVERIFY(hand);
        QCOMPARE(hand->count, 2);
        QVERIFY(hand->uploader.isEmpty());
        QVERIFY(hand->message.contains(QStringLiteral("by hand")));
        const Conflict *app = find(conflicts, ConflictArea::Boluses, false);
        QVERIFY(app);
        QCOMPARE(app->uploader, QStringLiteral("openaps://AndroidAPS"));
    }

    void basalPumpEventsProfilesAndStatus()
    {
        ConflictAnalysis::Input in;
        in.treatments = {treatment(QStringLiteral("Temp Basal"), QStringLiteral("Pump (tconnectsync)")),
                         treatment(QStringLiteral("Site Change"), QStringLiteral("Dad")),
                         treatment(QStringLiteral("Profile Switch"), QStringLiteral("loop://iPhone"))};
        in.deviceStatus = {
            QJsonObject{{QStringLiteral("device"), QStringLiteral("loop://iPhone")},
                        {QStringLiteral("pump"), QJsonObject{{QStringLiteral("reservoir"), 100}}}},
            QJsonObject{{QStringLiteral("device"), QStringLiteral("xdrip")}, {QStringLiteral("uploaderBattery"), 80}}};
        in.profiles = {QJsonObject{{QStringLiteral("defaultProfile"), QStringLiteral("Default")}}};
        const QList<Conflict> conflicts = ConflictAnalysis::analyse(in);
        QVERIFY(find(conflicts, ConflictArea::Basal, false));
        QVERIFY(find(conflicts, ConflictArea::PumpEvents, true));
        QVERIFY(find(conflicts, ConflictArea::Profiles, false)); // the Profile Switch of Loop
        const Conflict *editor = find(conflicts, ConflictArea::Profiles, true);
        QVERIFY(editor);
        QVERIFY(editor->message.contains(QStringLiteral("profile editor")));
        const Conflict *status = find(conflicts, ConflictArea::DeviceStatus, false);
        QVERIFY(status);
        QCOMPARE(status->count, 1); // a phone's own battery is not pump status
        // Sorted by area.
        for (qsizetype i = 1; i < conflicts.size(); ++i)
            QVERIFY(int(conflicts.at(i - 1).area) <= int(conflicts.at(i).area));
    }

    void knownUploaders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::newRow("tconnectsync") << QStringLiteral("Pump (tconnectsync)") << true;
        QTest::newRow("scheme") << QStringLiteral("openaps://phone") << true;
        QTest::newRow("xdrip") << QStringLiteral("xDrip+") << true;
        QTest::newRow("mmconnect") << QStringLiteral("connect-paradigm") << true;
        QTest::newRow("person") << QStringLiteral("Mum") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void knownUploaders()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QCOMPARE(ConflictAnalysis::isKnownUploader(name), known);
    }
};

QTEST_MAIN(TestConflictAnalysis)
#include "tst_conflictanalysis.moc"
