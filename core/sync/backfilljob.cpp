#include "backfilljob.h"

#include "common/clock.h"
#include "gapcheck.h"
#include "logging/categories.h"
#include "nightscout/nightscoutclient.h"
#include "rangereader.h"
#include "syncstate.h"

#include <QPointer>

namespace nb {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject BackfillProgress::toJson() const
{
    return QJsonObject{{QStringLiteral("from"), iso(from)},
                       {QStringLiteral("to"), iso(to)},
                       {QStringLiteral("chunk"), chunk},
                       {QStringLiteral("chunks"), chunks},
                       {QStringLiteral("found"), found},
                       {QStringLiteral("uploaded"), uploaded},
                       {QStringLiteral("alreadyPresent"), alreadyPresent},
                       {QStringLiteral("changed"), changed}};
}

BackfillProgress BackfillProgress::fromJson(const QJsonObject &json)
{
    BackfillProgress p;
    p.from = QDateTime::fromString(json.value(QLatin1String("from")).toString(), Qt::ISODateWithMs).toUTC();
    p.to = QDateTime::fromString(json.value(QLatin1String("to")).toString(), Qt::ISODateWithMs).toUTC();
    p.chunk = json.value(QLatin1String("chunk")).toInt();
    p.chunks = json.value(QLatin1String("chunks")).toInt();
    p.found = json.value(QLatin1String("found")).toInt();
    p.uploaded = json.value(QLatin1String("uploaded")).toInt();
    p.alreadyPresent = json.value(QLatin1String("alreadyPresent")).toInt();
    p.changed = json.value(QLatin1String("changed")).toInt();
    return p;
}

BackfillJob::BackfillJob(QString accountId, DataSource &source, ns::NightscoutClient &nightscout, Outbox &outbox,
                         SyncState &state, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_accountId(std::move(accountId))
    , m_source(source)
    , m_nightscout(nightscout)
    , m_outbox(outbox)
    , m_state(state)
    , m_clock(clock)
{}

BackfillJob::~BackfillJob() = default;

template<typename F>
auto BackfillJob::guarded(F f)
{
    QPointer<BackfillJob> self(this);
    const quint64 generation = m_generation;
    return [self, generation, f = std::move(f)](auto &&...args) mutable {
        if (!self || self->m_generation != generation || !self->m_done)
            return;
        f(std::forward<decltype(args)>(args)...);
    };
}

std::optional<BackfillProgress> BackfillJob::pendingBackfill() const
{
    const QJsonObject json = m_state.backfill(m_accountId);
    if (json.isEmpty())
        return std::nullopt;
    return BackfillProgress::fromJson(json);
}

void BackfillJob::resume(bool pretend, int batchSize, Callback done)
{
    const auto pending = pendingBackfill();
    if (!pending) {
        BackfillResult r;
        r.error = SyncError::make(SyncError::Kind::Config, tr("There is no interrupted backfill to resume."),
                                  QStringLiteral("no pending backfill"));
        done(r);
        return;
    }
    start(BackfillOptions{pending->from, pending->to, pretend, batchSize}, std::move(done));
}

void BackfillJob::start(const BackfillOptions &options, Callback done)
{
    m_options = options;
    m_done = std::move(done);
    m_result = BackfillResult{};
    const QDateTime now = m_clock.nowUtc();
    m_plan = BackfillPlanner::plan(options.from, options.to, m_source.limits(), now);
    m_result.note = m_plan.note;
    BackfillProgress &p = m_result.progress;
    p.from = m_plan.from;
    p.to = m_plan.to;
    p.chunks = int(m_plan.chunks.size());
    if (m_plan.isEmpty()) {
        if (m_plan.shortened) {
            fail(
                SyncError::make(SyncError::Kind::Config,
                                m_plan.note + QLatin1Char(' ') + tr("Nothing of the requested range is left to fetch."),
                                QStringLiteral("backfill range entirely outside the source's history")),
                ErrorSource::Local);
            return;
        }
        finish();
        return;
    }
    if (const auto pending = pendingBackfill();
        pending && pending->from == m_plan.from && pending->to == m_plan.to && pending->chunks == p.chunks) {
        p = *pending;
        p.resumed = true;
        qCInfo(lcSync).noquote() << m_accountId << "resuming the backfill at chunk" << p.chunk + 1 << "of" << p.chunks;
    }
    if (!m_plan.note.isEmpty())
        qCInfo(lcSync).noquote() << m_accountId << "backfill shortened to the source's history";
    emit progressChanged(p);
    if (options.pretend) {
        nextChunk();
        return;
    }
    if (auto saved = m_state.setBackfill(m_accountId, p.toJson()); !saved.ok()) {
        fail(saved.error(), ErrorSource::Local);
        return;
    }
    const auto items = m_outbox.pending();
    if (!items.ok()) {
        fail(items.error(), ErrorSource::Local);
        return;
    }
    drainThen(items.value(), [this] { nextChunk(); });
}

void BackfillJob::cancel()
{
    if (!m_done)
        return;
    ++m_generation;
    m_source.cancel();
    m_result.error = SyncError::make(SyncError::Kind::Cancelled,
                                     tr("The backfill was cancelled. Run it again to continue where it stopped."),
                                     QStringLiteral("backfill cancelled"));
    m_result.errorSource = ErrorSource::Local;
    finish();
}

void BackfillJob::drainThen(QList<OutboxItem> items, std::function<void()> next)
{
    if (items.isEmpty()) {
        next();
        return;
    }
    const OutboxItem item = items.takeFirst();
    ns::NsUploadHints hints;
    if (item.kind == QLatin1String("backfill"))
        hints.known = m_known;
    m_nightscout.upload(item.batch, guarded([this, item, items, next](const Result<ns::NsUploadReport> &report) {
                            if (!report.ok()) {
                                fail(report.error(), ErrorSource::Nightscout);
                                return;
                            }
                            if (item.kind == QLatin1String("backfill"))
                                m_result.progress.uploaded += report->posted;
                            // The sync's upload marks cover what this confirmed (the sync relies on them to
                            // know what was never sent), and a sync's item left by an interrupted run brings
                            // its cursor.
                            AccountRecord record = m_state.account(m_accountId);
                            const bool raised = GapCheck::raiseMarks(record.marks, item.batch);
                            if (item.cursor || raised) {
                                if (item.cursor)
                                    record.cursor = *item.cursor;
                                if (auto saved = m_state.setAccount(m_accountId, record); !saved.ok()) {
                                    fail(saved.error(), ErrorSource::Local);
                                    return;
                                }
                            }
                            if (auto removed = m_outbox.remove(item); !removed.ok()) {
                                fail(removed.error(), ErrorSource::Local);
                                return;
                            }
                            emit progressChanged(m_result.progress);
                            if (m_done) // not cancelled from a progress handler
                                drainThen(items, next);
                        }),
                        hints);
}

void BackfillJob::nextChunk()
{
    BackfillProgress &p = m_result.progress;
    if (p.chunk >= p.chunks) {
        if (!m_options.pretend)
            (void)m_state.removeBackfill(m_accountId);
        qCInfo(lcSync).noquote() << m_accountId << "backfill done:" << p.found << "found," << p.uploaded << "uploaded,"
                                 << p.alreadyPresent << "already present";
        finish();
        return;
    }
    const auto [from, to] = m_plan.chunks.at(p.chunk);
    m_known.clear();
    FetchRequest request;
    request.cursor = m_state.account(m_accountId).cursor;
    request.from = from;
    request.to = to;
    qCInfo(lcSync).noquote() << m_accountId << "backfill chunk" << p.chunk + 1 << "of" << p.chunks << ":"
                             << describeWindow(from, to);
    m_source.fetch(request, guarded([this](const Result<FetchResult> &result) {
                       if (!result.ok()) {
                           fail(result.error(), ErrorSource::Vendor);
                           return;
                       }
                       // Found = what is compared with the site (readings, treatments). Device status and
                       // profile are snapshots, not history: sent as they are, and only when changed.
                       m_result.progress.found += int(result->batch.entries.size() + result->batch.treatments.size());
                       NsBatch upload;
                       upload.devicestatus = result->batch.devicestatus;
                       upload.profile = result->batch.profile;
                       compare(result->batch, {NsCollection::Entries, NsCollection::Treatments}, upload);
                   }));
}

void BackfillJob::compare(NsBatch batch, QList<NsCollection> todo, NsBatch upload)
{
    while (!todo.isEmpty() && batch.of(todo.first()).isEmpty())
        todo.removeFirst();
    if (todo.isEmpty()) {
        if (m_options.pretend)
            chunkDone();
        else
            uploadChunk(upload);
        return;
    }
    const NsCollection collection = todo.takeFirst();
    const auto range = GapCheck::timeRange(collection, batch.of(collection));
    RangeReader::read(
        m_nightscout, collection, range.first, range.second, this,
        guarded([this, batch, todo, upload, collection, range](const Result<QList<QJsonObject>> &existing) mutable {
            if (!existing.ok()) {
                fail(existing.error(), ErrorSource::Nightscout);
                return;
            }
            m_known.append(
                ns::NsUploadHints::Known{collection, range.first, range.second, existing.value(), m_clock.nowUtc()});
            const GapCheck::Diff diff = GapCheck::diff(collection, batch.of(collection), existing.value());
            m_result.progress.alreadyPresent += diff.same;
            m_result.progress.changed += int(diff.changed.size());
            upload.of(collection) = diff.missing + diff.changed;
            if (m_options.pretend) {
                m_result.missing.of(collection).append(diff.missing);
                m_result.changed.of(collection).append(diff.changed);
            }
            compare(batch, todo, upload);
        }));
}

void BackfillJob::uploadChunk(const NsBatch &upload)
{
    const auto items = m_outbox.enqueue(upload, std::nullopt, QStringLiteral("backfill"), m_options.batchSize,
                                        QJsonObject{{QStringLiteral("chunk"), m_result.progress.chunk}});
    if (!items.ok()) {
        fail(items.error(), ErrorSource::Local);
        return;
    }
    drainThen(items.value(), [this] { chunkDone(); });
}

void BackfillJob::chunkDone()
{
    BackfillProgress &p = m_result.progress;
    ++p.chunk;
    if (!m_options.pretend) {
        if (auto saved = m_state.setBackfill(m_accountId, p.toJson()); !saved.ok()) {
            fail(saved.error(), ErrorSource::Local);
            return;
        }
    }
    emit progressChanged(p);
    if (m_done) // not cancelled from a progress handler
        nextChunk();
}

void BackfillJob::fail(const SyncError &error, ErrorSource source)
{
    m_result.error = error;
    m_result.errorSource = source;
    qCWarning(lcSync).noquote() << m_accountId << "backfill stopped:" << error.toLogString();
    finish();
}

void BackfillJob::finish()
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    ++m_generation;
    const BackfillResult result = m_result;
    if (done)
        done(result);
}

} // namespace nb
