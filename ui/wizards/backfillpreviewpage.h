#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace nb {

class BackfillSession;
struct BackfillProgress;
struct BackfillResult;

// A pretend run through the engine's BackfillJob: what the range holds, what Nightscout already has,
// what would be uploaded (per kind, and a sample of the documents). Nothing is uploaded here.
class BackfillPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    static constexpr int kSampleRows = 100;

    BackfillPreviewPage(BackfillSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void start();
    void onProgress(const BackfillProgress &progress);
    void onFinished(const BackfillResult &result);

    BackfillSession &m_session;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QTableWidget *m_kinds = nullptr;
    QTableWidget *m_sample = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace nb
