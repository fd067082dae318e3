// Issue 12's Tandem data rules, on generated records: sensor LOW/HIGH as Nightscout's 39/401, CGM
// readings across both DST changes (exact 5-minute cadence, two zones, with and without the pump's
// clock-change records), backfilled readings after a change, identifier stability, exact basal rates,
// the missing-successor basal rule, and `convert --end`.

#include "cliapp.h"
#include "model/identifier.h"
#include "sources/tandem/jsondecoder.h"
#include "sources/tandem/tandemconvert.h"
#include "sources/tandem/tandemtime.h"
#include "sources/tandem/transform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::tandem;

namespace {

using F = Field;

qint64 wallFromText(const char *text)
{
    qint64 wall = 0;
    [[maybe_unused]] const bool ok = parseWallDateTime(QString::fromLatin1(text), &wall);
    Q_ASSERT(ok);
    return wall;
}

PumpEvent ev(int code, quint32 seq, qint64 wall, std::initializer_list<std::pair<Field, double>> fields = {})
{
    PumpEvent e;
    e.code = code;
    e.def = eventDefinition(code);
    e.sequenceNumber = seq;
    e.wall = wall;
    for (const auto &[field, value] : fields)
        e.set(field, value);
    return e;
}

PumpEvent reading(int code, quint32 seq, qint64 recordWall, qint64 egvWall, double value, double status = 0)
{
    return ev(
        code, seq, recordWall,
        {{F::CurrentGlucoseDisplayValue, value}, {F::EgvTimeStamp, double(egvWall)}, {F::GlucoseValueStatus, status}});
}

TransformContext context(const char *zone, Features features)
{
    TransformContext ctx;
    ctx.zone = QTimeZone(zone);
    ctx.features = features;
    ctx.pumpKey = QStringLiteral("12345678");
    return ctx;
}

// The pump's wall clock (Tandem seconds) at an instant, for a clock that follows the zone.
qint64 wallAt(const QTimeZone &zone, qint64 utc)
{
    return utc + zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)) - kTandemEpochUnix;
}

qint64 utcOf(const char *isoZ)
{
    return QDateTime::fromString(QString::fromLatin1(isoZ), Qt::ISODate).toSecsSinceEpoch();
}

int msOfDay(qint64 wall)
{
    return int(((wall % 86400) + 86400) % 86400) * 1000;
}

struct Stream {
    DecodedLog log;
    QList<qint64> instants; // every reading's real time
};

// Readings every 5 minutes (exact) from `from` for `hours`, logged 2 s after their time, on a pump whose
// clock follows the zone. With `clockRecords`, the pump also logs a TIME_CHANGED record at each DST
// transition (on the old clock, as the phone app sets it) instead of leaving it to the zone rules.
void appendStream(Stream &s, const QTimeZone &zone, qint64 from, int hours, bool clockRecords, quint32 *seq)
{
    const auto transitions = zone.transitions(QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
                                              QDateTime::fromSecsSinceEpoch(from + hours * 3600, Qt::UTC));
    QList<qint64> changes;
    for (const QTimeZone::OffsetData &t : transitions)
        changes.append(t.atUtc.toSecsSinceEpoch());
    for (qint64 u = from; u < from + hours * 3600; u += 300) {
        for (qint64 change : std::as_const(changes)) {
            if (clockRecords && change > u - 300 && change <= u) {
                const qint64 before = wallAt(zone, change - 1) + 1;
                const qint64 after = wallAt(zone, change);
                s.log.clockChanges.append(
                    ev(13, (*seq)++, before,
                       {{F::TimePrior, double(msOfDay(before))}, {F::TimeAfter, double(msOfDay(after))}}));
            }
        }
        s.log.events.append(reading(256, (*seq)++, wallAt(zone, u + 2), wallAt(zone, u), 100 + (u / 300) % 50));
        s.instants.append(u);
    }
}

QSet<QString> identifiersOf(const QList<QJsonObject> &docs)
{
    QSet<QString> ids;
    for (const QJsonObject &d : docs)
        ids.insert(d.value(QLatin1String("identifier")).toString());
    return ids;
}

