#include "model/identifier.h"
#include "nightscout/nsdocuments.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace nb;
namespace D = nb::ns::NsDocuments;

namespace {
QJsonObject ourEntry(qint64 ms)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("sgv")},
        {QStringLiteral("sgv"), 120},
        {QStringLiteral("date"), double(ms)},
        {QStringLiteral("device"), QStringLiteral("nightbridge-tandem")},
        {QStringLiteral("identifier"), stableIdentifier(QStringLiteral("tandem"), {QString::number(ms)})}};
}
QJsonObject ourTreatment()
{
    return QJsonObject{
        {QStringLiteral("eventType"), QStringLiteral("Correction Bolus")},
        {QStringLiteral("created_at"), QStringLiteral("2026-03-29T01:30:00+01:00")},
        {QStringLiteral("insulin"), 1.5},
        {QStringLiteral("enteredBy"), nightbridgeEnteredBy()},
        {QStringLiteral("identifier"), stableIdentifier(QStringLiteral("tandem"), {QStringLiteral("7")})}};
}
} // namespace

class TestNightscoutDocuments : public QObject {
    Q_OBJECT
private slots:
    void acceptsOurDocuments()
    {
        QCOMPARE(D::validationError(NsCollection::Entries, ourEntry(1772366400000)), QString());
        QCOMPARE(D::validationError(NsCollection::Treatments, ourTreatment()), QString());
    }

    void refusesForeignOrIncomplete()
    {
        QJsonObject foreign = ourTreatment();
        foreign.insert(QStringLiteral("enteredBy"), QStringLiteral("xDrip+"));
        QVERIFY(!D::validationError(NsCollection::Treatments, foreign).isEmpty());

        QJsonObject noId = ourTreatment();
        noId.remove(QStringLiteral("identifier"));
        QVERIFY(!D::validationError(NsCollection::Treatments, noId).isEmpty());

        QJsonObject withMongoId = ourEntry(1772366400000);
        withMongoId.insert(QStringLiteral("_id"), QStringLiteral("5f0000000000000000000001"));
        QVERIFY(!D::validationError(NsCollection::Entries, withMongoId).isEmpty());

        QJsonObject noType = ourEntry(1772366400000);
        noType.remove(QStringLiteral("type"));
        QVERIFY(!D::validationError(NsCollection::Entries, noType).isEmpty());

        QJsonObject badTime = ourTreatment();
        badTime.insert(QStringLiteral("created_at"), QStringLiteral("garbage"));
        QVERIFY(!D::validationError(NsCollection::Treatments, badTime).isEmpty());
    }

