#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace nb::carelink {

// CareLink time strings are pump- or phone-local wall clock times, some with a fake "Z" or "-00:00".
// They are parsed to "local as if UTC" milliseconds; a real (non-zero) offset in the string is kept
// separately so the caller can honour it. Hand-written because it runs ~600 times per payload and must
// not depend on the host's locale or time zone.
struct LocalStamp {
    qint64 localAsUtcMs = 0;
    std::optional<int> realOffsetSeconds; // set only for a non-zero "+hh:mm"/"-hh:mm" suffix

    // The true instant when the string carried a real offset, else localAsUtcMs - fallbackOffsetMs.
    qint64 toUtcMs(qint64 fallbackOffsetMs) const;
};

// Accepts "2025-02-23T14:38:00", "2021-05-16T20:28:00.000Z", "2021-05-22T01:06:22.076-00:00",
// "2021-05-22T01:05:27.943-07:00" and the 2015 form "Oct 19, 2015 08:15:00". nullopt otherwise.
std::optional<LocalStamp> parseLocalTime(QStringView text);

// Offset of a local clock from UTC, from one (local string as UTC, server UTC) pair taken at the same
// moment: rounded to the nearest 15 minutes (zones like +05:45 exist; clocks drift by minutes) and
// rejected when larger than 14 hours (no zone is; a wrong clock or a bad pair).
std::optional<qint64> roundedOffsetMs(qint64 localAsUtcMs, qint64 serverUtcMs);

// "2015-10-19T14:55:00.000Z" for a UTC instant (Nightscout's dateString / created_at form). Hand-written
// for the same reason as the parser: it runs for every document of every sync.
QString formatUtcIso(qint64 utcMs);

constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;
constexpr qint64 kMaxOffsetMs = 14 * 3600 * 1000LL;

} // namespace nb::carelink
