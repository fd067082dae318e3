#pragma once

#include "common/result.h"

#include <QFlags>
#include <QString>
#include <QStringList>

namespace nb::tandem {

// What a Tandem sync uploads (tconnectsync's feature names, same defaults).
enum class Feature : quint16 {
    Basal = 1 << 0,        // Temp Basal treatments (and suspensions as basal)
    Bolus = 1 << 1,        // boluses with carbs and BG
    PumpEvents = 1 << 2,   // alarms, site/insulin changes, suspend/resume, sleep/exercise, sensor sessions
    Profiles = 1 << 3,     // the pump's profiles as a Nightscout profile document
    Cgm = 1 << 4,          // sgv entries
    CgmAlerts = 1 << 5,    // CGM alert treatments (and sensor sessions)
    DeviceStatus = 1 << 6, // battery, IOB
};
Q_DECLARE_FLAGS(Features, Feature)
Q_DECLARE_OPERATORS_FOR_FLAGS(Features)

Features defaultFeatures(); // BASAL, BOLUS, PUMP_EVENTS, PROFILES
Features allFeatures();

// "BASAL,cgm, device-status" -> flags. Also accepts "default" and "all". Unknown names are an error
// (Config) naming them.
Result<Features> parseFeatures(const QString &list);
QStringList featureNames(Features features); // canonical upper-case names, in a fixed order

} // namespace nb::tandem
