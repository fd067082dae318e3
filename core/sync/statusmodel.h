#pragma once

#include "common/syncerror.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace nb {

// One glucose reading as the tray and popup show it (always mg/dL inside; the UI converts for display).
struct GlucoseReading {
    QDateTime time; // UTC
    int mgdl = 0;
    QString direction; // Nightscout direction name ("Flat", "SingleUp", ...); empty when unknown
    QString accountId;

    bool operator==(const GlucoseReading &) const = default;
};

// A bolus or carbs marker for the popup's chart.
struct TreatmentMarker {
    QDateTime time;
    double insulin = 0; // U
    double carbs = 0;   // g
    QString accountId;

    bool operator==(const TreatmentMarker &) const = default;
};

// Pump / phone facts when a source knows them.
struct DeviceSnapshot {
    QDateTime time;                  // when the source reported them
    std::optional<double> iob;       // U
    std::optional<double> reservoir; // U
    std::optional<int> pumpBatteryPercent;
    std::optional<int> phoneBatteryPercent;
    QString accountId;
};

enum class AccountState {
    Disabled,       // switched off by the user
    Idle,           // waiting for its next run, all well so far
    Syncing,        // a run is in progress
    Retrying,       // the last run failed with a retryable error; backing off
    NeedsAttention, // paused until the user acts (wrong password, sign-in expired, Nightscout refuses writes)
    Paused,         // paused by the user
};

// What the user can do about an account that needs attention; the UI shows a matching button.
enum class AccountAction { None, SignInAgain, CheckPassword, OpenSettings };

// Which side the last error came from, so the UI can tell "Nightscout refuses writes" apart from a
// vendor problem (different notification, different advice).
enum class ErrorSource { Vendor, Nightscout, Local };

struct AccountStatus {
    QString accountId;
    QString displayName; // e.g. "Tandem (Mobi 1234)"
    QString vendor;      // "tandem" | "carelink"
    AccountState state = AccountState::Idle;
    AccountAction action = AccountAction::None;
    QDateTime lastSuccess;  // last run that completed
    QDateTime lastAttempt;  // last run started
    QDateTime nextRun;      // invalid when not scheduled (paused, disabled)
    QDateTime pausedUntil;  // user pause end; invalid = until resumed
    QDateTime lastDataTime; // newest data the vendor had (staleness of the source itself)
    std::optional<SyncError> lastError;
    ErrorSource errorSource = ErrorSource::Vendor; // meaningful when lastError is set
    int uploadedLastRun = 0;
    int uploadedTotal = 0;  // since the app started
    QDateTime lastUploadAt; // the last run in which Nightscout accepted documents
    int lastUploadCount = 0;
    int healedLastRun = 0; // documents filled into gaps by the last run
};

// The one object the engine writes and the tray, popup and CLI `status` read. Lives on the main
// thread; every change emits a signal, so views never poll.
class StatusModel : public QObject {
    Q_OBJECT
public:
    explicit StatusModel(QObject *parent = nullptr);

    // Readings, newest last, at most the last 24 h (older ones are dropped on insert).
    const QList<GlucoseReading> &readings() const { return m_readings; }
    std::optional<GlucoseReading> latestReading() const;
    // One person's (account's) readings and newest reading; several accounts are usually several people,
    // whose readings must never be mixed.
    QList<GlucoseReading> readingsOf(const QString &accountId) const;
    std::optional<GlucoseReading> latestReading(const QString &accountId) const;
    // Accounts with readings: in the order of accounts(), then any others in the order they appear.
    QStringList readingAccounts() const;
    // The account's display name (its label, or the vendor and id); the id for an unknown account.
    QString personName(const QString &accountId) const;
    // Inserts readings (any order, duplicates by (accountId, time) replaced) and trims to 24 h before the
    // newest reading.
    void addReadings(const QList<GlucoseReading> &readings);

    const QList<TreatmentMarker> &markers() const { return m_markers; }
    void addMarkers(const QList<TreatmentMarker> &markers);

    const DeviceSnapshot &device() const { return m_device; }
    void setDevice(const DeviceSnapshot &device);

    const QList<AccountStatus> &accounts() const { return m_accounts; }
    std::optional<AccountStatus> account(const QString &accountId) const;
    void setAccount(const AccountStatus &status); // inserts or replaces by accountId
    void removeAccount(const QString &accountId);

    // Forgets everything (the accounts were rebuilt, e.g. from the demo to the user's own accounts).
    void clear();

    bool isDemo() const { return m_demo; }
    void setDemo(bool demo);

signals:
    void readingsChanged();
    void markersChanged();
    void deviceChanged();
    void accountChanged(const QString &accountId);
    void accountsChanged(); // added or removed
    void demoChanged(bool demo);

private:
    QList<GlucoseReading> m_readings;
    QList<TreatmentMarker> m_markers;
    DeviceSnapshot m_device;
    QList<AccountStatus> m_accounts;
    bool m_demo = false;
};

} // namespace nb
