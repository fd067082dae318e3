#include "clockchangecorrector.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace nb::carelink::detail {

namespace {

constexpr qint64 kSlotMs = 5 * 60 * 1000;

qint64 roundToQuarter(qint64 ms)
{
    const qint64 half = kQuarterHourMs / 2;
    return ms >= 0 ? (ms + half) / kQuarterHourMs * kQuarterHourMs : -((-ms + half) / kQuarterHourMs * kQuarterHourMs);
}

// The clock shift markers between two changes report: timestamp (current clock) - displayTime (clock then).
std::optional<qint64> markerShift(const QList<RawMarker> &markers, qint64 fromLocal, qint64 toLocal)
{
    QList<qint64> shifts;
    for (const RawMarker &m : markers) {
        if (!m.displayLocalMs || m.marker.type == Marker::Type::TimeChange)
            continue;
        const qint64 ts = m.stamp.localAsUtcMs;
        if (ts > fromLocal && ts < toLocal)
            shifts.append(roundToQuarter(ts - *m.displayLocalMs));
    }
    if (shifts.isEmpty())
        return std::nullopt;
    std::sort(shifts.begin(), shifts.end());
    return shifts.at(shifts.size() / 2);
}

} // namespace

qint64 ClockChangeCorrector::correct(QList<qint64> *readingsLocalMs, const QList<RawMarker> &markers,
                                     QStringList *warnings)
{
    QList<qint64> changes;
    for (const RawMarker &m : markers) {
        if (m.marker.type == Marker::Type::TimeChange)
            changes.append(m.stamp.localAsUtcMs);
    }
    QList<qint64> &local = *readingsLocalMs;
    const qsizetype n = local.size();
    if (changes.isEmpty() || n < 2)
        return 0;
    std::sort(changes.begin(), changes.end(), std::greater<qint64>());

    qsizetype end = n;  // readings [end, n) are on the current clock
    qint64 applied = 0; // shift already applied to readings [0, end)
    for (qsizetype j = 0; j < changes.size(); ++j) {
        const qint64 change = changes.at(j);
        const qint64 older = j + 1 < changes.size() ? changes.at(j + 1) : std::numeric_limits<qint64>::min();
        // Readings after the change run forward from (about) the change time; the first one that does not
        // is the last reading taken on the old clock.
        qsizetype b = end;
        while (b > 0) {
            const qint64 v = local.at(b - 1);
            if (v < change - kSlotMs || (b < n && v >= local.at(b)))
                break;
            --b;
        }
        if (b == 0)
            continue; // the change is older than every reading
        const qint64 gap = b < n ? local.at(b) - local.at(b - 1) : kSlotMs;
        qint64 increment = 0;
        if (const std::optional<qint64> total = markerShift(markers, older, change))
            increment = *total - applied;
        else
            increment = roundToQuarter(gap - kSlotMs); // no marker in that stretch: trust the jump
        if (increment == 0)
            continue;
        // Only correct when it makes the step at the change look like one 5-minute slot more than before;
        // otherwise the readings were already on the current clock.
        const qint64 before = gap - kSlotMs;
        const qint64 after = gap - increment - kSlotMs;
        if (increment > kMaxOffsetMs || increment < -kMaxOffsetMs || std::llabs(after) >= std::llabs(before)) {
            if (warnings)
                warnings->append(
                    QStringLiteral("pump clock change at local %1 not applied (shift %2 min)")
                        .arg(QDateTime::fromMSecsSinceEpoch(change, Qt::UTC).toString(Qt::ISODate).chopped(1))
                        .arg(increment / 60000));
            continue;
        }
        for (qsizetype i = 0; i < b; ++i)
            local[i] += increment;
        applied += increment;
        end = b;
    }
    return applied;
}

} // namespace nb::carelink::detail
