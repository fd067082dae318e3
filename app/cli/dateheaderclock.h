#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace nb::cli {

// The server's time from an HTTP `Date` header, to compare this computer's clock with (doctor). Kept in
// this one place: core's own clock-skew helper can replace it once it exists.
namespace DateHeaderClock {

// A difference up to this is normal (network delay, Date's one-second resolution, small drift).
inline constexpr qint64 kToleranceMs = 2 * 60 * 1000;

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid when missing or unreadable.
QDateTime parse(const QByteArray &value);
// Server time minus local time in ms; `sentAt`/`receivedAt` bracket the exchange (the midpoint counts).
std::optional<qint64> offsetMs(const QByteArray &dateHeader, const QDateTime &sentAt, const QDateTime &receivedAt);

} // namespace DateHeaderClock

} // namespace nb::cli
