// BASAL: one Temp Basal per LID_BASAL_DELIVERY (279) record, lasting until the next one.

#include "transformstate.h"

#include <cmath>

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
        double rate = source == 0 ? 0.0 : round2(e.value(Field::CommandedRate) / 1000.0);
        if (!std::isfinite(rate) || rate < 0)
            rate = 0;
        if (state.ctx.ignoreZeroBasal && rate < 0.01 && source != 0)
            continue;
        // Real time to the next record (tconnectsync uses only the seconds part of the difference,
        // which wraps at 24 h); the last record runs to the end of the data. A gap longer than the
        // cap is missing data, not a day-long temp basal.
        const qint64 end = i + 1 < records.size() ? records[i + 1]->utc : state.endUtc;
        double minutes = double(end - t.utc) / 60.0;
        if (minutes > maxMinutes)
            minutes = maxMinutes;
        NsDoc doc = state.treatment(temporary, t, kind, QString::number(e.sequenceNumber));
        doc.set("rate", rate);
        doc.set("absolute", rate);
        doc.set("reason", rateSourceName(source));
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
