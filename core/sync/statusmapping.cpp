#include "statusmapping.h"

#include "schedulepolicy.h"

namespace nb::StatusMapping {

AccountAction actionFor(const AccountConfig &config, const SyncError &error, ErrorSource source)
{
    if (!SchedulePolicy::needsUser(error))
        return AccountAction::None;
    if (source != ErrorSource::Vendor || error.kind == SyncError::Kind::Config)
        return AccountAction::OpenSettings;
    return config.vendor == AccountVendor::CareLink ? AccountAction::SignInAgain : AccountAction::CheckPassword;
}

AccountStatus accountStatus(const AccountConfig &config, const AccountRecord &record, const AccountSchedule *schedule,
                            bool running)
{
    AccountStatus s;
    s.accountId = config.id;
    s.displayName = config.displayName();
    s.vendor = config.vendorName();
    s.lastSuccess = record.lastSuccess;
    s.lastAttempt = record.lastAttempt;
    s.lastDataTime = record.lastDataTime;
    s.lastError = record.lastError;
    s.errorSource = record.errorSource;
    s.uploadedLastRun = record.uploadedLastRun;
    s.uploadedTotal = record.uploadedTotal;
    s.lastUploadAt = record.lastUploadAt;
    s.lastUploadCount = record.lastUploadCount;
    s.healedLastRun = record.healedLastRun;
    s.nextRun = schedule ? schedule->nextRun() : record.nextRun;
    s.pausedUntil = schedule ? schedule->pausedUntil() : record.pausedUntil;
    const bool needsUser =
        schedule ? schedule->hold() == AccountSchedule::Hold::NeedsUser
                 : (record.authPaused || (record.lastError && SchedulePolicy::needsUser(*record.lastError)));
    const bool userPaused = schedule ? schedule->hold() == AccountSchedule::Hold::UserPaused : record.userPaused;
    if (!config.enabled) {
        s.state = AccountState::Disabled;
        s.nextRun = QDateTime();
    } else if (running) {
        s.state = AccountState::Syncing;
    } else if (needsUser) {
        s.state = AccountState::NeedsAttention;
        s.nextRun = QDateTime();
    } else if (userPaused) {
        s.state = AccountState::Paused;
    } else if (record.lastError && record.consecutiveFailures > 0) {
        s.state = AccountState::Retrying;
    } else {
        s.state = AccountState::Idle;
    }
    if (s.state == AccountState::NeedsAttention && record.lastError)
        s.action = actionFor(config, *record.lastError, record.errorSource);
    return s;
}

QList<GlucoseReading> readings(const QString &accountId, const SourceFacts &facts)
{
    QList<GlucoseReading> out;
    for (const SourceReading &r : facts.readings)
        out.append(GlucoseReading{r.time, r.mgdl, r.direction, accountId});
    return out;
}

QList<TreatmentMarker> markers(const QString &accountId, const SourceFacts &facts)
{
    QList<TreatmentMarker> out;
    for (const SourceMarker &m : facts.markers)
        out.append(TreatmentMarker{m.time, m.insulin, m.carbs, accountId});
    return out;
}

DeviceSnapshot device(const QString &accountId, const SourceDevice &d)
{
    DeviceSnapshot s;
    s.time = d.time;
    s.iob = d.iob;
    s.reservoir = d.reservoir;
    s.pumpBatteryPercent = d.pumpBatteryPercent;
    s.phoneBatteryPercent = d.phoneBatteryPercent;
    s.accountId = accountId;
    return s;
}

} // namespace nb::StatusMapping
