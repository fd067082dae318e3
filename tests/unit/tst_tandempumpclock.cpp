// PumpClock / ZoneOffsets: the pump's naive wall clock relabelled with the configured zone across DST
// transitions both ways, and refined by the pump's own clock-change events.

#include "sources/tandem/jsondecoder.h"
#include "sources/tandem/pumpclock.h"
#include "sources/tandem/tandemtime.h"
#include "sources/tandem/transform.h"

#include <QJsonArray>
#include <QTest>

using namespace nb;
using namespace nb::tandem;

namespace {

qint64 wallOf(const char *text)
{
    qint64 wall = 0;
    [[maybe_unused]] const bool ok = parseWallDateTime(QString::fromLatin1(text), &wall);
    Q_ASSERT(ok);
    return wall;
}

qint64 utcOf(const char *isoZ)
{
    return QDateTime::fromString(QString::fromLatin1(isoZ), Qt::ISODate).toSecsSinceEpoch();
}

PumpEvent timeChange(quint32 seq, const char *wall, int priorHms, int afterHms)
{
    PumpEvent e;
    e.code = 13;
    e.def = eventDefinition(13);
    e.sequenceNumber = seq;
    e.wall = wallOf(wall);
    e.set(Field::TimePrior, priorHms * 1000.0);
    e.set(Field::TimeAfter, afterHms * 1000.0);
    return e;
}

constexpr int hms(int h, int m, int s = 0)
{
    return h * 3600 + m * 60 + s;
}

PumpEvent basal(quint32 seq, const char *wall)
{
    PumpEvent e;
    e.code = 279;
    e.def = eventDefinition(279);
    e.sequenceNumber = seq;
    e.wall = wallOf(wall);
    e.set(Field::CommandedRateSource, 1);
    e.set(Field::CommandedRate, 1000);
    return e;
}

} // namespace

class TstTandemPumpClock : public QObject {
    Q_OBJECT

private slots:
    void springForwardRelabel()
    {
        // America/New_York, 2026-03-08 02:00 EST -> 03:00 EDT (07:00Z).
        PumpClock clock(QTimeZone("America/New_York"), {});
        clock.prepare(wallOf("2026-03-07T00:00:00"), wallOf("2026-03-09T00:00:00"));
        QCOMPARE(clock.toUtc(wallOf("2026-03-08T01:59:59"), 1).utc, utcOf("2026-03-08T06:59:59Z"));
        QCOMPARE(clock.toUtc(wallOf("2026-03-08T01:59:59"), 1).offset, -5 * 3600);
        QCOMPARE(clock.toUtc(wallOf("2026-03-08T03:00:00"), 2).utc, utcOf("2026-03-08T07:00:00Z"));
        QCOMPARE(clock.toUtc(wallOf("2026-03-08T03:00:00"), 2).offset, -4 * 3600);
        // 02:30 does not exist: a pump clock nobody moved yet, still on EST.
        QCOMPARE(clock.toUtc(wallOf("2026-03-08T02:30:00"), 3).utc, utcOf("2026-03-08T07:30:00Z"));
        ZoneOffsets zone(QTimeZone("America/New_York"));
        QVERIFY(zone.fromWall(wallOf("2026-03-08T02:30:00") + kTandemEpochUnix).skipped);
    }

    void fallBackRelabel()
    {
        // 2026-11-01 02:00 EDT -> 01:00 EST (06:00Z): 01:00-02:00 happens twice.
        PumpClock clock(QTimeZone("America/New_York"), {});
        clock.prepare(wallOf("2026-10-31T00:00:00"), wallOf("2026-11-02T00:00:00"));
        QCOMPARE(clock.toUtc(wallOf("2026-11-01T00:59:00"), 1).utc, utcOf("2026-11-01T04:59:00Z"));
        QCOMPARE(clock.toUtc(wallOf("2026-11-01T01:30:00"), 2).utc, utcOf("2026-11-01T05:30:00Z")); // first one
        QCOMPARE(clock.toUtc(wallOf("2026-11-01T02:00:00"), 3).utc, utcOf("2026-11-01T07:00:00Z"));
        QCOMPARE(clock.toUtc(wallOf("2026-11-01T02:00:00"), 3).offset, -5 * 3600);
        ZoneOffsets zone(QTimeZone("America/New_York"));
        QVERIFY(zone.fromWall(wallOf("2026-11-01T01:30:00") + kTandemEpochUnix).ambiguous);
    }

