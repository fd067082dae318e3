#include "nsdocuments.h"

#include "model/identifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace nb::ns::NsDocuments {

namespace {
const QString kId = QStringLiteral("_id");
const QString kCreatedAt = QStringLiteral("created_at");
const QString kUtcOffset = QStringLiteral("utcOffset");
} // namespace

QString validationError(NsCollection collection, const QJsonObject &doc, bool requireTag)
{
    if (requireTag && !isNightbridgeDocument(doc))
        return QStringLiteral("not tagged as a Nightbridge document (enteredBy/device)");
    if (doc.value(QStringLiteral("identifier")).toString().isEmpty())
        return QStringLiteral("no stable identifier");
    if (doc.contains(kId))
        return QStringLiteral("carries an _id");
    switch (collection) {
    case NsCollection::Entries:
        if (doc.value(QStringLiteral("type")).toString().isEmpty())
            return QStringLiteral("entry without type");
        if (!instantOf(collection, doc).isValid())
            return QStringLiteral("entry without a valid date/dateString");
        break;
    case NsCollection::Treatments:
        if (doc.value(QStringLiteral("eventType")).toString().isEmpty())
            return QStringLiteral("treatment without eventType");
        [[fallthrough]];
    case NsCollection::DeviceStatus:
        if (!instantOf(collection, doc).isValid())
            return QStringLiteral("no valid created_at");
        break;
    case NsCollection::Profile:
        // Imported ones are keyed on it; ours always carry one (their identifier comes from the pump).
        if (!requireTag && !parseTime(doc.value(QStringLiteral("startDate"))).isValid())
            return QStringLiteral("profile without a valid startDate");
        break;
    }
    return {};
}

QJsonObject prepareImported(NsCollection collection, const QJsonObject &doc, QString *error)
{
    QJsonObject out = doc;
    out.remove(kId);
    if (out.value(QStringLiteral("identifier")).toString().isEmpty()) {
        // Validated first, so the natural key below exists; the identifier only stands in for it.
        out.insert(QStringLiteral("identifier"), QStringLiteral("pending"));
        if (const QString why = validationError(collection, out, false); !why.isEmpty()) {
            *error = why;
            return {};
        }
        QStringList key{nsCollectionName(collection)};
        switch (collection) {
        case NsCollection::Entries:
            key << doc.value(QStringLiteral("type")).toString()
                << QString::number(instantOf(collection, doc).toMSecsSinceEpoch());
            break;
        case NsCollection::Treatments:
            key << doc.value(QStringLiteral("eventType")).toString()
                << QString::number(instantOf(collection, doc).toMSecsSinceEpoch());
            break;
        case NsCollection::DeviceStatus:
            key << doc.value(QStringLiteral("device")).toString()
                << QString::number(instantOf(collection, doc).toMSecsSinceEpoch());
            break;
        case NsCollection::Profile:
            key << QString::number(parseTime(doc.value(QStringLiteral("startDate"))).toMSecsSinceEpoch());
            break;
        }
        out.insert(QStringLiteral("identifier"), stableIdentifier(QStringLiteral("nightscout-document"), key));
    }
    if (const QString why = validationError(collection, out, false); !why.isEmpty()) {
        *error = why;
        return {};
    }
    return out;
}

QDateTime parseTime(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::utc());
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime) // no zone written: the server reads it as UTC
        t = QDateTime(t.date(), t.time(), QTimeZone::utc());
    return t.toUTC();
}

QDateTime instantOf(NsCollection collection, const QJsonObject &doc)
{
    if (collection != NsCollection::Entries)
        return parseTime(doc.value(kCreatedAt));
    if (doc.contains(QStringLiteral("sysTime"))) {
        const QDateTime t = parseTime(doc.value(QStringLiteral("sysTime")));
        if (t.isValid())
            return t;
    }
    if (doc.contains(QStringLiteral("dateString"))) {
        const QDateTime t = parseTime(doc.value(QStringLiteral("dateString")));
        if (t.isValid())
            return t;
    }
    return doc.value(QStringLiteral("date")).isDouble() ? parseTime(doc.value(QStringLiteral("date"))) : QDateTime();
}

