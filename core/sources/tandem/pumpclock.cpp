#include "pumpclock.h"

#include "tandemtime.h"

#include <algorithm>
#include <cmath>

namespace nb::tandem {

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kRuleReach = 14 * kDay;
constexpr qint64 kMatchTolerance = 15 * 60;

// Seconds the wall clock jumped at a TIME_CHANGED event. The fields are times of day in ms, so a
// change across midnight shows up as almost a day; fold it back.
std::optional<qint64> timeChangeDelta(const PumpEvent &e)
{
    if (e.code != code::TimeChanged || !e.has(Field::TimePrior) || !e.has(Field::TimeAfter))
        return std::nullopt;
    qint64 delta = qint64(std::llround((e.value(Field::TimeAfter) - e.value(Field::TimePrior)) / 1000.0));
    while (delta > kDay / 2)
        delta -= kDay;
    while (delta <= -kDay / 2)
        delta += kDay;
    return delta;
}
} // namespace

PumpClock::PumpClock(const QTimeZone &zone, const QList<PumpEvent> &clockChanges)
    : m_zone(zone)
    , m_changes(clockChanges)
{
    std::sort(m_changes.begin(), m_changes.end(),
              [](const PumpEvent &a, const PumpEvent &b) { return a.key() < b.key(); });
}

void PumpClock::prepare(qint64 minWall, qint64 maxWall)
{
    qint64 lo = minWall, hi = maxWall;
    for (const PumpEvent &c : std::as_const(m_changes)) {
        lo = std::min(lo, c.wall);
        hi = std::max(hi, c.wall);
    }
    m_zone.prepare(lo + kTandemEpochUnix - kRuleReach, hi + kTandemEpochUnix + kRuleReach);
    if (m_rulesBuilt)
        return;
    m_rulesBuilt = true;
    for (const PumpEvent &c : std::as_const(m_changes)) {
        const auto delta = timeChangeDelta(c);
        if (!delta || *delta == 0)
            continue;
        const qint64 unixWall = c.wall + kTandemEpochUnix;
        const qint64 approxUtc = m_zone.fromWall(unixWall).utc;
        const auto transitions = m_zone.transitionsBetween(approxUtc - kRuleReach, approxUtc + kRuleReach);
        for (const auto &t : transitions) {
            const qint64 shift = t.offsetAfter - t.offsetBefore;
            if (std::abs(*delta - shift) <= kMatchTolerance) {
                m_rules.push_back({c.key(), unixWall, kRuleReach + std::abs(*delta), t.offsetBefore, t.offsetAfter});
                break;
            }
        }
    }
}

PumpClock::Instant PumpClock::toUtc(qint64 wall, quint64 key) const
{
    const qint64 unixWall = wall + kTandemEpochUnix;
    if (!m_rules.empty()) {
        // The nearest compensating change after the event (it still ran on the old offset) or before it.
        auto next =
            std::upper_bound(m_rules.begin(), m_rules.end(), key, [](quint64 k, const Rule &r) { return k < r.key; });
        if (next != m_rules.begin()) {
            const Rule &r = *std::prev(next);
            if (r.key != key && std::abs(unixWall - r.unixWall) <= r.reach)
                return {unixWall - r.offsetAfter, r.offsetAfter, true, std::nullopt, false};
        }
        if (next != m_rules.end() && std::abs(unixWall - next->unixWall) <= next->reach)
            return {unixWall - next->offsetBefore, next->offsetBefore, true, std::nullopt, false};
    }
    const ZoneOffsets::Resolved r = m_zone.fromWall(unixWall);
    Instant at{r.utc, r.offset, false, std::nullopt, false};
    if (r.ambiguous)
        at.repeat = std::make_pair(r.laterUtc, r.laterOffset);
    return at;
}

PumpClock::Instant PumpClock::readingTime(qint64 wall, quint64 recordKey, qint64 recordUtc) const
{
    const Instant primary = toUtc(wall, recordKey);
    const qint64 unixWall = wall + kTandemEpochUnix;
    // Every reading of the wall time that the clock model allows, each with the offset in force then.
    std::vector<Instant> candidates;
    const Rule *nearest = nullptr;
    for (const Rule &r : m_rules) {
        if (std::abs(unixWall - r.unixWall) <= r.reach &&
            (!nearest || std::abs(unixWall - r.unixWall) < std::abs(unixWall - nearest->unixWall)))
            nearest = &r;
    }
    if (nearest) {
        // The change was logged on the old clock (TIME_CHANGED carries the pump time before it); the
        // spec does not say so outright, an hour of doubt at most for readings right at the change.
        const qint64 changeUtc = nearest->unixWall - nearest->offsetBefore;
        if (unixWall - nearest->offsetBefore < changeUtc)
            candidates.push_back({unixWall - nearest->offsetBefore, nearest->offsetBefore, true, std::nullopt, false});
        if (unixWall - nearest->offsetAfter >= changeUtc)
            candidates.push_back({unixWall - nearest->offsetAfter, nearest->offsetAfter, true, std::nullopt, false});
    } else {
        const ZoneOffsets::Resolved r = m_zone.fromWall(unixWall);
        candidates.push_back({r.utc, r.offset, false, std::nullopt, false});
        if (r.ambiguous)
            candidates.push_back({r.laterUtc, r.laterOffset, false, std::nullopt, false});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Instant &a, const Instant &b) { return a.utc < b.utc; });
    // A sensor's clock may run a little ahead of the pump's: not an hour.
    constexpr qint64 kSkew = 120;
    const Instant *chosen = nullptr;
    for (const Instant &c : candidates) {
        if (c.utc <= recordUtc + kSkew)
            chosen = &c;
    }
    if (!chosen)
        return primary;
    Instant at = *chosen;
    at.repeatsEarlierWall = chosen != &candidates.front();
    return at;
}

} // namespace nb::tandem
