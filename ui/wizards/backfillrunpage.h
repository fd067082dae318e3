#pragma once

#include "sync/backfilleta.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace nb {

class BackfillSession;
struct BackfillProgress;
struct BackfillResult;

// The real run: progress, counts, cancel (progress is kept) and resume.
class BackfillRunPage : public QWizardPage {
    Q_OBJECT
public:
    BackfillRunPage(BackfillSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void onProgress(const BackfillProgress &progress);
    void onFinished(const BackfillResult &result);
    void onResume();
    void showCounts(const BackfillProgress &progress);

    BackfillSession &m_session;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_found = nullptr;
    QLabel *m_uploaded = nullptr;
    QLabel *m_already = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resume = nullptr;
    BackfillEta m_eta;
    bool m_etaStarted = false; // from the run's first progress (where a resumed run resumed)
};

} // namespace nb
