#include "backfillsession.h"

#include "common/clock.h"
#include "nightscout/nightscoutclient.h"
#include "sync/outbox.h"
#include "sync/syncstate.h"

#include <QPointer>

namespace nb {

BackfillSession::BackfillSession(BackfillServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

BackfillSession::~BackfillSession()
{
    // Closing the wizard mid-run: the job saves its progress (resumable) and nobody is told any more.
    m_closing = true;
    cancel();
    m_job.reset();
}

QDateTime BackfillSession::now() const
{
    return m_services.clock().nowUtc();
}

Result<void> BackfillSession::selectAccount(const QString &accountId)
{
    if (isBusy())
        return SyncError::make(SyncError::Kind::Config, tr("A backfill is running."), QStringLiteral("busy"));
    for (const AccountConfig &a : m_services.accounts()) {
        if (a.id != accountId)
            continue;
        m_account = a;
        m_previewResult.reset();
        m_runResult.reset();
        return rebuildSource();
    }
    return SyncError::make(SyncError::Kind::Config, tr("The account \"%1\" does not exist.").arg(accountId),
                           QStringLiteral("unknown account"));
}

Result<void> BackfillSession::rebuildSource()
{
    m_job.reset(); // before the source it refers to
    m_source.reset();
    auto source = m_services.createSource(m_account);
    if (!source.ok())
        return source.error();
    m_source = std::shared_ptr<DataSource>(std::move(source).value());
    return {};
}

SourceLimits BackfillSession::limits() const
{
    return m_source ? m_source->limits() : SourceLimits{};
}

Result<void> BackfillSession::setFeatures(const QString &features)
{
    if (features == m_account.features && m_source)
        return {};
    m_account.features = features;
    m_previewResult.reset();
    return rebuildSource();
}

std::optional<BackfillProgress> BackfillSession::pendingBackfill() const
{
    if (m_account.id.isEmpty())
        return std::nullopt;
    const QJsonObject json = m_services.syncState().backfill(m_account.id);
    if (json.isEmpty())
        return std::nullopt;
    return BackfillProgress::fromJson(json);
}

void BackfillSession::setRange(const QDateTime &from, const QDateTime &to)
{
    if (from != m_from || to != m_to)
        m_previewResult.reset();
    m_from = from.toUTC();
    m_to = to.toUTC();
}

BackfillPlan BackfillSession::plan() const
{
    return BackfillPlanner::plan(m_from, m_to, limits(), now());
}

void BackfillSession::preview()
{
    begin(Mode::Preview, m_resume);
}

void BackfillSession::run()
{
    begin(Mode::Run, m_resume);
}

void BackfillSession::resume()
{
    begin(Mode::Run, pendingBackfill().has_value() || m_resume);
}

void BackfillSession::cancel()
{
    if (m_mode == Mode::Idle)
        return;
    if (m_job) {
        m_job->cancel(); // answers at once through done()
        return;
    }
    // Still waiting for the Nightscout client.
    ++m_generation;
    failEarly(SyncError::make(SyncError::Kind::Cancelled, tr("The backfill was cancelled."),
                              QStringLiteral("backfill cancelled before it started")),
              ErrorSource::Local);
}

void BackfillSession::begin(Mode mode, bool resume)
{
    if (isBusy())
        return;
    m_job.reset();
    m_mode = mode;
    m_progress = BackfillProgress{};
    emit busyChanged(true);
    if (!m_source) {
        if (auto built = rebuildSource(); !built.ok()) {
            failEarly(built.error(), ErrorSource::Local);
            return;
        }
    }
    const quint64 generation = ++m_generation;
    QPointer<BackfillSession> self(this);
    m_services.nightscoutClient(m_account, [self, generation, resume](const Result<ns::NightscoutClient *> &client) {
        if (!self || self->m_generation != generation || self->m_mode == Mode::Idle)
            return;
        if (!client.ok()) {
            self->failEarly(client.error(), ErrorSource::Nightscout);
            return;
        }
        self->startJob(*client.value(), resume);
    });
}

void BackfillSession::startJob(ns::NightscoutClient &client, bool resume)
{
    const bool pretend = m_mode == Mode::Preview;
    m_outbox = std::make_unique<Outbox>(m_services.outboxDirFor(m_account.id));
    m_job = std::make_unique<BackfillJob>(m_account.id, *m_source, client, *m_outbox, m_services.syncState(),
                                          m_services.clock());
    connect(m_job.get(), &BackfillJob::progressChanged, this, [this](const BackfillProgress &p) {
        m_progress = p;
        if (!m_closing)
            emit progressChanged(p);
    });
    if (!pretend)
        m_services.setBackfillActive(m_account.id, true);
    const int batch = m_services.uploadBatchSize();
    auto callback = [this](const BackfillResult &result) { done(result); };
    if (resume && pendingBackfill())
        m_job->resume(pretend, batch, callback);
    else
        m_job->start(BackfillOptions{m_from, m_to, pretend, batch}, callback);
}

void BackfillSession::done(const BackfillResult &result)
{
    const Mode mode = m_mode;
    m_mode = Mode::Idle;
    m_progress = result.progress;
    if (mode == Mode::Run && m_job)
        m_services.setBackfillActive(m_account.id, false);
    if (mode == Mode::Preview)
        m_previewResult = result;
    else
        m_runResult = result;
    if (m_closing)
        return;
    emit busyChanged(false);
    if (mode == Mode::Preview)
        emit previewFinished(result);
    else
        emit runFinished(result);
}

void BackfillSession::failEarly(const SyncError &error, ErrorSource source)
{
    BackfillResult result;
    result.error = error;
    result.errorSource = source;
    done(result);
}

} // namespace nb
