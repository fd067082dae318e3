#pragma once

#include "settings/settingsschema.h"
#include "sync/glucosedisplay.h"

namespace nb {
class Settings;
class StatusModel;
} // namespace nb

namespace nb::ui {

// How readings are shown (from the user's settings; the composition root keeps them current).
struct DisplayOptions {
    GlucoseUnits units = GlucoseUnits::MgDl;
    GlucoseThresholds thresholds;
    int staleMinutes = 15; // a reading this old is shown as stale (grey, struck through)
    QString trayAccount;   // whose readings the tray icon shows; empty: the first account with readings

    // The account (person) the tray icon, tooltip and the popup's large number show: the chosen one while
    // it exists, else the first with readings; empty when no one has readings.
    QString trayPerson(const StatusModel &model) const;

    bool operator==(const DisplayOptions &) const = default;

    // From the display/* keys (thresholds that cross each other fall back to the defaults).
    static DisplayOptions fromSettings(const Settings &settings);
    static int chartHours(const Settings &settings); // display/chartSpan: 3, 6, 12 or 24
};

} // namespace nb::ui
