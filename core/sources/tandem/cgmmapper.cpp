// CGM: Dexcom G6 (256), G7 (399), FreeStyle Libre 2 (372) and Libre 3 (480) readings as sgv entries,
// timed by the reading's own EGV timestamp (backfilled readings are logged late), with a direction
// from the sensor's rate of change.

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
        const qint64 sgv = e.integer(Field::CurrentGlucoseDisplayValue);
        const qint64 egv = e.integer(Field::EgvTimeStamp);
        const qint64 status = e.integer(Field::GlucoseValueStatus);
        // 0 is no reading (tconnectsync uploads it, dated 2008); G7 status 6 is "do not show".
        if (sgv <= 0 || egv <= 0 || (e.code == code::CgmDataG7 && status == 6))
            continue;
        // One entry per reading time: a backfilled reading may be logged twice.
        if (seenReadings.contains(egv))
            continue;
        seenReadings.insert(egv);
        const PumpClock::Instant at = state.clock.toUtc(egv, e.key());
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
        // Keyed by the reading time, so a reading logged twice (backfill) is one document.
        doc.set("identifier", state.identifierFor(type, egv));
        doc.set("pump_event_id", QString::number(e.sequenceNumber));
        state.addEntry(at.utc, e.key(), std::move(doc));
    }
}

} // namespace nb::tandem::detail
