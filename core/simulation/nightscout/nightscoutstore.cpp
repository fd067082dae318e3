#include "nightscoutstore.h"

#include "common/clock.h"
#include "fakensnormalizer.h"
#include "fakensquery.h"

#include <QJsonDocument>

namespace nb::sim {

namespace {

using N = FakeNsNormalizer;

const QString kId = QStringLiteral("_id");
const QString kType = QStringLiteral("type");
const QString kSysTime = QStringLiteral("sysTime");
const QString kIdentifier = QStringLiteral("identifier");
const QString kCreatedAt = QStringLiteral("created_at");
const QString kEventType = QStringLiteral("eventType");

QList<QJsonObject> documentsOf(const QJsonValue &body)
{
    QList<QJsonObject> docs;
    if (body.isArray()) {
        for (const QJsonValue &v : body.toArray())
            docs.append(v.toObject());
    } else if (body.isObject()) {
        docs.append(body.toObject());
    }
    return docs;
}

QString entryKey(const QJsonObject &doc)
{
    return doc.value(kSysTime).toString() + QLatin1Char('|') + doc.value(kType).toString();
}

QString naturalKey(const QJsonObject &doc)
{
    return doc.value(kCreatedAt).toString() + QLatin1Char('|') + doc.value(kEventType).toString();
}

// Mongo filter semantics for "the whole document is the filter": every field of the filter present
// and equal in the stored document.
bool containsAll(const QJsonObject &stored, const QJsonObject &filter)
{
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        if (stored.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QString jsonText(const QJsonValue &value)
{
    // Wrapped in an array because QJsonDocument only holds objects and arrays.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

NightscoutStore::NightscoutStore(const Clock &clock)
    : m_clock(clock)
{}

QString NightscoutStore::newObjectId()
{
    // Like an ObjectId: seconds since the epoch, then a counter (unique within this fake).
    const quint32 seconds = quint32(m_clock.nowMs() / 1000);
    return QStringLiteral("%1%2").arg(seconds, 8, 16, QLatin1Char('0')).arg(++m_idCounter, 16, 16, QLatin1Char('0'));
}

const QList<QJsonObject> &NightscoutStore::documents(NsCollection collection) const
{
    return m_docs[size_t(collection)];
}

void NightscoutStore::clear()
{
    for (QList<QJsonObject> &docs : m_docs)
        docs.clear();
    m_entryKeys.clear();
    m_treatmentIds.clear();
    m_treatmentNatural.clear();
}

void NightscoutStore::indexDocument(NsCollection collection, qsizetype index)
{
    const QJsonObject &doc = docsOf(collection).at(index);
    if (collection == NsCollection::Entries && doc.contains(kSysTime) && doc.contains(kType)) {
        m_entryKeys.insert(entryKey(doc), index);
    } else if (collection == NsCollection::Treatments) {
        if (doc.value(kIdentifier).isString())
            m_treatmentIds.insert(doc.value(kIdentifier).toString(), index);
        m_treatmentIds.insert(doc.value(kId).toString(), index);
        // replaceOne updates the first match in natural order: keep the oldest per key.
        if (!m_treatmentNatural.contains(naturalKey(doc)))
            m_treatmentNatural.insert(naturalKey(doc), index);
    }
}

QJsonObject NightscoutStore::insertRaw(NsCollection collection, QJsonObject doc)
{
    if (!doc.contains(kId))
        doc.insert(kId, newObjectId());
    QList<QJsonObject> &docs = docsOf(collection);
    docs.append(doc);
    indexDocument(collection, docs.size() - 1);
    return doc;
}

NightscoutStore::Reply NightscoutStore::postEntries(const QJsonValue &body)
{
    QJsonArray response;
    // A single object counts only if it has a date; otherwise the server silently stores nothing.
    if (body.isObject() && !body.toObject().contains(QStringLiteral("date")))
        return {200, response};
    for (const QJsonObject &doc : documentsOf(body))
        upsertEntry(N::prepareEntry(doc, m_clock.nowUtc()), response);
    return {200, response};
}

void NightscoutStore::upsertEntry(QJsonObject doc, QJsonArray &response)
{
    QList<QJsonObject> &docs = docsOf(NsCollection::Entries);
    qsizetype match = -1;
    if (doc.contains(kType)) {
        match = m_entryKeys.value(entryKey(doc), -1);
    } else {
        for (qsizetype i = 0; i < docs.size() && match < 0; ++i)
            match = containsAll(docs.at(i), doc) ? i : -1;
    }
    if (match >= 0) {
        // $set: fields of the new post overwrite, fields it lacks survive. The reply has no _id.
        QJsonObject merged = docs.at(match);
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            if (it.key() != kId)
                merged.insert(it.key(), it.value());
        }
        docs[match] = merged;
        doc.remove(kId);
        response.append(doc);
        return;
    }
    if (!N::isObjectId(doc.value(kId)))
        doc.insert(kId, newObjectId());
    docs.append(doc);
    indexDocument(NsCollection::Entries, docs.size() - 1);
    response.append(doc);
}

qsizetype NightscoutStore::findTreatment(const QJsonObject &doc, int *how) const
{
    if (doc.value(kIdentifier).isString()) {
        *how = 1;
        return m_treatmentIds.value(doc.value(kIdentifier).toString(), -1);
    }
    if (doc.value(kId).isString()) {
        *how = 2;
        return m_treatmentIds.value(doc.value(kId).toString(), -1);
    }
    *how = 3;
    return m_treatmentNatural.value(naturalKey(doc), -1);
}

NightscoutStore::Reply NightscoutStore::postTreatments(const QJsonValue &body)
{
    QJsonArray response;
    for (const QJsonObject &doc : documentsOf(body)) {
        for (const QJsonObject &prepared : N::prepareTreatment(doc, m_clock.nowUtc()))
            upsertTreatment(prepared, response);
    }
    return {200, response};
}

void NightscoutStore::upsertTreatment(QJsonObject doc, QJsonArray &response)
{
    QList<QJsonObject> &docs = docsOf(NsCollection::Treatments);
    int how = 0;
    const qsizetype match = findTreatment(doc, &how);
    if (match >= 0) {
        // replaceOne: the stored document becomes exactly the new one (fields not sent are lost).
        const QJsonObject old = docs.at(match);
        QJsonObject replacement = doc;
        replacement.insert(kId, old.value(kId));
        m_treatmentIds.remove(old.value(kIdentifier).toString());
        docs[match] = replacement;
        if (m_treatmentNatural.value(naturalKey(old), -1) == match && naturalKey(old) != naturalKey(replacement)) {
            m_treatmentNatural.remove(naturalKey(old));
            for (qsizetype i = 0; i < docs.size(); ++i) {
                if (naturalKey(docs.at(i)) == naturalKey(old)) {
                    m_treatmentNatural.insert(naturalKey(old), i);
                    break;
                }
            }
        }
        indexDocument(NsCollection::Treatments, match);
        if (how == 1)
            doc.insert(kId, old.value(kId)); // identifier matches report the stored _id
        response.append(doc);
        return;
    }
    if (!N::isObjectId(doc.value(kId)))
        doc.insert(kId, newObjectId());
    docs.append(doc);
    indexDocument(NsCollection::Treatments, docs.size() - 1);
    response.append(doc);
}

std::optional<NightscoutStore::Reply> NightscoutStore::invalidId(const QList<QJsonObject> &docs) const
{
    for (const QJsonObject &doc : docs) {
        if (doc.contains(kId) && !N::isObjectId(doc.value(kId))) {
            const QJsonValue id = doc.value(kId);
            const QString got = id.isString() ? id.toString() : jsonText(id);
            return Reply{400, QJsonObject{{QStringLiteral("status"), 400},
                                          {QStringLiteral("message"), QStringLiteral("Invalid _id format")},
                                          {QStringLiteral("description"),
                                           QString(QStringLiteral("Must be 24-character hex string or omit "
                                                                  "for auto-generation. Got: ") +
                                                   got)}}};
        }
    }
    return std::nullopt;
}

NightscoutStore::Reply NightscoutStore::postDeviceStatus(const QJsonValue &body)
{
    const QList<QJsonObject> docs = documentsOf(body);
    if (const std::optional<Reply> error = invalidId(docs))
        return *error;
    QJsonArray response;
    for (const QJsonObject &doc : docs) {
        const QJsonObject stored = insertRaw(NsCollection::DeviceStatus, N::prepareDeviceStatus(doc, m_clock.nowUtc()));
        response.append(stored);
    }
    return {200, response};
}

NightscoutStore::Reply NightscoutStore::postProfile(const QJsonValue &body)
{
    const QList<QJsonObject> docs = documentsOf(body);
    if (const std::optional<Reply> error = invalidId(docs))
        return *error;
    QJsonArray response;
    for (const QJsonObject &doc : docs)
        response.append(insertRaw(NsCollection::Profile, N::prepareProfile(doc, m_clock.nowUtc())));
    return {200, response};
}

QJsonArray NightscoutStore::find(NsCollection collection, const QUrlQuery &query, const QString &entryType) const
{
    const FakeNsQuery q(collection, query, m_clock.nowUtc(), entryType);
    QList<QJsonObject> hits;
    for (const QJsonObject &doc : documents(collection)) {
        if (q.matches(doc))
            hits.append(doc);
    }
    hits = FakeNsQuery::sorted(collection, hits);
    QJsonArray out;
    for (qsizetype i = 0; i < hits.size() && i < q.limit(); ++i)
        out.append(collection == NsCollection::Treatments ? N::treatmentForOutput(hits.at(i)) : hits.at(i));
    return out;
}

QJsonArray NightscoutStore::listProfiles(int count) const
{
    const QList<QJsonObject> all = FakeNsQuery::sorted(NsCollection::Profile, documents(NsCollection::Profile));
    QJsonArray out;
    for (qsizetype i = 0; i < all.size() && i < count; ++i)
        out.append(all.at(i));
    return out;
}

QJsonValue NightscoutStore::currentEntry() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    const QJsonArray newest = find(NsCollection::Entries, query);
    return newest.isEmpty() ? QJsonValue(QJsonValue::Null) : newest.first();
}

QJsonValue NightscoutStore::currentProfile() const
{
    const QList<QJsonObject> all = FakeNsQuery::sorted(NsCollection::Profile, documents(NsCollection::Profile));
    return all.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(all.first());
}

} // namespace nb::sim
