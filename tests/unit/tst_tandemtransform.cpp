// TandemTransform behaviour beyond the fixtures: extended boluses with both parts, modes that have
// not ended yet (and their completion without a duplicate), carry-over, identifier stability, feature
// gating, zero basal, determinism.

#include "fixtures.h"
#include "model/identifier.h"
#include "sources/tandem/jsondecoder.h"
#include "sources/tandem/tandemtime.h"
#include "sources/tandem/transform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace nb;
using namespace nb::tandem;

namespace {

PumpEvent ev(int code, quint32 seq, const char *wall, std::initializer_list<std::pair<Field, double>> fields = {})
{
    PumpEvent e;
    e.code = code;
    e.def = eventDefinition(code);
    e.sequenceNumber = seq;
    [[maybe_unused]] const bool ok = parseWallDateTime(QString::fromLatin1(wall), &e.wall);
    Q_ASSERT(ok);
    for (const auto &[field, value] : fields)
        e.set(field, value);
    return e;
}

DecodedLog logOf(QList<PumpEvent> events)
{
    DecodedLog log;
    log.events = std::move(events);
    return log;
}

TransformContext context(Features features = allFeatures())
{
    TransformContext ctx;
    ctx.zone = QTimeZone("America/New_York");
    ctx.features = features;
    ctx.pumpKey = QStringLiteral("12345678");
    return ctx;
}

QJsonObject only(const QList<QJsonObject> &docs, const QString &eventType)
{
    QJsonObject found;
    int n = 0;
    for (const QJsonObject &d : docs) {
        if (d.value(QLatin1String("eventType")).toString() == eventType) {
            found = d;
            ++n;
        }
    }
    return n == 1 ? found : QJsonObject();
}

QList<PumpEvent> extendedBolus(bool finished)
{
    using F = Field;
    QList<PumpEvent> events = {
        ev(64, 100, "2026-05-14T12:00:00", {{F::BolusId, 42}, {F::CarbAmount, 60}, {F::Bg, 140}, {F::BolusType, 1}}),
        ev(65, 101, "2026-05-14T12:00:00",
           {{F::BolusId, 42}, {F::Options, 1}, {F::StandardPercent, 50}, {F::Duration, 120}}),
        ev(66, 102, "2026-05-14T12:00:00", {{F::BolusId, 42}, {F::TotalBolusSize, 4.0}}),
        ev(20, 103, "2026-05-14T12:01:30",
           {{F::BolusId, 42}, {F::CompletionStatus, 3}, {F::InsulinDelivered, 2.0}, {F::InsulinRequested, 2.0}}),
        ev(279, 104, "2026-05-14T12:05:00", {{F::CommandedRateSource, 1}, {F::CommandedRate, 800}}),
    };
    if (finished)
        events.append(ev(21, 150, "2026-05-14T14:01:30",
                         {{F::BolusId, 42}, {F::CompletionStatus, 3}, {F::InsulinDelivered, 2.0}}));
    return events;
}

QSet<QString> identifiers(const NsBatch &batch)
{
    QSet<QString> ids;
    for (NsCollection c : {NsCollection::Treatments, NsCollection::Entries, NsCollection::DeviceStatus})
        for (const QJsonObject &d : batch.of(c))
            ids.insert(d.value(QLatin1String("identifier")).toString());
    return ids;
}

DecodedLog vendorSlice()
{
    const QByteArray body =
        test::readFile(test::sharedFixture(QStringLiteral("vendor-2026/tandem/bff-pump-logs.mobi-2026-05-slice.json")));
    auto log = JsonDecoder::decodePumpLogs(body);
    Q_ASSERT(log.ok());
    return *log;
}

} // namespace

class TstTandemTransform : public QObject {
    Q_OBJECT

private slots:
    void extendedBolusKeepsBothParts()
    {
        const NsBatch batch = TandemTransform::run(logOf(extendedBolus(true)), context()).batch;
        const QJsonObject combo = only(batch.treatments, QStringLiteral("Combo Bolus"));
        QVERIFY(!combo.isEmpty());
        // tconnectsync would upload 2.0 U and drop the extended 2.0 U.
        QCOMPARE(combo.value(QLatin1String("insulin")).toDouble(), 2.0);
        QCOMPARE(combo.value(QLatin1String("enteredinsulin")).toDouble(), 4.0);
        QCOMPARE(combo.value(QLatin1String("relative")).toDouble(), 1.0); // 2 U over 2 h
        QCOMPARE(combo.value(QLatin1String("duration")).toDouble(), 120.0);
        QCOMPARE(combo.value(QLatin1String("splitNow")).toInt(), 50);
        QCOMPARE(combo.value(QLatin1String("splitExt")).toInt(), 50);
        QCOMPARE(combo.value(QLatin1String("carbs")).toDouble(), 60.0);
        QCOMPARE(combo.value(QLatin1String("glucose")).toDouble(), 140.0);
        QCOMPARE(combo.value(QLatin1String("notes")).toString(), QStringLiteral("Extended Bolus"));
        QCOMPARE(combo.value(QLatin1String("created_at")).toString(), QStringLiteral("2026-05-14T12:01:30-04:00"));
        QCOMPARE(combo.value(QLatin1String("pump_event_id")).toString(), QStringLiteral("103,100,101,102,150"));
    }

