#include "firstrunautostartpage.h"

#include "firstrunwizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace nb {

FirstRunAutostartPage::FirstRunAutostartPage(FirstRunWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_autostart(new QCheckBox(tr("Start Nightbridge when I log in"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunAutostartPage"));
    setTitle(tr("Start at login"));
    setSubTitle(tr("Nightbridge can only sync while it runs. Starting it at login keeps Nightscout up to date "
                   "without you thinking about it."));
    setCommitPage(true);
    m_autostart->setObjectName(QStringLiteral("autostartCheck"));
    m_autostart->setChecked(true);
    m_status->setObjectName(QStringLiteral("saveStatusLabel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("firstRunAutostartLayout"));
    layout->addWidget(m_autostart);
    layout->addWidget(m_status);
    layout->addStretch();
}

bool FirstRunAutostartPage::isComplete() const
{
    return !m_saving;
}

bool FirstRunAutostartPage::validatePage()
{
    if (m_wizard.isApplied())
        return true;
    // Saving is asynchronous (the keychain answers later): stay here, and move on when it is done.
    m_saving = true;
    m_status->setText(tr("Saving…"));
    emit completeChanged();
    QPointer<FirstRunAutostartPage> self(this);
    m_wizard.applyAll(m_autostart->isChecked(), [self](const QString &problem) {
        if (!self)
            return;
        self->m_saving = false;
        self->m_status->setText(problem);
        emit self->completeChanged();
        if (problem.isEmpty() && self->m_wizard.currentPage() == self)
            self->m_wizard.next();
    });
    return false;
}

} // namespace nb
