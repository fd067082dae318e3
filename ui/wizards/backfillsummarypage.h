#pragma once

#include <QWizardPage>

class QLabel;

namespace nb {

class BackfillSession;

// What the backfill did.
class BackfillSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    BackfillSummaryPage(BackfillSession &session, QWidget *parent = nullptr);

    void initializePage() override;

private:
    BackfillSession &m_session;
    QLabel *m_summary = nullptr;
};

} // namespace nb
