#include "notificationcenter.h"

#include "common/clock.h"
#include "sync/glucosedisplay.h"
#include "sync/statusmodel.h"
#include "viewmodels/statustext.h"

#include <algorithm>

namespace nb::ui {

NotificationCenter::NotificationCenter(const StatusModel &model, const Clock &clock, NotificationConfig config,
                                       QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
    , m_policy(config)
{
    connect(&m_model, &StatusModel::readingsChanged, this, &NotificationCenter::evaluate);
    connect(&m_model, &StatusModel::accountChanged, this, &NotificationCenter::evaluate);
    connect(&m_model, &StatusModel::accountsChanged, this, &NotificationCenter::evaluate);
}

void NotificationCenter::setConfig(const NotificationConfig &config)
{
    m_policy.setConfig(config);
}

void NotificationCenter::evaluate()
{
    // Each person's own newest reading: one person's low is never hidden by another's newer reading.
    QList<GlucoseReading> latest;
    for (const QString &id : m_model.readingAccounts()) {
        if (const std::optional<GlucoseReading> r = m_model.latestReading(id))
            latest << *r;
    }
    const QList<Notice> due = m_policy.evaluate(m_model.accounts(), latest, m_clock.nowUtc());
    for (const Notice &notice : due)
        emit notify(title(notice), marked(message(notice)), notice.kind);
    updateUrgentLow();
}

QStringList NotificationCenter::urgentLowPeople() const
{
    QStringList names;
    for (const QString &id : m_policy.urgentLowPending(m_clock.nowUtc()))
        names << accountName(id);
    return names;
}

void NotificationCenter::updateUrgentLow()
{
    const QStringList people = urgentLowPeople();
    if (people == m_urgentLow)
        return;
    m_urgentLow = people;
    emit urgentLowChanged(people);
}

void NotificationCenter::acknowledgeUrgentLow()
{
    m_policy.acknowledgeUrgentLow();
    updateUrgentLow();
}

void NotificationCenter::snoozeUrgentLow(int minutes)
{
    m_policy.snoozeUrgentLow(m_clock.nowUtc().addSecs(qint64(std::max(1, minutes)) * 60));
    updateUrgentLow();
}

void NotificationCenter::announceBackfillFinished(const QString &accountId, int documents)
{
    const std::optional<Notice> notice = m_policy.backfillFinished(accountId, m_clock.nowUtc());
    if (!notice)
        return;
    m_lastBackfillDocuments = documents;
    emit notify(title(*notice), marked(message(*notice)), notice->kind);
}

QString NotificationCenter::marked(const QString &text) const
{
    // Notifications are read away from the tray icon (lock screen, watch): each says it is the demo.
    return m_model.isDemo() ? tr("%1: %2").arg(StatusText::demoLabel(), text) : text;
}

QString NotificationCenter::accountName(const QString &accountId) const
{
    return m_model.personName(accountId);
}

QString NotificationCenter::title(const Notice &notice) const
{
    switch (notice.kind) {
    case NotificationKind::SyncFailing:
        return tr("%1: sync is failing").arg(accountName(notice.accountId));
    case NotificationKind::SignInNeeded:
        return tr("%1: please sign in again").arg(accountName(notice.accountId));
    case NotificationKind::NoNewData:
        return tr("%1: no new data").arg(accountName(notice.accountId));
    case NotificationKind::NightscoutRefusing:
        return tr("%1: Nightscout refuses the upload").arg(accountName(notice.accountId));
    case NotificationKind::BackfillFinished:
        return tr("%1: backfill finished").arg(accountName(notice.accountId));
    case NotificationKind::GlucoseLow:
        return tr("%1: low glucose %2")
            .arg(accountName(notice.accountId), StatusText::valueWithUnit(notice.mgdl, m_options));
    case NotificationKind::GlucoseHigh:
        return tr("%1: high glucose %2")
            .arg(accountName(notice.accountId), StatusText::valueWithUnit(notice.mgdl, m_options));
    case NotificationKind::GlucoseUrgentLow:
        return tr("%1: URGENT LOW %2")
            .arg(accountName(notice.accountId), StatusText::valueWithUnit(notice.mgdl, m_options));
    }
    return {};
}

QString NotificationCenter::message(const Notice &notice) const
{
    const QDateTime now = m_clock.nowUtc();
    const std::optional<AccountStatus> account = m_model.account(notice.accountId);
    const QString error = account && account->lastError ? account->lastError->userMessage : QString();
    switch (notice.kind) {
    case NotificationKind::SyncFailing:
        return error.isEmpty() ? tr("Nightbridge keeps trying. Open the status window for details.")
                               : tr("%1 Nightbridge keeps trying.").arg(error);
    case NotificationKind::SignInNeeded:
        return error.isEmpty() ? tr("Syncing is stopped until you sign in again.")
                               : tr("%1 Syncing is stopped until you sign in again.").arg(error);
    case NotificationKind::NoNewData:
        return tr("The service answers, but its newest data is from %1. Is the phone app still signed in "
                  "and connected to the pump?")
            .arg(GlucoseDisplay::formatAge(notice.since, now));
    case NotificationKind::NightscoutRefusing:
        return error.isEmpty() ? tr("Check the Nightscout address and API secret or token in Settings.")
                               : tr("%1 Check the Nightscout settings.").arg(error);
    case NotificationKind::BackfillFinished:
        return tr("%n record(s) uploaded to Nightscout.", nullptr, m_lastBackfillDocuments);
    case NotificationKind::GlucoseLow:
    case NotificationKind::GlucoseHigh:
    case NotificationKind::GlucoseUrgentLow:
        return glucoseMessage(notice);
    }
    return {};
}

QString NotificationCenter::glucoseMessage(const Notice &notice) const
{
    const std::optional<GlucoseReading> reading = m_model.latestReading(notice.accountId);
    QStringList parts;
    parts
        << tr("Reading from %1.").arg(StatusText::timeAndAge(reading ? reading->time : QDateTime(), m_clock.nowUtc()));
    if (notice.kind == NotificationKind::GlucoseUrgentLow)
        parts << tr("Repeats until you acknowledge or snooze it in the status window or the tray menu.");
    parts << tr("Nightbridge is not a medical device and its data can arrive late; check with a meter and "
                "follow your CGM's alarms.");
    if (const QString late = StatusText::lateDataNote(m_model, notice.accountId); !late.isEmpty())
        parts << late;
    return parts.join(QLatin1Char(' '));
}

} // namespace nb::ui
