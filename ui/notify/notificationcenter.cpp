#include "notificationcenter.h"

#include "common/clock.h"
#include "sync/glucosedisplay.h"
#include "sync/statusmodel.h"
#include "viewmodels/statustext.h"

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
    const QList<Notice> due = m_policy.evaluate(m_model.accounts(), m_model.latestReading(), m_clock.nowUtc());
    for (const Notice &notice : due)
        emit notify(title(notice), marked(message(notice)), notice.kind);
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
    const std::optional<AccountStatus> account = m_model.account(accountId);
    return account && !account->displayName.isEmpty() ? account->displayName : accountId;
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
        return tr("Nightscout refuses the upload");
    case NotificationKind::BackfillFinished:
        return tr("%1: backfill finished").arg(accountName(notice.accountId));
    case NotificationKind::GlucoseLow:
        return tr("Low glucose: %1").arg(StatusText::valueWithUnit(notice.mgdl, m_options));
    case NotificationKind::GlucoseHigh:
        return tr("High glucose: %1").arg(StatusText::valueWithUnit(notice.mgdl, m_options));
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
        return tr("Reading from %1. Nightbridge is not a medical device; check with your meter.")
            .arg(GlucoseDisplay::formatAge(m_model.latestReading() ? m_model.latestReading()->time : QDateTime(), now));
    }
    return {};
}

} // namespace nb::ui
