#include "statuscommand.h"

#include "common/clock.h"
#include "exitcodes.h"
#include "sync/accountrecord.h"
#include "sync/outbox.h"
#include "sync/statusmapping.h"
#include "sync/synchealth.h"
#include "sync/syncstate.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace nb::cli {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString ago(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid())
        return StatusCommand::tr("never");
    const qint64 minutes = t.secsTo(now) / 60;
    const QString when = t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (minutes < 0)
        return StatusCommand::tr("%1 (in %n min)", nullptr, int(-minutes)).arg(when);
    return StatusCommand::tr("%1 (%n min ago)", nullptr, int(minutes)).arg(when);
}

QString stateName(AccountState state)
{
    switch (state) {
    case AccountState::Disabled:
        return QStringLiteral("disabled");
    case AccountState::Idle:
        return QStringLiteral("ok");
    case AccountState::Syncing:
        return QStringLiteral("syncing");
    case AccountState::Retrying:
        return QStringLiteral("retrying");
    case AccountState::NeedsAttention:
        return QStringLiteral("needs-attention");
    case AccountState::Paused:
        return QStringLiteral("paused");
    }
    return QStringLiteral("ok");
}

} // namespace

QString StatusCommand::summary() const
{
    return tr("Show each account's sync state, last reading and errors");
}

QString StatusCommand::usage() const
{
    return tr("Usage: nightbridge-cli status [--json] [--account A]\n\n"
              "Shows, for each account, whether syncing works, when it last succeeded, the last error and what to\n"
              "do about it, when the next run is planned (while a daemon runs), how much was uploaded and healed,\n"
              "and the latest reading with its trend and IOB. Reads the state file only (no network).\n\n"
              "Exit codes: 0 all accounts fine, 1 some account failing or needing attention, 3 no accounts.\n");
}

void StatusCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    if (!begin(io, std::move(done)))
        return;
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("json")));
    if (!parser.parse(QStringList{name()} + arguments) || !parser.positionalArguments().isEmpty()) {
        usageError(parser.errorText());
        return;
    }
    const auto accounts = env().selectedAccounts();
    if (!accounts.ok()) {
        fail(accounts.error());
        return;
    }
    const QDateTime now = env().clock().nowUtc();
    QJsonArray array;
    bool allFine = true;
    for (const AccountConfig &config : accounts.value()) {
        const AccountRecord record = env().syncState().account(config.id);
        const AccountStatus s = StatusMapping::accountStatus(config, record, nullptr, false);
        const Outbox outbox(env().paths().outboxFor(config.id));
        const int pending = outbox.pendingDocuments();
        const QStringList damaged = outbox.damagedItems();
        allFine = allFine && (s.state == AccountState::Idle || s.state == AccountState::Disabled);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("id"), config.id},
                          {QStringLiteral("name"), s.displayName},
                          {QStringLiteral("vendor"), s.vendor},
                          {QStringLiteral("state"), stateName(s.state)},
                          {QStringLiteral("lastSuccess"), iso(s.lastSuccess)},
                          {QStringLiteral("lastAttempt"), iso(s.lastAttempt)},
                          {QStringLiteral("nextRun"), iso(s.nextRun)},
                          {QStringLiteral("lastDataTime"), iso(s.lastDataTime)},
                          {QStringLiteral("uploadedLastRun"), s.uploadedLastRun},
                          {QStringLiteral("uploadedTotal"), s.uploadedTotal},
                          {QStringLiteral("healedLastRun"), s.healedLastRun},
                          {QStringLiteral("healedTotal"), record.healedTotal},
                          {QStringLiteral("pendingUploads"), pending},
                          {QStringLiteral("damagedUploads"), QJsonArray::fromStringList(damaged)}};
            if (s.lastError) {
                o.insert(QStringLiteral("lastError"),
                         QJsonObject{{QStringLiteral("kind"), syncErrorKindName(s.lastError->kind)},
                                     {QStringLiteral("message"), s.lastError->userMessage},
                                     {QStringLiteral("source"), errorSourceName(s.errorSource)}});
            }
            if (record.lastReading) {
                o.insert(QStringLiteral("latestReading"),
                         QJsonObject{{QStringLiteral("time"), iso(record.lastReading->time)},
                                     {QStringLiteral("mgdl"), record.lastReading->mgdl},
                                     {QStringLiteral("direction"), record.lastReading->direction}});
            }
            if (record.device && record.device->iob)
                o.insert(QStringLiteral("iob"), *record.device->iob);
            array.append(o);
            continue;
        }
        io.out << QStringLiteral("%1 (%2): %3\n").arg(config.id, s.displayName, SyncHealthSummary::stateName(s.state));
        io.out << tr("  last success:  %1").arg(ago(s.lastSuccess, now)) << '\n';
        if (s.nextRun.isValid())
            io.out << tr("  next run:      %1").arg(ago(s.nextRun, now)) << '\n';
        if (record.lastReading) {
            QString line = tr("  last reading:  %1 mg/dL %2 at %3")
                               .arg(record.lastReading->mgdl)
                               .arg(record.lastReading->direction, ago(record.lastReading->time, now));
            if (record.device && record.device->iob)
                line += tr(", IOB %1 U").arg(*record.device->iob, 0, 'f', 2);
            io.out << line << '\n';
        }
        io.out << tr("  uploaded:      %1 last run, %2 in total; healed %3 last run, %4 in total")
                      .arg(s.uploadedLastRun)
                      .arg(s.uploadedTotal)
                      .arg(s.healedLastRun)
                      .arg(record.healedTotal)
               << '\n';
        if (pending > 0)
            io.out << tr("  waiting:       %n document(s) not yet confirmed by Nightscout", nullptr, pending) << '\n';
        if (s.lastError)
            io.out << tr("  last error:    %1").arg(s.lastError->userMessage) << '\n';
        if (!damaged.isEmpty())
            io.out << tr("  damaged:       %n pending upload file(s) could not be read and were set aside in %1: "
                         "%2. Their data is fetched again; check the disk, then delete them.",
                         nullptr, int(damaged.size()))
                          .arg(QDir::toNativeSeparators(outbox.directory()), damaged.join(QStringLiteral(", ")))
                   << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (accounts->isEmpty())
        io.out << tr("No accounts are configured.") << '\n';
    finish(accounts->isEmpty() ? Config : (allFine ? Ok : Failure));
}

} // namespace nb::cli
