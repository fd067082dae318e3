#pragma once

#include "pumpevent.h"
#include "zoneoffsets.h"

#include <optional>
#include <utility>
#include <vector>

namespace nb::tandem {

// Turns pump wall-clock times into instants. The pump clock is plain local time that only changes when
// the user sets it (events 13/14), so the configured IANA zone is attached ("relabel, don't convert"),
// and clock changes refine it around DST: when a time change compensates a DST transition within two
// weeks, the offset switches at the change in the event sequence rather than at the zone's transition
// (events logged before the user moved the clock keep the old offset; a repeated hour after a
// fall-back change is not confused with the first one). Other changes (drift fixes, travel) are left
// to the plain relabelling.
class PumpClock {
public:
    PumpClock(const QTimeZone &zone, const QList<PumpEvent> &clockChanges);

    // Load zone data for the wall-time range of the events that will be converted.
    void prepare(qint64 minWall, qint64 maxWall);

    struct Instant {
        qint64 utc = 0; // Unix seconds
        int offset = 0; // the offset that was applied (seconds east of UTC)
        bool byClockChange = false;
        // By the zone rules alone the wall time happened twice (a fall-back hour): the second instant.
        std::optional<std::pair<qint64, int>> repeat;
        // The same wall time also stood on the pump's clock at an earlier instant (this is the second
        // time through a fall-back hour): the wall value alone does not identify this moment.
        bool repeatsEarlierWall = false;
    };
    // `key`: the event's (sequenceGroup, sequenceNumber) identity, which orders it against the changes.
    Instant toUtc(qint64 wall, quint64 key) const;
    Instant toUtc(const PumpEvent &event) const { return toUtc(event.wall, event.key()); }

    // The instant of a time the pump wrote into a record logged at `recordUtc` (a CGM reading's EGV
    // time: backfilled readings are logged late, possibly after a clock change). Around a fall-back
    // change a wall time stands for two instants; the reading is the latest one in force at its own time
    // that is not later than the record that logged it (a reading cannot come from the future). Outside
    // clock changes this is toUtc(wall, recordKey).
    Instant readingTime(qint64 wall, quint64 recordKey, qint64 recordUtc) const;

    int compensatingChanges() const { return int(m_rules.size()); }

private:
    struct Rule {
        quint64 key;
        qint64 unixWall;
        qint64 reach; // seconds either side of the change the rule applies to
        int offsetBefore;
        int offsetAfter;
    };
    ZoneOffsets m_zone;
    QList<PumpEvent> m_changes;
    std::vector<Rule> m_rules; // ascending by key
    bool m_rulesBuilt = false;
};

} // namespace nb::tandem
