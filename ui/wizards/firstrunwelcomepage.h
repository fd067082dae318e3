#pragma once

#include <QWizardPage>

namespace nb {

class FirstRunWizard;

// What Nightbridge does and what the setup needs; "Try demo mode" skips the setup.
class FirstRunWelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunWelcomePage(FirstRunWizard &wizard);
};

} // namespace nb
