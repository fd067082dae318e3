#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace nb::tandem {

// One pump of the account, from `bff/pumper/{pumperId}` (spec 3.1).
struct PumpInfo {
    QString assignmentId; // the device key for pump-logs
    QString serialNumber;
    QString modelNumber;
    QString modelName;
    QString softwareVersion;
    std::optional<qint64> maxDateOfEvents; // Tandem wall seconds (naive pump-local time)
    std::optional<qint64> dataRangeStart;  // Tandem wall seconds
    QDateTime lastUploadDate;              // real UTC; invalid when never uploaded
    QJsonObject settingsDetails;           // the profile blob; empty when absent
};

struct PumperInfo {
    QString name;
    QList<PumpInfo> pumps;

    static Result<PumperInfo> fromJson(const QJsonObject &body);

    struct Choice {
        PumpInfo pump;
        bool stale = false; // newest event more than 3 days old
        qint64 newestEventUtc = 0;
    };
    // The pump with the given serial, or else the one with the newest events (maxDateOfEvents, read in
    // the pump's zone). Pumps that never uploaded are skipped.
    Result<Choice> choose(const QString &serial, const QTimeZone &zone, const QDateTime &nowUtc) const;
};

} // namespace nb::tandem
