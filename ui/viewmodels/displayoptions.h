#pragma once

#include "settings/settingsschema.h"
#include "sync/glucosedisplay.h"

namespace nb::ui {

// How readings are shown (from the user's settings; the composition root keeps them current).
struct DisplayOptions {
    GlucoseUnits units = GlucoseUnits::MgDl;
    GlucoseThresholds thresholds;
    int staleMinutes = 15; // a reading this old is shown as stale (grey, struck through)

    bool operator==(const DisplayOptions &) const = default;
};

} // namespace nb::ui
