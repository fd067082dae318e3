#include "diagnostics.h"

#include "runtime.h"

#include "credentials/credentialstore.h"
#include "logging/logsink.h"
#include "logging/redactor.h"
#include "settings/settings.h"
#include "sync/accountrecord.h"
#include "sync/outbox.h"
#include "sync/statusmodel.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSysInfo>

namespace nb::Diagnostics {

namespace {

QString shortPath(const QString &path)
{
    const QString home = QDir::homePath();
    QString out = QDir::toNativeSeparators(path);
    if (!home.isEmpty() && path.startsWith(home))
        out = QStringLiteral("~") + QDir::toNativeSeparators(path.mid(home.size()));
    return out;
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString stateName(AccountState state)
{
    switch (state) {
    case AccountState::Disabled:
        return QStringLiteral("disabled");
    case AccountState::Idle:
        return QStringLiteral("idle");
    case AccountState::Syncing:
        return QStringLiteral("syncing");
    case AccountState::Retrying:
        return QStringLiteral("retrying");
    case AccountState::NeedsAttention:
        return QStringLiteral("needs attention");
    case AccountState::Paused:
        return QStringLiteral("paused");
    }
    return QStringLiteral("?");
}

void addSettings(Runtime &runtime, QStringList &lines)
{
    const Settings &settings = runtime.settings();
    lines << QStringLiteral("== Settings (%1; only values that differ from the default)")
                 .arg(shortPath(settings.filePath()));
    int shown = 0;
    for (const SettingSpec &spec : settingsTable()) {
        if (!settings.isSet(spec.key) || redact::isSensitiveName(spec.key))
            continue;
        const QString value = settings.value(spec.key).toString();
        // Addresses may carry user info or a token in the query: the URL redactor knows where to look.
        lines << QStringLiteral("%1 = %2").arg(
            spec.key, spec.type == SettingType::Url || value.contains(u"://") ? redact::url(QUrl(value)) : value);
        ++shown;
    }
    if (shown == 0)
        lines << QStringLiteral("(all defaults)");
    lines << QStringLiteral("== Accounts");
    const QList<AccountConfig> accounts = runtime.allAccounts();
    if (accounts.isEmpty())
        lines << QStringLiteral("(none)");
    for (const AccountConfig &a : accounts) {
        // Field by field, never the environment accounts' e-mail or password.
        lines << QStringLiteral("%1: vendor %2, %3, region %4, country %5, timezone %6, features %7, "
                                "own Nightscout %8, initial days %9%10")
                     .arg(a.id, a.vendorName(), a.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                          a.region.isEmpty() ? QStringLiteral("-") : a.region,
                          a.country.isEmpty() ? QStringLiteral("-") : a.country,
                          a.timezone.isEmpty() ? QStringLiteral("-") : a.timezone,
                          a.features.isEmpty() ? QStringLiteral("default") : a.features,
                          a.nightscoutUrl.isEmpty() ? QStringLiteral("no") : redact::url(a.nightscoutUrl))
                     .arg(a.initialDays)
                     .arg(a.fromEnvironment ? QStringLiteral(" (from the environment)") : QString());
    }
}

void addStatus(Runtime &runtime, const StatusModel &status, const QDateTime &now, QStringList &lines)
{
    lines << QStringLiteral("== Account state (now %1)").arg(time(now));
    for (const AccountStatus &a : status.accounts()) {
        const AccountRecord record = runtime.syncState().account(a.accountId);
        lines << QStringLiteral("%1: %2; last success %3; last attempt %4; next run %5; newest data %6; "
                                "failures in a row %7; uploaded last run %8, since start %9")
                     .arg(a.accountId, stateName(a.state), time(a.lastSuccess), time(a.lastAttempt), time(a.nextRun),
                          time(a.lastDataTime))
                     .arg(record.consecutiveFailures)
                     .arg(a.uploadedLastRun)
                     .arg(a.uploadedTotal);
        if (a.state == AccountState::Paused)
            lines << QStringLiteral("  paused until %1")
                         .arg(a.pausedUntil.isValid() ? time(a.pausedUntil) : QStringLiteral("resumed"));
        if (a.lastError)
            lines << QStringLiteral("  last error (%1): %2")
                         .arg(errorSourceName(a.errorSource), a.lastError->toLogString());
        if (const QStringList damaged = Outbox(runtime.paths().outboxFor(a.accountId)).damagedItems();
            !damaged.isEmpty())
            lines << QStringLiteral("  damaged pending uploads set aside: %1").arg(damaged.join(QStringLiteral(", ")));
    }
    if (const std::optional<GlucoseReading> latest = status.latestReading())
        lines << QStringLiteral("latest reading: %1 (account %2)").arg(time(latest->time), latest->accountId);
    else
        lines << QStringLiteral("latest reading: none");
}

void addEnvironment(const Runtime &runtime, QStringList &lines)
{
    QStringList names;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("NIGHTBRIDGE_")) || key.startsWith(QLatin1String("NS_")) ||
            key.startsWith(QLatin1String("TCONNECT_")) || key.startsWith(QLatin1String("CARELINK_")) ||
            key.startsWith(QLatin1String("QT_")) || runtime.environment().secretVariables.contains(key))
            names << key;
    }
    names.sort();
    lines << QStringLiteral("environment variables set (names only): %1")
                 .arg(names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
}

} // namespace

QStringList lastLogLines(const QStringList &filesNewestFirst, int count)
{
    QStringList out; // oldest first
    for (const QString &path : filesNewestFirst) {
        if (out.size() >= count)
            break;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qsizetype want = count - out.size();
        if (lines.size() > want)
            lines = lines.mid(lines.size() - want);
        out = lines + out;
    }
    return out;
}

QString report(Runtime &runtime, const StatusModel &status, const QDateTime &now, int logLines)
{
    QStringList lines;
    lines << QStringLiteral("Nightbridge %1%2")
                 .arg(QStringLiteral(NIGHTBRIDGE_VERSION),
                      runtime.isDemo() ? QStringLiteral(" (DEMO MODE: simulated data, no real account)") : QString());
    lines << QStringLiteral("Qt %1 (built with %2), %3, kernel %4 %5, %6")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
                      QSysInfo::kernelType(), QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("state: %1, logs: %2, credential store: %3")
                 .arg(shortPath(runtime.paths().stateFile), shortPath(runtime.paths().logDir),
                      runtime.credentials().backendName());
    addEnvironment(runtime, lines);
    addSettings(runtime, lines);
    addStatus(runtime, status, now, lines);
    lines << QStringLiteral("== Last %1 log lines").arg(logLines);
    const LogSink *sink = runtime.logSink();
    QStringList log = sink ? lastLogLines(sink->filePaths(), logLines) : QStringList();
    if (log.isEmpty() && sink)
        log = sink->recentLines(logLines); // no file (not writable): the in-memory copy
    lines << log;
    QString text;
    for (const QString &line : std::as_const(lines))
        text += redact::text(line) + QLatin1Char('\n');
    return text;
}

} // namespace nb::Diagnostics
