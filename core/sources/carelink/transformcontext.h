#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nb::carelink {

// What to convert. Entries and devicestatus are on by default; every treatment kind is off by default
// (as in xDrip): CareLink's markers are a summary, and the user decides what appears in Nightscout.
struct Features {
    bool entries = true;
    bool deviceStatus = true;
    bool carbs = false;        // MEAL -> Meal Bolus carbs
    bool boluses = false;      // INSULIN -> Meal/Correction/Combo Bolus (auto-corrections marked)
    bool microBoluses = false; // AUTO_BASAL_DELIVERY -> 5-minute Temp Basal
    bool bgChecks = false;     // BG_READING / CALIBRATION -> BG Check
    bool pumpEvents = false;   // suspend on low, SmartGuard mode changes, pump clock changes -> notes

    bool anyTreatment() const { return carbs || boluses || microBoluses || bgChecks || pumpEvents; }

    // Names: entries, devicestatus, carbs, boluses, microboluses, bgchecks, events; "treatments" = all
    // treatment kinds, "all" = everything. Returns nullopt and sets *unknown on a name it does not know.
    static std::optional<Features> fromList(const QStringList &names, QString *unknown = nullptr);
    static QStringList knownNames();
};

// Everything the pure transform needs besides the data: no clock, no settings object, no I/O.
struct TransformContext {
    qint64 nowMs = 0;   // wall clock of the caller; readings later than min(now, server time) + 5 min are dropped
    QString patientKey; // stable identity of the patient (CareLink patient username); empty: device serial
    Features features;

    std::optional<qint64> entriesAfterMs;      // cursor: only readings newer than this
    std::optional<qint64> deviceStatusAfterMs; // cursor: devicestatus only when the data is newer than this

    // The server's data older than this (vs. its own response time) gives no entries: its times cannot be
    // trusted to be current (minimed-connect-to-nightscout's 20-minute rule). 0 disables.
    qint64 staleAfterMs = 20 * 60 * 1000;
};

} // namespace nb::carelink
