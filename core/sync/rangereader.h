#pragma once

#include "common/result.h"
#include "model/nsbatch.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace nb::ns {
class NightscoutClient;
}

namespace nb {

// Reads everything a site holds for one collection in [from, to], however many documents that is:
// a query that comes back full is split in halves and asked again (the server caps `count`, and an
// unbounded query would be one huge reply). One request at a time. Deletes itself after calling back.
//
// Bounded whatever the site does: at most Limits::maxRequests requests and maxDocuments documents per
// read, and an overall time budget; going over any of them is an error, never a partial answer. Every
// answer must lie inside the range it was asked for: a site (or a proxy) that ignores `find[...]` and
// sends its newest documents instead is detected and reported as such (a Protocol error) instead of
// being asked again and again. A few stray documents outside the range (another uploader's odd time
// fields) are left out without failing the read.
class RangeReader : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QList<QJsonObject>> &)>;

    struct Limits {
        int maxRequests = 200;
        int maxDocuments = 100000;
        std::chrono::milliseconds budget{std::chrono::minutes(5)};
    };

    static void read(ns::NightscoutClient &client, NsCollection collection, const QDateTime &from, const QDateTime &to,
                     QObject *context, Callback callback, int pageSize = 1000);
    static void read(ns::NightscoutClient &client, NsCollection collection, const QDateTime &from, const QDateTime &to,
                     QObject *context, Callback callback, int pageSize, const Limits &limits);

private:
    RangeReader(ns::NightscoutClient &client, NsCollection collection, int pageSize, const Limits &limits,
                QObject *context, Callback callback);
    void next();
    void onPage(const QDateTime &from, const QDateTime &to, const Result<QList<QJsonObject>> &docs);
    void fail(const SyncError &error);

    ns::NightscoutClient &m_client;
    NsCollection m_collection;
    int m_pageSize;
    Limits m_limits;
    QDeadlineTimer m_deadline;
    int m_requests = 0;
    QPointer<QObject> m_context;
    Callback m_callback;
    QList<QPair<QDateTime, QDateTime>> m_todo;
    QList<QJsonObject> m_found;
};

} // namespace nb
