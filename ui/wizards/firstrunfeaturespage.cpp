#include "firstrunfeaturespage.h"

#include "accounteditor.h"
#include "featurespanel.h"
#include "firstrunwizard.h"

#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb {

FirstRunFeaturesPage::FirstRunFeaturesPage(FirstRunWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("firstRunFeaturesPage"));
    setTitle(tr("What to upload"));
    setSubTitle(tr("The usual choices are preset. \"Check Nightscout for other uploaders\" warns when something "
                   "else already writes the same kind of data to your site."));
    m_layout->setObjectName(QStringLiteral("firstRunFeaturesLayout"));
}

void FirstRunFeaturesPage::initializePage()
{
    ui::AccountEditor *editor = m_wizard.accountEditor();
    if (!editor)
        return;
    // The editor keeps its features with the rest of the account; the wizard shows them on their own page
    // by borrowing the section (it goes back on Back, so the editor's layout stays whole).
    auto *panel = editor->findChild<ui::FeaturesPanel *>();
    QWidget *section = panel ? panel->parentWidget() : nullptr;
    if (!section || section == editor)
        section = panel;
    if (!section)
        return;
    m_home = section->parentWidget();
    auto *box = m_home ? qobject_cast<QBoxLayout *>(m_home->layout()) : nullptr;
    m_homeIndex = box ? box->indexOf(section) : -1;
    m_section = section;
    m_layout->addWidget(section);
    section->show();
    if (auto *check = section->findChild<QPushButton *>(QStringLiteral("checkConflicts")))
        check->click(); // the warnings are most useful before the first upload
}

void FirstRunFeaturesPage::cleanupPage()
{
    auto *box = m_home ? qobject_cast<QBoxLayout *>(m_home->layout()) : nullptr;
    if (m_section && box) {
        box->insertWidget(m_homeIndex, m_section);
        m_section->show();
    }
    m_section.clear();
}

} // namespace nb
