#include "syncengine.h"

#include "common/clock.h"
#include "gapcheck.h"
#include "logging/categories.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsdocuments.h"
#include "rangereader.h"
#include "schedulepolicy.h"
#include "syncstate.h"

#include <QPointer>

namespace nb {

namespace {

const QString kEpochIso = QStringLiteral("1970-01-01T00:00:00.000Z");

QString ownerField(NsCollection collection)
{
    return collection == NsCollection::Treatments ? QStringLiteral("enteredBy") : QStringLiteral("device");
}

} // namespace

SyncEngine::SyncEngine(QString accountId, DataSource &source, ns::NightscoutClient &nightscout, Outbox &outbox,
                       SyncState &state, const Clock &clock, EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_accountId(std::move(accountId))
    , m_source(source)
    , m_nightscout(nightscout)
    , m_outbox(outbox)
    , m_state(state)
    , m_clock(clock)
    , m_options(options)
{}

SyncEngine::~SyncEngine() = default;

template<typename F>
auto SyncEngine::guarded(F f)
{
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    return [self, generation, f = std::move(f)](auto &&...args) mutable {
        if (!self || self->m_generation != generation || !self->m_done)
            return;
        f(std::forward<decltype(args)>(args)...);
    };
}

void SyncEngine::run(Callback done)
{
    if (m_done) {
        RunReport busy;
        busy.error = SyncError::make(SyncError::Kind::Cancelled, tr("A sync of this account is already running."),
                                     QStringLiteral("run requested while running"));
        done(busy);
        return;
    }
    m_done = std::move(done);
    m_report = RunReport{};
    m_known.clear();
    m_treatmentsSentUpTo = QDateTime();
    m_record = m_state.account(m_accountId);
    if (!m_options.pretend)
        m_record.lastAttempt = m_clock.nowUtc();
    checkPause();
}

void SyncEngine::cancel()
{
    if (!m_done)
        return;
    ++m_generation;
    m_source.cancel();
    m_report.error =
        SyncError::make(SyncError::Kind::Cancelled, tr("The sync was cancelled."), QStringLiteral("cancelled"));
    m_report.errorSource = ErrorSource::Local;
    finish();
}

Result<void> SyncEngine::clearAuthPause()
{
    AccountRecord record = m_state.account(m_accountId);
    if (!record.authPaused)
        return {};
    record.authPaused = false;
    record.authFingerprint.clear();
    record.lastError.reset();
    record.consecutiveFailures = 0;
    return m_state.setAccount(m_accountId, record);
}

// An account paused for a refused sign-in is tried again only once its credentials changed: a timer
// or cron job must never walk a wrong password into a vendor lockout.
void SyncEngine::checkPause()
{
    if (!m_record.authPaused) {
        emit stepChanged(QStringLiteral("outbox"));
        QStringList damaged;
        const auto items = m_outbox.pending(&damaged);
        if (!items.ok()) {
            fail(items.error(), ErrorSource::Local);
            return;
        }
        if (!damaged.isEmpty()) // the outbox dropped the later items' cursors: the next fetch brings them again
            qCWarning(lcSync).noquote() << m_accountId << "outbox items could not be read and were set aside:"
                                        << damaged.join(QStringLiteral(", "));
        m_report.damagedItems = m_outbox.damagedItems();
        for (const OutboxItem &item : items.value())
            m_report.recovered += int(item.batch.size());
        if (m_report.recovered > 0)
            qCInfo(lcSync).noquote() << m_accountId << "uploading" << m_report.recovered
                                     << "documents left by an interrupted run";
        if (m_options.pretend) {
            m_report.pending = m_report.recovered;
            m_report.recovered = 0;
            reconcile();
            return;
        }
        drain(items.value(), [this] { reconcile(); });
        return;
    }
    m_source.credentialFingerprint(guarded([this](const QByteArray &fingerprint) {
        if (!fingerprint.isEmpty() && fingerprint != m_record.authFingerprint) {
            qCInfo(lcSync).noquote() << m_accountId << "credentials changed since the refused sign-in; trying again";
            m_record.authPaused = false;
            m_record.authFingerprint.clear();
            checkPause();
            return;
        }
        m_report.skippedPaused = true;
        m_report.error = m_record.lastError.value_or(SyncError::make(
            SyncError::Kind::Auth, tr("The sign-in was refused. Check the account's password, then run check-login."),
            QStringLiteral("paused after a refused sign-in")));
        m_report.errorSource = ErrorSource::Vendor;
        finish();
    }));
}

// fresh: items this run just enqueued (not left by an earlier attempt), so nothing in them newer than the
// newest confirmed treatment was ever sent.
void SyncEngine::drain(QList<OutboxItem> items, Step next, bool fresh)
{
    if (items.isEmpty()) {
        next();
        return;
    }
    const OutboxItem item = items.takeFirst();
    emit stepChanged(QStringLiteral("upload"));
    ns::NsUploadHints hints;
    hints.known = m_known;
    if (fresh)
        hints.treatmentsNeverSentAfter = m_treatmentsSentUpTo;
    m_nightscout.upload(item.batch, guarded([this, item, items, next, fresh](const Result<ns::NsUploadReport> &result) {
                            if (!result.ok()) {
                                m_report.pending = m_outbox.pendingDocuments();
                                fail(result.error(), result.error().kind == SyncError::Kind::Cancelled
                                                         ? ErrorSource::Local
                                                         : ErrorSource::Nightscout);
                                return;
                            }
                            noteConfirmed(item.batch, result.value());
                            if (item.cursor)
                                m_record.cursor = *item.cursor;
                            // State first, then the file: a crash in between repeats this item, never skips it.
                            if (auto saved = saveRecord(); !saved.ok()) {
                                fail(saved.error(), ErrorSource::Local);
                                return;
                            }
                            if (auto removed = m_outbox.remove(item); !removed.ok()) {
                                fail(removed.error(), ErrorSource::Local);
                                return;
                            }
                            drain(items, next, fresh);
                        }),
                        hints);
}

void SyncEngine::noteConfirmed(const NsBatch &batch, const ns::NsUploadReport &report)
{
    m_report.uploaded += report.posted;
    m_report.skipped += report.skippedUnchanged + report.skippedForeign;
    GapCheck::raiseMarks(m_record.marks, batch);
}

Result<void> SyncEngine::saveRecord()
{
    if (m_options.pretend)
        return {};
    // A backfill of this account may have confirmed newer documents meanwhile: marks only move forward.
    GapCheck::raiseMarks(m_record.marks, m_state.account(m_accountId).marks);
    return m_state.setAccount(m_accountId, m_record);
}

// Once per process: does the site still hold the newest documents we know it confirmed? A site restored
// from an old backup, or another site at the same address, does not; then everything from the newest
// one it still has is sent again.
void SyncEngine::reconcile()
{
    if (m_reconciled) {
        fetch(QDateTime());
        return;
    }
    QList<NsCollection> todo;
    for (NsCollection collection : {NsCollection::Entries, NsCollection::Treatments}) {
        if (m_record.marks.value(nsCollectionName(collection)).isValid())
            todo.append(collection);
    }
    emit stepChanged(QStringLiteral("reconcile"));
    reconcileNext(todo, QDateTime());
}

void SyncEngine::reconcileNext(QList<NsCollection> todo, QDateTime resendFrom)
{
    if (todo.isEmpty()) {
        m_reconciled = true;
        fetch(resendFrom);
        return;
    }
    const NsCollection collection = todo.takeFirst();
    const UploadMark mark = m_record.marks.value(nsCollectionName(collection));
    ns::NsQuery query;
    query.equals(ownerField(collection), mark.owner).count(1);
    if (collection == NsCollection::Entries)
        query.gte(QStringLiteral("date"), QStringLiteral("0"));
    else
        query.gte(QStringLiteral("created_at"), kEpochIso);
    m_nightscout.find(
        collection, query, guarded([this, collection, mark, todo, resendFrom](const Result<QList<QJsonObject>> &docs) {
            if (!docs.ok()) {
                fail(docs.error(), ErrorSource::Nightscout);
                return;
            }
            QDateTime from = resendFrom;
            const QDateTime newest =
                docs->isEmpty() ? QDateTime() : ns::NsDocuments::instantOf(collection, docs->first());
            if (!newest.isValid() || newest.addSecs(1) < mark.time) {
                const QDateTime floor = m_clock.nowUtc().addDays(-std::max(1, m_options.maxResendDays));
                QDateTime again = newest.isValid() ? newest : mark.time.addDays(-m_options.initialDays);
                again = std::max(again, floor);
                qCWarning(lcSync).noquote()
                    << m_accountId << "Nightscout no longer holds our" << nsCollectionName(collection) << "up to"
                    << mark.time.toString(Qt::ISODate) << "- sending again from" << again.toString(Qt::ISODate);
                m_report.notes.append(QStringLiteral("reconcile: %1 resent from %2")
                                          .arg(nsCollectionName(collection), again.toString(Qt::ISODate)));
                if (!from.isValid() || again < from)
                    from = again;
            }
            reconcileNext(todo, from);
        }));
}

void SyncEngine::fetch(const QDateTime &resendFrom)
{
    FetchRequest request;
    request.cursor = m_record.cursor;
    request.resendFrom = resendFrom;
    request.initialDays = m_options.initialDays;
    const QDateTime now = m_clock.nowUtc();
    request.wantWindow =
        !m_record.lastVerify.isValid() || m_record.lastVerify.secsTo(now) >= qint64(m_options.verifyEveryMinutes) * 60;
    emit stepChanged(QStringLiteral("fetch"));
    m_source.fetch(request, guarded([this, request](const Result<FetchResult> &result) {
                       if (!result.ok()) {
                           fail(result.error(), result.error().kind == SyncError::Kind::Cancelled
                                                    ? ErrorSource::Local
                                                    : ErrorSource::Vendor);
                           return;
                       }
                       m_report.fetched = int(result->batch.size());
                       m_report.healed = result->healed;
                       m_report.newestData = result->newestData;
                       m_report.facts = result->facts;
                       m_report.notes.append(result->notes);
                       const bool haveWindow = request.wantWindow && (!result->window.entries.isEmpty() ||
                                                                      !result->window.treatments.isEmpty());
                       if (haveWindow) {
                           verifyWindow(result.value(), {NsCollection::Entries, NsCollection::Treatments});
                           return;
                       }
                       enqueue(result.value());
                   }));
}

// Gap healing against the site: what the vendor still has in its window but the site lacks (the laptop
// slept through a CareLink day, a document was deleted) is added to this run's upload.
void SyncEngine::verifyWindow(FetchResult result, QList<NsCollection> todo)
{
    while (!todo.isEmpty() && result.window.of(todo.first()).isEmpty())
        todo.removeFirst();
    if (todo.isEmpty()) {
        m_record.lastVerify = m_clock.nowUtc();
        enqueue(result);
        return;
    }
    const NsCollection collection = todo.takeFirst();
    const auto range = GapCheck::timeRange(collection, result.window.of(collection));
    if (!range.first.isValid()) {
        verifyWindow(result, todo);
        return;
    }
    emit stepChanged(QStringLiteral("verify"));
    const QDateTime from = range.first;
    const QDateTime to = range.second;
    RangeReader::read(
        m_nightscout, collection, from, to, this,
        guarded([this, result, todo, collection, from, to](const Result<QList<QJsonObject>> &existing) mutable {
            if (!existing.ok()) {
                fail(existing.error(), ErrorSource::Nightscout);
                return;
            }
            m_known.append(ns::NsUploadHints::Known{collection, from, to, existing.value(), m_clock.nowUtc()});
            const QList<QJsonObject> missing = GapCheck::missing(collection, result.window.of(collection),
                                                                 existing.value(), result.batch.of(collection));
            if (!missing.isEmpty()) {
                result.batch.of(collection).append(missing);
                result.healed += int(missing.size());
                m_report.healed = result.healed;
                m_report.fetched = int(result.batch.size());
            }
            verifyWindow(result, todo);
        }));
}

void SyncEngine::enqueue(FetchResult result)
{
    if (result.healed > 0)
        qCInfo(lcSync).noquote() << m_accountId << "healed" << result.healed << "documents missing from Nightscout";
    if (m_options.pretend) {
        m_report.pretendBatch = result.batch;
        succeed();
        return;
    }
    QJsonObject meta{{QStringLiteral("healed"), result.healed}};
    const auto items = m_outbox.enqueue(result.batch, result.cursor, QStringLiteral("sync"), m_options.batchSize, meta);
    if (!items.ok()) {
        fail(items.error(), ErrorSource::Local);
        return;
    }
    // Everything of earlier attempts is confirmed by now (their items were drained first), so the newest
    // confirmed treatment bounds what was ever sent.
    m_treatmentsSentUpTo = m_record.marks.value(nsCollectionName(NsCollection::Treatments)).time;
    drain(
        items.value(), [this] { succeed(); }, m_treatmentsSentUpTo.isValid());
}

void SyncEngine::succeed()
{
    if (m_options.pretend) {
        finish();
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    m_record.lastSuccess = now;
    m_record.lastError.reset();
    m_record.consecutiveFailures = 0;
    m_record.uploadedLastRun = m_report.uploaded;
    m_record.uploadedTotal += m_report.uploaded;
    if (m_report.uploaded > 0) {
        m_record.lastUploadAt = now;
        m_record.lastUploadCount = m_report.uploaded;
    }
    m_record.healedLastRun = m_report.healed;
    m_record.healedTotal += m_report.healed;
    if (m_report.newestData.isValid() &&
        (!m_record.lastDataTime.isValid() || m_report.newestData > m_record.lastDataTime))
        m_record.lastDataTime = m_report.newestData;
    if (!m_report.facts.readings.isEmpty())
        m_record.lastReading = m_report.facts.readings.last();
    if (m_report.facts.device)
        m_record.device = m_report.facts.device;
    if (auto saved = saveRecord(); !saved.ok()) {
        fail(saved.error(), ErrorSource::Local);
        return;
    }
    qCInfo(lcSync).noquote() << m_accountId << "sync done:" << m_report.fetched << "fetched," << m_report.uploaded
                             << "uploaded," << m_report.healed << "healed," << m_report.recovered << "recovered";
    finish();
}

void SyncEngine::fail(const SyncError &error, ErrorSource source)
{
    m_report.error = error;
    m_report.errorSource = source;
    qCWarning(lcSync).noquote() << m_accountId << "sync failed (" << errorSourceName(source)
                                << "):" << error.toLogString();
    if (m_options.pretend || error.kind == SyncError::Kind::Cancelled) {
        finish();
        return;
    }
    m_record.lastError = error;
    m_record.errorSource = source;
    ++m_record.consecutiveFailures;
    m_report.pending = m_outbox.pendingDocuments();
    if (source != ErrorSource::Vendor || !SchedulePolicy::needsUser(error)) {
        (void)saveRecord();
        finish();
        return;
    }
    m_source.credentialFingerprint(guarded([this](const QByteArray &fingerprint) {
        m_record.authPaused = true;
        m_record.authFingerprint = fingerprint;
        (void)saveRecord();
        finish();
    }));
}

void SyncEngine::finish()
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    const RunReport report = m_report;
    ++m_generation;
    if (done)
        done(report);
}

} // namespace nb
