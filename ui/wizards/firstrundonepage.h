#pragma once

#include <QMetaObject>
#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace nb {

class FirstRunWizard;

// Done: asks the app to start syncing and follows the new account's first sync in the StatusModel.
class FirstRunDonePage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunDonePage(FirstRunWizard &wizard);

    void initializePage() override;

private:
    void watch();
    void update();

    FirstRunWizard &m_wizard;
    QLabel *m_status;
    QProgressBar *m_busy;
    QList<QMetaObject::Connection> m_connections;
    QString m_accountId;
};

} // namespace nb
