#include "trayiconstate.h"

#include "sync/statusmodel.h"

namespace nb::ui {

TrayIconState TrayIconState::from(const StatusModel &model, const DisplayOptions &options, const QDateTime &now)
{
    TrayIconState state;
    state.units = options.units;
    state.health = SyncHealthSummary::aggregate(model.accounts());
    state.demo = model.isDemo();
    const std::optional<GlucoseReading> latest = model.latestReading(options.trayPerson(model));
    if (!latest || latest->mgdl <= 0)
        return state; // a zero is an artefact, not a value: show the logo rather than "0"
    state.mgdl = latest->mgdl;
    state.trend = GlucoseDisplay::trendFromDirection(latest->direction);
    state.range = GlucoseDisplay::classify(latest->mgdl, options.thresholds);
    state.stale = GlucoseDisplay::isStale(*latest, now, options.staleMinutes);
    return state;
}

} // namespace nb::ui
