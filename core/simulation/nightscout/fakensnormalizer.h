#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace nb::sim {

// What cgm-remote-monitor 15.0.7 does to a document before storing it (see spec/nightscout.md 2.1-2.4),
// as pure functions. The fake applies them so tests see exactly what the real server would store.
class FakeNsNormalizer {
public:
    // A time parsed like moment.parseZone: the instant plus the offset it was written with
    // (minutes; 0 for "Z", for a string without a zone, and for epoch milliseconds).
    struct ParsedTime {
        QDateTime utc;
        int offsetMinutes = 0;
        bool isValid() const { return utc.isValid(); }
    };
    static ParsedTime parseTime(const QJsonValue &value);
    static QString isoTime(const QDateTime &time); // "2026-03-01T12:00:00.000Z"

    static bool isObjectId(const QJsonValue &value); // 24 hex characters
    // JavaScript's Number(): nullopt stands for NaN.
    static std::optional<double> jsNumber(const QJsonValue &value);

    // A string `_id` that is not an ObjectId moves to `identifier` (UUID_HANDLING, default on).
    static void moveUuidId(QJsonObject &doc);

    // Entries: sysTime/utcOffset from dateString (zone kept) or date (ms) or now; dateString, when sent,
    // rewritten to the UTC ISO form. `date` itself is left alone.
    static QJsonObject prepareEntry(QJsonObject doc, const QDateTime &now);

    // Treatments (prepareData): created_at (or eventTime) to UTC + utcOffset, numeric fields through
    // Number(), empty/zero/NaN fields dropped, Announcement flag. A preBolus with carbs yields a second
    // document carrying the carbs, preBolus minutes later.
    static QList<QJsonObject> prepareTreatment(QJsonObject doc, const QDateTime &now);

    // Devicestatus: created_at to UTC + utcOffset, OpenAPS predBGs arrays truncated.
    static QJsonObject prepareDeviceStatus(QJsonObject doc, const QDateTime &now, int predictionsMax = 288);

    // Profile: missing created_at -> now.
    static QJsonObject prepareProfile(QJsonObject doc, const QDateTime &now);

    // GET /treatments output passes carbs and insulin through Number(): missing ones come back as null.
    static QJsonObject treatmentForOutput(QJsonObject doc);
};

} // namespace nb::sim