    void fallBackWithClockChange()
    {
        // The user sets the pump back an hour at 07:30 (pump time) on the morning after the change.
        // Until then the pump still counted EDT; afterwards EST.
        PumpClock clock(QTimeZone("America/New_York"),
                        {timeChange(100, "2026-11-01T07:30:00", hms(7, 30), hms(6, 30))});
        clock.prepare(wallOf("2026-10-31T00:00:00"), wallOf("2026-11-02T00:00:00"));
        QCOMPARE(clock.compensatingChanges(), 1);
        QCOMPARE(clock.toUtc(wallOf("2026-11-01T01:30:00"), 10).utc, utcOf("2026-11-01T05:30:00Z"));
        // Plain relabelling would say 10:00Z, an hour late.
        QCOMPARE(clock.toUtc(wallOf("2026-11-01T05:00:00"), 50).utc, utcOf("2026-11-01T09:00:00Z"));
        QVERIFY(clock.toUtc(wallOf("2026-11-01T05:00:00"), 50).byClockChange);
        // After the change the hour 06:30-07:30 repeats; these are the second ones.
        QCOMPARE(clock.toUtc(wallOf("2026-11-01T06:45:00"), 101).utc, utcOf("2026-11-01T11:45:00Z"));
        // Far from the change: the zone rules (a week later, EST).
        QCOMPARE(clock.toUtc(wallOf("2026-11-20T12:00:00"), 500).utc, utcOf("2026-11-20T17:00:00Z"));
        QCOMPARE(clock.toUtc(wallOf("2026-06-20T12:00:00"), 1).utc, utcOf("2026-06-20T16:00:00Z"));
    }

    void springForwardWithClockChange()
    {
        // Moved forward at 08:00 -> 09:00 on the day of the change.
        PumpClock clock(QTimeZone("America/New_York"), {timeChange(100, "2026-03-08T08:00:00", hms(8, 0), hms(9, 0))});
        clock.prepare(wallOf("2026-03-07T00:00:00"), wallOf("2026-03-09T00:00:00"));
        QCOMPARE(clock.compensatingChanges(), 1);
        QCOMPARE(clock.toUtc(wallOf("2026-03-08T02:30:00"), 10).utc, utcOf("2026-03-08T07:30:00Z"));
        QCOMPARE(clock.toUtc(wallOf("2026-03-08T05:00:00"), 20).utc, utcOf("2026-03-08T10:00:00Z")); // not 09:00Z
        QCOMPARE(clock.toUtc(wallOf("2026-03-08T09:10:00"), 101).utc, utcOf("2026-03-08T13:10:00Z"));
    }

    void clockChangedBeforeTheTransition()
    {
        // Set back on Saturday evening, before the real change at 02:00 on Sunday: from then on the
        // pump already shows EST.
        PumpClock clock(QTimeZone("America/New_York"),
                        {timeChange(100, "2026-10-31T22:00:00", hms(22, 0), hms(21, 0))});
        clock.prepare(wallOf("2026-10-30T00:00:00"), wallOf("2026-11-02T00:00:00"));
        QCOMPARE(clock.toUtc(wallOf("2026-10-31T21:30:00"), 90).utc, utcOf("2026-11-01T01:30:00Z"));
        QCOMPARE(clock.toUtc(wallOf("2026-10-31T23:00:00"), 110).utc, utcOf("2026-11-01T04:00:00Z"));
        QCOMPARE(clock.toUtc(wallOf("2026-11-01T01:30:00"), 120).utc, utcOf("2026-11-01T06:30:00Z")); // EST
    }

    void otherChangesAreNotDst()
    {
        // A two-minute drift fix near the transition, and a one-hour change in July: plain relabelling.
        PumpClock clock(QTimeZone("America/New_York"),
                        {timeChange(100, "2026-11-01T09:00:00", hms(9, 2), hms(9, 0)),
                         timeChange(200, "2026-07-10T12:00:00", hms(12, 0), hms(11, 0))});
        clock.prepare(wallOf("2026-07-01T00:00:00"), wallOf("2026-11-02T00:00:00"));
        QCOMPARE(clock.compensatingChanges(), 0);
        QCOMPARE(clock.toUtc(wallOf("2026-11-01T05:00:00"), 50).utc, utcOf("2026-11-01T10:00:00Z"));
    }