QByteArray bffBody(const QJsonArray &events)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact);
}

QJsonObject bffEvent(int code, int seq, const char *pumpTime, const QJsonObject &properties)
{
    return QJsonObject{{QStringLiteral("deviceAssignmentId"), QStringLiteral("4ff6bebc-d4d6-4423-b123-eecfcf5a4238")},
                       {QStringLiteral("eventCode"), code},
                       {QStringLiteral("sequenceGroup"), 0},
                       {QStringLiteral("sequenceNumber"), seq},
                       {QStringLiteral("pumpDateTime"), QString::fromLatin1(pumpTime)},
                       {QStringLiteral("eventProperties"), properties}};
}

struct CliRun {
    QString out;
    QString err;
    int code = -1;
};

CliRun cliConvert(const QStringList &arguments)
{
    CliRun r;
    QString in;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QTextStream input(&in);
    cli::CommandIo io{out, err, input, false};
    cli::CliApp app;
    std::optional<int> code;
    app.run(QStringList{QStringLiteral("nightbridge-cli"), QStringLiteral("convert")} + arguments, io,
            [&](int c) { code = c; });
    if (!QTest::qWaitFor([&] { return code.has_value(); }, 10000))
        qWarning("convert did not finish");
    out.flush();
    err.flush();
    r.code = code.value_or(-1);
    return r;
}

} // namespace