    void extendedBolusInProgressIsCompletedUnderTheSameIdentifier()
    {
        const TransformResult first = TandemTransform::run(logOf(extendedBolus(false)), context());
        const QJsonObject provisional = only(first.batch.treatments, QStringLiteral("Combo Bolus"));
        QVERIFY(!provisional.isEmpty());
        QCOMPARE(provisional.value(QLatin1String("enteredinsulin")).toDouble(), 4.0); // as requested so far
        QVERIFY(provisional.value(QLatin1String("notes")).toString().contains(QLatin1String("in progress")));
        QCOMPARE(first.stats.pendingBoluses, 1);
        // The next window starts after the bolus records; the carried ones complete it.
        using F = Field;
        const QList<PumpEvent> later = {
            ev(21, 150, "2026-05-14T13:00:00",
               {{F::BolusId, 42}, {F::CompletionStatus, 0}, {F::InsulinDelivered, 1.0}}),
            ev(279, 151, "2026-05-14T13:05:00", {{F::CommandedRateSource, 1}, {F::CommandedRate, 800}}),
        };
        const TransformResult second = TandemTransform::run(logOf(later), context(), first.carryOver);
        const QJsonObject final = only(second.batch.treatments, QStringLiteral("Combo Bolus"));
        QCOMPARE(final.value(QLatin1String("identifier")), provisional.value(QLatin1String("identifier")));
        // Cancelled after an hour: 1 U over the ~58.5 min it really ran.
        QCOMPARE(final.value(QLatin1String("enteredinsulin")).toDouble(), 3.0);
        QCOMPARE(final.value(QLatin1String("duration")).toDouble(), 58.5);
        QVERIFY(!final.value(QLatin1String("notes")).toString().contains(QLatin1String("in progress")));
        QCOMPARE(second.stats.pendingBoluses, 0);
    }

    void standardBolusTypes()
    {
        using F = Field;
        const QList<PumpEvent> events = {
            ev(64, 1, "2026-05-14T08:00:00", {{F::BolusId, 7}, {F::CarbAmount, 0}, {F::BolusType, 2}}),
            ev(65, 2, "2026-05-14T08:00:00", {{F::BolusId, 7}, {F::Options, 3}}),
            ev(20, 3, "2026-05-14T08:01:00", {{F::BolusId, 7}, {F::CompletionStatus, 3}, {F::InsulinDelivered, 0.4}}),
            // Rejected: nothing delivered, no carbs -> nothing to record.
            ev(64, 4, "2026-05-14T09:00:00", {{F::BolusId, 8}}),
            ev(20, 5, "2026-05-14T09:00:10", {{F::BolusId, 8}, {F::CompletionStatus, 5}, {F::InsulinDelivered, 0}}),
        };
        const NsBatch batch = TandemTransform::run(logOf(events), context(Feature::Bolus)).batch;
        QCOMPARE(batch.treatments.size(), 1);
        const QJsonObject auto_ = batch.treatments.first();
        QCOMPARE(auto_.value(QLatin1String("eventType")).toString(), QStringLiteral("Correction Bolus"));
        QCOMPARE(auto_.value(QLatin1String("notes")).toString(), QStringLiteral("Automatic Bolus"));
        QCOMPARE(auto_.value(QLatin1String("insulin")).toDouble(), 0.4);
        QVERIFY(!auto_.contains(QLatin1String("carbs")));
    }

