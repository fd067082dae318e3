#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nb {

// Stable document identifiers: the same source and natural key give the same identifier forever
// (across versions, machines and restarts), so a re-upload replaces instead of duplicating.
// Form: a name-based UUID (v5, SHA-1) in Nightbridge's own namespace over "source|part1|part2|...",
// lower-case, with hyphens — accepted by Nightscout v1 (moved to `identifier`) and v3.
//
// source: e.g. "tandem", "carelink"; parts: e.g. pump serial, sequence number, kind.
// Never change the namespace or the joining rule: every identifier already uploaded depends on it.
QString stableIdentifier(const QString &source, const QStringList &naturalKey);

// The tag we put in `enteredBy` (treatments) and `device` (entries/devicestatus) so we only ever touch
// documents we wrote: "nightbridge" or "nightbridge-<source>" and helpers to recognise it.
QString nightbridgeEnteredBy(); // "Nightbridge"
bool isNightbridgeDocument(const QJsonObject &doc);

} // namespace nb
