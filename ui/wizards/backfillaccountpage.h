#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace nb {

class BackfillSession;

// Which account to backfill; mentions an interrupted backfill of the chosen account.
class BackfillAccountPage : public QWizardPage {
    Q_OBJECT
public:
    BackfillAccountPage(BackfillSession &session, QWidget *parent = nullptr);

    void preselect(const QString &accountId);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void showPending();

    BackfillSession &m_session;
    QComboBox *m_accounts = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_error = nullptr;
    QString m_preselected;
};

} // namespace nb
