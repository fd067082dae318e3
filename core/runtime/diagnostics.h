#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace nb {

class Runtime;
class StatusModel;

// The "Copy diagnostics" text: versions, OS, paths (home shortened to ~), the credential backend's
// name, every setting that differs from its default, the account settings, each account's state, the
// environment variable NAMES that are set, and the last log lines from the log file. Never a secret:
// settings and accounts cannot hold any by design, and every line is passed through nb::redact::text
// once more (log lines were redacted when written; this also catches e-mail addresses in values).
namespace Diagnostics {

QString report(Runtime &runtime, const StatusModel &status, const QDateTime &now, int logLines = 200);

// The last `count` lines of the current log file and, when it is short, of the rotated ones before it.
QStringList lastLogLines(const QStringList &filesNewestFirst, int count);

} // namespace Diagnostics

} // namespace nb
