#pragma once

#include "pumpevent.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace nb::tandem {

// Where the Tandem sync stands, in the pump's own terms (sequence numbers and pump wall-clock time):
// the highest record seen, the holes below it (records the phone app has not uploaded yet: the pump
// numbers every record, so a missing number is a record still to come), and the records whose
// documents may still change (carry-over: the last basal's duration, modes not yet ended). Pure.
struct TandemCursor {
    struct Hole {
        quint64 first = 0; // keys (sequenceGroup << 32 | sequenceNumber), inclusive
        quint64 last = 0;
        qint64 wallBefore = 0; // pump time of the record before the hole (window planning, expiry)
    };

    quint64 maxKey = 0;
    qint64 lastWall = 0; // pump time of the newest record
    QList<Hole> holes;
    QList<quint64> carry;
    QList<qint64> carryWalls;
    QString serial;

    static constexpr int kMaxHoleAgeDays = 7; // a record not uploaded within a week will not come
    static constexpr int kMaxHoles = 500;

    bool isEmpty() const { return maxKey == 0; }
    // The oldest pump time the next fetch must cover: the newest record, the oldest hole, carry-over.
    qint64 oldestNeededWall() const;

    struct Update {
        QSet<quint64> fresh;  // records never seen before (above maxKey)
        QSet<quint64> healed; // records that filled a hole
        int newHoles = 0;
        int expiredHoles = 0;
    };
    // Folds in the records of a fetch (any order; duplicates ignored).
    Update absorb(const QList<PumpEvent> &events);

    QJsonObject toJson() const;
    static TandemCursor fromJson(const QJsonObject &json);
};

} // namespace nb::tandem
