#include "notificationpolicy.h"

#include "glucosedisplay.h"
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
    // The display page's thresholds (valid together, else the defaults, as the display does).
    GlucoseThresholds t;
    t.urgentLow = settings.intValue(keys::urgentLowMgdl);
    t.low = settings.intValue(keys::lowMgdl);
    t.high = settings.intValue(keys::highMgdl);
    t.urgentHigh = settings.intValue(keys::urgentHighMgdl);
    if (!t.isValid())
        t = GlucoseThresholds();
    c.alertUrgentLowMgdl = t.urgentLow;
    c.alertLowMgdl = t.low;
    c.alertHighMgdl = t.high;
    c.urgentLow = settings.boolValue(keys::notifyUrgentLow);
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
    case NotificationKind::GlucoseUrgentLow:
        return urgentLow;
    }
    return false;
}

NotificationPolicy::NotificationPolicy(NotificationConfig config)
    : m_config(config)
{}

QList<Notice> NotificationPolicy::evaluate(const QList<AccountStatus> &accounts,
                                           const std::optional<GlucoseReading> &latest, const QDateTime &now)
{
    return evaluate(accounts, latest ? QList<GlucoseReading>{*latest} : QList<GlucoseReading>(), now);
}

QList<Notice> NotificationPolicy::evaluate(const QList<AccountStatus> &accounts, const QList<GlucoseReading> &latest,
                                           const QDateTime &now)
{
    QList<Notice> out;
    QSet<QString> present;
    for (const AccountStatus &account : accounts) {
        present.insert(account.accountId);
        evaluateAccount(account, now, out);
    }
    for (const GlucoseReading &reading : latest)
        present.insert(reading.accountId);
    // Forget removed accounts, so a re-added one starts clean.
    for (auto it = m_episodes.begin(); it != m_episodes.end();) {
        const QString accountId = it.key().mid(it.key().indexOf(QLatin1Char('/')) + 1);
        if (!present.contains(accountId))
            it = m_episodes.erase(it);
        else
            ++it;
    }
    for (const GlucoseReading &reading : latest)
        evaluateGlucose(reading, now, out);
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

void NotificationPolicy::evaluateGlucose(const GlucoseReading &latest, const QDateTime &now, QList<Notice> &out)
{
    Condition low = Condition::False;
    Condition high = Condition::False;
    Condition urgent = Condition::False;
    if (latest.mgdl <= 0) {
        low = high = urgent = Condition::Unknown; // a zero is a sensor/transfer artefact, never a value
    } else if (latest.time.isValid() && latest.time.secsTo(now) <= qint64(m_config.alertMaxAgeMinutes) * 60) {
        const int v = latest.mgdl;
        if (v <= m_config.alertUrgentLowMgdl)
            urgent = Condition::True;
        else if (v <= m_config.alertUrgentLowMgdl + m_config.alertHysteresisMgdl)
            urgent = Condition::Unknown;
        if (v <= m_config.alertLowMgdl)
            low = Condition::True;
        else if (v <= m_config.alertLowMgdl + m_config.alertHysteresisMgdl)
            low = Condition::Unknown;
        if (v >= m_config.alertHighMgdl)
            high = Condition::True;
        else if (v >= m_config.alertHighMgdl - m_config.alertHysteresisMgdl)
            high = Condition::Unknown;
    }
    const QString &id = latest.accountId;
    const int countBefore = int(out.size());
    stepUrgentLow(id, urgent, latest.mgdl, now, out);
    // While an urgent low speaks, the plain low stays silent (it would say less about the same thing).
    if (m_config.allows(NotificationKind::GlucoseUrgentLow) &&
        isEpisodeActive(NotificationKind::GlucoseUrgentLow, id) && low == Condition::True &&
        !isEpisodeActive(NotificationKind::GlucoseLow, id))
        low = Condition::Unknown;
    step(NotificationKind::GlucoseLow, id, low, 0, QDateTime(), now, out);
    step(NotificationKind::GlucoseHigh, id, high, 0, QDateTime(), now, out);
    for (qsizetype i = countBefore; i < out.size(); ++i)
        out[i].mgdl = latest.mgdl;
}

void NotificationPolicy::stepUrgentLow(const QString &accountId, Condition condition, int mgdl, const QDateTime &now,
                                       QList<Notice> &out)
{
    const QString key = episodeKey(NotificationKind::GlucoseUrgentLow, accountId);
    auto it = m_episodes.find(key);
    if (condition == Condition::False) {
        if (it != m_episodes.end())
            it->active = false;
        return;
    }
    if (condition == Condition::True && (it == m_episodes.end() || !it->active)) {
        if (it == m_episodes.end())
            it = m_episodes.insert(key, Episode());
        *it = Episode();
        it->active = true;
        it->start = now;
    }
    if (it == m_episodes.end() || !it->active || it->acknowledged)
        return;
    if (it->snoozedUntil.isValid() && now < it->snoozedUntil)
        return;
    // First notice at once; then again every few minutes (or when a snooze ran out) until acknowledged.
    const bool due = !it->announced || (it->snoozedUntil.isValid() && now >= it->snoozedUntil) ||
                     it->lastNotice.secsTo(now) >= qint64(m_config.urgentRepeatMinutes) * 60;
    if (!due || !m_config.allows(NotificationKind::GlucoseUrgentLow))
        return;
    it->announced = true;
    it->lastNotice = now;
    it->snoozedUntil = QDateTime();
    out.append(Notice{NotificationKind::GlucoseUrgentLow, accountId, it->start, mgdl});
}

QStringList NotificationPolicy::urgentLowPending(const QDateTime &now) const
{
    QStringList out;
    const QString prefix = episodeKey(NotificationKind::GlucoseUrgentLow, QString());
    for (auto it = m_episodes.cbegin(); it != m_episodes.cend(); ++it) {
        if (!it.key().startsWith(prefix) || !it->active || !it->announced || it->acknowledged)
            continue;
        if (it->snoozedUntil.isValid() && now < it->snoozedUntil)
            continue;
        out << it.key().mid(prefix.size());
    }
    out.sort();
    return out;
}

void NotificationPolicy::acknowledgeUrgentLow()
{
    const QString prefix = episodeKey(NotificationKind::GlucoseUrgentLow, QString());
    for (auto it = m_episodes.begin(); it != m_episodes.end(); ++it) {
        if (it.key().startsWith(prefix) && it->active)
            it->acknowledged = true;
    }
}

void NotificationPolicy::snoozeUrgentLow(const QDateTime &until)
{
    const QString prefix = episodeKey(NotificationKind::GlucoseUrgentLow, QString());
    for (auto it = m_episodes.begin(); it != m_episodes.end(); ++it) {
        if (it.key().startsWith(prefix) && it->active && !it->acknowledged)
            it->snoozedUntil = until;
    }
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
    const bool glucose = kind == NotificationKind::GlucoseLow || kind == NotificationKind::GlucoseHigh ||
                         kind == NotificationKind::GlucoseUrgentLow;
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
