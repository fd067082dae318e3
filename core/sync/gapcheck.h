#pragma once

#include "model/nsbatch.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace nb {

struct UploadMark;

// Pure comparisons of our documents with what a Nightscout site holds, for gap healing and the
// backfill's pretend diff. Identity is what the server dedupes on: entries by (sysTime, type),
// treatments by identifier; devicestatus and profile are not compared (the client never posts an
// unchanged one anyway).
namespace GapCheck {

// "" when the collection is not compared.
QString presenceKey(NsCollection collection, const QJsonObject &doc);

// Documents of `window` the site does not hold (by presenceKey) and that are not in `planned` already.
QList<QJsonObject> missing(NsCollection collection, const QList<QJsonObject> &window,
                           const QList<QJsonObject> &existing, const QList<QJsonObject> &planned);

// Every field we send has the same value on the site (times compared as instants); what the server
// adds (_id, sysTime, utcOffset, null carbs/insulin on reads) does not count.
bool sameFields(const QJsonObject &ours, const QJsonObject &stored);

struct Diff {
    QList<QJsonObject> missing; // not on the site
    QList<QJsonObject> changed; // on the site with other content (a re-upload replaces it)
    int same = 0;               // on the site as they are
};
Diff diff(NsCollection collection, const QList<QJsonObject> &ours, const QList<QJsonObject> &existing);

// Earliest and latest document time (invalid pair when there is none).
QPair<QDateTime, QDateTime> timeRange(NsCollection collection, const QList<QJsonObject> &docs);

// Upload marks (collection name -> newest confirmed document): raised by a confirmed batch (entries
// and treatments), or by marks saved elsewhere meanwhile (a backfill of the same account). Never lowered.
// True when a mark moved.
bool raiseMarks(QHash<QString, UploadMark> &marks, const NsBatch &confirmed);
bool raiseMarks(QHash<QString, UploadMark> &marks, const QHash<QString, UploadMark> &other);

} // namespace GapCheck

} // namespace nb
