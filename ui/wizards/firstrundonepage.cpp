#include "firstrundonepage.h"

#include "accounteditor.h"
#include "firstrunwizard.h"
#include "sync/statusmodel.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace nb {

FirstRunDonePage::FirstRunDonePage(FirstRunWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("firstRunDonePage"));
    setTitle(tr("All set"));
    setSubTitle(tr("Nightbridge lives in the system tray. Its icon shows your latest reading; click it for "
                   "details, or open the settings from its menu."));
    m_status->setObjectName(QStringLiteral("firstSyncStatus"));
    m_status->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("firstSyncProgress"));
    m_busy->setRange(0, 0); // the engine reports no percentage for one run
    m_busy->setTextVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("firstRunDoneLayout"));
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addStretch();
    connect(&wizard, &FirstRunWizard::statusModelChanged, this, &FirstRunDonePage::watch);
}

void FirstRunDonePage::initializePage()
{
    m_accountId = m_wizard.accountEditor() ? m_wizard.accountEditor()->accountId() : QString();
    m_status->setText(tr("Starting the first sync…"));
    m_busy->show();
    watch();
    if (m_wizard.isApplied())
        emit m_wizard.startSyncRequested();
}

void FirstRunDonePage::watch()
{
    for (const auto &c : m_connections)
        disconnect(c);
    m_connections.clear();
    if (StatusModel *model = m_wizard.statusModel()) {
        m_connections << connect(model, &StatusModel::accountChanged, this, &FirstRunDonePage::update)
                      << connect(model, &StatusModel::accountsChanged, this, &FirstRunDonePage::update)
                      << connect(model, &StatusModel::readingsChanged, this, &FirstRunDonePage::update);
    }
    update();
}

void FirstRunDonePage::update()
{
    StatusModel *model = m_wizard.statusModel();
    if (!model || m_accountId.isEmpty())
        return;
    const auto status = model->account(m_accountId);
    if (!status)
        return;
    if (status->state == AccountState::Syncing) {
        m_status->setText(tr("Syncing %1 for the first time…").arg(status->displayName));
        m_busy->show();
        return;
    }
    if (status->lastError) {
        m_busy->hide();
        m_status->setText(tr("The first sync did not work: %1").arg(status->lastError->userMessage));
        return;
    }
    if (status->lastSuccess.isValid()) {
        m_busy->hide();
        QString text =
            tr("The first sync worked: %n document(s) uploaded to Nightscout.", nullptr, status->uploadedLastRun);
        if (const auto reading = model->latestReading())
            text += QLatin1Char(' ') +
                    tr("Latest reading: %1 mg/dL at %2.")
                        .arg(reading->mgdl)
                        .arg(QLocale().toString(reading->time.toLocalTime().time(), QLocale::ShortFormat));
        m_status->setText(text);
    }
}

} // namespace nb
