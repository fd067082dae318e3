#pragma once

#include "statusmodel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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
    GlucoseUrgentLow, // on by default; repeats until acknowledged or snoozed
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
    // The display thresholds (display/*Mgdl): one set of limits for the icon, the chart and the alerts.
    int alertLowMgdl = 70;
    int alertHighMgdl = 180;
    bool urgentLow = true;
    int alertUrgentLowMgdl = 55;
    int urgentRepeatMinutes = 5;  // an urgent low not acknowledged is announced again this often
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
    QString accountId; // glucose alerts: whose reading it is
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

    // `latest`: each person's (account's) newest reading; glucose alerts are kept per person.
    QList<Notice> evaluate(const QList<AccountStatus> &accounts, const QList<GlucoseReading> &latest,
                           const QDateTime &now);
    QList<Notice> evaluate(const QList<AccountStatus> &accounts, const std::optional<GlucoseReading> &latest,
                           const QDateTime &now);
    // Backfill completion is an event, not a state: announced each time (if allowed).
    std::optional<Notice> backfillFinished(const QString &accountId, const QDateTime &now) const;

    bool isEpisodeActive(NotificationKind kind, const QString &accountId = QString()) const;

    // Urgent lows: the people whose urgent low is on and neither acknowledged nor snoozed (the tray and
    // popup offer to acknowledge or snooze while there are any).
    QStringList urgentLowPending(const QDateTime &now) const;
    // Stops the repeats of the current urgent low episodes (each person's next urgent low is announced).
    void acknowledgeUrgentLow();
    // No repeat before `until`; announced again then if the low still lasts.
    void snoozeUrgentLow(const QDateTime &until);

private:
    enum class Condition { False, True, Unknown }; // Unknown keeps the current episode as it is

    struct Episode {
        bool active = false;
        bool announced = false;
        QDateTime start;
        QDateTime lastNotice;
        bool acknowledged = false;
        QDateTime snoozedUntil;
    };

    void step(NotificationKind kind, const QString &accountId, Condition condition, int dueAfterMinutes,
              const QDateTime &since, const QDateTime &now, QList<Notice> &out);
    void evaluateAccount(const AccountStatus &account, const QDateTime &now, QList<Notice> &out);
    void evaluateGlucose(const GlucoseReading &latest, const QDateTime &now, QList<Notice> &out);
    void stepUrgentLow(const QString &accountId, Condition condition, int mgdl, const QDateTime &now,
                       QList<Notice> &out);

    NotificationConfig m_config;
    QHash<QString, Episode> m_episodes; // key: kind number + '/' + account id
};

} // namespace nb