QString entryKey(const QJsonObject &doc)
{
    const QDateTime t = instantOf(NsCollection::Entries, doc);
    return QString::number(t.isValid() ? t.toMSecsSinceEpoch() : -1) + QLatin1Char('|') +
           doc.value(QStringLiteral("type")).toString();
}

QList<QJsonObject> withoutForeignClashes(NsCollection collection, const QList<QJsonObject> &ours,
                                         const QList<QJsonObject> &existing, bool oldServer,
                                         QList<QJsonObject> *clashing)
{
    const auto naturalKey = [](const QJsonObject &doc) -> QString {
        return QString::number(instantOf(NsCollection::Treatments, doc).toMSecsSinceEpoch()) + QLatin1Char('|') +
               doc.value(QStringLiteral("eventType")).toString();
    };
    const auto idKey = [](const QJsonValue &id) -> QString { return QStringLiteral("id|") + id.toString(); };
    QSet<QString> foreignKeys;
    for (const QJsonObject &doc : existing) {
        if (isNightbridgeDocument(doc))
            continue;
        if (collection == NsCollection::Entries) {
            foreignKeys.insert(entryKey(doc));
        } else {
            foreignKeys.insert(idKey(doc.value(QStringLiteral("identifier"))));
            foreignKeys.insert(idKey(doc.value(kId)));
            foreignKeys.insert(naturalKey(doc));
        }
    }
    QList<QJsonObject> keep;
    for (const QJsonObject &doc : ours) {
        const bool clash = collection == NsCollection::Entries
                               ? foreignKeys.contains(entryKey(doc))
                               : foreignKeys.contains(idKey(doc.value(QStringLiteral("identifier")))) ||
                                     (oldServer && foreignKeys.contains(naturalKey(doc)));
        if (!clash)
            keep.append(doc);
        else if (clashing)
            clashing->append(doc);
    }
    return keep;
}

bool sameContent(const QJsonObject &ours, const QJsonObject &stored)
{
    QJsonObject a = ours;
    QJsonObject b = stored;
    a.remove(kId);
    b.remove(kId);
    if (!a.contains(kUtcOffset))
        b.remove(kUtcOffset);
    if (a.contains(kCreatedAt)) {
        if (parseTime(a.value(kCreatedAt)) != parseTime(b.value(kCreatedAt)))
            return false;
        a.remove(kCreatedAt);
    }
    b.remove(kCreatedAt);
    return a == b;
}

qsizetype bodySize(const QList<QJsonObject> &docs)
{
    QJsonArray array;
    for (const QJsonObject &doc : docs)
        array.append(doc);
    return QJsonDocument(array).toJson(QJsonDocument::Compact).size();
}

QList<QList<QJsonObject>> packBySize(const QList<QJsonObject> &docs, qsizetype maxBytes, QList<QJsonObject> *tooLarge)
{
    QList<QList<QJsonObject>> packs;
    QList<QJsonObject> current;
    qsizetype currentSize = 2; // "[]"
    for (const QJsonObject &doc : docs) {
        const qsizetype size = QJsonDocument(doc).toJson(QJsonDocument::Compact).size();
        if (size + 2 > maxBytes) {
            if (tooLarge)
                tooLarge->append(doc);
            continue;
        }
        const qsizetype added = size + (current.isEmpty() ? 0 : 1); // the comma
        if (!current.isEmpty() && currentSize + added > maxBytes) {
            packs.append(current);
            current.clear();
            currentSize = 2;
        }
        current.append(doc);
        currentSize += size + (current.size() > 1 ? 1 : 0);
    }
    if (!current.isEmpty())
        packs.append(current);
    return packs;
}

} // namespace nb::ns::NsDocuments