    void instants()
    {
        // Zone kept while parsing, across the spring-forward night in Europe.
        const QDateTime t = D::instantOf(NsCollection::Treatments, ourTreatment());
        QCOMPARE(t, QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc()));
        // An entry is keyed on dateString (with its zone) before date.
        QJsonObject e = ourEntry(0);
        e.insert(QStringLiteral("dateString"), QStringLiteral("2026-11-21T19:49:05+01:00"));
        QCOMPARE(D::instantOf(NsCollection::Entries, e),
                 QDateTime(QDate(2026, 11, 21), QTime(18, 49, 5), QTimeZone::utc()));
        // As the server reads it: no zone means UTC.
        QCOMPARE(D::parseTime(QStringLiteral("2026-03-01T12:00:00")),
                 QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()));
        QVERIFY(!D::parseTime(QStringLiteral("garbage")).isValid());
        QCOMPARE(D::entryKey(ourEntry(1772366400000)), QStringLiteral("1772366400000|sgv"));
    }

    void foreignClashes()
    {
        const QList<QJsonObject> ours{ourEntry(1772366400000), ourEntry(1772366700000)};
        QJsonObject xdrip = ourEntry(1772366700000);
        xdrip.insert(QStringLiteral("device"), QStringLiteral("xDrip-DexcomG6"));
        QJsonObject ourOwn = ourEntry(1772366400000); // our earlier upload: fine to upsert
        QJsonObject otherType = ourEntry(1772366400000);
        otherType.insert(QStringLiteral("device"), QStringLiteral("xDrip-DexcomG6"));
        otherType.insert(QStringLiteral("type"), QStringLiteral("mbg"));
        QList<QJsonObject> clashing;
        const QList<QJsonObject> keep =
            D::withoutForeignClashes(NsCollection::Entries, ours, {xdrip, ourOwn, otherType}, false, &clashing);
        QCOMPARE(keep.size(), 1);
        QCOMPARE(keep.first(), ours.first());
        QCOMPARE(clashing.size(), 1);

        // Treatments: same identifier always clashes; same (created_at, eventType) only on old servers.
        QJsonObject loop = ourTreatment();
        loop.insert(QStringLiteral("enteredBy"), QStringLiteral("loop://iPhone"));
        loop.insert(QStringLiteral("identifier"), QStringLiteral("loop-1"));
        loop.insert(QStringLiteral("created_at"), QStringLiteral("2026-03-29T00:30:00.000Z"));
        QCOMPARE(D::withoutForeignClashes(NsCollection::Treatments, {ourTreatment()}, {loop}, false, nullptr).size(),
                 1);
        QCOMPARE(D::withoutForeignClashes(NsCollection::Treatments, {ourTreatment()}, {loop}, true, nullptr).size(), 0);
        QJsonObject sameId = loop;
        sameId.insert(QStringLiteral("identifier"), ourTreatment().value(QStringLiteral("identifier")));
        sameId.insert(QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z"));
        QCOMPARE(D::withoutForeignClashes(NsCollection::Treatments, {ourTreatment()}, {sameId}, false, nullptr).size(),
                 0);
    }

    void sameContentIgnoresServerFields()
    {
        const QJsonObject ours{{QStringLiteral("device"), QStringLiteral("nightbridge-tandem")},
                               {QStringLiteral("created_at"), QStringLiteral("2026-03-01T13:00:00+01:00")},
                               {QStringLiteral("pump"), QJsonObject{{QStringLiteral("reservoir"), 120}}}};
        QJsonObject stored = ours;
        stored.insert(QStringLiteral("_id"), QStringLiteral("5f0000000000000000000001"));
        stored.insert(QStringLiteral("utcOffset"), 60);
        stored.insert(QStringLiteral("created_at"), QStringLiteral("2026-03-01T12:00:00.000Z"));
        QVERIFY(D::sameContent(ours, stored));

        QJsonObject changed = stored;
        changed.insert(QStringLiteral("pump"), QJsonObject{{QStringLiteral("reservoir"), 119}});
        QVERIFY(!D::sameContent(ours, changed));
        QJsonObject later = stored;
        later.insert(QStringLiteral("created_at"), QStringLiteral("2026-03-01T12:05:00.000Z"));
        QVERIFY(!D::sameContent(ours, later));
    }

    // Issue 12: `nightscout upload` of any uploader's documents. The identifier comes from the collection
    // and natural key only, so the same event keeps it whatever else changes or however its time is written.
    void importedDocumentsGetStableIdentifiers()
    {
        QString error;
        const QJsonObject xdrip{{QStringLiteral("type"), QStringLiteral("sgv")},
                                {QStringLiteral("sgv"), 101},
                                {QStringLiteral("date"), 1772366400000.0},
                                {QStringLiteral("device"), QStringLiteral("xDrip-DexcomG6")}};
        const QJsonObject a = D::prepareImported(NsCollection::Entries, xdrip, &error);
        QVERIFY(error.isEmpty());
        const QString id = a.value(QStringLiteral("identifier")).toString();
        QCOMPARE(id.size(), 36);
        QJsonObject edited = xdrip;
        edited.insert(QStringLiteral("sgv"), 105);
        edited.insert(QStringLiteral("_id"), QStringLiteral("65a1b2c3d4e5f60718293a4b"));
        const QJsonObject b = D::prepareImported(NsCollection::Entries, edited, &error);
        QCOMPARE(b.value(QStringLiteral("identifier")).toString(), id);
        QVERIFY(!b.contains(QStringLiteral("_id"))); // another database's key is not sent
        QJsonObject mbg = xdrip;
        mbg.insert(QStringLiteral("type"), QStringLiteral("mbg"));
        QVERIFY(D::prepareImported(NsCollection::Entries, mbg, &error).value(QStringLiteral("identifier")) != id);
        // The same instant written in two zones is the same treatment; another eventType is another one.
        QJsonObject meal{{QStringLiteral("eventType"), QStringLiteral("Meal Bolus")},
                         {QStringLiteral("created_at"), QStringLiteral("2026-03-29T03:30:00+02:00")},
                         {QStringLiteral("carbs"), 30}};
        const QString mealId =
            D::prepareImported(NsCollection::Treatments, meal, &error).value(QStringLiteral("identifier")).toString();
        meal.insert(QStringLiteral("created_at"), QStringLiteral("2026-03-29T01:30:00.000Z"));
        meal.insert(QStringLiteral("carbs"), 35);
        QCOMPARE(
            D::prepareImported(NsCollection::Treatments, meal, &error).value(QStringLiteral("identifier")).toString(),
            mealId);
        meal.insert(QStringLiteral("eventType"), QStringLiteral("Carb Correction"));
        QVERIFY(
            D::prepareImported(NsCollection::Treatments, meal, &error).value(QStringLiteral("identifier")).toString() !=
            mealId);
        // The same natural key in another collection is another document.
        const QJsonObject status{{QStringLiteral("device"), QStringLiteral("openaps://rig")},
                                 {QStringLiteral("created_at"), QStringLiteral("2026-03-29T01:30:00.000Z")}};
        const QString statusId = D::prepareImported(NsCollection::DeviceStatus, status, &error)
                                     .value(QStringLiteral("identifier"))
                                     .toString();
        QVERIFY(!statusId.isEmpty() && statusId != mealId);
        // A given identifier is kept.
        QJsonObject given = meal;
        given.insert(QStringLiteral("identifier"), QStringLiteral("aaps-42"));
        QCOMPARE(
            D::prepareImported(NsCollection::Treatments, given, &error).value(QStringLiteral("identifier")).toString(),
            QStringLiteral("aaps-42"));
        // Invalid ones: the reason, no document.
        const QJsonObject profile{{QStringLiteral("defaultProfile"), QStringLiteral("A")}};
        QVERIFY(D::prepareImported(NsCollection::Profile, profile, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("profile without a valid startDate"));
        error.clear();
        QVERIFY(D::prepareImported(NsCollection::Treatments,
                                   QJsonObject{{QStringLiteral("created_at"), QStringLiteral("2026-03-29T01:30:00Z")}},
                                   &error)
                    .isEmpty());
        QCOMPARE(error, QStringLiteral("treatment without eventType"));
    }

    void packsBySize()
    {
        QList<QJsonObject> docs;
        for (int i = 0; i < 10; ++i)
            docs.append(QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("pad"), QString(100, QLatin1Char('x'))}});
        const qsizetype one = D::bodySize({docs.first()});
        QList<QJsonObject> tooLarge;
        const auto packs = D::packBySize(docs, one * 3 + 2, &tooLarge);
        QVERIFY(tooLarge.isEmpty());
        qsizetype total = 0;
        for (const auto &pack : packs) {
            QVERIFY(D::bodySize(pack) <= one * 3 + 2);
            total += pack.size();
        }
        QCOMPARE(total, 10);
        QCOMPARE(packs.size(), 4); // 3 + 3 + 3 + 1
        QCOMPARE(packs.first().first().value(QStringLiteral("n")).toInt(), 0);

        QJsonObject huge{{QStringLiteral("pad"), QString(5000, QLatin1Char('x'))}};
        const auto withHuge = D::packBySize({docs.first(), huge}, 1000, &tooLarge);
        QCOMPARE(tooLarge.size(), 1);
        QCOMPARE(withHuge.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNightscoutDocuments)
#include "tst_nightscoutdocuments.moc"
