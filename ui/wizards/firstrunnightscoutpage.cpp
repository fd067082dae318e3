#include "firstrunnightscoutpage.h"

#include "firstrunwizard.h"
#include "nightscoutpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace nb {

FirstRunNightscoutPage::FirstRunNightscoutPage(FirstRunWizard &wizard, ui::NightscoutPage *page)
    : QWizardPage(&wizard)
    , m_page(page)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunNightscoutPage"));
    setTitle(tr("Your Nightscout site"));
    setSubTitle(tr("Enter the address of your site and its API secret or an access token, then test the "
                   "connection."));
    m_hint->setObjectName(QStringLiteral("nightscoutHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Next is available once the connection test passed."));
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("firstRunNightscoutLayout"));
    layout->addWidget(m_page);
    layout->addWidget(m_hint);
    connect(m_page, &ui::NightscoutPage::connectionTested, this, [this](bool ok) {
        m_tested = ok;
        m_hint->setVisible(!ok);
        emit completeChanged();
    });
    connect(m_page, &ui::SettingsPage::edited, this, [this] {
        // An edit after the test makes the test stale.
        if (m_tested) {
            m_tested = false;
            m_hint->show();
            emit completeChanged();
        }
    });
}

void FirstRunNightscoutPage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_page->load();
}

bool FirstRunNightscoutPage::isComplete() const
{
    return m_tested;
}

bool FirstRunNightscoutPage::validatePage()
{
    return m_page->validate().isEmpty();
}

} // namespace nb
