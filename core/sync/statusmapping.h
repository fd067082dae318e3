#pragma once

#include "accountconfig.h"
#include "accountrecord.h"
#include "accountschedule.h"
#include "statusmodel.h"

#include <QList>

namespace nb {

// Pure translations into the StatusModel's types, shared by the running service (live) and the CLI's
// `status` (from state.json, no network).
namespace StatusMapping {

// schedule: the live schedule when a service runs the account, else nullptr (derived from the record).
AccountStatus accountStatus(const AccountConfig &config, const AccountRecord &record, const AccountSchedule *schedule,
                            bool running);
AccountAction actionFor(const AccountConfig &config, const SyncError &error, ErrorSource source);

QList<GlucoseReading> readings(const QString &accountId, const SourceFacts &facts);
QList<TreatmentMarker> markers(const QString &accountId, const SourceFacts &facts);
DeviceSnapshot device(const QString &accountId, const SourceDevice &device);

} // namespace StatusMapping

} // namespace nb
