#pragma once

#include "common/result.h"
#include "model/nsbatch.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nb::carelink {

// `nightbridge-cli convert --source carelink`: a saved display/message (or older data) response in, the
// Nightscout documents out. features: comma list (Features::fromList), empty for the defaults.
// nowMs: the caller's wall clock (readings later than it are dropped). notes: what was skipped and why.
Result<NsBatch> convertCareLinkForCli(const QByteArray &input, const QString &features, qint64 nowMs,
                                      QStringList *notes = nullptr);

} // namespace nb::carelink
