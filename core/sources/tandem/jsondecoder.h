#pragma once

#include "common/result.h"
#include "pumpevent.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace nb::tandem {

// The current Tandem Source API (`bff/pump-logs`): {"events":[...], "clockChanges":[...]} with the
// fields already decoded by the server (spec 3.1, vendor-2026 1.3). Property names are matched to the
// event catalogue case- and underscore-insensitively; unknown properties are ignored; bitmask fields
// arrive as arrays of set-bit indices. Any malformed event fails the whole body with an error naming
// the path ("events[3].pumpDateTime"), so nothing partial is uploaded.
class JsonDecoder {
public:
    static Result<DecodedLog> decodePumpLogs(const QByteArray &body);
    static Result<DecodedLog> decodePumpLogs(const QJsonObject &body);
    // A bare events array (some users save only that part).
    static Result<DecodedLog> decodeEventArray(const QJsonArray &events, const QString &path);

    // The inverse, for the fake server, the generator and round-trip tests.
    static QJsonObject encodeEvent(const PumpEvent &event, const QString &deviceAssignmentId);
    static QJsonObject encodePumpLogs(const QList<PumpEvent> &events, const QList<PumpEvent> &clockChanges,
                                      const QString &deviceAssignmentId);
};

} // namespace nb::tandem
