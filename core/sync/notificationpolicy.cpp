#include "notificationpolicy.h"

#include "settings/settings.h"

#include <QSet>

namespace nb {

NotificationConfig notificationConfigFromSettings(const Settings &settings)
{
    NotificationConfig c;
    c.enabled = settings.boolValue(keys::notifyEnabled);
    c.syncFailing = settings.boolValue(keys::notifySyncFailing);
    c.syncFailingMinutes = settings.intValue(keys::notifySyncFailingMinutes);
    c.signInNeeded = settings.boolValue(keys::notifySignInNeeded);
    c.noNewData = settings.boolValue(keys::notifyNoNewData);
    c.noNewDataMinutes = settings.intValue(keys::notifyNoNewDataMinutes);
    c.nightscoutRefusing = settings.boolValue(keys::notifyNightscoutRefusing);
    c.backfillFinished = settings.boolValue(keys::notifyBackfillFinished);
    c.glucoseAlerts = settings.boolValue(keys::notifyGlucoseAlerts);
    c.alertLowMgdl = settings.intValue(keys::notifyAlertLowMgdl);
    c.alertHighMgdl = settings.intValue(keys::notifyAlertHighMgdl);
    return c;
}

namespace {

QString episodeKey(NotificationKind kind, const QString &accountId)
{
    return QString::number(int(kind)) + QLatin1Char('/') + accountId;
}

bool needsSignIn(const AccountStatus &a)
{
    return a.state == AccountState::NeedsAttention &&
           (a.action == AccountAction::SignInAgain || a.action == AccountAction::CheckPassword);
}

bool nightscoutRefuses(const AccountStatus &a)
{
    if (!a.lastError || a.errorSource != ErrorSource::Nightscout)
        return false;
    return a.state == AccountState::NeedsAttention ||
           (a.state == AccountState::Retrying && a.lastError->kind == SyncError::Kind::Auth);
}

} // namespace

bool NotificationConfig::allows(NotificationKind kind) const
{
    if (!enabled)
        return false;
    switch (kind) {
    case NotificationKind::SyncFailing:
        return syncFailing;
    case NotificationKind::SignInNeeded:
        return signInNeeded;
    case NotificationKind::NoNewData:
        return noNewData;
    case NotificationKind::NightscoutRefusing:
        return nightscoutRefusing;
    case NotificationKind::BackfillFinished:
        return backfillFinished;
    case NotificationKind::GlucoseLow:
    case NotificationKind::GlucoseHigh:
        return glucoseAlerts;
    }
    return false;
}

NotificationPolicy::NotificationPolicy(NotificationConfig config)
    : m_config(config)
{}

QList<Notice> NotificationPolicy::evaluate(const QList<AccountStatus> &accounts,
                                           const std::optional<GlucoseReading> &latest, const QDateTime &now)
{
    QList<Notice> out;
    QSet<QString> present;
    for (const AccountStatus &account : accounts) {
        present.insert(account.accountId);
        evaluateAccount(account, now, out);
    }
    // Forget removed accounts, so a re-added one starts clean.
    for (auto it = m_episodes.begin(); it != m_episodes.end();) {
        const QString accountId = it.key().mid(it.key().indexOf(QLatin1Char('/')) + 1);
        if (!accountId.isEmpty() && !present.contains(accountId))
            it = m_episodes.erase(it);
        else
            ++it;
    }
    evaluateGlucose(latest, now, out);
    return out;
}

void NotificationPolicy::evaluateAccount(const AccountStatus &a, const QDateTime &now, QList<Notice> &out)
{
    const QString &id = a.accountId;
    if (a.state == AccountState::Syncing) {
        // A run in progress says nothing new; pending episodes may still become due by time.
        for (const NotificationKind kind :
             {NotificationKind::SignInNeeded, NotificationKind::NoNewData, NotificationKind::NightscoutRefusing})
            step(kind, id, Condition::Unknown, 0, QDateTime(), now, out);
        step(NotificationKind::SyncFailing, id, Condition::Unknown, m_config.syncFailingMinutes, QDateTime(), now, out);
        return;
    }
    const bool off = a.state == AccountState::Disabled || a.state == AccountState::Paused;
    const bool signIn = !off && needsSignIn(a);
    const bool refused = !off && nightscoutRefuses(a);
    const bool failing =
        !off && !signIn && !refused && (a.state == AccountState::Retrying || a.state == AccountState::NeedsAttention);

    step(NotificationKind::SignInNeeded, id, signIn ? Condition::True : Condition::False, 0, QDateTime(), now, out);
    step(NotificationKind::NightscoutRefusing, id, refused ? Condition::True : Condition::False, 0, QDateTime(), now,
         out);
    // Retrying heals itself often, so it must last a while; a stop that waits for the user is due at once.
    const int failingAfter = a.state == AccountState::NeedsAttention ? 0 : m_config.syncFailingMinutes;
    step(NotificationKind::SyncFailing, id, failing ? Condition::True : Condition::False, failingAfter, QDateTime(),
         now, out);

    Condition noData = Condition::Unknown; // only a working service can tell us its data is old
    if (off)
        noData = Condition::False;
    else if (a.state == AccountState::Idle && a.lastDataTime.isValid())
        noData =
            a.lastDataTime.secsTo(now) >= qint64(m_config.noNewDataMinutes) * 60 ? Condition::True : Condition::False;
    step(NotificationKind::NoNewData, id, noData, 0, a.lastDataTime, now, out);
}

void NotificationPolicy::evaluateGlucose(const std::optional<GlucoseReading> &latest, const QDateTime &now,
                                         QList<Notice> &out)
{
    Condition low = Condition::False;
    Condition high = Condition::False;
    if (latest && latest->mgdl <= 0) {
        low = high = Condition::Unknown; // a zero is a sensor/transfer artefact, never a value
    } else if (latest && latest->time.isValid() &&
               latest->time.secsTo(now) <= qint64(m_config.alertMaxAgeMinutes) * 60) {
        const int v = latest->mgdl;
        if (v <= m_config.alertLowMgdl)
            low = Condition::True;
        else if (v <= m_config.alertLowMgdl + m_config.alertHysteresisMgdl)
            low = Condition::Unknown;
        if (v >= m_config.alertHighMgdl)
            high = Condition::True;
        else if (v >= m_config.alertHighMgdl - m_config.alertHysteresisMgdl)
            high = Condition::Unknown;
    }
    const int countBefore = int(out.size());
    step(NotificationKind::GlucoseLow, QString(), low, 0, QDateTime(), now, out);
    step(NotificationKind::GlucoseHigh, QString(), high, 0, QDateTime(), now, out);
    for (qsizetype i = countBefore; i < out.size(); ++i)
        out[i].mgdl = latest ? latest->mgdl : 0;
}

void NotificationPolicy::step(NotificationKind kind, const QString &accountId, Condition condition, int dueAfterMinutes,
                              const QDateTime &since, const QDateTime &now, QList<Notice> &out)
{
    const QString key = episodeKey(kind, accountId);
    auto it = m_episodes.find(key);
    if (condition == Condition::False) {
        if (it != m_episodes.end())
            it->active = false;
        return;
    }
    if (condition == Condition::True && (it == m_episodes.end() || !it->active)) {
        if (it == m_episodes.end())
            it = m_episodes.insert(key, Episode());
        it->active = true;
        it->announced = false;
        it->start = now;
    }
    if (it == m_episodes.end() || !it->active || it->announced)
        return;
    if (it->start.secsTo(now) < qint64(dueAfterMinutes) * 60)
        return;
    it->announced = true;
    const bool glucose = kind == NotificationKind::GlucoseLow || kind == NotificationKind::GlucoseHigh;
    const bool quiet =
        !glucose && it->lastNotice.isValid() && it->lastNotice.secsTo(now) < qint64(m_config.quietMinutes) * 60;
    if (quiet || !m_config.allows(kind))
        return;
    it->lastNotice = now;
    out.append(Notice{kind, accountId, since.isValid() ? since : it->start, 0});
}

std::optional<Notice> NotificationPolicy::backfillFinished(const QString &accountId, const QDateTime &now) const
{
    if (!m_config.allows(NotificationKind::BackfillFinished))
        return std::nullopt;
    return Notice{NotificationKind::BackfillFinished, accountId, now, 0};
}

bool NotificationPolicy::isEpisodeActive(NotificationKind kind, const QString &accountId) const
{
    const auto it = m_episodes.constFind(episodeKey(kind, accountId));
    return it != m_episodes.cend() && it->active;
}

} // namespace nb
