#pragma once

#include "eventcatalog.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace nb::tandem {

// One pump history record, the same whichever API it came from. Values are stored raw, as the pump
// logged them (rates in milliunits, CGM rate in tenths); scaled() applies the catalogue's factor.
// `wall` is the pump's own wall clock: seconds since 2008-01-01 00:00:00 with no zone attached.
struct PumpEvent {
    int code = 0;
    quint32 sequenceGroup = 0;
    quint32 sequenceNumber = 0;
    qint64 wall = 0;
    const EventDef *def = nullptr; // nullptr: unknown code, kept for sequencing and counting
    quint16 present = 0;           // bit i set: fields[i] had a value in the input
    std::array<double, kMaxFieldsPerEvent> values{};

    bool isKnown() const { return def != nullptr; }
    bool has(Field field) const;
    double value(Field field, double fallback = 0.0) const;
    double scaled(Field field, double fallback = 0.0) const;
    qint64 integer(Field field, qint64 fallback = 0) const;
    void set(Field field, double value); // no-op when the event has no such field

    // Identity: (sequenceGroup, sequenceNumber), see spec 3.1.
    quint64 key() const { return (quint64(sequenceGroup) << 32) | sequenceNumber; }
};

// The outcome of decoding one response body or file.
struct DecodedLog {
    QList<PumpEvent> events;       // in input order
    QList<PumpEvent> clockChanges; // BFF `clockChanges` (13/14); legacy inputs keep 13/14 in events
    QString deviceAssignmentId;    // BFF only, when every event names the same one
    QMap<int, int> unknownCodes;   // code -> count
    int duplicates = 0;            // dropped by dedupe()

    // Drops repeated (sequenceGroup, sequenceNumber) keeping the first, in both lists.
    void dedupe();
    void append(const DecodedLog &other); // then call dedupe()
    int unknownCount() const;
};

} // namespace nb::tandem
