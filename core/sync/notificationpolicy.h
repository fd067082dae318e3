#pragma once

#include "statusmodel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace nb {

class Settings;

enum class NotificationKind {
    SyncFailing,        // runs keep failing for a while, or stopped on a problem the user must fix
    SignInNeeded,       // a vendor sign-in expired or the password is refused
    NoNewData,          // the vendor answers, but its newest data is old (phone app logged out?)
    NightscoutRefusing, // Nightscout refuses our writes (token/secret/permission)
    BackfillFinished,
    GlucoseLow, // optional alerts, off by default
    GlucoseHigh,
};

// User choices (settings); every kind can be switched off, and everything at once with `enabled`.
struct NotificationConfig {
    bool enabled = true;
    bool syncFailing = true;
    int syncFailingMinutes = 30;
    bool signInNeeded = true;
    bool noNewData = true;
    int noNewDataMinutes = 60;
    bool nightscoutRefusing = true;
    bool backfillFinished = true;
    bool glucoseAlerts = false;
    int alertLowMgdl = 70;
    int alertHighMgdl = 250;
    int alertMaxAgeMinutes = 15;  // an older reading neither starts nor continues an alert
    int alertHysteresisMgdl = 10; // a low ends above low + this, a high below high - this
    // A new episode of the same kind for the same account this soon after the last notice stays silent
    // (a connection that flaps must not produce a notification every few minutes).
    int quietMinutes = 60;

    bool allows(NotificationKind kind) const;
};

// The user's choices from the settings (notifications/* keys).
NotificationConfig notificationConfigFromSettings(const Settings &settings);

struct Notice {
    NotificationKind kind = NotificationKind::SyncFailing;
    QString accountId; // empty for glucose alerts
    QDateTime since;   // when the episode started (NoNewData: the newest data's time)
    int mgdl = 0;      // glucose alerts
};

// Decides when to notify, as a pure state machine over status snapshots: each kind is announced at
// most once per episode (an episode lasts while its condition holds); a run in progress neither starts
// nor ends an episode, so retries do not re-announce. Glucose alerts come only from a fresh, non-zero
// reading. No timers inside: the caller evaluates on every model change and on minute ticks.
class NotificationPolicy {
public:
    explicit NotificationPolicy(NotificationConfig config = {});

    const NotificationConfig &config() const { return m_config; }
    void setConfig(const NotificationConfig &config) { m_config = config; }

    QList<Notice> evaluate(const QList<AccountStatus> &accounts, const std::optional<GlucoseReading> &latest,
                           const QDateTime &now);
    // Backfill completion is an event, not a state: announced each time (if allowed).
    std::optional<Notice> backfillFinished(const QString &accountId, const QDateTime &now) const;

    bool isEpisodeActive(NotificationKind kind, const QString &accountId = QString()) const;

private:
    enum class Condition { False, True, Unknown }; // Unknown keeps the current episode as it is

    struct Episode {
        bool active = false;
        bool announced = false;
        QDateTime start;
        QDateTime lastNotice;
    };

    void step(NotificationKind kind, const QString &accountId, Condition condition, int dueAfterMinutes,
              const QDateTime &since, const QDateTime &now, QList<Notice> &out);
    void evaluateAccount(const AccountStatus &account, const QDateTime &now, QList<Notice> &out);
    void evaluateGlucose(const std::optional<GlucoseReading> &latest, const QDateTime &now, QList<Notice> &out);

    NotificationConfig m_config;
    QHash<QString, Episode> m_episodes; // key: kind number + '/' + account id
};

} // namespace nb
