#pragma once

#include "model/nsbatch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace nb::ns {

// Pure rules about the documents we upload: what we may send, when two documents are "the same
// event" on the server, and when a stored devicestatus/profile equals one we are about to send.
namespace NsDocuments {

// Why `doc` must not be uploaded, or an empty string. We only send documents that carry our tag
// (enteredBy "Nightbridge" / device "nightbridge...") and a stable `identifier`, never an `_id`
// (the server would use it as the replace key or reject it), with the fields the server keys on.
// requireTag false: documents of any uploader (imported from a file), still with an identifier.
QString validationError(NsCollection collection, const QJsonObject &doc, bool requireTag = true);

// A document read from a file for `nightscout upload`, which may come from any uploader: without an
// `identifier` it gets a stable one derived from its collection and natural key (entries: type + date;
// treatments: eventType + created_at instant; devicestatus: device + created_at instant; profile:
// startDate instant), so uploading the same file twice stores everything once. An `_id` (another
// database's key) is dropped. Returns the document ready for upload, or sets *error (why it is not a
// valid document) and returns an empty object.
QJsonObject prepareImported(NsCollection collection, const QJsonObject &doc, QString *error);

// The instant the server keys a document on: entries sysTime (dateString with its zone, else date
// ms), others created_at. Invalid when absent or unparsable. Strings without a zone count as UTC,
// as the server reads them.
QDateTime instantOf(NsCollection collection, const QJsonObject &doc);
QDateTime parseTime(const QJsonValue &value);

// The server's upsert key for entries: "<sysTime ms>|<type>".
QString entryKey(const QJsonObject &doc);

// `ours` minus the documents whose upload would change another uploader's document in `existing`
// (what the site holds in the same time range): entries with the same (sysTime, type) — the server
// would merge into theirs; treatments with the same identifier, and on servers before 15.0.7
// (oldServer) the same (created_at, eventType) — the server would replace theirs.
// The left-out ones go to `clashing`.
QList<QJsonObject> withoutForeignClashes(NsCollection collection, const QList<QJsonObject> &ours,
                                         const QList<QJsonObject> &existing, bool oldServer,
                                         QList<QJsonObject> *clashing);

// True when the stored document (as read back from the server) has the same content as `ours`,
// ignoring what the server adds or rewrites (_id, utcOffset, created_at form).
bool sameContent(const QJsonObject &ours, const QJsonObject &stored);

// Size of the JSON array body of these documents.
qsizetype bodySize(const QList<QJsonObject> &docs);

// Splits docs into consecutive groups whose JSON array body stays within maxBytes. A document that
// alone exceeds maxBytes ends up in `tooLarge` instead.
QList<QList<QJsonObject>> packBySize(const QList<QJsonObject> &docs, qsizetype maxBytes, QList<QJsonObject> *tooLarge);

} // namespace NsDocuments

} // namespace nb::ns
