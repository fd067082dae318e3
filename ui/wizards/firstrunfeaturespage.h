#pragma once

#include <QPointer>
#include <QWizardPage>

class QVBoxLayout;

namespace nb {

class FirstRunWizard;

// What the new account uploads: the account editor's own "What to upload" section (features and the
// conflict check against the Nightscout site entered before), shown on a page of its own.
class FirstRunFeaturesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunFeaturesPage(FirstRunWizard &wizard);

    void initializePage() override;
    void cleanupPage() override;

private:
    FirstRunWizard &m_wizard;
    QVBoxLayout *m_layout;
    QPointer<QWidget> m_section;
    QPointer<QWidget> m_home; // where the section came from
    int m_homeIndex = -1;
};

} // namespace nb
