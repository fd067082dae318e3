#pragma once

#include "common/result.h"
#include "model/nsbatch.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace nb {

// What a vendor can give in one request and how far back its history goes. The sync engine and the
// backfill job plan their windows from this; nothing vendor-specific leaks into them.
struct SourceLimits {
    int maxWindowDays = 28;  // one fetch covers at most this many calendar days (Tandem: 28)
    int historyHours = 0;    // 0: the whole history can be fetched; CareLink keeps only the last 24 h
    int overlapMinutes = 60; // incremental fetches start this long before the cursor (late records)
};

// How the scheduler should time this source's runs (see SchedulePolicy).
enum class SourceCadence {
    Aligned,  // readings every 5 minutes at known times: run just after the next one is due (CareLink)
    Adaptive, // data arrives when the phone app uploads: learn the interval (Tandem, 5-25 min)
};

// One fetch. Incremental by default: the source reads its own cursor and returns only what is new
// (plus anything that fills a hole it knows about). A window (from/to) makes it a backfill chunk: every
// document of the window, cursor untouched.
struct FetchRequest {
    QJsonObject cursor;      // the source's own format; empty: never synced
    QDateTime from;          // backfill window start (UTC); invalid: incremental
    QDateTime to;            // backfill window end (UTC)
    QDateTime resendFrom;    // incremental: send everything from this time again (Nightscout lost data)
    int initialDays = 1;     // incremental without a cursor: how far back to start
    bool wantWindow = false; // fill FetchResult::window for a comparison with what Nightscout holds
};

struct SourceReading {
    QDateTime time; // UTC
    int mgdl = 0;
    QString direction;
};

struct SourceMarker {
    QDateTime time;
    double insulin = 0;
    double carbs = 0;
};

struct SourceDevice {
    QDateTime time;
    std::optional<double> iob;
    std::optional<double> reservoir;
    std::optional<int> pumpBatteryPercent;
    std::optional<int> phoneBatteryPercent;
};

// What the status model shows, taken from the fetched data (not from what was uploaded).
struct SourceFacts {
    QList<SourceReading> readings; // oldest first
    QList<SourceMarker> markers;
    std::optional<SourceDevice> device;
};

struct FetchResult {
    NsBatch batch;         // documents to upload (new ones and healed ones)
    QJsonObject cursor;    // commit this once Nightscout confirmed the batch; backfill: unchanged
    QDateTime newestData;  // newest record the vendor has (UTC); invalid when unknown
    QDateTime coveredFrom; // the time range the data covers
    QDateTime coveredTo;
    int healed = 0;    // documents in the batch that fill holes of earlier runs
    NsBatch window;    // with wantWindow: every document of the fetched window (gap check)
    QStringList notes; // English, for logs
    SourceFacts facts;
};

struct LoginInfo {
    QString who;    // e.g. "Tandem Source, pump t:slim X2 (serial ...1234)"; no e-mail addresses
    QString detail; // e.g. newest data time
};

// One vendor account as the sync engine sees it. Implementations live in their vendor's folder
// (core/sources/<vendor>/<vendor>source.*). Asynchronous: every call ends with exactly one callback,
// on this object's thread; cancel() makes pending calls end with a Cancelled error.
class DataSource : public QObject {
    Q_OBJECT
public:
    using FetchCallback = std::function<void(const Result<FetchResult> &)>;
    using LoginCallback = std::function<void(const Result<LoginInfo> &)>;
    using FingerprintCallback = std::function<void(const QByteArray &)>;

    using QObject::QObject;
    ~DataSource() override = default;

    virtual QString vendor() const = 0; // "tandem", "carelink"
    virtual SourceLimits limits() const = 0;
    virtual SourceCadence cadence() const = 0;

    virtual void fetch(const FetchRequest &request, FetchCallback callback) = 0;
    // Signs in (if needed) and reads who is signed in, without fetching history.
    virtual void checkLogin(LoginCallback callback) = 0;
    // A hash of the credentials in use (never the credentials): an account paused for a refused sign-in
    // resumes by itself once this changes (the user entered a new password or signed in again).
    virtual void credentialFingerprint(FingerprintCallback callback) = 0;
    virtual void cancel() = 0;
};

// For logs: "2026-03-01 12:00 .. 2026-03-02 12:00 UTC".
QString describeWindow(const QDateTime &from, const QDateTime &to);

} // namespace nb
