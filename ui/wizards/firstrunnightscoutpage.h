#pragma once

#include <QWizardPage>

class QLabel;

namespace nb {

class FirstRunWizard;
namespace ui {
class NightscoutPage;
}

// The settings dialog's Nightscout page; Next needs a passing "Test connection".
class FirstRunNightscoutPage : public QWizardPage {
    Q_OBJECT
public:
    FirstRunNightscoutPage(FirstRunWizard &wizard, ui::NightscoutPage *page);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ui::NightscoutPage *m_page;
    QLabel *m_hint;
    bool m_loaded = false;
    bool m_tested = false;
};

} // namespace nb
