#include "backfillcommand.h"

#include "common/clock.h"
#include "common/privatefiles.h"
#include "exitcodes.h"
#include "progressbar.h"
#include "settings/settings.h"
#include "signalwatcher.h"
#include "sync/backfilljob.h"
#include "sync/outbox.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace nb::cli {

BackfillCommand::BackfillCommand(const GlobalOptions &global)
    : EnvCommand(global)
{}

BackfillCommand::~BackfillCommand()
{
    m_job.reset();
}

QString BackfillCommand::summary() const
{
    return tr("Upload a past range (dates or last N days); resumable, with --pretend diff");
}

QString BackfillCommand::usage() const
{
    return tr("Usage: nightbridge-cli backfill (--start-date D --end-date D | --days N) [options]\n\n"
              "Fetches the range from each selected account's vendor, compares it with what Nightscout holds and\n"
              "uploads only what is missing or different. Tandem Source is read in windows of up to 28 days.\n"
              "CareLink keeps only the last 24 hours: older data cannot be backfilled from it (Nightbridge says\n"
              "so and fills what is left of the range).\n\n"
              "  --start-date D   first day (YYYY-MM-DD, local time) or an ISO date-time\n"
              "  --end-date D     last day, included (default: now)\n"
              "  --days N         the last N days up to now\n"
              "  --resume         continue the interrupted backfill of each account (its own range)\n"
              "  --output FILE    with --pretend: write {\"missing\":{...}, \"changed\":{...}} per account as JSON\n"
              "  --json           the final counts as JSON\n\n"
              "Progress shows on a terminal as a bar (standard error), else as plain lines. Ctrl-C stops after\n"
              "saving progress; run the same command again to continue.\n"
              "Exit codes as for sync; 130 when interrupted.\n");
}

QDateTime BackfillCommand::parseDate(const QString &text, bool endOfDay)
{
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10) {
        // A calendar day of the user: converted at the edge, DST-safe.
        const QDateTime local = endOfDay
                                    ? QDateTime(date.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()).addSecs(-1)
                                    : QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone());
        return local.toUTC();
    }
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

void BackfillCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    if (!begin(io, std::move(done)))
        return;
    QCommandLineParser parser;
    for (const char *valued : {"start-date", "end-date", "days", "output"})
        parser.addOption(QCommandLineOption(QLatin1String(valued), QString(), QStringLiteral("value")));
    for (const char *flag : {"resume", "json", "once"})
        parser.addOption(QCommandLineOption(QLatin1String(flag)));
    if (!parser.parse(QStringList{name()} + arguments) || !parser.positionalArguments().isEmpty()) {
        usageError(parser.errorText().isEmpty() ? tr("backfill takes no arguments.") : parser.errorText());
        return;
    }
    const QDateTime now = env().clock().nowUtc();
    m_resume = parser.isSet(QStringLiteral("resume"));
    m_json = parser.isSet(QStringLiteral("json"));
    m_output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > 3650) {
            usageError(tr("--days needs a number of days (1 or more)."));
            return;
        }
        const auto range = BackfillPlanner::lastDays(days, now);
        m_from = range.first;
        m_to = range.second;
    } else if (parser.isSet(QStringLiteral("start-date"))) {
        m_from = parseDate(parser.value(QStringLiteral("start-date")), false);
        m_to =
            parser.isSet(QStringLiteral("end-date")) ? parseDate(parser.value(QStringLiteral("end-date")), true) : now;
        if (!m_from.isValid() || !m_to.isValid() || m_to < m_from) {
            usageError(tr("--start-date and --end-date need dates like 2026-03-01, the start before the end."));
            return;
        }
    } else if (!m_resume) {
        usageError(tr("backfill needs --start-date/--end-date, --days or --resume."));
        return;
    }
    if (!m_global.pretend) {
        if (auto locked = env().lock(); !locked.ok()) {
            io.err << locked.error().userMessage << '\n';
            finish(env().lockFailureCode(locked.error()));
            return;
        }
    }
    bool stderrTerminal = false;
#ifdef Q_OS_UNIX
    stderrTerminal = isatty(STDERR_FILENO) == 1;
#endif
    m_bar = std::make_unique<ProgressBar>(io.err, stderrTerminal);
    m_signals = std::make_unique<SignalWatcher>();
    connect(m_signals.get(), &SignalWatcher::interrupted, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    prepareAccounts(true, [this](QList<Prepared> accounts) {
        m_accounts = accounts;
        next();
    });
}

