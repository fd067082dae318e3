#include "zoneoffsets.h"

#include <QDateTime>

#include <algorithm>

namespace nb::tandem {

namespace {
constexpr qint64 kDay = 86400;
QDateTime fromUnix(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}
} // namespace

ZoneOffsets::ZoneOffsets(const QTimeZone &zone)
    : m_zone(zone)
{
    if (!m_zone.isValid()) {
        m_fixed = true;
        m_fixedOffset = 0;
        return;
    }
    m_fixed = !m_zone.hasTransitions();
    if (m_fixed)
        m_fixedOffset = m_zone.offsetFromUtc(fromUnix(0)); // same at every instant
}

void ZoneOffsets::prepare(qint64 fromUnix_, qint64 toUnix_)
{
    if (m_fixed)
        return;
    const qint64 from = fromUnix_ - 3 * kDay;
    const qint64 to = toUnix_ + 3 * kDay;
    if (m_to >= m_from && from >= m_from && to <= m_to)
        return;
    m_from = m_to >= m_from ? std::min(from, m_from) : from;
    m_to = std::max(to, m_to);
    m_initialOffset = m_zone.offsetFromUtc(fromUnix(m_from));
    m_transitions.clear();
    const auto list = m_zone.transitions(fromUnix(m_from), fromUnix(m_to));
    for (const QTimeZone::OffsetData &t : list)
        m_transitions.emplace_back(t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc);
}

int ZoneOffsets::offsetAtUtc(qint64 unixSeconds) const
{
    if (m_fixed)
        return m_fixedOffset;
    if (unixSeconds < m_from || unixSeconds > m_to)
        return m_zone.offsetFromUtc(fromUnix(unixSeconds));
    // Last transition at or before the instant.
    auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), unixSeconds,
                               [](qint64 v, const std::pair<qint64, int> &t) { return v < t.first; });
    if (it == m_transitions.begin())
        return m_initialOffset;
    return std::prev(it)->second;
}

ZoneOffsets::Resolved ZoneOffsets::fromWall(qint64 unixWall) const
{
    Resolved r;
    const int before = offsetAtUtc(unixWall - kDay);
    const int after = offsetAtUtc(unixWall + kDay);
    const qint64 u1 = unixWall - before;
    const qint64 u2 = unixWall - after;
    const bool valid1 = offsetAtUtc(u1) == before;
    const bool valid2 = offsetAtUtc(u2) == after;
    if (before == after || (valid1 && !valid2)) {
        r.utc = u1;
        r.offset = before;
    } else if (valid1 && valid2) {
        r.ambiguous = true;
        r.utc = std::min(u1, u2);
        r.offset = r.utc == u1 ? before : after;
        r.laterUtc = std::max(u1, u2);
        r.laterOffset = r.laterUtc == u1 ? before : after;
    } else if (valid2) {
        r.utc = u2;
        r.offset = after;
    } else {
        r.skipped = true;
        r.utc = u1;
        r.offset = before;
    }
    return r;
}

std::vector<ZoneOffsets::Transition> ZoneOffsets::transitionsBetween(qint64 fromUnix_, qint64 toUnix_) const
{
    std::vector<Transition> out;
    if (m_fixed)
        return out;
    const auto list = m_zone.transitions(fromUnix(fromUnix_), fromUnix(toUnix_));
    for (const QTimeZone::OffsetData &t : list) {
        const qint64 at = t.atUtc.toSecsSinceEpoch();
        const int before = m_zone.offsetFromUtc(fromUnix(at - 1));
        if (before != t.offsetFromUtc)
            out.push_back({at, before, t.offsetFromUtc});
    }
    return out;
}

} // namespace nb::tandem
