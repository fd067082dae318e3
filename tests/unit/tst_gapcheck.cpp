#include "sync/gapcheck.h"

#include <QTest>
#include <QTimeZone>

using namespace nb;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject entry(qint64 ms, int sgv)
{
    return {{u"type"_s, u"sgv"_s},
            {u"sgv"_s, sgv},
            {u"date"_s, double(ms)},
            {u"dateString"_s, QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(3600)).toString(Qt::ISODateWithMs)},
            {u"device"_s, u"nightbridge-x"_s},
            {u"identifier"_s, u"e%1"_s.arg(ms)}};
}
// What the server gives back for an entry: sysTime, dateString in UTC, utcOffset, _id.
QJsonObject stored(const QJsonObject &ours)
{
    QJsonObject s = ours;
    const qint64 ms = qint64(ours.value(u"date"_s).toDouble());
    s.insert(u"dateString"_s, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    s.insert(u"sysTime"_s, s.value(u"dateString"_s));
    s.insert(u"utcOffset"_s, 60);
    s.insert(u"_id"_s, u"65f0c0ffee0000000000000%1"_s.arg(ms % 10));
    return s;
}
QJsonObject bolus(const QString &id, double insulin, double carbs)
{
    return {{u"eventType"_s, u"Meal Bolus"_s},
            {u"created_at"_s, u"2026-03-01T08:00:00+01:00"_s},
            {u"insulin"_s, insulin},
            {u"carbs"_s, carbs},
            {u"glucose"_s, 0},
            {u"glucoseType"_s, u"Finger"_s},
            {u"enteredBy"_s, u"Nightbridge"_s},
            {u"identifier"_s, id}};
}
} // namespace

class TestGapCheck : public QObject {
    Q_OBJECT
private slots:
    void presenceKeys()
    {
        QCOMPARE(GapCheck::presenceKey(NsCollection::Entries, entry(1000, 100)), u"1000|sgv"_s);
        QCOMPARE(GapCheck::presenceKey(NsCollection::Entries, stored(entry(1000, 100))), u"1000|sgv"_s);
        QCOMPARE(GapCheck::presenceKey(NsCollection::Treatments, bolus(u"t1"_s, 1, 0)), u"t1"_s);
        QVERIFY(GapCheck::presenceKey(NsCollection::DeviceStatus, QJsonObject{{u"device"_s, u"x"_s}}).isEmpty());
    }

    void missingSkipsWhatTheSiteOrThePlanHas()
    {
        const QList<QJsonObject> window{entry(1000, 100), entry(2000, 110), entry(3000, 120), entry(3000, 120)};
        const auto missing =
            GapCheck::missing(NsCollection::Entries, window, {stored(entry(1000, 100))}, {entry(3000, 120)});
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().value(u"sgv"_s).toInt(), 110);
    }

    void diffIgnoresWhatTheServerAddsOrDrops()
    {
        QJsonObject storedBolus = bolus(u"t1"_s, 2.5, 0);
        storedBolus.remove(u"carbs"_s);   // zero carbs dropped
        storedBolus.remove(u"glucose"_s); // zero glucose dropped with its type
        storedBolus.remove(u"glucoseType"_s);
        storedBolus.insert(u"created_at"_s, u"2026-03-01T07:00:00.000Z"_s); // UTC form
        storedBolus.insert(u"utcOffset"_s, 60);
        const auto same = GapCheck::diff(NsCollection::Treatments, {bolus(u"t1"_s, 2.5, 0)}, {storedBolus});
        QCOMPARE(same.same, 1);
        const auto changed = GapCheck::diff(NsCollection::Treatments, {bolus(u"t1"_s, 3.0, 0)}, {storedBolus});
        QCOMPARE(changed.changed.size(), 1);
        const auto entries = GapCheck::diff(NsCollection::Entries, {entry(1000, 100), entry(2000, 111)},
                                            {stored(entry(1000, 100)), stored(entry(2000, 110))});
        QCOMPARE(entries.same, 1);
        QCOMPARE(entries.changed.size(), 1);
        QCOMPARE(GapCheck::diff(NsCollection::Entries, {entry(5000, 1)}, {}).missing.size(), 1);
    }

    // The last basal of a run that saw nothing after it has an unknown (null) duration; a run that saw
    // further stored a real one. A backfill of the same range must not count it as changed and replace the
    // known duration with "unknown" (seen as a flaky "uploaded 1" in tst_synccli).
    void anUnknownDurationDoesNotReplaceAKnownOne()
    {
        const QJsonObject provisional{{u"identifier"_s, u"b1"_s},
                                      {u"eventType"_s, u"Temp Basal"_s},
                                      {u"created_at"_s, u"2026-03-01T08:00:00+01:00"_s},
                                      {u"rate"_s, 1.0},
                                      {u"duration"_s, QJsonValue::Null}};
        QJsonObject stored = provisional;
        stored.insert(u"duration"_s, 5);
        QCOMPARE(GapCheck::diff(NsCollection::Treatments, {provisional}, {stored}).same, 1);
        QJsonObject longer = provisional;
        longer.insert(u"duration"_s, 10); // a known duration still replaces another one
        QCOMPARE(GapCheck::diff(NsCollection::Treatments, {longer}, {stored}).changed.size(), 1);
    }

    void timeRange()
    {
        const auto range = GapCheck::timeRange(NsCollection::Entries, {entry(3000, 1), entry(1000, 1), entry(2000, 1)});
        QCOMPARE(range.first.toMSecsSinceEpoch(), 1000);
        QCOMPARE(range.second.toMSecsSinceEpoch(), 3000);
        QVERIFY(!GapCheck::timeRange(NsCollection::Entries, {}).first.isValid());
    }
};

QTEST_GUILESS_MAIN(TestGapCheck)
#include "tst_gapcheck.moc"
