#pragma once

#include "backfillservices.h"
#include "sync/backfilljob.h"
#include "sync/backfillplan.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <optional>

namespace nb {

class Outbox;

// The backfill wizard's link to the engine: holds the chosen account, range and features, builds the
// account's source, Nightscout client, outbox and BackfillJob, and runs the job in pretend mode (preview)
// or for real (run, resume). Widgets only read its results and call these methods.
class BackfillSession : public QObject {
    Q_OBJECT
public:
    enum class Mode { Idle, Preview, Run };

    explicit BackfillSession(BackfillServices &services, QObject *parent = nullptr);
    ~BackfillSession() override;

    BackfillServices &services() { return m_services; }
    QList<AccountConfig> accounts() const { return m_services.accounts(); }
    QDateTime now() const;

    // Chooses the account and builds its source (the source's limits shape the range page).
    Result<void> selectAccount(const QString &accountId);
    const AccountConfig &account() const { return m_account; }
    SourceLimits limits() const;
    // Features for this backfill (comma list; empty: the vendor's defaults). Rebuilds the source.
    Result<void> setFeatures(const QString &features);

    std::optional<BackfillProgress> pendingBackfill() const; // the account's interrupted backfill, if any
    // The range to fill; resume: the pending backfill's own range.
    void setRange(const QDateTime &from, const QDateTime &to);
    void setResume(bool resume) { m_resume = resume; }
    bool isResume() const { return m_resume; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    BackfillPlan plan() const; // how the range will be fetched (pure, for the range page)

    void preview(); // pretend run: previewFinished
    void run();     // runFinished; resumes the pending backfill in resume mode
    void resume();  // after a cancel or failure: continues where it stopped
    void cancel();
    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_mode != Mode::Idle; }

    const std::optional<BackfillResult> &previewResult() const { return m_previewResult; }
    const std::optional<BackfillResult> &runResult() const { return m_runResult; }
    const BackfillProgress &progress() const { return m_progress; }

signals:
    void progressChanged(const nb::BackfillProgress &progress);
    void previewFinished(const nb::BackfillResult &result);
    void runFinished(const nb::BackfillResult &result);
    void busyChanged(bool busy);

private:
    void begin(Mode mode, bool resume);
    void startJob(ns::NightscoutClient &client, bool resume);
    void done(const BackfillResult &result);
    void failEarly(const SyncError &error, ErrorSource source);
    Result<void> rebuildSource();

    BackfillServices &m_services;
    AccountConfig m_account;
    std::shared_ptr<DataSource> m_source;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<BackfillJob> m_job;
    QDateTime m_from;
    QDateTime m_to;
    bool m_resume = false;
    bool m_closing = false;
    Mode m_mode = Mode::Idle;
    quint64 m_generation = 0;
    BackfillProgress m_progress;
    std::optional<BackfillResult> m_previewResult;
    std::optional<BackfillResult> m_runResult;
};

} // namespace nb
