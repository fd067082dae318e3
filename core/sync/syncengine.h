#pragma once

#include "accountrecord.h"
#include "model/nsbatch.h"
#include "nightscout/nightscoutclient.h"
#include "outbox.h"
#include "sources/datasource.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace nb {

class Clock;
class SyncState;

struct EngineOptions {
    int batchSize = 500;         // documents per outbox item (and per upload)
    int initialDays = 1;         // first sync of an account: how far back
    int verifyEveryMinutes = 60; // compare the source's window with Nightscout this often
    int maxResendDays = 28;      // reconcile: never send more than this again
    bool pretend = false;        // fetch and map, upload nothing, change no state
};

// What one run did.
struct RunReport {
    std::optional<SyncError> error;
    ErrorSource errorSource = ErrorSource::Vendor;
    bool skippedPaused = false; // paused for a refused sign-in; nothing was tried
    int fetched = 0;            // documents the source produced
    int uploaded = 0;           // confirmed by Nightscout
    int skipped = 0;            // unchanged devicestatus/profile, another uploader's documents
    int healed = 0;             // documents that filled holes of earlier runs
    int recovered = 0;          // documents of an interrupted earlier run, uploaded first
    int pending = 0;            // documents still in the outbox at the end
    QDateTime newestData;
    SourceFacts facts;
    NsBatch pretendBatch;     // pretend: what would have been uploaded
    QStringList notes;        // English, for logs
    QStringList damagedItems; // outbox files that could not be read, set aside (names in the account's outbox)

    bool ok() const { return !error.has_value(); }
};

// One sync pass for one account (see ARCHITECTURE.md, "The flow of data"):
//   outbox left from an interrupted run -> (first run of this process) reconcile with the site ->
//   fetch from the cursor -> (now and then) compare the source's window with the site and add what it
//   lacks -> outbox -> upload item by item -> cursor committed with the last item.
// Only one run at a time. The callback runs exactly once (Cancelled after cancel()).
class SyncEngine : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const RunReport &)>;

    SyncEngine(QString accountId, DataSource &source, ns::NightscoutClient &nightscout, Outbox &outbox,
               SyncState &state, const Clock &clock, EngineOptions options = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    const QString &accountId() const { return m_accountId; }
    DataSource &source() { return m_source; }
    const EngineOptions &options() const { return m_options; }
    void setOptions(const EngineOptions &options) { m_options = options; }
    bool isRunning() const { return static_cast<bool>(m_done); }

    void run(Callback done);
    void cancel();

    // The user fixed the sign-in (check-login succeeded): forget the pause.
    Result<void> clearAuthPause();

signals:
    void stepChanged(const QString &step); // English, for verbose output

private:
    using Step = std::function<void()>;
    template<typename F>
    auto guarded(F f);

    void checkPause();
    void drain(QList<OutboxItem> items, Step next, bool fresh = false);
    void reconcile();
    void reconcileNext(QList<NsCollection> todo, QDateTime resendFrom);
    void fetch(const QDateTime &resendFrom);
    void verifyWindow(FetchResult result, QList<NsCollection> todo);
    void enqueue(FetchResult result);
    void noteConfirmed(const NsBatch &batch, const ns::NsUploadReport &report);
    Result<void> saveRecord();
    void succeed();
    void fail(const SyncError &error, ErrorSource source);
    void finish();

    QString m_accountId;
    DataSource &m_source;
    ns::NightscoutClient &m_nightscout;
    Outbox &m_outbox;
    SyncState &m_state;
    const Clock &m_clock;
    EngineOptions m_options;

    Callback m_done;
    RunReport m_report;
    AccountRecord m_record;
    quint64 m_generation = 0;
    bool m_reconciled = false;
    QList<ns::NsUploadHints::Known> m_known; // this run's gap-check reads, reused by the upload's guard
    QDateTime m_treatmentsSentUpTo;          // newest treatment ever confirmed, when the run enqueued
};

} // namespace nb