void BackfillCommand::next()
{
    if (m_accounts.isEmpty()) {
        if (!m_output.isEmpty()) {
            QFile file(m_output);
            if (!file.open(QIODevice::WriteOnly, PrivateFiles::kFileMode) ||
                file.write(QJsonDocument(m_diff).toJson()) < 0) {
                io().err << tr("Cannot write %1: %2").arg(m_output, file.errorString()) << '\n';
                m_worst = LocalStorage;
            }
        }
        finish(m_worst);
        return;
    }
    const Prepared account = m_accounts.takeFirst();
    m_current = account.config.id;
    m_etaStarted = false;
    m_outbox = std::make_unique<Outbox>(env().paths().outboxFor(account.config.id));
    m_job = std::make_unique<BackfillJob>(account.config.id, *account.source, *account.nightscout, *m_outbox,
                                          env().syncState(), env().clock());
    connect(m_job.get(), &BackfillJob::progressChanged, this, &BackfillCommand::onProgress);
    // Keeps the source alive for the job.
    auto keep = account.source;
    const int batch = env().settings().intValue(keys::nightscoutUploadBatchSize);
    auto done = [this, keep](const BackfillResult &result) { onDone(result); };
    if (m_resume && !m_from.isValid()) {
        if (!m_job->pendingBackfill()) {
            io().err << tr("%1: nothing to resume.").arg(m_current) << '\n';
            QMetaObject::invokeMethod(
                this, [this] { next(); }, Qt::QueuedConnection);
            return;
        }
        m_job->resume(m_global.pretend, batch, done);
        return;
    }
    m_job->start(BackfillOptions{m_from, m_to, m_global.pretend, batch}, done);
}

void BackfillCommand::onProgress(const BackfillProgress &p)
{
    const QDateTime now = env().clock().nowUtc();
    if (!m_etaStarted) { // the first progress: where this run starts (or resumes)
        m_eta.start(now, p.chunk);
        m_etaStarted = true;
    }
    QString text = tr("%1: window %2/%3, found %4, uploaded %5, already there %6")
                       .arg(m_current)
                       .arg(std::min(p.chunk + 1, p.chunks))
                       .arg(p.chunks)
                       .arg(p.found)
                       .arg(p.uploaded)
                       .arg(p.alreadyPresent);
    if (const QString left = m_eta.text(now, p.chunk, p.chunks); !left.isEmpty())
        text += QStringLiteral(", ") + left;
    m_bar->update(p.percent(), text);
}

void BackfillCommand::onDone(const BackfillResult &result)
{
    m_bar->finish();
    if (!result.note.isEmpty())
        io().err << m_current << QStringLiteral(": ") << result.note << '\n';
    const BackfillProgress &p = result.progress;
    if (!result.ok()) {
        io().err << m_current << QStringLiteral(": ") << result.error->userMessage << '\n';
        const int code = exitCodeFor(*result.error);
        if (m_worst == Ok || code == Cancelled)
            m_worst = code;
        if (code == Cancelled) {
            m_accounts.clear();
        }
    } else if (m_json) {
        io().out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("account"), m_current},
                                                                {QStringLiteral("progress"), p.toJson()},
                                                                {QStringLiteral("pretend"), m_global.pretend}})
                                          .toJson(QJsonDocument::Compact))
                 << '\n';
    } else if (m_global.pretend) {
        io().out << tr("%1: %2 documents in the range; %3 already in Nightscout, %4 missing, %5 different "
                       "(pretend: nothing uploaded)")
                        .arg(m_current)
                        .arg(p.found)
                        .arg(p.alreadyPresent)
                        .arg(result.missing.size())
                        .arg(result.changed.size())
                 << '\n';
    } else {
        io().out << tr("%1: %2 documents in the range; %3 uploaded, %4 were already in Nightscout%5")
                        .arg(m_current)
                        .arg(p.found)
                        .arg(p.uploaded)
                        .arg(p.alreadyPresent, 0)
                        .arg(p.resumed ? tr(" (resumed)") : QString())
                 << '\n';
    }
    if (m_global.pretend)
        m_diff.insert(m_current, QJsonObject{{QStringLiteral("missing"), result.missing.toJson()},
                                             {QStringLiteral("changed"), result.changed.toJson()}});
    io().out.flush();
    m_job.release()->deleteLater(); // we may be inside its callback
    QMetaObject::invokeMethod(
        this, [this] { next(); }, Qt::QueuedConnection);
}

} // namespace nb::cli
