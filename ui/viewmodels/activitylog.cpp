#include "activitylog.h"

#include "statustext.h"

#include "common/clock.h"
#include "sync/synchealth.h"

namespace nb::ui {

ActivityLog::ActivityLog(const StatusModel &model, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
{
    connect(&m_model, &StatusModel::accountChanged, this, &ActivityLog::onAccountChanged);
    for (const AccountStatus &a : m_model.accounts())
        m_last.insert(a.accountId, a);
}

QString ActivityLog::text() const
{
    return m_lines.join(QLatin1Char('\n'));
}

void ActivityLog::add(const QString &accountName, const QString &what)
{
    const QDateTime now = m_clock.nowUtc();
    const QString line = QStringLiteral("%1 %2  %3: %4")
                             .arg(QLocale().toString(now.toLocalTime().date(), QLocale::ShortFormat),
                                  StatusText::clockTime(now), accountName, what);
    m_lines.append(line);
    while (m_lines.size() > kMaxLines)
        m_lines.removeFirst();
    emit added(line);
}

void ActivityLog::onAccountChanged(const QString &accountId)
{
    const std::optional<AccountStatus> current = m_model.account(accountId);
    if (!current)
        return;
    const AccountStatus &a = *current;
    const auto previous = m_last.constFind(accountId);
    const bool known = previous != m_last.cend();
    const AccountStatus before = known ? *previous : AccountStatus();
    m_last.insert(accountId, a);
    const QString name = a.displayName.isEmpty() ? accountId : a.displayName;

    if (a.lastSuccess.isValid() && a.lastSuccess != before.lastSuccess) {
        add(name, a.uploadedLastRun > 0 ? tr("synced, Nightscout accepted %n record(s)", nullptr, a.uploadedLastRun)
                                        : tr("synced, nothing new"));
    }
    const QString error = a.lastError ? a.lastError->userMessage : QString();
    const QString errorBefore = before.lastError ? before.lastError->userMessage : QString();
    const bool failing = a.state == AccountState::Retrying || a.state == AccountState::NeedsAttention;
    if (failing && !error.isEmpty() && (error != errorBefore || before.state != a.state)) {
        const QString where = a.errorSource == ErrorSource::Nightscout ? tr("Nightscout") : tr("source");
        add(name, tr("%1 (%2): %3").arg(SyncHealthSummary::stateName(a.state), where, error));
    }
    if (known && a.state != before.state &&
        (a.state == AccountState::Paused || a.state == AccountState::Disabled ||
         (before.state == AccountState::Paused && a.state != AccountState::Syncing)))
        add(name, SyncHealthSummary::stateName(a.state));
}

} // namespace nb::ui