class TstTandemFidelity : public QObject {
    Q_OBJECT

private slots:
    void sensorSpecialValues_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("sgv"); // 0: no entry
        // The four sensors share glucoseValueStatus numbering: 0 value, 1 special high, 2 special low
        // (G7 also 6 "do not show"). What the display value holds with a special status is not in the
        // spec; the status decides.
        const QList<QPair<int, const char *>> sensors = {{256, "G6"}, {399, "G7"}, {372, "Libre2"}, {480, "Libre3"}};
        for (const auto &[code, name] : sensors) {
            auto row = [&](const char *what) -> QTestData & {
                return QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(what))));
            };
            row("low status, no value") << code << 2 << 0 << 39;
            row("low status, value 40") << code << 2 << 40 << 39;
            row("low status, value 55") << code << 2 << 55 << 39;
            row("high status, value 400") << code << 1 << 400 << 401;
            row("high status, no value") << code << 1 << 0 << 401;
            row("value 39") << code << 0 << 39 << 39;
            row("value 20") << code << 0 << 20 << 39;
            row("value 40") << code << 0 << 40 << 40;
            row("value 400") << code << 0 << 400 << 400;
            row("value 401") << code << 0 << 401 << 401;
            row("value 600") << code << 0 << 600 << 401;
            row("no reading") << code << 0 << 0 << 0;
            row("unknown status") << code << 3 << 120 << 0;
        }
        QTest::newRow("G7 do not show") << 399 << 6 << 120 << 0;
    }

    void sensorSpecialValues()
    {
        QFETCH(int, code);
        QFETCH(int, status);
        QFETCH(int, value);
        QFETCH(int, sgv);
        const qint64 wall = wallFromText("2026-05-14T08:00:00");
        DecodedLog log;
        log.events = {reading(code, 10, wall + 3, wall, value, status)};
        const NsBatch batch = TandemTransform::run(log, context("America/New_York", Feature::Cgm)).batch;
        if (sgv == 0) {
            QVERIFY(batch.entries.isEmpty());
            return;
        }
        QCOMPARE(batch.entries.size(), 1);
        QCOMPARE(batch.entries.first().value(QLatin1String("sgv")).toInt(), sgv);
    }

    void fromJsonInput()
    {
        // The same rule through the BFF decoder (G7 special low as the vendor sends it).
        const QByteArray body = bffBody({bffEvent(399, 7, "2026-05-14T00:01:31",
                                                  QJsonObject{{QStringLiteral("glucoseValueStatus"), 2},
                                                              {QStringLiteral("currentGlucoseDisplayValue"), 0},
                                                              {QStringLiteral("egvTimeStamp"), 579571288},
                                                              {QStringLiteral("rate"), -6}})});
        auto log = JsonDecoder::decodePumpLogs(body);
        QVERIFY(log.ok());
        const NsBatch batch = TandemTransform::run(*log, context("America/New_York", Feature::Cgm)).batch;
        QCOMPARE(batch.entries.size(), 1);
        QCOMPARE(batch.entries.first().value(QLatin1String("sgv")).toInt(), 39);
        QCOMPARE(batch.entries.first().value(QLatin1String("date")).toDouble(), 1778731288000.0);
    }

    void readingsAcrossBothDstChanges_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("clockRecords");
        for (const char *zone : {"Europe/Berlin", "America/New_York", "Australia/Sydney"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 zone rules").arg(QLatin1String(zone))))
                << QString::fromLatin1(zone) << false;
            QTest::newRow(qPrintable(QStringLiteral("%1 clock-change records").arg(QLatin1String(zone))))
                << QString::fromLatin1(zone) << true;
        }
    }

    void readingsAcrossBothDstChanges()
    {
        QFETCH(QString, zone);
        QFETCH(bool, clockRecords);
        const QTimeZone tz(zone.toUtf8());
        const auto transitions = tz.transitions(QDateTime::fromSecsSinceEpoch(utcOf("2026-01-01T00:00:00Z"), Qt::UTC),
                                                QDateTime::fromSecsSinceEpoch(utcOf("2026-12-31T00:00:00Z"), Qt::UTC));
        QCOMPARE(transitions.size(), 2);
        Stream s;
        quint32 seq = 1000;
        for (const QTimeZone::OffsetData &t : transitions)
            appendStream(s, tz, t.atUtc.toSecsSinceEpoch() - 6 * 3600, 12, clockRecords, &seq);
        TransformContext ctx = context(zone.toUtf8().constData(), Feature::Cgm);
        const NsBatch batch = TandemTransform::run(s.log, ctx).batch;

        // Every reading once, at its real instant, in order.
        QList<qint64> dates;
        for (const QJsonObject &e : batch.entries)
            dates.append(qint64(e.value(QLatin1String("date")).toDouble()) / 1000);
        QList<qint64> want = s.instants;
        QCOMPARE(dates.size(), want.size());
        QCOMPARE(dates, want);
        // The dateString is the same instant, with the offset in force then.
        for (const QJsonObject &e : batch.entries) {
            const QDateTime shown = QDateTime::fromString(e.value(QLatin1String("dateString")).toString(), Qt::ISODate);
            QCOMPARE(shown.toSecsSinceEpoch() * 1000, qint64(e.value(QLatin1String("date")).toDouble()));
            QCOMPARE(shown.offsetFromUtc(), tz.offsetFromUtc(shown));
        }
        // Identifiers unique; those of readings whose wall time the clock shows only once are the wall
        // keyed ones every earlier version gave.
        QCOMPARE(identifiersOf(batch.entries).size(), batch.entries.size());
        int wallKeyed = 0;
        for (const QJsonObject &e : batch.entries) {
            const qint64 utc = qint64(e.value(QLatin1String("date")).toDouble()) / 1000;
            const qint64 wall = wallAt(tz, utc);
            const bool shownTwice = wallAt(tz, utc - 3600) == wall || wallAt(tz, utc + 3600) == wall;
            const QString legacy = stableIdentifier(
                QStringLiteral("tandem"), {QStringLiteral("12345678"), QStringLiteral("sgv"), QString::number(wall)});
            if (!shownTwice || wallAt(tz, utc + 3600) == wall) {
                QCOMPARE(e.value(QLatin1String("identifier")).toString(), legacy);
                ++wallKeyed;
            } else {
                QVERIFY(e.value(QLatin1String("identifier")).toString() != legacy);
            }
        }
        QCOMPARE(wallKeyed, batch.entries.size() - 12); // the repeated hour's second pass: 12 readings

        // The same stream in two runs (a sync's windows): the same identifiers.
        DecodedLog first, second;
        first.clockChanges = second.clockChanges = s.log.clockChanges;
        first.events = s.log.events.mid(0, s.log.events.size() / 2 + 7);
        second.events = s.log.events.mid(s.log.events.size() / 2 - 7);
        const QSet<QString> split = identifiersOf(TandemTransform::run(first, ctx).batch.entries) +
                                    identifiersOf(TandemTransform::run(second, ctx).batch.entries);
        QCOMPARE(split, identifiersOf(batch.entries));
    }

    void backfilledReadingAfterFallBack()
    {
        // New York, 2026-11-01: the pump is set back from 02:00 EDT to 01:00 EST at the transition (06:00Z).
        const QTimeZone tz("America/New_York");
        const qint64 change = utcOf("2026-11-01T06:00:00Z");
        const PumpEvent setBack = ev(13, 500, wallFromText("2026-11-01T02:00:00"),
                                     {{F::TimePrior, 2 * 3600 * 1000.0}, {F::TimeAfter, 1 * 3600 * 1000.0}});
        const qint64 readingUtc = change - 20 * 60; // 01:40 EDT
        const qint64 egv = wallAt(tz, readingUtc);
        TransformContext ctx = context("America/New_York", Feature::Cgm);

        // Logged on time, before the change.
        DecodedLog onTime;
        onTime.clockChanges = {setBack};
        onTime.events = {reading(256, 400, egv + 2, egv, 120)};
        const QJsonObject fresh = TandemTransform::run(onTime, ctx).batch.entries.value(0);
        QCOMPARE(qint64(fresh.value(QLatin1String("date")).toDouble()), readingUtc * 1000);

        // Backfilled 35 minutes later, after the change (pump clock 01:15 EST): the same instant, not an
        // hour later (which the wall time 01:40 would mean on the new clock), and the same identifier.
        DecodedLog late;
        late.clockChanges = {setBack};
        late.events = {reading(256, 600, wallAt(tz, readingUtc + 35 * 60), egv, 120)};
        QCOMPARE(wallAt(tz, readingUtc + 35 * 60), wallFromText("2026-11-01T01:15:00"));
        const QJsonObject backfilled = TandemTransform::run(late, ctx).batch.entries.value(0);
        QCOMPARE(qint64(backfilled.value(QLatin1String("date")).toDouble()), readingUtc * 1000);
        QCOMPARE(backfilled.value(QLatin1String("dateString")).toString(), QStringLiteral("2026-11-01T01:40:00-04:00"));
        QCOMPARE(backfilled.value(QLatin1String("identifier")), fresh.value(QLatin1String("identifier")));

        // Both in one run: one entry.
        DecodedLog both;
        both.clockChanges = {setBack};
        both.events = onTime.events + late.events;
        QCOMPARE(TandemTransform::run(both, ctx).batch.entries.size(), 1);
    }

    void backfilledReadingAfterSpringForward()
    {
        // New York, 2026-03-08: the pump is moved from 02:00 EST to 03:00 EDT at the transition (07:00Z).
        const QTimeZone tz("America/New_York");
        const qint64 change = utcOf("2026-03-08T07:00:00Z");
        const PumpEvent moved = ev(13, 500, wallFromText("2026-03-08T02:00:00"),
                                   {{F::TimePrior, 2 * 3600 * 1000.0}, {F::TimeAfter, 3 * 3600 * 1000.0}});
        const qint64 readingUtc = change - 10 * 60; // 01:50 EST
        DecodedLog late;
        late.clockChanges = {moved};
        late.events = {reading(256, 600, wallAt(tz, readingUtc + 90 * 60), wallAt(tz, readingUtc), 120)};
        const QJsonObject e =
            TandemTransform::run(late, context("America/New_York", Feature::Cgm)).batch.entries.value(0);
        QCOMPARE(qint64(e.value(QLatin1String("date")).toDouble()), readingUtc * 1000);
    }

    void identifiersOutsideClockChangesArePinned()
    {
        // A reading far from any clock change keeps the identifier of every earlier version
        // ("tandem|<pump>|sgv|<EGV wall seconds>"), whatever zone is configured.
        const qint64 wall = wallFromText("2026-05-14T08:00:00");
        DecodedLog log;
        log.events = {reading(399, 10, wall + 3, wall, 120)};
        const QString pinned = stableIdentifier(
            QStringLiteral("tandem"), {QStringLiteral("12345678"), QStringLiteral("sgv"), QString::number(wall)});
        for (const char *zone : {"America/New_York", "Europe/Berlin", "UTC"}) {
            const NsBatch batch = TandemTransform::run(log, context(zone, Feature::Cgm)).batch;
            QCOMPARE(batch.entries.first().value(QLatin1String("identifier")).toString(), pinned);
        }
        // Cross-checked: uuid.uuid5(UUID("6f1c2b1e-5c0a-4b7e-9a43-6e4e8b2f9d10"), "tandem|12345678|sgv|579600000").
        QCOMPARE(pinned, QStringLiteral("4c135c63-9849-5e4c-b0ca-a1cc5601923f"));
    }

    void basalRatesAreExact_data()
    {
        QTest::addColumn<double>("milliUnits");
        QTest::addColumn<double>("rate");
        QTest::newRow("0.715") << 715.0 << 0.715;
        QTest::newRow("1.279") << 1279.0 << 1.279;
        QTest::newRow("0.125 (half way: no rounding up)") << 125.0 << 0.125;
        QTest::newRow("0.005") << 5.0 << 0.005;
        QTest::newRow("12.345") << 12345.0 << 12.345;
        QTest::newRow("0.8") << 800.0 << 0.8;
    }

    void basalRatesAreExact()
    {
        QFETCH(double, milliUnits);
        QFETCH(double, rate);
        DecodedLog log;
        log.events = {
            ev(279, 1, wallFromText("2026-05-14T08:00:00"),
               {{F::CommandedRateSource, 3}, {F::CommandedRate, milliUnits}}),
            ev(279, 2, wallFromText("2026-05-14T08:05:00"), {{F::CommandedRateSource, 3}, {F::CommandedRate, 0}})};
        const NsBatch batch = TandemTransform::run(log, context("America/New_York", Feature::Basal)).batch;
        QCOMPARE(batch.treatments.first().value(QLatin1String("rate")).toDouble(), rate);
        QCOMPARE(batch.treatments.first().value(QLatin1String("absolute")).toDouble(), rate);
        // As JSON text: the three decimals as they are.
        const QByteArray json = QJsonDocument(batch.treatments.first()).toJson(QJsonDocument::Compact);
        QVERIFY2(json.contains(QByteArray(QByteArray("\"rate\":") + QByteArray::number(rate))), json.constData());
    }

    void basalFollowedByMissingRecords()
    {
        auto basal = [](quint32 seq, const char *wall, double mU) {
            return ev(279, seq, wallFromText(wall), {{F::CommandedRateSource, 1}, {F::CommandedRate, mU}});
        };
        const QString note = QStringLiteral("followed by missing records");
        TransformContext ctx = context("America/New_York", Feature::Basal);

        // Records three days apart (a saved export with a gap): not stretched over the gap.
        DecodedLog apart;
        apart.events = {basal(1, "2026-05-10T08:00:00", 900), basal(2, "2026-05-13T08:00:00", 700),
                        basal(3, "2026-05-13T08:30:00", 700)};
        NsBatch batch = TandemTransform::run(apart, ctx).batch;
        QCOMPARE(batch.treatments.size(), 3);
        QCOMPARE(batch.treatments.at(0).value(QLatin1String("duration")).toDouble(), 5.0);
        QCOMPARE(batch.treatments.at(0).value(QLatin1String("notes")).toString(), note);
        QCOMPARE(batch.treatments.at(1).value(QLatin1String("duration")).toDouble(), 30.0);
        QVERIFY(!batch.treatments.at(1).contains(QLatin1String("notes")));

        // A hole in the record numbers between two basal records an hour apart.
        DecodedLog holed;
        holed.events = {basal(10, "2026-05-13T08:00:00", 900), basal(20, "2026-05-13T09:00:00", 700),
                        basal(21, "2026-05-13T09:10:00", 700)};
        batch = TandemTransform::run(holed, ctx).batch;
        QCOMPARE(batch.treatments.at(0).value(QLatin1String("duration")).toDouble(), 60.0); // no hole known
        ctx.missingRecords = {{14, 16}};
        batch = TandemTransform::run(holed, ctx).batch;
        QCOMPARE(batch.treatments.at(0).value(QLatin1String("duration")).toDouble(), 5.0);
        QCOMPARE(batch.treatments.at(0).value(QLatin1String("notes")).toString(), note);
        QCOMPARE(batch.treatments.at(1).value(QLatin1String("duration")).toDouble(), 10.0);
        // A hole elsewhere (after the second record) touches only the record before it.
        ctx.missingRecords = {{20, 20}, {25, 30}};
        batch = TandemTransform::run(holed, ctx).batch;
        QCOMPARE(batch.treatments.at(0).value(QLatin1String("duration")).toDouble(), 60.0);
        QCOMPARE(batch.treatments.at(1).value(QLatin1String("duration")).toDouble(), 10.0);
        // The last record, with a hole after it.
        QCOMPARE(batch.treatments.size(), 3);
    }

    void convertEndCapsTheLastBasal()
    {
        const QByteArray body = bffBody(
            {bffEvent(279, 1, "2026-05-14T08:00:00",
                      QJsonObject{{QStringLiteral("commandedRateSource"), 1}, {QStringLiteral("commandedRate"), 715}}),
             bffEvent(279, 2, "2026-05-14T08:05:00",
                      QJsonObject{{QStringLiteral("commandedRateSource"), 1}, {QStringLiteral("commandedRate"), 800}}),
             bffEvent(16, 3, "2026-05-14T09:05:00", QJsonObject{{QStringLiteral("bg"), 120}})});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
        file.close();
        const QStringList base = {QStringLiteral("--source"),   QStringLiteral("tandem"),
                                  QStringLiteral("--input"),    path,
                                  QStringLiteral("--timezone"), QStringLiteral("America/New_York"),
                                  QStringLiteral("--features"), QStringLiteral("BASAL"),
                                  QStringLiteral("--compact")};
        auto lastBasal = [](const CliRun &run) {
            const QJsonArray treatments =
                QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("treatments")).toArray();
            return treatments.last().toObject();
        };
        // Default: the newest record of the input (the BG at 09:05) ends it.
        CliRun run = cliConvert(base);
        QCOMPARE(run.code, 0);
        QCOMPARE(lastBasal(run).value(QLatin1String("duration")).toDouble(), 60.0);
        QCOMPARE(lastBasal(run).value(QLatin1String("rate")).toDouble(), 0.8);
        // --end as a sync's "now": 08:25 EDT.
        run = cliConvert(base + QStringList{QStringLiteral("--end"), QStringLiteral("2026-05-14T12:25:00Z")});
        QCOMPARE(run.code, 0);
        QCOMPARE(lastBasal(run).value(QLatin1String("duration")).toDouble(), 20.0);
        // Without an offset: a time on the pump's clock.
        run = cliConvert(base + QStringList{QStringLiteral("--end"), QStringLiteral("2026-05-14T08:35:00")});
        QCOMPARE(lastBasal(run).value(QLatin1String("duration")).toDouble(), 30.0);
        // A later end does not stretch it past the data (a sync caps at the newest record as well).
        run = cliConvert(base + QStringList{QStringLiteral("--end"), QStringLiteral("2026-05-15T00:00:00Z")});
        QCOMPARE(lastBasal(run).value(QLatin1String("duration")).toDouble(), 60.0);
        // Not a time: a usage error.
        run = cliConvert(base + QStringList{QStringLiteral("--end"), QStringLiteral("tomorrow")});
        QVERIFY(run.code != 0);
        QVERIFY(run.out.isEmpty());
        // The library entry used by tests and tools agrees.
        auto batch = convertTandemForCli(body, QStringLiteral("America/New_York"), QStringLiteral("BASAL"),
                                         QStringLiteral("2026-05-14T12:25:00Z"));
        QVERIFY(batch.ok());
        QCOMPARE(batch->treatments.last().value(QLatin1String("duration")).toDouble(), 20.0);
    }
};

QTEST_GUILESS_MAIN(TstTandemFidelity)
#include "tst_tandemfidelity.moc"
