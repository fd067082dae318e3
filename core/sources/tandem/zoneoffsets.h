#pragma once

#include <QTimeZone>

#include <utility>
#include <vector>

namespace nb::tandem {

// A time zone's UTC offsets as a transition table, so relabelling thousands of pump times does not
// go through QTimeZone (slow) for each one. prepare() loads the transitions of a range; lookups
// outside it fall back to QTimeZone. An invalid zone behaves as UTC.
class ZoneOffsets {
public:
    explicit ZoneOffsets(const QTimeZone &zone);

    void prepare(qint64 fromUnix, qint64 toUnix);
    int offsetAtUtc(qint64 unixSeconds) const;

    // A naive local time ("unix seconds as if the wall clock were UTC") -> the instant. On a repeated
    // hour the first occurrence wins; in a skipped hour the offset before the jump is used (a pump
    // clock that nobody moved forward yet). `ambiguous`/`skipped` tell the caller which case applied.
    struct Resolved {
        qint64 utc = 0;
        int offset = 0;
        bool ambiguous = false;
        bool skipped = false;
        qint64 laterUtc = 0; // ambiguous only: the second occurrence of the wall time
        int laterOffset = 0;
    };
    Resolved fromWall(qint64 unixWall) const;

    // Transitions between fromUnix and toUnix: (instant, offset before, offset after).
    struct Transition {
        qint64 atUtc;
        int offsetBefore;
        int offsetAfter;
    };
    std::vector<Transition> transitionsBetween(qint64 fromUnix, qint64 toUnix) const;

    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    bool m_fixed = true;
    int m_fixedOffset = 0;
    qint64 m_from = 0, m_to = -1;                      // prepared range
    int m_initialOffset = 0;                           // offset at m_from
    std::vector<std::pair<qint64, int>> m_transitions; // (atUtc, offset from then on), ascending
};

} // namespace nb::tandem
