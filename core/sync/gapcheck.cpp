#include "gapcheck.h"

#include "accountrecord.h"
#include "nightscout/nsdocuments.h"

#include <QHash>
#include <QSet>

namespace nb::GapCheck {

QString presenceKey(NsCollection collection, const QJsonObject &doc)
{
    switch (collection) {
    case NsCollection::Entries:
        return ns::NsDocuments::entryKey(doc);
    case NsCollection::Treatments:
        return doc.value(QLatin1String("identifier")).toString();
    case NsCollection::DeviceStatus:
    case NsCollection::Profile:
        break;
    }
    return {};
}

QList<QJsonObject> missing(NsCollection collection, const QList<QJsonObject> &window,
                           const QList<QJsonObject> &existing, const QList<QJsonObject> &planned)
{
    QSet<QString> known;
    for (const QJsonObject &doc : existing)
        known.insert(presenceKey(collection, doc));
    for (const QJsonObject &doc : planned)
        known.insert(presenceKey(collection, doc));
    QList<QJsonObject> out;
    for (const QJsonObject &doc : window) {
        const QString key = presenceKey(collection, doc);
        if (key.isEmpty() || known.contains(key))
            continue;
        known.insert(key);
        out.append(doc);
    }
    return out;
}

bool sameFields(const QJsonObject &ours, const QJsonObject &stored)
{
    // The server drops zero/empty carbs, insulin, notes, ... (and glucose with its type and units).
    const auto droppedByServer = [&](const QString &key, const QJsonValue &value) {
        if (stored.contains(key))
            return false;
        if (value.isNull() || (value.isDouble() && value.toDouble() == 0) ||
            (value.isString() && value.toString().isEmpty()))
            return true;
        return (key == QLatin1String("glucoseType") || key == QLatin1String("units")) &&
               ours.value(QLatin1String("glucose")).toDouble() == 0;
    };
    for (auto it = ours.begin(); it != ours.end(); ++it) {
        const QString &key = it.key();
        // A provisional "duration unknown" (null: the last basal of a run that saw nothing after it) never
        // replaces a duration the site already has from a run that saw further.
        if (key == QLatin1String("duration") && it.value().isNull())
            continue;
        if (key == QLatin1String("created_at") || key == QLatin1String("dateString")) {
            if (ns::NsDocuments::parseTime(it.value()) != ns::NsDocuments::parseTime(stored.value(key)))
                return false;
        } else if (stored.value(key) != it.value() && !droppedByServer(key, it.value())) {
            return false;
        }
    }
    return true;
}

Diff diff(NsCollection collection, const QList<QJsonObject> &ours, const QList<QJsonObject> &existing)
{
    QHash<QString, QJsonObject> byKey;
    for (const QJsonObject &doc : existing)
        byKey.insert(presenceKey(collection, doc), doc);
    Diff d;
    for (const QJsonObject &doc : ours) {
        const QString key = presenceKey(collection, doc);
        const auto found = byKey.constFind(key);
        if (key.isEmpty() || found == byKey.cend())
            d.missing.append(doc);
        else if (sameFields(doc, *found))
            ++d.same;
        else
            d.changed.append(doc);
    }
    return d;
}

QPair<QDateTime, QDateTime> timeRange(NsCollection collection, const QList<QJsonObject> &docs)
{
    QDateTime first, last;
    for (const QJsonObject &doc : docs) {
        const QDateTime t = ns::NsDocuments::instantOf(collection, doc);
        if (!t.isValid())
            continue;
        if (!first.isValid() || t < first)
            first = t;
        if (!last.isValid() || t > last)
            last = t;
    }
    return {first, last};
}

bool raiseMarks(QHash<QString, UploadMark> &marks, const NsBatch &confirmed)
{
    bool raised = false;
    for (NsCollection collection : {NsCollection::Entries, NsCollection::Treatments}) {
        const QString name = nsCollectionName(collection);
        const QString owner =
            collection == NsCollection::Treatments ? QStringLiteral("enteredBy") : QStringLiteral("device");
        UploadMark mark = marks.value(name);
        for (const QJsonObject &doc : confirmed.of(collection)) {
            const QDateTime time = ns::NsDocuments::instantOf(collection, doc);
            if (time.isValid() && (!mark.time.isValid() || time > mark.time)) {
                mark = UploadMark{time, doc.value(owner).toString(), presenceKey(collection, doc)};
                raised = true;
            }
        }
        if (mark.isValid())
            marks.insert(name, mark);
    }
    return raised;
}

bool raiseMarks(QHash<QString, UploadMark> &marks, const QHash<QString, UploadMark> &other)
{
    bool raised = false;
    for (auto it = other.cbegin(); it != other.cend(); ++it) {
        const UploadMark mine = marks.value(it.key());
        if (it->isValid() && (!mine.isValid() || it->time > mine.time)) {
            marks.insert(it.key(), it.value());
            raised = true;
        }
    }
    return raised;
}

} // namespace nb::GapCheck
