#include "rangereader.h"

#include "logging/categories.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsdocuments.h"

namespace nb {

namespace {

// How far outside the asked range a document may lie and still count as inside: entries are matched on
// their numeric `date`, exactly; treatments on the `created_at` text, which the server compares as
// text, so an offset written as "+14:00" instead of "Z" can move a match by up to 14 hours.
qint64 slackMs(NsCollection collection)
{
    return collection == NsCollection::Entries ? 1000 : qint64(14) * 3600 * 1000 + 1000;
}

} // namespace

RangeReader::RangeReader(ns::NightscoutClient &client, NsCollection collection, int pageSize, const Limits &limits,
                         QObject *context, Callback callback)
    : QObject(&client)
    , m_client(client)
    , m_collection(collection)
    , m_pageSize(std::max(10, pageSize))
    , m_limits(limits)
    , m_deadline(limits.budget)
    , m_context(context)
    , m_callback(std::move(callback))
{}

void RangeReader::read(ns::NightscoutClient &client, NsCollection collection, const QDateTime &from,
                       const QDateTime &to, QObject *context, Callback callback, int pageSize)
{
    read(client, collection, from, to, context, std::move(callback), pageSize, Limits());
}

void RangeReader::read(ns::NightscoutClient &client, NsCollection collection, const QDateTime &from,
                       const QDateTime &to, QObject *context, Callback callback, int pageSize, const Limits &limits)
{
    auto *reader = new RangeReader(client, collection, pageSize, limits, context, std::move(callback));
    reader->m_todo.append({from, to});
    reader->next();
}

void RangeReader::fail(const SyncError &error)
{
    qCWarning(lcSync).noquote() << error.toLogString();
    if (m_context)
        m_callback(error);
    deleteLater();
}

void RangeReader::next()
{
    if (m_todo.isEmpty()) {
        if (m_context)
            m_callback(m_found);
        deleteLater();
        return;
    }
    const QString collection = nsCollectionName(m_collection);
    if (m_deadline.hasExpired()) {
        fail(SyncError::make(SyncError::Kind::Timeout,
                             tr("Comparing with the Nightscout site took too long. Nightbridge will try again later."),
                             QStringLiteral("range read of %1 over its %2 ms budget after %3 requests")
                                 .arg(collection)
                                 .arg(m_limits.budget.count())
                                 .arg(m_requests),
                             true));
        return;
    }
    if (m_requests >= m_limits.maxRequests) {
        fail(SyncError::make(
            SyncError::Kind::Protocol,
            tr("The Nightscout site needs more requests than expected to list its data. Nightbridge "
               "stopped comparing with it; check that the site (and any proxy in front of it) "
               "answers queries normally."),
            QStringLiteral("range read of %1 over %2 requests").arg(collection).arg(m_limits.maxRequests)));
        return;
    }
    ++m_requests;
    const auto [from, to] = m_todo.takeFirst();
    m_client.findRange(m_collection, from, to, ns::NsQuery().count(m_pageSize),
                       [this, from, to](const Result<QList<QJsonObject>> &docs) { onPage(from, to, docs); });
}

void RangeReader::onPage(const QDateTime &from, const QDateTime &to, const Result<QList<QJsonObject>> &docs)
{
    if (!docs.ok()) {
        fail(docs.error());
        return;
    }
    // Only what lies inside the asked range belongs to the answer.
    const qint64 slack = slackMs(m_collection);
    const QDateTime low = from.addMSecs(-slack);
    const QDateTime high = to.addMSecs(slack);
    QList<QJsonObject> inside;
    inside.reserve(docs->size());
    int outside = 0;
    for (const QJsonObject &doc : docs.value()) {
        const QDateTime t = ns::NsDocuments::instantOf(m_collection, doc);
        if (t.isValid() && (t < low || t > high))
            ++outside;
        else
            inside.append(doc);
    }
    if (outside > std::max<qsizetype>(2, docs->size() / 10)) {
        fail(SyncError::make(SyncError::Kind::Protocol,
                             tr("The Nightscout site ignored the time range Nightbridge asked for and sent other data "
                                "(an old Nightscout version, or a proxy that drops the query). Nightbridge stopped "
                                "comparing with the site; uploads are not affected."),
                             QStringLiteral("site ignores find[] on %1: %2 of %3 documents outside %4 .. %5")
                                 .arg(nsCollectionName(m_collection))
                                 .arg(outside)
                                 .arg(docs->size())
                                 .arg(from.toString(Qt::ISODateWithMs), to.toString(Qt::ISODateWithMs))));
        return;
    }
    if (outside > 0)
        qCInfo(lcSync) << "left out" << outside << "documents outside the asked range of"
                       << nsCollectionName(m_collection);

    const qint64 span = from.msecsTo(to);
    if (docs->size() >= m_pageSize && span > 1000) {
        // Full: there may be more. Ask again in halves (newest-first order means the oldest ones were
        // cut off).
        const QDateTime middle = from.addMSecs(span / 2);
        m_todo.prepend({middle.addMSecs(1), to});
        m_todo.prepend({from, middle});
    } else {
        m_found.append(inside);
        if (m_found.size() > m_limits.maxDocuments) {
            fail(SyncError::make(SyncError::Kind::Protocol,
                                 tr("The Nightscout site holds far more data for this time than expected. Nightbridge "
                                    "stopped comparing with it."),
                                 QStringLiteral("range read of %1 over %2 documents")
                                     .arg(nsCollectionName(m_collection))
                                     .arg(m_limits.maxDocuments)));
            return;
        }
    }
    next();
}

} // namespace nb
