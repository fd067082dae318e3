#pragma once

#include "sync/glucosedisplay.h"
#include "sync/synchealth.h"
#include "viewmodels/displayoptions.h"

#include <QDateTime>

#include <optional>

namespace nb {
class StatusModel;
}

namespace nb::ui {

// Everything the tray icon shows, and nothing else: two equal states draw the same pixels, so the
// controller re-renders only when this changes.
struct TrayIconState {
    std::optional<int> mgdl; // empty: no reading yet (the logo is drawn)
    Trend trend = Trend::Unknown;
    GlucoseUnits units = GlucoseUnits::MgDl;
    GlucoseRange range = GlucoseRange::InRange;
    bool stale = false;
    SyncHealth health = SyncHealth::None;
    bool demo = false; // simulated data: a "DEMO" mark is drawn over whatever else the icon shows

    static TrayIconState from(const StatusModel &model, const DisplayOptions &options, const QDateTime &now);
    bool operator==(const TrayIconState &) const = default;
};

} // namespace nb::ui
