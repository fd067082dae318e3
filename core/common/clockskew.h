#pragma once

#include "common/syncerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace nb {

// How far this computer's clock is from a server's. Sign-ins fail in confusing ways when the local clock
// is wrong (tokens look expired or not yet valid); telling the user "your clock is N minutes off" is
// the only useful message then. Used by the vendor sign-ins and meant for `doctor`-style checks.
class ClockSkew {
    Q_DECLARE_TR_FUNCTIONS(ClockSkew)
public:
    // A difference up to this is normal (network delay, Date's one-second resolution, small drift).
    static constexpr qint64 kToleranceMs = 2 * 60 * 1000;

    // server time minus local time (ms) from an HTTP `Date` header (IMF-fixdate, e.g.
    // "Sun, 06 Nov 1994 08:49:37 GMT"); nullopt when missing or unreadable.
    static std::optional<qint64> fromDateHeader(const QByteArray &value, const QDateTime &localNowUtc);
    // server time minus local time (ms) from a time the server just stamped (a token's `iat`).
    static qint64 fromServerTime(qint64 serverUnixSeconds, const QDateTime &localNowUtc);
    static bool isSignificant(qint64 skewMs) { return skewMs > kToleranceMs || skewMs < -kToleranceMs; }
    static int minutesOff(qint64 skewMs);

    // "Your computer's clock is N minutes off …": retryable (it heals as soon as the clock is set), never
    // an authentication problem, so no sign-in is discarded and no password counts as wrong.
    static SyncError error(qint64 skewMs, const QString &service, const QString &detail);
};

} // namespace nb
