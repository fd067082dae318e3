#include "pumpevent.h"

#include <QSet>

#include <cmath>

namespace nb::tandem {

bool PumpEvent::has(Field field) const
{
    if (!def)
        return false;
    const int slot = def->slot(field);
    return slot >= 0 && (present & (1u << slot));
}

double PumpEvent::value(Field field, double fallback) const
{
    if (!def)
        return fallback;
    const int slot = def->slot(field);
    if (slot < 0 || !(present & (1u << slot)))
        return fallback;
    return values[size_t(slot)];
}

double PumpEvent::scaled(Field field, double fallback) const
{
    if (!def)
        return fallback;
    const int slot = def->slot(field);
    if (slot < 0 || !(present & (1u << slot)))
        return fallback;
    return values[size_t(slot)] * def->fields[size_t(slot)].scale;
}

qint64 PumpEvent::integer(Field field, qint64 fallback) const
{
    const double v = value(field, double(fallback));
    if (!std::isfinite(v))
        return fallback;
    return qint64(std::llround(v));
}

void PumpEvent::set(Field field, double v)
{
    if (!def)
        return;
    const int slot = def->slot(field);
    if (slot < 0)
        return;
    values[size_t(slot)] = v;
    present |= quint16(1u << slot);
}

namespace {
int dedupeList(QList<PumpEvent> &list, QSet<quint64> &seen)
{
    int dropped = 0;
    QList<PumpEvent> kept;
    kept.reserve(list.size());
    for (const PumpEvent &e : std::as_const(list)) {
        if (seen.contains(e.key())) {
            ++dropped;
            continue;
        }
        seen.insert(e.key());
        kept.append(e);
    }
    if (dropped)
        list = std::move(kept);
    return dropped;
}
} // namespace

void DecodedLog::dedupe()
{
    QSet<quint64> seen;
    seen.reserve(events.size());
    duplicates += dedupeList(events, seen);
    QSet<quint64> seenClock;
    duplicates += dedupeList(clockChanges, seenClock);
    // Recount so an unknown event seen in two overlapping windows counts once.
    unknownCodes.clear();
    for (const PumpEvent &e : std::as_const(events)) {
        if (!e.isKnown())
            ++unknownCodes[e.code];
    }
}

void DecodedLog::append(const DecodedLog &other)
{
    events += other.events;
    clockChanges += other.clockChanges;
    for (auto it = other.unknownCodes.begin(); it != other.unknownCodes.end(); ++it)
        unknownCodes[it.key()] += it.value();
    if (deviceAssignmentId.isEmpty())
        deviceAssignmentId = other.deviceAssignmentId;
    duplicates += other.duplicates;
}

int DecodedLog::unknownCount() const
{
    int n = 0;
    for (int count : unknownCodes)
        n += count;
    return n;
}

} // namespace nb::tandem
