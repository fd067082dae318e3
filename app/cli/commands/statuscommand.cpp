#include "statuscommand.h"

#include "common/clock.h"
#include "credentialpresence.h"
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
              "and the latest reading with its trend and IOB, and whether the password (or CareLink sign-in) and the\n"
              "Nightscout secret are stored. Reads the state file and the credential store only (no network).\n\n"
              "Exit codes: 0 all accounts fine, 1 some account failing, needing attention or missing a secret,\n"
              "3 no accounts.\n");
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
    m_json = parser.isSet(QStringLiteral("json"));
    const auto accounts = env().selectedAccounts();
    if (!accounts.ok()) {
        fail(accounts.error());
        return;
    }
    if (accounts->isEmpty()) {
        if (m_json)
            io.out << QStringLiteral("[]\n");
        else
            io.out << tr("No accounts are configured.") << '\n';
        finish(Config);
        return;
    }
    CredentialPresenceCheck::check(
        env().runtime(), accounts.value(), this,
        [this, list = accounts.value()](const QList<CredentialPresence> &presence) { print(list, presence); });
}

void StatusCommand::print(const QList<AccountConfig> &accounts, const QList<CredentialPresence> &presence)
{
    QTextStream &out = io().out;
    const QDateTime now = env().clock().nowUtc();
    QJsonArray array;
    bool allFine = true;
    const CredentialPresence nothingFound;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const AccountConfig &config = accounts.at(i);
        // at() with a fallback rather than value(i): GCC 12 at -O3 warns about value()'s temporary.
        const CredentialPresence &creds = i < presence.size() ? presence.at(i) : nothingFound;
        const AccountRecord record = env().syncState().account(config.id);
        const AccountStatus s = StatusMapping::accountStatus(config, record, nullptr, false);
        const Outbox outbox(env().paths().outboxFor(config.id));
        const int pending = outbox.pendingDocuments();
        const QStringList damaged = outbox.damagedItems();
        const bool neverSynced = !s.lastSuccess.isValid() && !s.lastAttempt.isValid();
        const bool credentialsMissing = config.enabled && (!creds.vendorStored || !creds.nightscoutStored);
        allFine = allFine && (s.state == AccountState::Idle || s.state == AccountState::Disabled) &&
                  !credentialsMissing && damaged.isEmpty();
        if (m_json) {
            QJsonObject o{{QStringLiteral("id"), config.id},
                          {QStringLiteral("name"), s.displayName},
                          {QStringLiteral("vendor"), s.vendor},
                          {QStringLiteral("state"), stateName(s.state)},
                          {QStringLiteral("neverSynced"), neverSynced},
                          {QStringLiteral("vendorSecretStored"), creds.vendorStored},
                          {QStringLiteral("nightscoutSecretStored"), creds.nightscoutStored},
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
        const QString state =
            neverSynced && s.state == AccountState::Idle ? tr("never synced") : SyncHealthSummary::stateName(s.state);
        out << QStringLiteral("%1 (%2): %3\n").arg(config.id, s.displayName, state);
        if (neverSynced)
            out << tr("  last success:  never synced") << '\n';
        else
            out << tr("  last success:  %1").arg(ago(s.lastSuccess, now)) << '\n';
        out << tr("  secrets:       %1 %2, Nightscout secret %3")
                   .arg(config.vendor == AccountVendor::CareLink ? tr("CareLink sign-in") : tr("password"),
                        creds.vendorStored ? tr("stored") : tr("MISSING"),
                        creds.nightscoutStored ? tr("stored") : tr("MISSING"))
            << '\n';
        if (credentialsMissing)
            out << tr("  to do:         %1").arg(creds.missingText(config)) << '\n';
        if (creds.storeError)
            out << tr("  credential store: %1").arg(creds.storeError->userMessage) << '\n';
        if (s.nextRun.isValid())
            out << tr("  next run:      %1").arg(ago(s.nextRun, now)) << '\n';
        if (record.lastReading) {
            QString line = tr("  last reading:  %1 mg/dL %2 at %3")
                               .arg(record.lastReading->mgdl)
                               .arg(record.lastReading->direction, ago(record.lastReading->time, now));
            if (record.device && record.device->iob)
                line += tr(", IOB %1 U").arg(*record.device->iob, 0, 'f', 2);
            out << line << '\n';
        }
        out << tr("  uploaded:      %1 last run, %2 in total; healed %3 last run, %4 in total")
                   .arg(s.uploadedLastRun)
                   .arg(s.uploadedTotal)
                   .arg(s.healedLastRun)
                   .arg(record.healedTotal)
            << '\n';
        if (pending > 0)
            out << tr("  waiting:       %n document(s) not yet confirmed by Nightscout", nullptr, pending) << '\n';
        if (s.lastError)
            out << tr("  last error:    %1").arg(s.lastError->userMessage) << '\n';
        if (!damaged.isEmpty())
            out << tr("  damaged:       %n pending upload file(s) could not be read and were set aside in %1: "
                      "%2. Their data is fetched again; check the disk, then delete them.",
                      nullptr, int(damaged.size()))
                       .arg(QDir::toNativeSeparators(outbox.directory()), damaged.join(QStringLiteral(", ")))
                << '\n';
    }
    if (m_json)
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    finish(allFine ? Ok : Failure);
}

} // namespace nb::cli
