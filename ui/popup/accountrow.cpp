#include "accountrow.h"

#include "sync/glucosedisplay.h"
#include "sync/synchealth.h"
#include "tray/trayiconrenderer.h"
#include "viewmodels/statustext.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace nb::ui {

namespace {
SyncHealth healthOf(AccountState state)
{
    switch (state) {
    case AccountState::Disabled:
        return SyncHealth::None;
    case AccountState::Idle:
        return SyncHealth::Ok;
    case AccountState::Syncing:
        return SyncHealth::Syncing;
    case AccountState::Retrying:
        return SyncHealth::Retrying;
    case AccountState::NeedsAttention:
        return SyncHealth::NeedsAttention;
    case AccountState::Paused:
        return SyncHealth::Paused;
    }
    return SyncHealth::None;
}
} // namespace

AccountRow::AccountRow(const QString &accountId, QWidget *parent)
    : QWidget(parent)
    , m_accountId(accountId)
    , m_dot(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_error(new QLabel(this))
    , m_upload(new QLabel(this))
    , m_nightscoutError(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("accountRow:") + accountId);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    m_detail->setObjectName(QStringLiteral("accountDetail"));
    m_error->setObjectName(QStringLiteral("accountError"));
    m_upload->setObjectName(QStringLiteral("accountUpload"));
    m_upload->setTextFormat(Qt::PlainText);
    m_nightscoutError->setObjectName(QStringLiteral("nightscoutError"));
    m_nightscoutError->setTextFormat(Qt::PlainText);
    m_nightscoutError->setWordWrap(true);
    m_button->setObjectName(QStringLiteral("accountButton"));
    m_dot->setFixedWidth(14);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_dot, 0, 0, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_button, 0, 2, 2, 1, Qt::AlignVCenter);
    layout->addWidget(m_detail, 1, 1);
    layout->addWidget(m_upload, 2, 1, 1, 2);
    layout->addWidget(m_error, 3, 1, 1, 2);
    layout->addWidget(m_nightscoutError, 4, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    connect(m_button, &QPushButton::clicked, this, [this] { emit actionRequested(m_accountId, m_action); });
}

void AccountRow::setStatus(const AccountStatus &status, const QDateTime &now)
{
    m_action = status.action;
    const QColor color = TrayIconRenderer::badgeColor(healthOf(status.state));
    m_dot->setText(QStringLiteral("\u25cf"));
    m_dot->setStyleSheet(color.isValid() ? QStringLiteral("color: %1").arg(color.name()) : QString());
    m_title->setText(tr("%1 \u2014 %2").arg(status.displayName, StatusText::stateLabel(status)));
    QString detail = status.lastSuccess.isValid()
                         ? tr("Synced %1").arg(GlucoseDisplay::formatAge(status.lastSuccess, now))
                         : tr("never synced");
    if (status.nextRun.isValid())
        detail += tr(", next sync %1").arg(GlucoseDisplay::formatUntil(status.nextRun, now));
    m_detail->setText(detail);
    m_upload->setText(status.lastUploadAt.isValid()
                          ? tr("Nightscout accepted %n record(s) at %1", nullptr, status.lastUploadCount)
                                .arg(StatusText::clockTime(status.lastUploadAt))
                          : QString());
    m_upload->setVisible(!m_upload->text().isEmpty());
    // Where the problem is decides what helps: the vendor's sign-in or the Nightscout site's settings.
    const QString error =
        status.lastError && status.state != AccountState::Idle ? status.lastError->userMessage : QString();
    const bool nightscout = status.errorSource == ErrorSource::Nightscout;
    m_error->setText(nightscout ? QString() : error);
    m_error->setVisible(!nightscout && !error.isEmpty());
    m_nightscoutError->setText(nightscout && !error.isEmpty() ? tr("Nightscout: %1").arg(error) : QString());
    m_nightscoutError->setVisible(nightscout && !error.isEmpty());
    if (nightscout)
        m_nightscoutError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    const QString label = StatusText::actionLabel(status.action);
    m_button->setText(label);
    m_button->setVisible(!label.isEmpty());
}

} // namespace nb::ui