    void unendedSleepIsUpdatedNotDuplicated()
    {
        using F = Field;
        const QList<PumpEvent> first = {
            ev(229, 10, "2026-05-17T22:00:00", {{F::RequestedAction, 1}, {F::SleepStartedByGui, 1}}),
            ev(279, 11, "2026-05-17T23:30:00", {{F::CommandedRateSource, 3}, {F::CommandedRate, 500}}),
        };
        const TransformResult run1 = TandemTransform::run(logOf(first), context());
        const QJsonObject open = only(run1.batch.treatments, QStringLiteral("Sleep"));
        QCOMPARE(open.value(QLatin1String("reason")).toString(), QStringLiteral("Sleep (Manual) - Not Ended"));
        // So far: until the newest record (tconnectsync would count to the window end, mod 24 h).
        QCOMPARE(open.value(QLatin1String("duration")).toDouble(), 90.0);
        QCOMPARE(run1.stats.openModes, 1);

        const QList<PumpEvent> second = {
            ev(229, 20, "2026-05-18T06:30:00", {{F::RequestedAction, 2}}),
        };
        const TransformResult run2 = TandemTransform::run(logOf(second), context(), run1.carryOver);
        const QJsonObject closed = only(run2.batch.treatments, QStringLiteral("Sleep"));
        QCOMPARE(closed.value(QLatin1String("identifier")), open.value(QLatin1String("identifier")));
        QCOMPARE(closed.value(QLatin1String("reason")).toString(), QStringLiteral("Sleep (Manual)"));
        QCOMPARE(closed.value(QLatin1String("duration")).toDouble(), 510.0);
        QCOMPARE(closed.value(QLatin1String("pump_event_id")).toString(), QStringLiteral("10,20"));
        QCOMPARE(run2.stats.openModes, 0);
    }

    void modeOpenForMoreThanADayIsLetGo()
    {
        using F = Field;
        const QList<PumpEvent> events = {
            ev(229, 10, "2026-05-16T22:00:00", {{F::RequestedAction, 3}}),
            ev(279, 11, "2026-05-18T04:00:00", {{F::CommandedRateSource, 3}, {F::CommandedRate, 500}}),
        };
        const TransformResult r = TandemTransform::run(logOf(events), context());
        const QJsonObject open = only(r.batch.treatments, QStringLiteral("Exercise"));
        QCOMPARE(open.value(QLatin1String("reason")).toString(), QStringLiteral("Exercise - Not Ended"));
        QCOMPARE(r.stats.openModes, 0);
        for (const PumpEvent &e : r.carryOver)
            QVERIFY(e.code != 229); // its stop record is lost; do not carry it forever
    }

    void exerciseStoppedByTimer()
    {
        using F = Field;
        const QList<PumpEvent> events = {
            ev(229, 1, "2026-05-17T17:00:00", {{F::RequestedAction, 3}, {F::ExerciseChoice, 1}}),
            ev(229, 2, "2026-05-17T18:00:00", {{F::RequestedAction, 5}, {F::ExerciseStoppedByTimer, 1}}),
        };
        const QJsonObject doc =
            only(TandemTransform::run(logOf(events), context()).batch.treatments, QStringLiteral("Exercise"));
        QCOMPARE(doc.value(QLatin1String("reason")).toString(), QStringLiteral("Exercise (Timed) (Stopped by timer)"));
        QCOMPARE(doc.value(QLatin1String("duration")).toDouble(), 60.0);
    }

    void lastBasalIsCompletedNextRun()
    {
        using F = Field;
        const TransformResult run1 = TandemTransform::run(
            logOf({ev(279, 1, "2026-05-14T10:00:00", {{F::CommandedRateSource, 1}, {F::CommandedRate, 900}})}),
            context());
        QCOMPARE(run1.batch.treatments.size(), 1);
        QVERIFY(run1.batch.treatments.first().value(QLatin1String("duration")).isNull());
        QCOMPARE(run1.carryOver.size(), 1);
        const TransformResult run2 = TandemTransform::run(
            logOf({ev(279, 2, "2026-05-14T10:05:00", {{F::CommandedRateSource, 0}, {F::CommandedRate, 900}})}),
            context(), run1.carryOver);
        QCOMPARE(run2.batch.treatments.size(), 2);
        const QJsonObject completed = run2.batch.treatments.first();
        QCOMPARE(completed.value(QLatin1String("identifier")),
                 run1.batch.treatments.first().value(QLatin1String("identifier")));
        QCOMPARE(completed.value(QLatin1String("duration")).toDouble(), 5.0);
        // A suspended pump delivers nothing, whatever rate the record carries.
        const QJsonObject suspended = run2.batch.treatments.last();
        QCOMPARE(suspended.value(QLatin1String("rate")).toDouble(), 0.0);
        QCOMPARE(suspended.value(QLatin1String("reason")).toString(), QStringLiteral("Suspended"));
    }

