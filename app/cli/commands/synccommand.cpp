#include "synccommand.h"

#include "common/clock.h"
#include "exitcodes.h"
#include "settings/settings.h"
#include "signalwatcher.h"
#include "sync/statusmodel.h"
#include "sync/syncservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

namespace nb::cli {

namespace {

// The most serious outcome decides the exit code: needs-the-user before try-again-later.
int severity(int code)
{
    switch (code) {
    case AuthFailed:
    case Config:
        return 4;
    case VendorChanged:
    case LocalStorage:
        return 3;
    case Unavailable:
        return 2;
    case Ok:
        return 0;
    default:
        return 1;
    }
}

} // namespace

SyncCommand::SyncCommand(const GlobalOptions &global)
    : EnvCommand(global)
{}

SyncCommand::~SyncCommand()
{
    m_service.reset();
}

QString SyncCommand::summary() const
{
    return tr("Sync every enabled account once, or continuously (--auto-update)");
}

QString SyncCommand::usage() const
{
    return tr("Usage: nightbridge-cli sync [--once | --auto-update] [--json] [global options]\n\n"
              "--once (default)  one pass over the enabled accounts (--account narrows), for cron or a systemd timer\n"
              "--auto-update     keep running: each account syncs when its vendor has new data (CareLink just after\n"
              "                  each 5-minute reading, Tandem as often as the pump app uploads, 5-25 min), backs off\n"
              "                  on errors, and waits for you when a password is refused. Stops on Ctrl-C / SIGTERM.\n"
              "--json            one JSON object per account and run on standard output\n"
              "--pretend         fetch and convert, print what would be uploaded, change nothing\n\n"
              "Only one process syncs at a time (exit code 8 when another one does).\n"
              "Exit codes: 0 ok, 3 configuration, 4 sign-in refused or needed, 5 unavailable (try later),\n"
              "6 unexpected vendor answer, 7 local storage, 8 busy, 130 interrupted.\n");
}

void SyncCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    if (!begin(io, std::move(done)))
        return;
    QCommandLineParser parser;
    for (const char *flag : {"once", "auto-update", "daemon", "json"})
        parser.addOption(QCommandLineOption(QLatin1String(flag)));
    if (!parser.parse(QStringList{name()} + arguments) || !parser.positionalArguments().isEmpty()) {
        usageError(parser.errorText().isEmpty() ? tr("sync takes no arguments.") : parser.errorText());
        return;
    }
    m_continuous = parser.isSet(QStringLiteral("auto-update")) || parser.isSet(QStringLiteral("daemon"));
    if (m_continuous && parser.isSet(QStringLiteral("once"))) {
        usageError(tr("--once and --auto-update exclude each other."));
        return;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    if (m_global.demo) {
        io.err << tr("DEMO MODE: simulated CareLink and Tandem data, no real vendor account is used.") << '\n';
        io.err.flush();
    }
    if (!m_global.pretend) {
        if (auto locked = env().lock(); !locked.ok()) {
            io.err << locked.error().userMessage << '\n';
            finish(env().lockFailureCode(locked.error()));
            return;
        }
    }
    prepareAccounts(true, [this](QList<Prepared> accounts) { start(accounts); });
}

void SyncCommand::start(QList<Prepared> accounts)
{
    m_status = std::make_unique<StatusModel>();
    m_status->setDemo(m_global.demo);
    m_service = std::make_unique<SyncService>(env().clock(), env().syncState(), *m_status, env().paths());
    for (const Prepared &p : accounts) {
        EngineOptions options;
        options.batchSize = env().settings().intValue(keys::nightscoutUploadBatchSize);
        options.initialDays = p.config.initialDays;
        options.pretend = m_global.pretend;
        m_service->addAccount(p.config, p.source, *p.nightscout, options);
    }
    if (!m_continuous) {
        m_service->runOnce({}, [this](const QHash<QString, RunReport> &reports) {
            QStringList ids = reports.keys();
            ids.sort();
            for (const QString &id : ids)
                printReport(id, reports.value(id));
            finish(exitCodeOf(reports));
        });
        return;
    }
    connect(m_service.get(), &SyncService::runFinished, this,
            [this](const QString &id, const RunReport &report) { printReport(id, report); });
    m_signals = std::make_unique<SignalWatcher>();
    connect(m_signals.get(), &SignalWatcher::interrupted, this, [this](int signal) {
        io().err << tr("Stopping.") << '\n';
        m_service->stop();
        finish(signal == SIGTERM ? Ok : Cancelled); // SIGTERM is how systemd stops a service: a clean exit
    });
    io().err << tr("Syncing %n account(s) continuously; Ctrl-C stops.", nullptr, int(accounts.size())) << '\n';
    io().err.flush();
    m_service->startContinuous();
}

void SyncCommand::printReport(const QString &accountId, const RunReport &report)
{
    const AccountConfig *config = m_service->config(accountId);
    const QString label = config ? config->id : accountId;
    if (!report.damagedItems.isEmpty()) {
        // On standard error whatever the format: damaged files on disk need a person to look at them.
        io().err << tr("%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their "
                       "data is fetched again from the vendor; check the disk, then delete those files.",
                       nullptr, int(report.damagedItems.size()))
                        .arg(label, QDir::toNativeSeparators(env().paths().outboxFor(accountId)),
                             report.damagedItems.join(QStringLiteral(", ")))
                 << '\n';
        io().err.flush();
    }
    const QDateTime next = m_service->scheduler().schedule(accountId)
                               ? m_service->scheduler().schedule(accountId)->nextRun()
                               : QDateTime();
    if (m_json) {
        QJsonObject o{{QStringLiteral("account"), accountId},
                      {QStringLiteral("ok"), report.ok()},
                      {QStringLiteral("fetched"), report.fetched},
                      {QStringLiteral("uploaded"), report.uploaded},
                      {QStringLiteral("skipped"), report.skipped},
                      {QStringLiteral("healed"), report.healed},
                      {QStringLiteral("recovered"), report.recovered},
                      {QStringLiteral("pending"), report.pending},
                      {QStringLiteral("damagedItems"), QJsonArray::fromStringList(report.damagedItems)},
                      {QStringLiteral("newestData"), report.newestData.toString(Qt::ISODate)}};
        if (m_continuous && next.isValid())
            o.insert(QStringLiteral("nextRun"), next.toString(Qt::ISODate));
        if (report.error)
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("kind"), syncErrorKindName(report.error->kind)},
                                 {QStringLiteral("message"), report.error->userMessage}});
        if (m_global.pretend)
            o.insert(QStringLiteral("documents"), report.pretendBatch.toJson());
        io().out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        io().out.flush();
        return;
    }
    const QString time = env().clock().nowUtc().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QString line;
    if (!report.ok()) {
        line = tr("%1 %2: %3").arg(time, label, report.error->userMessage);
        if (report.pending > 0)
            line += tr(" (%n document(s) kept for the next attempt)", nullptr, report.pending);
    } else if (m_global.pretend) {
        const NsBatch &b = report.pretendBatch;
        line = tr("%1 %2: would upload %3 entries, %4 treatments, %5 devicestatus, %6 profile (pretend: nothing sent)")
                   .arg(time, label)
                   .arg(b.entries.size())
                   .arg(b.treatments.size())
                   .arg(b.devicestatus.size())
                   .arg(b.profile.size());
    } else {
        line = tr("%1 %2: uploaded %3").arg(time, label).arg(report.uploaded);
        if (report.healed > 0)
            line += tr(", healed %n", nullptr, report.healed);
        if (report.recovered > 0)
            line += tr(", %n from an interrupted run", nullptr, report.recovered);
        if (report.newestData.isValid())
            line += tr("; newest data %1")
                        .arg(report.newestData.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    if (m_continuous && next.isValid())
        line += tr("; next run %1").arg(next.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    (report.ok() ? io().out : io().err) << line << '\n';
    io().out.flush();
    io().err.flush();
}

int SyncCommand::exitCodeOf(const QHash<QString, RunReport> &reports) const
{
    int worst = Ok;
    for (const RunReport &r : reports) {
        const int code = r.ok() ? int(Ok) : int(exitCodeFor(*r.error));
        if (severity(code) > severity(worst))
            worst = code;
    }
    return worst;
}

} // namespace nb::cli
