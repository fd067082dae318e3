// CGM: Dexcom G6 (256), G7 (399), FreeStyle Libre 2 (372) and Libre 3 (480) readings as sgv entries,
// timed by the reading's own EGV timestamp (backfilled readings are logged late), with a direction
// from the sensor's rate of change.
//
// Values Nightscout can show: 39 is its LOW and 401 its HIGH; anything below 39 or above 401 counts as a
// sensor error code there and the point is hidden, so a confirmed severe low would vanish from the chart.
// A reading the sensor marks "low" (below its range) or "high" (above its range) is therefore sent as
// 39 / 401, and normal readings are clamped into 39..401 (below 40 -> 39, above 400 -> 401).

#include "tandemtime.h"
#include "transformstate.h"

#include <QSet>

#include <cmath>

namespace nb::tandem::detail {

namespace {

bool isReading(int c)
{
    return c == code::CgmDataGxb || c == code::CgmDataG7 || c == code::CgmDataFsl2 || c == code::CgmDataFsl3;
}

// Dexcom's arrow thresholds in mg/dL per minute; trend numbers as Nightscout's convention.
std::pair<const char *, int> direction(double rate)
{
    if (rate > 3)
        return {"DoubleUp", 1};
    if (rate > 2)
        return {"SingleUp", 2};
    if (rate > 1)
        return {"FortyFiveUp", 3};
    if (rate >= -1)
        return {"Flat", 4};
    if (rate >= -2)
        return {"FortyFiveDown", 5};
    if (rate >= -3)
        return {"SingleDown", 6};
    return {"DoubleDown", 7};
}

bool rateAvailable(const PumpEvent &e)
{
    if (!e.has(Field::Rate))
        return false;
    // The most negative raw value of the field's type marks "no rate".
    const double raw = e.value(Field::Rate);
    const FieldDef &f = e.def->fields[size_t(e.def->slot(Field::Rate))];
    return !(f.type == FieldType::I8 && raw <= -128) && !(f.type == FieldType::I16 && raw <= -32768);
}

// The sensor's verdict on a reading, from glucoseValueStatus. All four sensors use the same numbers
// (spec tandem.md: 256 G6 u16 at 12 "0 = the display value is the reading, 1 = high, 2 = low"; 399 G7
// u16 at 12 "0 Precise, 1 Special High, 2 Special Low, 6 Do Not Show"; 372 Libre 2 and 480 Libre 3 u8
// at 13 "0 Precise, 1 Special High, 2 Special Low"). No captured fixture has a special value, so what
// the display value holds then (0, 40 or 400 are all plausible) is not known: the status decides alone.
enum class Verdict { Value, High, Low, Hidden };

Verdict verdictOf(const PumpEvent &e)
{
    switch (e.integer(Field::GlucoseValueStatus)) {
    case 0:
        return Verdict::Value;
    case 1:
        return Verdict::High;
    case 2:
        return Verdict::Low;
    default:
        // G7's 6 is "do not show". Other numbers are in no schema (the spec is silent on them for every
        // sensor): a value whose meaning is unknown is not shown either -- a wrong reading is worse
        // than a missing one.
        return Verdict::Hidden;
    }
}

constexpr qint64 kNightscoutLow = 39;
constexpr qint64 kNightscoutHigh = 401;

} // namespace

void mapCgm(TransformState &state)
{
    if (!state.enabled(Feature::Cgm))
        return;
    QSet<qint64> seenReadings;
    const QString type = QStringLiteral("sgv");
    const QString none = QStringLiteral("NONE");
    // Names by trend number (1..7), made once: every reading needs one.
    QString directionNames[8];
    for (double rate : {4.0, 2.5, 1.5, 0.0, -1.5, -2.5, -4.0}) {
        const auto [name, trend] = direction(rate);
        directionNames[trend] = QLatin1String(name);
    }
    for (const TimedEvent &t : state.events) {
        const PumpEvent &e = *t.event;
        if (!isReading(e.code))
            continue;
        const qint64 value = e.integer(Field::CurrentGlucoseDisplayValue);
        const qint64 egv = e.integer(Field::EgvTimeStamp);
        // EGV time 0 is no reading (tconnectsync uploads it, dated 2008).
        if (egv <= 0)
            continue;
        qint64 sgv = 0;
        switch (verdictOf(e)) {
        case Verdict::Low:
            sgv = kNightscoutLow;
            break;
        case Verdict::High:
            sgv = kNightscoutHigh;
            break;
        case Verdict::Hidden:
            continue;
        case Verdict::Value:
            if (value <= 0) // no reading
                continue;
            sgv = value < 40 ? kNightscoutLow : value > 400 ? kNightscoutHigh : value;
            break;
        }
        // The reading's real instant: its own time on the pump clock, with the offset in force then (a
        // reading backfilled after a clock change can carry a time from before it).
        const PumpClock::Instant at = state.clock.readingTime(egv, e.key(), t.utc);
        // One entry per reading instant, not per wall-clock value: after a fall-back change the repeated
        // hour's readings have the wall times of the hour before and are different readings. A
        // backfilled reading logged twice has one instant and is one entry.
        if (seenReadings.contains(at.utc))
            continue;
        seenReadings.insert(at.utc);
        NsDoc doc;
        doc.set("type", type);
        doc.set("sgv", sgv);
        doc.set("date", at.utc * 1000);
        doc.set("dateString", formatIsoWithOffset(at.utc, at.offset));
        doc.set("utcOffset", at.offset / 60);
        doc.set("device", state.ctx.device);
        if (rateAvailable(e)) {
            const int trend = direction(e.scaled(Field::Rate)).second;
            doc.set("direction", directionNames[trend]);
            doc.set("trend", trend);
        } else {
            doc.set("direction", none); // trend 0 = NONE
            doc.set("trend", 0);
        }
        // Keyed by the reading time, so a reading logged twice (backfill) is one document. The wall value
        // keeps the identifiers every earlier version gave (they do not depend on the configured zone);
        // only a reading whose wall time the clock already showed once (the second pass through a
        // fall-back hour) needs its instant as well to be told apart.
        doc.set("identifier",
                at.repeatsEarlierWall ? state.identifierFor(type, egv, at.utc) : state.identifierFor(type, egv));
        doc.set("pump_event_id", QString::number(e.sequenceNumber));
        state.addEntry(at.utc, e.key(), std::move(doc));
    }
}

} // namespace nb::tandem::detail
