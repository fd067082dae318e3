#pragma once

#include "common/result.h"
#include "model/nsbatch.h"
#include "transformcontext.h"

#include <QByteArray>

#include <functional>

namespace nb::tandem {

// Offline conversion (nightbridge-cli convert --source tandem): a saved pump-logs body, legacy base64
// body or raw records -> the documents a sync would upload. A saved pumper response gives the profile
// document (PROFILES) of the chosen pump (context.pumpKey as serial, else the most recent one).
Result<NsBatch> convertTandemInput(const QByteArray &input, const TransformContext &context);

} // namespace nb::tandem

namespace nb::tandem {

// The CLI's entry: `timezone` an IANA id (empty: this computer's zone), `features` a list as
// parseFeatures() takes (empty: the defaults), `end` an ISO 8601 time (with offset or Z; without, a pump-clock
// time) where open durations stop as they would at a sync's "now" (empty: the newest record of the input).
// Bad options are Config errors.
Result<NsBatch> convertTandemForCli(const QByteArray &input, const QString &timezone, const QString &features,
                                    const QString &end = QString());

// The same conversion written straight out as JSON: exactly the text of
// QJsonDocument(convertTandemForCli(...)->toJson()).toJson(compact ? Compact : Indented), in pieces to `write`,
// without a QJsonObject per document (a 30-day file stays fast and small). `input` is released once decoded.
// Nothing is written when the result is an error.
Result<void> writeTandemJsonForCli(QByteArray input, const QString &timezone, const QString &features,
                                   const QString &end, bool compact,
                                   const std::function<void(const QByteArray &)> &write);

} // namespace nb::tandem
