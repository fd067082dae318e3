#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace nb {

class FirstRunWizard;

// The first account: the vendor, then the settings dialog's account editor for it. Next needs a
// successful sign-in test (Tandem) or browser sign-in (CareLink).
class FirstRunAccountPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunAccountPage(FirstRunWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void chooseVendor();

    FirstRunWizard &m_wizard;
    QRadioButton *m_tandem;
    QRadioButton *m_careLink;
    QVBoxLayout *m_editorArea;
    QLabel *m_hint;
    bool m_signedIn = false;
};

} // namespace nb
