#pragma once

#include "common/syncerror.h"
#include "sources/datasource.h"
#include "statusmodel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace nb {

// The newest document of one collection that Nightscout confirmed for an account: the startup
// reconcile asks the server whether it still holds it (a restored or replaced site does not).
struct UploadMark {
    QDateTime time; // entries: date; others: created_at
    QString owner;  // entries/devicestatus: device; treatments: enteredBy
    QString key;    // identifier, or "<ms>|<type>" for entries (stored as "ref": state refuses "key")

    bool isValid() const { return time.isValid(); }
};

// Machine-written state of one account (never user intent, never secrets), kept in state.json.
struct AccountRecord {
    QJsonObject cursor; // the source's own format

    QDateTime lastAttempt;
    QDateTime lastSuccess;
    QDateTime lastVerify;   // last comparison of the source's window with Nightscout
    QDateTime lastDataTime; // newest data the vendor had
    QDateTime nextRun;      // as the scheduler last planned it (for `status`)
    std::optional<SyncError> lastError;
    ErrorSource errorSource = ErrorSource::Vendor;
    int consecutiveFailures = 0;

    bool authPaused = false;    // a refused sign-in: no run until the credentials change or the user acts
    QByteArray authFingerprint; // hex of the credentials' hash at the time of the refusal
    bool userPaused = false;
    QDateTime pausedUntil; // invalid: until resumed

    int uploadedLastRun = 0;
    int uploadedTotal = 0;
    // The last run in which Nightscout accepted documents (a run with nothing new keeps these).
    QDateTime lastUploadAt;
    int lastUploadCount = 0;
    int healedLastRun = 0;
    int healedTotal = 0;

    std::optional<SourceReading> lastReading;
    std::optional<SourceDevice> device;
    QList<int> dataIntervals;         // seconds between uploads the vendor received (adaptive schedule)
    QHash<QString, UploadMark> marks; // collection name -> newest confirmed

    QJsonObject toJson() const;
    static AccountRecord fromJson(const QJsonObject &json);
};

QJsonObject syncErrorToJson(const SyncError &error);
SyncError syncErrorFromJson(const QJsonObject &json);
QString errorSourceName(ErrorSource source);

} // namespace nb
