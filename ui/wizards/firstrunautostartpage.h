#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace nb {

class FirstRunWizard;

// Start at login, then "Save and start": writes everything (settings, secrets, autostart) and moves on
// once the credential store confirmed.
class FirstRunAutostartPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunAutostartPage(FirstRunWizard &wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    FirstRunWizard &m_wizard;
    QCheckBox *m_autostart;
    QLabel *m_status;
    bool m_saving = false;
};

} // namespace nb
