#pragma once

#include "backfillservices.h"

#include <QWizard>

namespace nb {

class BackfillSession;

// Backfill wizard: account -> range -> features -> preview (a pretend run) -> run -> summary. The pages
// read their fields and call BackfillSession, which drives the engine's BackfillJob.
class BackfillWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { AccountPageId, RangePageId, FeaturesPageId, PreviewPageId, RunPageId, SummaryPageId };

    explicit BackfillWizard(BackfillServices &services, QWidget *parent = nullptr);
    ~BackfillWizard() override;

    BackfillSession &session() { return *m_session; }
    // Starts on the given account (e.g. from an account's context menu).
    void preselectAccount(const QString &accountId);
    // For the screenshot script and tests: restarts the wizard on this page, with the first (or
    // preselected) account and the last 7 days when nothing was chosen yet.
    void showPage(int id);

    void reject() override; // a running backfill is cancelled first (its progress is kept: resumable)

signals:
    // A real backfill completed (the app shows the "backfill finished" notification).
    void backfillFinished(const QString &accountId, int uploaded);

private:
    BackfillSession *m_session = nullptr;
};

} // namespace nb
