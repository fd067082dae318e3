#include "manualclock.h"
#include "simulation/nightscout/nightscoutstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace nb;
using namespace Qt::Literals::StringLiterals;
using nb::sim::NightscoutStore;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
QJsonArray arr(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}
QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(k, v);
    return q;
}
} // namespace

class TestFakeNightscoutStore : public QObject {
    Q_OBJECT
private:
    // 2026-11-21T19:00:00Z: the verified examples of the spec happen that evening.
    test::ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(19, 0), QTimeZone::utc())};

private slots:
    void entryTimeIsNormalised()
    {
        NightscoutStore store(m_clock);
        const auto reply = store.postEntries(
            arr(R"([{"type":"sgv","sgv":120,"date":1763750945000,"dateString":"2026-11-21T19:49:05+01:00"}])"));
        QCOMPARE(reply.status, 200);
        const QJsonObject doc = reply.body.toArray().first().toObject();
        QCOMPARE(doc.value(u"dateString"_s).toString(), QStringLiteral("2026-11-21T18:49:05.000Z"));
        QCOMPARE(doc.value(u"sysTime"_s).toString(), QStringLiteral("2026-11-21T18:49:05.000Z"));
        QCOMPARE(doc.value(u"utcOffset"_s).toInt(), 60);
        QVERIFY(doc.contains(u"_id"_s));
        // `date` is not touched or validated.
        store.postEntries(arr(R"([{"type":"sgv","sgv":"NaN","date":"not a number"}])"));
        const QJsonObject odd = store.documents(NsCollection::Entries).last();
        QCOMPARE(odd.value(u"date"_s).toString(), QStringLiteral("not a number"));
        QCOMPARE(odd.value(u"sgv"_s).toString(), QStringLiteral("NaN"));
        QCOMPARE(odd.value(u"sysTime"_s).toString(), QStringLiteral("2026-11-21T19:00:00.000Z")); // now
    }

    void entryRepostMergesOnSysTimeAndType()
    {
        NightscoutStore store(m_clock);
        store.postEntries(arr(R"([{"type":"sgv","sgv":120,"noise":1,"direction":"Flat","date":1763750945000}])"));
        const auto again =
            store.postEntries(arr(R"([{"type":"sgv","sgv":125,"direction":"FortyFiveUp","date":1763750945000}])"));
        QCOMPARE(store.documents(NsCollection::Entries).size(), 1);
        const QJsonObject stored = store.documents(NsCollection::Entries).first();
        QCOMPARE(stored.value(u"sgv"_s).toInt(), 125);
        QCOMPARE(stored.value(u"direction"_s).toString(), QStringLiteral("FortyFiveUp"));
        QCOMPARE(stored.value(u"noise"_s).toInt(), 1); // merged, not replaced
        // The matched document comes back without _id.
        QVERIFY(!again.body.toArray().first().toObject().contains(u"_id"_s));
        // Another type or another time is another document.
        store.postEntries(arr(R"([{"type":"mbg","mbg":118,"date":1763750945000},
                                  {"type":"sgv","sgv":130,"date":1763751245000}])"));
        QCOMPARE(store.documents(NsCollection::Entries).size(), 3);
    }

    void entryShapes()
    {
        NightscoutStore store(m_clock);
        // One object without date: silently ignored.
        QCOMPARE(store.postEntries(obj(R"({"type":"sgv","sgv":100})")).body.toArray().size(), 0);
        QCOMPARE(store.documents(NsCollection::Entries).size(), 0);
        // One object with date: stored, answer is still an array.
        const auto single = store.postEntries(obj(R"({"type":"sgv","sgv":100,"date":1763750945000})"));
        QCOMPARE(single.body.toArray().size(), 1);
        // A UUID _id becomes identifier; dedupe is still by (sysTime, type).
        const auto uuid = store.postEntries(
            arr(R"([{"_id":"6f1c2b1e-5c0a-4b7e-9a43-6e4e8b2f9d10","type":"sgv","sgv":101,"date":1763750945000}])"));
        QCOMPARE(store.documents(NsCollection::Entries).size(), 1);
        QCOMPARE(store.documents(NsCollection::Entries).first().value(u"identifier"_s).toString(),
                 QStringLiteral("6f1c2b1e-5c0a-4b7e-9a43-6e4e8b2f9d10"));
        QVERIFY(!uuid.body.toArray().first().toObject().contains(u"_id"_s));
        // Without type, the whole document is the filter.
        store.postEntries(arr(R"([{"note":"x","date":1}, {"note":"x","date":1}, {"note":"y","date":1}])"));
        QCOMPARE(store.documents(NsCollection::Entries).size(), 3);
    }

    void treatmentNormalisation()
    {
        NightscoutStore store(m_clock);
        const auto reply = store.postTreatments(arr(R"([
            {"eventType":"Correction Bolus","created_at":"2026-11-21T19:49:05+01:00","insulin":"1.5",
             "carbs":0,"percent":"","notes":"","glucose":0,"glucoseType":"Finger","units":"mg/dl","rate":2},
            {"eventType":"Temp Basal","created_at":"garbage","absolute":0,"duration":"30","targetTop":"abc"},
            {"eventType":"Announcement","notes":"hello"},
            {"eventType":"Note","eventTime":"2026-11-21T10:00:00-05:00","created_at":"2020-01-01T00:00:00Z"}])"));
        const QJsonArray docs = reply.body.toArray();
        QCOMPARE(docs.size(), 4);
        const QJsonObject bolus = docs.at(0).toObject();
        QCOMPARE(bolus.value(u"created_at"_s).toString(), QStringLiteral("2026-11-21T18:49:05.000Z"));
        QCOMPARE(bolus.value(u"utcOffset"_s).toInt(), 60);
        QCOMPARE(bolus.value(u"insulin"_s).toDouble(), 1.5); // Number("1.5")
        for (const char *gone : {"carbs", "percent", "notes", "glucose", "glucoseType", "units"})
            QVERIFY2(!bolus.contains(QLatin1String(gone)), gone);
        QCOMPARE(bolus.value(u"rate"_s).toInt(), 2); // untouched
        const QJsonObject temp = docs.at(1).toObject();
        QCOMPARE(temp.value(u"created_at"_s).toString(), QStringLiteral("2026-11-21T19:00:00.000Z")); // garbage -> now
        QVERIFY(temp.contains(u"absolute"_s)); // a zero temp basal survives
        QCOMPARE(temp.value(u"absolute"_s).toDouble(), 0.0);
        QCOMPARE(temp.value(u"duration"_s).toDouble(), 30.0);
        QVERIFY(!temp.contains(u"targetTop"_s)); // NaN
        QCOMPARE(docs.at(2).toObject().value(u"isAnnouncement"_s).toBool(), true);
        QCOMPARE(docs.at(2).toObject().value(u"created_at"_s).toString(), QStringLiteral("2026-11-21T19:00:00.000Z"));
        const QJsonObject note = docs.at(3).toObject();
        QCOMPARE(note.value(u"created_at"_s).toString(), QStringLiteral("2026-11-21T15:00:00.000Z"));
        QVERIFY(!note.contains(u"eventTime"_s));
    }

    void treatmentReplaceRules()
    {
        NightscoutStore store(m_clock);
        // identifier: full replacement, the stored _id is reported.
        store.postTreatments(arr(R"([{"identifier":"a1","eventType":"Temp Basal","created_at":"2026-11-21T18:00:00Z",
                                     "absolute":1,"rate":1,"duration":30}])"));
        const QString id = store.documents(NsCollection::Treatments).first().value(u"_id"_s).toString();
        const auto replaced = store.postTreatments(arr(R"([{"identifier":"a1","eventType":"Temp Basal",
                                     "created_at":"2026-11-21T18:00:00Z","absolute":2,"duration":30}])"));
        QCOMPARE(store.documents(NsCollection::Treatments).size(), 1);
        const QJsonObject stored = store.documents(NsCollection::Treatments).first();
        QCOMPARE(stored.value(u"absolute"_s).toDouble(), 2.0);
        QVERIFY(!stored.contains(u"rate"_s)); // replaced, not merged
        QCOMPARE(stored.value(u"_id"_s).toString(), id);
        QCOMPARE(replaced.body.toArray().first().toObject().value(u"_id"_s).toString(), id);

        // (created_at, eventType) without identifier: replaced, the answer has no _id.
        store.postTreatments(arr(R"([{"eventType":"BG Check","created_at":"2026-11-21T18:30:00Z","glucose":100}])"));
        QJsonArray eight;
        for (int i = 0; i < 8; ++i)
            eight.append(obj(R"({"eventType":"BG Check","created_at":"2026-11-21T19:30:00+01:00","glucose":101})"));
        const auto same = store.postTreatments(eight);
        QCOMPARE(store.documents(NsCollection::Treatments).size(), 2);
        QVERIFY(!same.body.toArray().last().toObject().contains(u"_id"_s));

        // A different identifier at the same time and type is another document.
        store.postTreatments(
            arr(R"([{"identifier":"b2","eventType":"BG Check","created_at":"2026-11-21T18:30:00Z"}])"));
        QCOMPARE(store.documents(NsCollection::Treatments).size(), 3);
        // _id (ObjectId) as key.
        store.postTreatments(
            QJsonArray{QJsonObject{{u"_id"_s, id}, {u"eventType"_s, u"Note"_s}, {u"notes"_s, u"x"_s}}});
        QCOMPARE(store.documents(NsCollection::Treatments).size(), 3);
    }

    void treatmentPreBolusSplits()
    {
        NightscoutStore store(m_clock);
        const auto reply = store.postTreatments(arr(R"([{"eventType":"Meal Bolus","created_at":"2026-11-21T18:00:00Z",
                                                        "insulin":3,"carbs":40,"preBolus":15}])"));
        QCOMPARE(reply.body.toArray().size(), 2);
        QCOMPARE(store.documents(NsCollection::Treatments).size(), 2);
        const QJsonObject carbs = store.documents(NsCollection::Treatments).last();
        QCOMPARE(carbs.value(u"created_at"_s).toString(), QStringLiteral("2026-11-21T18:15:00.000Z"));
        QCOMPARE(carbs.value(u"carbs"_s).toDouble(), 40.0);
        QVERIFY(!store.documents(NsCollection::Treatments).first().contains(u"carbs"_s));
    }

    void deviceStatusAndProfileAreInserts()
    {
        NightscoutStore store(m_clock);
        const QJsonObject ds = obj(R"({"device":"nightbridge-tandem","created_at":"2026-11-21T19:49:05+01:00",
                                       "openaps":{"suggested":{"predBGs":{"IOB":[]}}}})");
        store.postDeviceStatus(ds);
        store.postDeviceStatus(QJsonArray{ds});
        QCOMPARE(store.documents(NsCollection::DeviceStatus).size(), 2); // no dedupe
        QCOMPARE(store.documents(NsCollection::DeviceStatus).first().value(u"utcOffset"_s).toInt(), 60);
        QCOMPARE(store.documents(NsCollection::DeviceStatus).first().value(u"created_at"_s).toString(),
                 QStringLiteral("2026-11-21T18:49:05.000Z"));
        const auto bad = store.postDeviceStatus(obj(R"({"_id":"not-hex","device":"x"})"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.body.toObject().value(u"message"_s).toString(), QStringLiteral("Invalid _id format"));
        QVERIFY(bad.body.toObject().value(u"description"_s).toString().endsWith(QLatin1String("Got: not-hex")));
        QCOMPARE(store.documents(NsCollection::DeviceStatus).size(), 2);

        QJsonArray preds;
        for (int i = 0; i < 300; ++i)
            preds.append(100);
        QJsonObject big = ds;
        big.insert(u"openaps"_s,
                   QJsonObject{{u"suggested"_s, QJsonObject{{u"predBGs"_s, QJsonObject{{u"IOB"_s, preds}}}}}});
        store.postDeviceStatus(big);
        QCOMPARE(store.documents(NsCollection::DeviceStatus)
                     .last()[u"openaps"_s][u"suggested"_s][u"predBGs"_s][u"IOB"_s]
                     .toArray()
                     .size(),
                 288);

        const QJsonObject profile = obj(R"({"defaultProfile":"Default","startDate":"2026-11-01T00:00:00.000Z",
                                            "store":{"Default":{"dia":4}}})");
        store.postProfile(profile);
        store.postProfile(profile);
        QCOMPARE(store.documents(NsCollection::Profile).size(), 2);
        QCOMPARE(store.documents(NsCollection::Profile).first().value(u"created_at"_s).toString(),
                 QStringLiteral("2026-11-21T19:00:00.000Z"));
        QCOMPARE(store.postProfile(obj(R"({"_id":12})")).status, 400);
    }

    void queries()
    {
        NightscoutStore store(m_clock);
        const qint64 now = m_clock.nowMs();
        QJsonArray entries;
        for (int i = 0; i < 30; ++i) // every 5 minutes back from now
            entries.append(
                QJsonObject{{u"type"_s, u"sgv"_s}, {u"sgv"_s, 100 + i}, {u"date"_s, double(now - i * 300000LL)}});
        entries.append(QJsonObject{
            {u"type"_s, u"sgv"_s}, {u"sgv"_s, 50}, {u"date"_s, double(now - 5LL * 86400000)}}); // 5 days ago
        entries.append(QJsonObject{{u"type"_s, u"mbg"_s}, {u"mbg"_s, 90}, {u"date"_s, double(now - 600000)}});
        store.postEntries(entries);

        // Default count 10, newest first.
        const QJsonArray first = store.find(NsCollection::Entries, {});
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.at(0).toObject().value(u"sgv"_s).toInt(), 100);
        QVERIFY(first.at(0)[u"date"_s].toDouble() >= first.at(1)[u"date"_s].toDouble());
        // The 4-day window hides the old one unless date is constrained.
        QCOMPARE(store.find(NsCollection::Entries, query({{u"count"_s, u"100"_s}})).size(), 31);
        QCOMPARE(
            store.find(NsCollection::Entries, query({{u"count"_s, u"100"_s}, {u"find[date][$gte]"_s, u"0"_s}})).size(),
            32);
        // Ranges, equality, integer parsing, type from the path.
        QCOMPARE(store
                     .find(NsCollection::Entries, query({{u"count"_s, u"100"_s},
                                                         {u"find[date][$gte]"_s, QString::number(now - 3000000)},
                                                         {u"find[date][$lte]"_s, QString::number(now)}}))
                     .size(),
                 12); // 11 sgv + 1 mbg
        QCOMPARE(
            store.find(NsCollection::Entries, query({{u"find[sgv][$gt]"_s, u"120"_s}, {u"find[sgv][$lt]"_s, u"125"_s}}))
                .size(),
            4);
        QCOMPARE(store.find(NsCollection::Entries, query({{u"find[sgv]"_s, u"105"_s}})).size(), 1);
        QCOMPARE(store.find(NsCollection::Entries, query({{u"count"_s, u"100"_s}}), QStringLiteral("mbg")).size(), 1);
        QCOMPARE(store.find(NsCollection::Entries, query({{u"find[type]"_s, u"sgv"_s}, {u"count"_s, u"1"_s}}))
                     .first()[u"sgv"_s]
                     .toInt(),
                 100);
        QCOMPARE(store.currentEntry()[u"sgv"_s].toInt(), 100);

        // Treatments: created_at is compared as a string, count 100 / 1000 with find, regex on eventType.
        QJsonArray treatments;
        for (int i = 0; i < 150; ++i) {
            treatments.append(QJsonObject{{u"eventType"_s, i % 2 ? u"Meal Bolus"_s : u"Correction Bolus"_s},
                                          {u"created_at"_s, m_clock.nowUtc().addSecs(-60 * i).toString(Qt::ISODate)},
                                          {u"insulin"_s, 1}});
        }
        store.postTreatments(treatments);
        QCOMPARE(store.find(NsCollection::Treatments, {}).size(), 100);
        QCOMPARE(store.find(NsCollection::Treatments, query({{u"find[eventType]"_s, u"Meal Bolus"_s}})).size(), 75);
        QCOMPARE(store.find(NsCollection::Treatments, query({{u"find[eventType]"_s, u"/bolus/i"_s}})).size(), 150);
        QCOMPARE(
            store
                .find(NsCollection::Treatments, query({{u"find[created_at][$gte]"_s, u"2026-11-21T18:50:00.000Z"_s},
                                                       {u"find[created_at][$lt]"_s, u"2026-11-21T19:00:00.000Z"_s}}))
                .size(),
            10);
        // A number never matches a string field (Mongo compares typed values).
        QCOMPARE(store.find(NsCollection::Treatments, query({{u"find[created_at][$gte]"_s, u"0"_s}})).size(), 150);
        QCOMPARE(
            store.find(NsCollection::Treatments, query({{u"find[insulin]"_s, u"1"_s}, {u"count"_s, u"5"_s}})).size(),
            5);
        // Output: carbs and insulin through Number() -> missing ones are null.
        const QJsonObject out = store.find(NsCollection::Treatments, query({{u"count"_s, u"1"_s}})).first().toObject();
        QVERIFY(out.contains(u"carbs"_s));
        QVERIFY(out.value(u"carbs"_s).isNull());
        QCOMPARE(out.value(u"created_at"_s).toString(), QStringLiteral("2026-11-21T19:00:00.000Z"));

        // Advance the clock: the 4-day window moves with it.
        m_clock.advance(5LL * 86400000);
        QCOMPARE(store.find(NsCollection::Entries, {}).size(), 0);
        QCOMPARE(store.find(NsCollection::Treatments, {}).size(), 0);
        m_clock.advance(-5LL * 86400000);
    }
};

QTEST_GUILESS_MAIN(TestFakeNightscoutStore)
#include "tst_fakenightscoutstore.moc"
