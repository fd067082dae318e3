#include "manualclock.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "simulation/loopbackserver.h"
#include "sync/rangereader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;
using nb::sim::LoopbackServer;
using nb::sim::ServerRequest;
using nb::sim::ServerResponse;

namespace {
const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());

// An entry every 5 minutes for `days` days from kStart.
QList<QJsonObject> entries(int days)
{
    QList<QJsonObject> out;
    for (qint64 i = 0; i < qint64(days) * 288; ++i) {
        const qint64 date = kStart.toMSecsSinceEpoch() + i * 300000;
        out.append(QJsonObject{{u"type"_s, u"sgv"_s}, {u"sgv"_s, 100 + int(i % 50)}, {u"date"_s, double(date)}});
    }
    return out;
}

// The newest `count` of `docs` whose date lies in [gte, lte] (both optional), newest first.
QJsonArray newest(const QList<QJsonObject> &docs, qint64 gte, qint64 lte, int count)
{
    QJsonArray out;
    for (qsizetype i = docs.size() - 1; i >= 0 && out.size() < count; --i) {
        const qint64 date = qint64(docs[i].value(u"date"_s).toDouble());
        if (date >= gte && date <= lte)
            out.append(docs[i]);
    }
    return out;
}
} // namespace

// The gap check's reader of a site's documents, against loopback sites that honour or ignore queries.
class TestRangeReader : public QObject {
    Q_OBJECT

    test::ManualClock m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<ns::NightscoutClient> m_client;
    QList<QJsonObject> m_docs;

    void serve(bool honourQueries)
    {
        m_server->route("GET", u"/api/v1/entries"_s, [this, honourQueries](const ServerRequest &r) {
            const int count = r.query.queryItemValue(u"count"_s).toInt();
            qint64 gte = std::numeric_limits<qint64>::min();
            qint64 lte = std::numeric_limits<qint64>::max();
            if (honourQueries) {
                gte = r.query.queryItemValue(u"find[date][$gte]"_s, QUrl::FullyDecoded).toLongLong();
                lte = r.query.queryItemValue(u"find[date][$lte]"_s, QUrl::FullyDecoded).toLongLong();
            }
            return ServerResponse::json(200, newest(m_docs, gte, lte, count > 0 ? count : 10));
        });
    }

    Result<QList<QJsonObject>> read(const QDateTime &from, const QDateTime &to, int pageSize,
                                    const RangeReader::Limits &limits = {})
    {
        std::optional<Result<QList<QJsonObject>>> result;
        RangeReader::read(
            *m_client, NsCollection::Entries, from, to, this,
            [&result](const Result<QList<QJsonObject>> &r) { result = r; }, pageSize, limits);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(Result<QList<QJsonObject>>(SyncError::make(SyncError::Kind::Network, {}, {})));
    }

private slots:
    void init()
    {
        m_http = std::make_unique<HttpClient>(m_clock);
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        ns::NsClientConfig config;
        config.baseUrl = m_server->baseUrl();
        config.credentials = ns::NsCredentials::apiSecret(Secret(u"correct-horse-battery"_s));
        m_client = std::make_unique<ns::NightscoutClient>(*m_http, m_clock, config);
        m_docs = entries(7);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_http.reset();
    }

    void readsARangeAcrossFullPages()
    {
        serve(true);
        const QDateTime from = kStart.addDays(1);
        const QDateTime to = kStart.addDays(3).addMSecs(-1);
        const auto result = read(from, to, 100);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toLogString()));
        QCOMPARE(result->size(), 2 * 288);
        QVERIFY(m_server->requestCount() > 2 * 288 / 100);
    }

    void aSiteThatIgnoresQueriesIsDetectedAndReported()
    {
        serve(false);
        const auto result = read(kStart.addDays(1), kStart.addDays(2), 100);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, SyncError::Kind::Protocol);
        QVERIFY2(result.error().detail.contains(u"ignores find"_s), qPrintable(result.error().detail));
        QVERIFY(result.error().userMessage.contains(u"ignored the time range"_s));
        QCOMPARE(m_server->requestCount(), 1); // bounded: it is not asked again and again
    }

    void requestsArecapped()
    {
        serve(true);
        RangeReader::Limits limits;
        limits.maxRequests = 5;
        const auto result = read(kStart, kStart.addDays(7), 100, limits);
        QVERIFY(!result.ok());
        QCOMPARE(m_server->requestCount(), 5);
    }

    void documentsAreCapped()
    {
        serve(true);
        RangeReader::Limits limits;
        limits.maxDocuments = 1000;
        const auto result = read(kStart, kStart.addDays(7), 1000, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, SyncError::Kind::Protocol);
    }

    void eachReadHasATimeBudget()
    {
        serve(true);
        nb::sim::Fault slow(nb::sim::Fault::Kind::Delay, 100);
        slow.delay = std::chrono::milliseconds(150);
        m_server->injectFault(slow);
        RangeReader::Limits limits;
        limits.budget = std::chrono::milliseconds(400);
        const auto result = read(kStart, kStart.addDays(7), 100, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, SyncError::Kind::Timeout);
        QVERIFY(m_server->requestCount() <= 5);
    }

    void aFewStrayDocumentsAreLeftOut()
    {
        m_docs = entries(3);
        // Another uploader's entry whose date lies far outside the range it was returned for.
        m_server->route("GET", u"/api/v1/entries"_s, [this](const ServerRequest &) {
            QJsonArray docs = newest(m_docs, kStart.addDays(1).toMSecsSinceEpoch(),
                                     kStart.addDays(1).addSecs(3600).toMSecsSinceEpoch(), 100);
            docs.append(QJsonObject{{u"type"_s, u"sgv"_s}, {u"sgv"_s, 99}, {u"date"_s, 1000.0}});
            return ServerResponse::json(200, docs);
        });
        const auto result = read(kStart.addDays(1), kStart.addDays(1).addSecs(3600), 100);
        QVERIFY(result.ok());
        QCOMPARE(result->size(), 13);
    }
};

QTEST_GUILESS_MAIN(TestRangeReader)
#include "tst_rangereader.moc"
