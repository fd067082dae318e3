#pragma once

#include "net/httptypes.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QTcpServer;
class QTcpSocket;
class QSslCertificate;
class QSslKey;

namespace nb::sim {

// One HTTP/1.1 request as the loopback server received it.
struct ServerRequest {
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, e.g. "/api/v1/entries.json"
    QUrlQuery query;
    QUrl url;            // full URL as the client asked for it (base + target)
    HttpHeaders headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

struct ServerResponse {
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    std::chrono::milliseconds delay{0}; // wait before answering (e.g. Nightscout's failed-auth penalty)

    static ServerResponse json(int status, const QJsonDocument &document);
    static ServerResponse json(int status, const QJsonObject &object);
    static ServerResponse json(int status, const QJsonArray &array);
    static ServerResponse text(int status, const QByteArray &body, const QByteArray &contentType = "text/plain");
    static ServerResponse redirect(int status, const QUrl &location);
    ServerResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// A scripted misbehaviour applied to the next `count` requests whose path starts with `pathPrefix`
// (empty: any path), before routing (the route handler does not run for them).
struct Fault {
    enum class Kind {
        Delay,            // answer normally, but only after `delay`
        Hang,             // accept, read, never answer (client timeouts)
        ResetMidBody,     // send headers and half the body, then abort the connection
        CloseImmediately, // close the connection without any answer
        TooManyRequests,  // 429 with Retry-After: retryAfterSeconds
        ServerError,      // `status` (default 500) with a small JSON body
        MalformedBody,    // 200 with Content-Type: application/json and a body that is not JSON
        HugeBody,         // 200 with a chunked body of `hugeBytes`, written as the client reads it (never held)
        IgnoreFind,       // answer as if the query had no find[...] (a site or proxy that ignores it)
    };
    Fault(Kind kind = Kind::ServerError, int count = 1, QString pathPrefix = {})
        : kind(kind)
        , count(count)
        , pathPrefix(std::move(pathPrefix))
    {}
    Kind kind = Kind::ServerError;
    int count = 1;
    QString pathPrefix;
    std::chrono::milliseconds delay{0};
    int retryAfterSeconds = 1;
    int status = 500;
    qint64 hugeBytes = qint64(1) << 30;
    QByteArray htmlBody; // ServerError: this HTML page (a firewall's "Request blocked") instead of JSON
};

// A small HTTP/1.1 server on 127.0.0.1, port chosen by the OS, for the fakes of Nightscout, CareLink
// and Tandem Source (tests, benchmarks and demo mode). Routes match by method and path (exact match
// first, then the longest registered prefix ending in '/'); unmatched requests get 404. Keep-alive and
// Content-Length bodies are supported; chunked request bodies are not (our client never sends them).
// Optional TLS (QSslServer) for TLS-failure tests.
class LoopbackServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<ServerResponse(const ServerRequest &)>;

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress::LocalHost);
    void close();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT (or https)

    void route(const QByteArray &method, const QString &path, Handler handler);
    void setFallback(Handler handler); // instead of 404

    void injectFault(const Fault &fault);
    void clearFaults();

    // Recording (bodies included) of every request received, in order.
    QList<ServerRequest> requests() const { return m_requests; }
    int requestCount(const QString &pathPrefix = {}) const;
    void clearRequests() { m_requests.clear(); }
    void setRecording(bool on) { m_recording = on; } // benchmarks turn it off
    // Answers carry a `Date` header with this clock's time (the server's clock, for clock-skew tests);
    // none when null (the default).
    void setDateClock(std::function<QDateTime()> now) { m_dateClock = std::move(now); }

signals:
    void requestReceived(const nb::sim::ServerRequest &request);

private:
    struct Connection;
    void onNewConnection();
    void handle(QTcpSocket *socket, ServerRequest request);
    ServerResponse route(const ServerRequest &request) const;
    void sendResponse(QTcpSocket *socket, const ServerResponse &response, bool keepAlive);
    void sendHugeBody(QTcpSocket *socket, qint64 total);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QList<QPair<QPair<QByteArray, QString>, Handler>> m_routes;
    Handler m_fallback;
    QList<Fault> m_faults;
    QList<ServerRequest> m_requests;
    bool m_recording = true;
    std::function<QDateTime()> m_dateClock;
};

} // namespace nb::sim
