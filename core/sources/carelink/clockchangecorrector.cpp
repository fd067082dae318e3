#include "clockchangecorrector.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <optional>

namespace nb::carelink::detail {

namespace {

constexpr qint64 kSlotMs = 5 * 60 * 1000;

qint64 roundToQuarter(qint64 ms)
{
    const qint64 half = kQuarterHourMs / 2;
    return ms >= 0 ? (ms + half) / kQuarterHourMs * kQuarterHourMs : -((-ms + half) / kQuarterHourMs * kQuarterHourMs);
}

// The clock shifts markers report (timestamp on the current clock - displayTime on the clock then),
// sorted by timestamp, so that the stretch between two changes is found by binary search.
struct MarkerShift {
    qint64 stamp;
    qint64 shift;
    bool operator<(const MarkerShift &other) const { return stamp < other.stamp; }
};

QList<MarkerShift> markerShifts(const QList<RawMarker> &markers)
{
    QList<MarkerShift> shifts;
    for (const RawMarker &m : markers) {
        if (m.displayLocalMs && m.marker.type != Marker::Type::TimeChange)
            shifts.append({m.stamp.localAsUtcMs, roundToQuarter(m.stamp.localAsUtcMs - *m.displayLocalMs)});
    }
    std::sort(shifts.begin(), shifts.end());
    return shifts;
}

// The median shift of the markers stamped strictly between fromLocal and toLocal.
std::optional<qint64> markerShift(const QList<MarkerShift> &sorted, qint64 fromLocal, qint64 toLocal)
{
    const auto first = std::upper_bound(sorted.begin(), sorted.end(), MarkerShift{fromLocal, 0});
    const auto last = std::lower_bound(first, sorted.end(), MarkerShift{toLocal, 0});
    if (first >= last)
        return std::nullopt;
    QList<qint64> shifts;
    shifts.reserve(last - first);
    for (auto it = first; it != last; ++it)
        shifts.append(it->shift);
    const auto middle = shifts.begin() + shifts.size() / 2;
    std::nth_element(shifts.begin(), middle, shifts.end());
    return *middle;
}

} // namespace

// O(n + m log m + c log n) for n readings, m markers and c clock changes: every change finds its boundary
// by binary search in the increasing run of readings before it, and shifts are applied lazily (all
// readings before the last applied boundary carry the same pending shift), never reading by reading per
// change.
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
    const QList<MarkerShift> shifts = markerShifts(markers);

    // runStart[i]: first index of the strictly increasing run of readings that ends at i.
    QList<qsizetype> runStart(n, 0);
    for (qsizetype i = 1; i < n; ++i)
        runStart[i] = local.at(i - 1) < local.at(i) ? runStart.at(i - 1) : i;

    qsizetype end = n;  // readings [end, n) are on the current clock (and final)
    qint64 pending = 0; // shift not yet written into readings [0, end)
    qint64 applied = 0; // shift applied to readings [0, end)
    const auto valueAt = [&](qsizetype i) { return i < end ? local.at(i) + pending : local.at(i); };
    for (qsizetype j = 0; j < changes.size(); ++j) {
        const qint64 change = changes.at(j);
        const qint64 older = j + 1 < changes.size() ? changes.at(j + 1) : std::numeric_limits<qint64>::min();
        // Readings after the change run forward from (about) the change time; the first one that does not
        // is the last reading taken on the old clock.
        qsizetype b = end;
        if (end > 0 && !(end < n && valueAt(end - 1) >= valueAt(end))) {
            const auto from = local.begin() + runStart.at(end - 1);
            b = std::lower_bound(from, local.begin() + end, change - kSlotMs - pending) - local.begin();
        }
        if (b == 0)
            continue; // the change is older than every reading
        const qint64 gap = b < n ? valueAt(b) - valueAt(b - 1) : kSlotMs;
        qint64 increment = 0;
        if (const std::optional<qint64> total = markerShift(shifts, older, change))
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
        for (qsizetype i = b; i < end; ++i) // these leave the shifted stretch: final now
            local[i] += pending;
        end = b;
        pending += increment;
        applied += increment;
    }
    for (qsizetype i = 0; i < end; ++i)
        local[i] += pending;
    return applied;
}

} // namespace nb::carelink::detail
