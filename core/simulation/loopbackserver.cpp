#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace nb::sim {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool matchesPrefix(const QString &path, const QString &prefix)
{
    return prefix.isEmpty() || path.startsWith(prefix);
}
} // namespace

QByteArray ServerRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

ServerResponse ServerResponse::json(int status, const QJsonDocument &document)
{
    return text(status, document.toJson(QJsonDocument::Compact), "application/json; charset=utf-8");
}

ServerResponse ServerResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

ServerResponse ServerResponse::json(int status, const QJsonArray &array)
{
    return json(status, QJsonDocument(array));
}

ServerResponse ServerResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    ServerResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({"Content-Type", contentType});
    return r;
}

ServerResponse ServerResponse::redirect(int status, const QUrl &location)
{
    ServerResponse r;
    r.status = status;
    r.headers.append({"Location", location.toEncoded()});
    return r;
}

ServerResponse &ServerResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

// Per-connection parse buffer, kept as a dynamic property-free side table keyed by socket.
struct LoopbackServer::Connection {
    QByteArray buffer;
};

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
{}

LoopbackServer::~LoopbackServer()
{
    close();
}

bool LoopbackServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_tls = false;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &LoopbackServer::onNewConnection);
    return m_server->listen(address, port);
}

bool LoopbackServer::listenTls(const QSslCertificate &certificate, const QSslKey &key, const QHostAddress &address)
{
    close();
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certificates
    server->setSslConfiguration(config);
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &LoopbackServer::onNewConnection);
    return m_server->listen(address, 0);
}

void LoopbackServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    delete m_server; // sockets are its children
    m_server = nullptr;
}

quint16 LoopbackServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_server ? m_server->serverAddress().toString() : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void LoopbackServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.append({{method, path}, std::move(handler)});
}

void LoopbackServer::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

void LoopbackServer::injectFault(const Fault &fault)
{
    m_faults.append(fault);
}

void LoopbackServer::clearFaults()
{
    m_faults.clear();
}

int LoopbackServer::requestCount(const QString &pathPrefix) const
{
    int n = 0;
    for (const ServerRequest &r : m_requests)
        n += matchesPrefix(r.path, pathPrefix) ? 1 : 0;
    return n;
}

void LoopbackServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        auto connection = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, connection] {
            connection->buffer += socket->readAll();
            // Parse as many complete requests as the buffer holds (pipelining is rare but cheap).
            while (true) {
                const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    if (connection->buffer.size() > kMaxHeaderBytes)
                        socket->abort();
                    return;
                }
                const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
                const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                if (requestLine.size() < 3) {
                    socket->abort();
                    return;
                }
                ServerRequest request;
                request.method = requestLine.at(0);
                qsizetype contentLength = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    const QByteArray value = line.mid(colon + 1).trimmed();
                    request.headers.append({name, value});
                    if (name == "content-length")
                        contentLength = value.toLongLong();
                }
                if (connection->buffer.size() < headerEnd + 4 + contentLength)
                    return; // body not complete yet
                request.body = connection->buffer.mid(headerEnd + 4, contentLength);
                connection->buffer.remove(0, headerEnd + 4 + contentLength);

                const QUrl target = QUrl::fromEncoded(requestLine.at(1));
                request.path = target.path();
                request.query = QUrlQuery(target);
                request.url = baseUrl().resolved(target);
                request.peer = socket->peerAddress();
                handle(socket, std::move(request));
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackServer::handle(QTcpSocket *socket, ServerRequest request)
{
    if (m_recording)
        m_requests.append(request);
    emit requestReceived(request);
    const bool keepAlive = request.header("connection").toLower() != "close";

    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!matchesPrefix(request.path, fault.pathPrefix))
            continue;
        const Fault f = fault;
        if (--fault.count <= 0)
            m_faults.removeAt(i);
        switch (f.kind) {
        case Fault::Kind::Hang:
            return; // never answer; the client must time out
        case Fault::Kind::CloseImmediately:
            socket->abort();
            return;
        case Fault::Kind::ResetMidBody: {
            const QByteArray body(4096, 'x');
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body.left(body.size() / 2));
            socket->flush();
            QTimer::singleShot(20, socket, [socket] { socket->abort(); });
            return;
        }
        case Fault::Kind::TooManyRequests: {
            ServerResponse r = ServerResponse::json(
                429, QJsonObject{{QStringLiteral("status"), 429},
                                 {QStringLiteral("message"), QStringLiteral("Too Many Requests")}});
            r.withHeader("Retry-After", QByteArray::number(f.retryAfterSeconds));
            sendResponse(socket, r, keepAlive);
            return;
        }
        case Fault::Kind::ServerError:
            if (!f.htmlBody.isEmpty()) {
                sendResponse(socket, ServerResponse::text(f.status, f.htmlBody, "text/html"), keepAlive);
                return;
            }
            sendResponse(socket,
                         ServerResponse::json(f.status, QJsonObject{{QStringLiteral("status"), f.status},
                                                                    {QStringLiteral("message"),
                                                                     QStringLiteral("Injected server error")}}),
                         keepAlive);
            return;
        case Fault::Kind::MalformedBody:
            sendResponse(socket, ServerResponse::text(200, "{\"this is\": not json", "application/json"), keepAlive);
            return;
        case Fault::Kind::HugeBody:
            sendHugeBody(socket, f.hugeBytes);
            return;
        case Fault::Kind::IgnoreFind: {
            QUrlQuery kept;
            for (const auto &[key, value] : request.query.queryItems(QUrl::FullyEncoded)) {
                if (!QUrl::fromPercentEncoding(key.toUtf8()).startsWith(QLatin1String("find[")))
                    kept.addQueryItem(key, value);
            }
            request.query = kept;
            request.url.setQuery(kept);
            break; // answered normally below, without the find
        }
        case Fault::Kind::Delay:
            break; // answered normally below, only later
        }
        ServerResponse response = route(request);
        response.delay += f.delay;
        sendResponse(socket, response, keepAlive);
        return;
    }
    sendResponse(socket, route(request), keepAlive);
}

void LoopbackServer::sendHugeBody(QTcpSocket *socket, qint64 total)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    auto sent = std::make_shared<qint64>(0);
    const auto pump = [socket, sent, total] {
        // Large blocks, a few MB ahead of the reader: fast enough to reach a client's size limit well
        // within its deadline even on a busy machine, still never the whole body in memory.
        static const QByteArray block(256 * 1024, ' ');
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * 1024 * 1024 &&
               *sent < total) {
            socket->write(QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n");
            *sent += block.size();
            if (*sent >= total)
                socket->write("0\r\n\r\n");
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

ServerResponse LoopbackServer::route(const ServerRequest &request) const
{
    const Handler *best = nullptr;
    qsizetype bestLength = -1;
    for (const auto &[key, handler] : m_routes) {
        if (key.first != request.method)
            continue;
        const QString &path = key.second;
        if (path == request.path)
            return handler(request);
        if (path.endsWith(QLatin1Char('/')) && request.path.startsWith(path) && path.size() > bestLength) {
            best = &handler;
            bestLength = path.size();
        }
    }
    if (best)
        return (*best)(request);
    if (m_fallback)
        return m_fallback(request);
    return ServerResponse::json(
        404, QJsonObject{{QStringLiteral("status"), 404}, {QStringLiteral("message"), QStringLiteral("Not Found")}});
}

void LoopbackServer::sendResponse(QTcpSocket *socket, const ServerResponse &response, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasContentType && !response.body.isEmpty())
        out += "Content-Type: application/octet-stream\r\n";
    if (m_dateClock)
        out +=
            "Date: " +
            QLocale::c().toString(m_dateClock().toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1() +
            "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += response.body;

    const QPointer<QTcpSocket> guard(socket);
    const auto write = [guard, out, keepAlive] {
        if (!guard)
            return;
        guard->write(out);
        if (!keepAlive)
            guard->disconnectFromHost();
    };
    if (response.delay.count() > 0)
        QTimer::singleShot(response.delay, socket, write);
    else
        write();
}

} // namespace nb::sim
