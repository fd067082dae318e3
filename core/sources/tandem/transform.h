#pragma once

#include "model/nsbatch.h"
#include "pumpevent.h"
#include "transformcontext.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace nb::tandem {

struct TransformStats {
    int events = 0;        // records considered (after dedupe, carried-over ones included)
    int unknownEvents = 0; // records with codes outside the catalogue
    int documents = 0;
    int openModes = 0;      // sleep/exercise still running at the end of the data
    int pendingBoluses = 0; // boluses not finished at the end of the data
    int clockAdjusted = 0;  // times placed by a DST clock change rather than the zone rules
};

struct TransformResult {
    NsBatch batch;
    // Records the next run must see again so its documents can be completed under the same identifier:
    // the last basal record (its duration ends with the next one), sleep/exercise modes not yet ended,
    // boluses not yet finished (extended parts). Persist them with the sync cursor and pass them back.
    QList<PumpEvent> carryOver;
    TransformStats stats;
};

// Pure: pump records + context -> Nightscout documents with stable identifiers. No I/O, no clock.
// The mapping follows tconnectsync where it is right and fixes what it gets wrong (see
// ../shared/spec/tandem.md section 5 and the fixture tests): real durations, both parts of extended
// boluses, Libre 3, the corrected battery layout, skipped invalid CGM readings.
class TandemTransform {
public:
    static TransformResult run(const DecodedLog &log, const TransformContext &context,
                               const QList<PumpEvent> &carriedOver = {});

    // The same documents as run(log, context).batch, written as the JSON text of
    // QJsonDocument(batch.toJson()).toJson(compact ? Compact : Indented) — byte for byte — in pieces of
    // about 64 KiB to `write`, without building a QJsonObject per document (nightbridge-cli convert).
    static TransformStats writeJson(const DecodedLog &log, const TransformContext &context, bool compact,
                                    const std::function<void(const QByteArray &)> &write);
};

} // namespace nb::tandem
