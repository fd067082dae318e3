#pragma once

#include "common/result.h"
#include "model/nsbatch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace nb::ns {
class NightscoutClient;
}

namespace nb {

// Reads everything a site holds for one collection in [from, to], however many documents that is:
// a query that comes back full is split in halves and asked again (the server caps `count`, and an
// unbounded query would be one huge reply). One request at a time. Deletes itself after calling back.
class RangeReader : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QList<QJsonObject>> &)>;

    static void read(ns::NightscoutClient &client, NsCollection collection, const QDateTime &from, const QDateTime &to,
                     QObject *context, Callback callback, int pageSize = 1000);

private:
    RangeReader(ns::NightscoutClient &client, NsCollection collection, int pageSize, QObject *context,
                Callback callback);
    void next();

    ns::NightscoutClient &m_client;
    NsCollection m_collection;
    int m_pageSize;
    QPointer<QObject> m_context;
    Callback m_callback;
    QList<QPair<QDateTime, QDateTime>> m_todo;
    QList<QJsonObject> m_found;
};

} // namespace nb
