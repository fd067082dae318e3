#pragma once

#include "backfillplan.h"
#include "model/nsbatch.h"
#include "nightscout/nightscoutclient.h"
#include "outbox.h"
#include "sources/datasource.h"
#include "statusmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace nb {

class Clock;
class SyncState;
namespace ns {
class NightscoutClient;
}

struct BackfillOptions {
    QDateTime from;
    QDateTime to;
    bool pretend = false; // fetch and compare, upload nothing
    int batchSize = 500;
};

struct BackfillProgress {
    int chunk = 0; // chunks finished
    int chunks = 0;
    int found = 0;          // documents the source had for the range
    int uploaded = 0;       // confirmed by Nightscout
    int alreadyPresent = 0; // on the site as they are
    int changed = 0;        // on the site with other content (replaced by the upload)
    QDateTime from;
    QDateTime to;
    bool resumed = false;

    int percent() const { return chunks == 0 ? 100 : int(100.0 * chunk / chunks); }
    QJsonObject toJson() const;
    static BackfillProgress fromJson(const QJsonObject &json);
};

struct BackfillResult {
    std::optional<SyncError> error; // Cancelled when cancelled (resumable)
    ErrorSource errorSource = ErrorSource::Vendor;
    BackfillProgress progress;
    QString note;    // the plan's note (CareLink's 24 h)
    NsBatch missing; // pretend: documents the site lacks
    NsBatch changed; // pretend: documents the site has with other content

    bool ok() const { return !error.has_value(); }
};

// Fills a past range: chunk by chunk (BackfillPlanner), each fetched, compared with what the site holds
// (found / already present / changed), and only the difference uploaded through the account's outbox.
// Progress is saved after every chunk, so an interrupted backfill resumes where it stopped (same range,
// or resume()). The sync cursor is never touched. Pretend: the same comparison, nothing uploaded.
class BackfillJob : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const BackfillResult &)>;

    BackfillJob(QString accountId, DataSource &source, ns::NightscoutClient &nightscout, Outbox &outbox,
                SyncState &state, const Clock &clock, QObject *parent = nullptr);
    ~BackfillJob() override;

    // A backfill of this account that did not finish, if any (its range and counts).
    std::optional<BackfillProgress> pendingBackfill() const;

    void start(const BackfillOptions &options, Callback done);
    void resume(bool pretend, int batchSize, Callback done); // the pending one
    void cancel();

    const BackfillPlan &plan() const { return m_plan; }

signals:
    void progressChanged(const nb::BackfillProgress &progress);

private:
    template<typename F>
    auto guarded(F f);
    void drainThen(QList<OutboxItem> items, std::function<void()> next);
    void nextChunk();
    void compare(NsBatch batch, QList<NsCollection> todo, NsBatch upload);
    void uploadChunk(const NsBatch &upload);
    void chunkDone();
    void fail(const SyncError &error, ErrorSource source);
    void finish();

    QString m_accountId;
    DataSource &m_source;
    ns::NightscoutClient &m_nightscout;
    Outbox &m_outbox;
    SyncState &m_state;
    const Clock &m_clock;
    BackfillOptions m_options;
    BackfillPlan m_plan;
    BackfillResult m_result;
    Callback m_done;
    QList<ns::NsUploadHints::Known> m_known; // this chunk's comparison reads, reused by the upload's guard
    quint64 m_generation = 0;
};

} // namespace nb
