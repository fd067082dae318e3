#pragma once

#include "sources/tandem/pumpevent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace nb::sim {

// A realistic, deterministic multi-week Tandem pump history (t:slim X2 / Mobi with Control-IQ): a CGM
// reading and a basal record every 5 minutes, meals with carbs and boluses (some extended), automatic
// corrections, site changes every 3 days, sleep every night, exercise twice a week, a weekly suspension,
// sensor changes, the odd alarm and unknown event, and the pump clock moved by the user some hours after
// each DST transition (a TIME_CHANGED record in clockChanges). Used by tests, benchmarks and demo mode.
struct TandemStreamOptions {
    QDateTime startUtc = QDateTime(QDate(2026, 10, 20), QTime(4, 0), Qt::UTC);
    int days = 30;
    QTimeZone zone = QTimeZone(QByteArrayLiteral("America/New_York")); // the pump owner's zone
    quint32 seed = 1;
    enum class Cgm { G6, G7, Libre2, Libre3 } cgm = Cgm::G7;
    quint32 firstSequence = 400000;
    bool dailyStatus = false; // event 81 (the BFF no longer returns it)
    bool unknownEvents = true;
    int clockAdjustDelayMinutes = 6 * 60; // the user fixes the pump clock this long after a DST change
};

struct TandemStream {
    QList<nb::tandem::PumpEvent> events;       // sequence order
    QList<nb::tandem::PumpEvent> clockChanges; // TIME_CHANGED records (BFF `clockChanges`)
    qint64 firstUtc = 0;
    qint64 lastUtc = 0;

    // For the legacy binary form, which kept clock changes among the events.
    QList<nb::tandem::PumpEvent> allEventsInSequence() const;
};

class TandemStreamGenerator {
public:
    static TandemStream generate(const TandemStreamOptions &options);
    // The pump settings blob (`settings.details`, 2026 shape) that goes with the generated stream.
    static QJsonObject settingsDetails();
};

} // namespace nb::sim
