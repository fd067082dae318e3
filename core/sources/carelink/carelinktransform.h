#pragma once

#include "model/nsbatch.h"
#include "patientdata.h"
#include "transformcontext.h"

#include <QPair>
#include <QString>
#include <QStringList>

namespace nb::carelink {

// The pure CareLink -> Nightscout mapping (spec carelink.md §5.5): entries for every real reading,
// one devicestatus stamped with the data's own update time, and treatments behind feature flags.
// Stable identifiers come from nb::stableIdentifier("carelink", {patient, kind, instant, ...}), so the
// same data always yields the same documents. No I/O, no wall clock (the context carries "now").
class CareLinkTransform {
public:
    // notes (optional): English lines on what was skipped and why (for `convert` and diagnostics).
    static NsBatch transform(const PatientData &data, const TransformContext &context, QStringList *notes = nullptr);

    // "nightbridge-carelink-ngp" — the `device` of every document we write for this data.
    static QString deviceName(const PatientData &data);
    // CareLink lastSGTrend -> Nightscout (direction, trend); empty direction for values with no mapping.
    static QPair<QString, int> mapTrend(const QString &carelinkTrend);
    // The patient part of every identifier: the context's key, else the device serial.
    static QString patientKey(const PatientData &data, const TransformContext &context);
};

} // namespace nb::carelink
