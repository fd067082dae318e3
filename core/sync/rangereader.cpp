#include "rangereader.h"

#include "nightscout/nightscoutclient.h"

namespace nb {

RangeReader::RangeReader(ns::NightscoutClient &client, NsCollection collection, int pageSize, QObject *context,
                         Callback callback)
    : QObject(&client)
    , m_client(client)
    , m_collection(collection)
    , m_pageSize(std::max(10, pageSize))
    , m_context(context)
    , m_callback(std::move(callback))
{}

void RangeReader::read(ns::NightscoutClient &client, NsCollection collection, const QDateTime &from,
                       const QDateTime &to, QObject *context, Callback callback, int pageSize)
{
    auto *reader = new RangeReader(client, collection, pageSize, context, std::move(callback));
    reader->m_todo.append({from, to});
    reader->next();
}

void RangeReader::next()
{
    if (m_todo.isEmpty()) {
        if (m_context)
            m_callback(m_found);
        deleteLater();
        return;
    }
    const auto [from, to] = m_todo.takeFirst();
    m_client.findRange(m_collection, from, to, ns::NsQuery().count(m_pageSize),
                       [this, from, to](const Result<QList<QJsonObject>> &docs) {
                           if (!docs.ok()) {
                               if (m_context)
                                   m_callback(docs.error());
                               deleteLater();
                               return;
                           }
                           const qint64 span = from.msecsTo(to);
                           if (docs->size() >= m_pageSize && span > 1000) {
                               // Full: there may be more. Ask again in halves (newest-first order means
                               // the oldest ones were cut off).
                               const QDateTime middle = from.addMSecs(span / 2);
                               m_todo.prepend({middle.addMSecs(1), to});
                               m_todo.prepend({from, middle});
                           } else {
                               m_found.append(docs.value());
                           }
                           next();
                       });
}

} // namespace nb