    void ignoreZeroBasal()
    {
        using F = Field;
        const QList<PumpEvent> events = {
            ev(279, 1, "2026-05-14T10:00:00", {{F::CommandedRateSource, 1}, {F::CommandedRate, 0}}),
            ev(279, 2, "2026-05-14T10:05:00", {{F::CommandedRateSource, 0}, {F::CommandedRate, 0}}),
            ev(279, 3, "2026-05-14T10:10:00", {{F::CommandedRateSource, 1}, {F::CommandedRate, 300}}),
        };
        TransformContext ctx = context(Feature::Basal);
        QCOMPARE(TandemTransform::run(logOf(events), ctx).batch.treatments.size(), 3);
        ctx.ignoreZeroBasal = true;
        const NsBatch batch = TandemTransform::run(logOf(events), ctx).batch;
        // The zero profile rate is dropped (tconnectsync #105); a suspension still shows as 0 U/h.
        QCOMPARE(batch.treatments.size(), 2);
        QCOMPARE(batch.treatments.first().value(QLatin1String("reason")).toString(), QStringLiteral("Suspended"));
    }

    void featuresGateDocuments()
    {
        const DecodedLog log = vendorSlice();
        const NsBatch defaults = TandemTransform::run(log, context(defaultFeatures())).batch;
        QVERIFY(defaults.entries.isEmpty()); // CGM is off by default
        QVERIFY(!only(defaults.treatments, QStringLiteral("Meal Bolus")).isEmpty());
        const NsBatch cgmOnly = TandemTransform::run(log, context(Feature::Cgm)).batch;
        QCOMPARE(cgmOnly.entries.size(), 2);
        QVERIFY(cgmOnly.treatments.isEmpty());
        const NsBatch none = TandemTransform::run(log, context(Features())).batch;
        QVERIFY(none.isEmpty());
    }

    void identifiersAreStable()
    {
        const DecodedLog log = vendorSlice();
        const NsBatch whole = TandemTransform::run(log, context()).batch;
        const QSet<QString> wholeIds = identifiers(whole);
        QCOMPARE(wholeIds.size(), int(whole.size())); // unique

        // Same input twice: byte-identical output.
        QCOMPARE(QJsonDocument(TandemTransform::run(log, context()).batch.toJson()).toJson(),
                 QJsonDocument(whole.toJson()).toJson());

        // Two overlapping windows, carry-over passed along: every document of the whole run appears with
        // the same identifier, and nothing else.
        DecodedLog a, b;
        a.events = log.events.mid(0, 12);
        b.events = log.events.mid(8);
        const TransformResult first = TandemTransform::run(a, context());
        TransformContext secondWindow = context();
        secondWindow.windowStart =
            QDateTime::fromSecsSinceEpoch(b.events.first().wall + kTandemEpochUnix + 4 * 3600, Qt::UTC);
        const TransformResult second = TandemTransform::run(b, secondWindow, first.carryOver);
        const QSet<QString> split = identifiers(first.batch) + identifiers(second.batch);
        QCOMPARE(split, wholeIds);
        // As Nightscout stores them (a later post with the same identifier replaces the earlier one),
        // the two runs leave exactly the documents of the single run: nothing lost its carbs or BG.
        QHash<QString, QJsonObject> stored;
        for (const NsBatch *batch : {&first.batch, &second.batch})
            for (NsCollection c : {NsCollection::Treatments, NsCollection::Entries})
                for (const QJsonObject &d : batch->of(c))
                    stored.insert(d.value(QLatin1String("identifier")).toString(), d);
        for (NsCollection c : {NsCollection::Treatments, NsCollection::Entries})
            for (const QJsonObject &d : whole.of(c))
                QCOMPARE(stored.value(d.value(QLatin1String("identifier")).toString()), d);

        // Fixing the configured zone moves the times but keeps identifiers (documents get replaced).
        TransformContext chicago = context();
        chicago.zone = QTimeZone("America/Chicago");
        const NsBatch moved = TandemTransform::run(log, chicago).batch;
        QCOMPARE(identifiers(moved), wholeIds);
        QVERIFY(moved.treatments.first().value(QLatin1String("created_at")) !=
                whole.treatments.first().value(QLatin1String("created_at")));

        // Another pump: other identifiers.
        TransformContext other = context();
        other.pumpKey = QStringLiteral("87654321");
        QVERIFY(!identifiers(TandemTransform::run(log, other).batch).intersects(wholeIds));

        // Pinned values: the identifier of a document must never change between versions.
        QCOMPARE(only(whole.treatments, QStringLiteral("Meal Bolus")).value(QLatin1String("identifier")).toString(),
                 stableIdentifier(QStringLiteral("tandem"), {QStringLiteral("12345678"), QStringLiteral("bolus"),
                                                             QStringLiteral("0"), QStringLiteral("442700")}));
    }

    void unknownEventsAreCounted()
    {
        PumpEvent unknown;
        unknown.code = 9;
        unknown.sequenceNumber = 3;
        const TransformResult r = TandemTransform::run(logOf({unknown}), context());
        QCOMPARE(r.stats.unknownEvents, 1);
        QVERIFY(r.batch.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTandemTransform)
#include "tst_tandemtransform.moc"