    void europeAndFixedZones()
    {
        PumpClock berlin(QTimeZone("Europe/Berlin"), {});
        berlin.prepare(wallOf("2026-03-28T00:00:00"), wallOf("2026-03-30T00:00:00"));
        QCOMPARE(berlin.toUtc(wallOf("2026-03-29T01:30:00"), 1).utc, utcOf("2026-03-29T00:30:00Z"));
        QCOMPARE(berlin.toUtc(wallOf("2026-03-29T03:30:00"), 2).utc, utcOf("2026-03-29T01:30:00Z"));
        PumpClock tokyo(QTimeZone("Asia/Tokyo"), {});
        QCOMPARE(tokyo.toUtc(wallOf("2026-03-29T09:00:00"), 1).utc, utcOf("2026-03-29T00:00:00Z"));
        PumpClock utc(QTimeZone("UTC"), {});
        QCOMPARE(utc.toUtc(wallOf("2026-03-29T09:00:00"), 1).utc, utcOf("2026-03-29T09:00:00Z"));
    }

    void basalDurationsAcrossFallBack()
    {
        // The pump keeps EDT until the user changes it at 07:30. Basal records every 5 minutes.
        DecodedLog log;
        log.events = {basal(1, "2026-11-01T01:55:00"), basal(2, "2026-11-01T02:00:00"), basal(3, "2026-11-01T07:25:00"),
                      basal(5, "2026-11-01T06:35:00"), basal(6, "2026-11-01T06:40:00")};
        TransformContext ctx;
        ctx.zone = QTimeZone("America/New_York");
        ctx.features = Feature::Basal;
        auto durations = [&](const DecodedLog &l) {
            QList<double> out;
            for (const QJsonObject &d : TandemTransform::run(l, ctx).batch.treatments)
                out.append(d.value(QLatin1String("duration")).toDouble(-1));
            return out;
        };
        // Relabelling alone: 01:55 EDT -> 02:00 EST looks like 65 minutes, and the records after the
        // change come before the ones logged earlier.
        QCOMPARE(durations(log).first(), 65.0);
        // With the clock change as BFF `clockChanges`: real durations.
        log.clockChanges = {timeChange(4, "2026-11-01T07:30:00", hms(7, 30), hms(6, 30))};
        const QList<double> fixed = durations(log);
        QCOMPARE(fixed.size(), 5);
        QCOMPARE(fixed.at(0), 5.0);
        QCOMPARE(fixed.at(1), 325.0);
        QCOMPARE(fixed.at(2), 10.0); // 07:25 EDT -> 06:35 EST
        QCOMPARE(fixed.at(3), 5.0);
        // Sorted by instant: the created_at sequence is strictly increasing.
        const NsBatch batch = TandemTransform::run(log, ctx).batch;
        QCOMPARE(batch.treatments.at(2).value(QLatin1String("created_at")).toString(),
                 QStringLiteral("2026-11-01T07:25:00-04:00"));
        QCOMPARE(batch.treatments.at(3).value(QLatin1String("created_at")).toString(),
                 QStringLiteral("2026-11-01T06:35:00-05:00"));
    }

    void springForwardDocumentsCarryTheRightOffset()
    {
        DecodedLog log;
        log.events = {basal(1, "2026-03-08T01:55:00"), basal(2, "2026-03-08T03:00:00")};
        TransformContext ctx;
        ctx.zone = QTimeZone("America/New_York");
        ctx.features = Feature::Basal;
        const NsBatch batch = TandemTransform::run(log, ctx).batch;
        QCOMPARE(batch.treatments.at(0).value(QLatin1String("created_at")).toString(),
                 QStringLiteral("2026-03-08T01:55:00-05:00"));
        QCOMPARE(batch.treatments.at(0).value(QLatin1String("duration")).toDouble(), 5.0); // not 65
        QCOMPARE(batch.treatments.at(1).value(QLatin1String("created_at")).toString(),
                 QStringLiteral("2026-03-08T03:00:00-04:00"));
    }
};

QTEST_GUILESS_MAIN(TstTandemPumpClock)
#include "tst_tandempumpclock.moc"
