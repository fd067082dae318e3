// BASAL: one Temp Basal per LID_BASAL_DELIVERY (279) record, lasting until the next one, at the pump's
// exact commanded rate (milli-units per hour / 1000: 715 mU/h is 0.715 U/h, never rounded to 0.72).

#include "transformstate.h"

#include <cmath>
#include <limits>

namespace nb::tandem::detail {

namespace {
QString rateSourceName(qint64 source)
{
    switch (source) {
    case 0:
        return QStringLiteral("Suspended");
    case 1:
        return QStringLiteral("Profile");
    case 2:
        return QStringLiteral("TempRate");
    case 3:
        return QStringLiteral("Algorithm");
    case 4:
        return QStringLiteral("TempRateAndAlgorithm");
    default:
        return QStringLiteral("Source%1").arg(source);
    }
}

// The pump logs a basal record at least every delivery cycle in which the rate changes; a record whose
// successor is missing ran for at least one cycle, and what followed is unknown.
constexpr double kDeliveryCadenceMinutes = 5.0;

// True when a known hole in the pump's record numbers lies after `from` and before `to` (exclusive):
// the next basal record may be one of the missing ones.
bool holeBetween(const QList<QPair<quint64, quint64>> &missing, quint64 from, quint64 to)
{
    for (const auto &[first, last] : missing) {
        if (last > from && first < to)
            return true;
    }
    return false;
}
} // namespace

void mapBasal(TransformState &state)
{
    if (!state.enabled(Feature::Basal))
        return;
    std::vector<const TimedEvent *> records;
    for (const TimedEvent &t : state.events) {
        if (t.event->code == code::BasalDelivery)
            records.push_back(&t);
    }
    if (records.empty())
        return;
    const double maxMinutes = state.ctx.maxBasalDurationMinutes;
    const QString temporary = QStringLiteral("Temp Basal");
    const QString kind = QStringLiteral("basal");
    for (size_t i = 0; i < records.size(); ++i) {
        const TimedEvent &t = *records[i];
        const PumpEvent &e = *t.event;
        const qint64 source = e.integer(Field::CommandedRateSource, 1);
        // Commanded rate in mU/h. A suspended pump delivers nothing whatever the record says.
        // The pump counts whole milli-units; rounding the raw value only removes float noise from JSON input.
        double rate = source == 0 ? 0.0 : std::round(e.value(Field::CommandedRate)) / 1000.0;
        if (!std::isfinite(rate) || rate < 0)
            rate = 0;
        if (state.ctx.ignoreZeroBasal && rate < 0.01 && source != 0)
            continue;
        // Real time to the next record (tconnectsync uses only the seconds part of the difference,
        // which wraps at 24 h); the last record runs to the end of the data.
        //
        // The missing-successor rule: when the record that ended this one may be missing -- a hole in
        // the record numbers the sync could not fill (yet), or a next record further away than the cap
        // (a saved export with days between records) -- the record ends after one delivery cadence and
        // says so in its notes. It is never stretched over the gap: that would invent insulin the pump
        // may not have delivered (a suspension or a temp rate could be among the missing records).
        const bool last = i + 1 == records.size();
        const qint64 end = last ? state.endUtc : records[i + 1]->utc;
        const quint64 nextKey = last ? std::numeric_limits<quint64>::max() : records[i + 1]->event->key();
        double minutes = double(end - t.utc) / 60.0;
        const bool successorMissing = minutes > maxMinutes || holeBetween(state.ctx.missingRecords, e.key(), nextKey);
        if (successorMissing)
            minutes = std::min(minutes, kDeliveryCadenceMinutes);
        NsDoc doc = state.treatment(temporary, t, kind, QString::number(e.sequenceNumber));
        doc.set("rate", rate);
        doc.set("absolute", rate);
        doc.set("reason", rateSourceName(source));
        if (successorMissing)
            doc.set("notes", QStringLiteral("followed by missing records"));
        // 0 minutes would end a temp basal in Nightscout; "unknown" is null (as tconnectsync sends).
        if (minutes > 0)
            doc.set("duration", minutes);
        else
            doc.setNull("duration");
        state.addTreatment(t, std::move(doc));
    }
    // The last record's duration is provisional: the next run completes it under the same identifier.
    state.carry.append(*records.back()->event);
}

} // namespace nb::tandem::detail
