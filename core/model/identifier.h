#pragma once

#include <QCryptographicHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace nb {

// Stable document identifiers: the same source and natural key give the same identifier forever
// (across versions, machines and restarts), so a re-upload replaces instead of duplicating.
// Form: a name-based UUID (v5, SHA-1) in Nightbridge's own namespace over "source|part1|part2|...",
// lower-case, with hyphens — accepted by Nightscout v1 (moved to `identifier`) and v3.
//
// source: e.g. "tandem", "carelink"; parts: e.g. pump serial, sequence number, kind.
// Never change the namespace or the joining rule: every identifier already uploaded depends on it.
QString stableIdentifier(const QString &source, const QStringList &naturalKey);

// The same identifiers as stableIdentifier(source, leadingParts + parts), for a transform that makes
// thousands with one source and leading parts: the hashed prefix is prepared once and the hash object
// reused, so one identifier costs one SHA-1 and one string. Not thread-safe (one per run).
class StableIdentifierBuilder {
public:
    StableIdentifierBuilder(const QString &source, const QStringList &leadingParts);

    QString make(std::initializer_list<QStringView> parts) const;
    // The common case of numeric parts (sequence numbers, times) after one text part.
    QString make(QStringView kind, std::initializer_list<qint64> numbers) const;

private:
    QString finish(const QByteArray &tail) const;

    QByteArray m_prefix; // namespace bytes + UTF-8 "source|part|...|" (the trailing '|' precedes the parts)
    mutable QByteArray m_tail;
    mutable QCryptographicHash m_hash{QCryptographicHash::Sha1};
};

// The tag we put in `enteredBy` (treatments) and `device` (entries/devicestatus) so we only ever touch
// documents we wrote: "nightbridge" or "nightbridge-<source>" and helpers to recognise it.
QString nightbridgeEnteredBy(); // "Nightbridge"
bool isNightbridgeDocument(const QJsonObject &doc);

} // namespace nb
