#pragma once

#include "common/result.h"
#include "patientdata.h"

#include <QByteArray>
#include <QJsonObject>

namespace nb::carelink {

// Turns a CareLink data response of any era into PatientData with true UTC times:
// the v11/v13 `{metadata, patientData}` envelope and the flat objects of 2015 (MiniMed Connect) and
// 2021 (BLE). Local times are converted with one offset taken from a (local clock, server UTC) pair of
// the same moment, rounded to 15 minutes and sanity-checked (see spec carelink.md §4.5); fake "Z"
// suffixes are ignored, real offsets honoured, and readings from before a pump clock change are moved
// onto the current clock. Unknown shapes give SyncError::Kind::Protocol; never crashes. Pure.
class PayloadParser {
public:
    static Result<PatientData> parse(const QByteArray &body);
    static Result<PatientData> parse(const QJsonObject &root);
};

} // namespace nb::carelink
