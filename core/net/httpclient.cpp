#include "httpclient.h"

#include "common/clock.h"
#include "cookiesession.h"
#include "httperrors.h"
#include "logging/categories.h"
#include "logging/redactor.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace nb {

namespace {
enum class AbortReason { None, Inactivity, Deadline, Cancel, TooLarge };

QByteArray methodName(HttpRequest::Method method)
{
    switch (method) {
    case HttpRequest::Method::Get:
        return "GET";
    case HttpRequest::Method::Post:
        return "POST";
    case HttpRequest::Method::Put:
        return "PUT";
    case HttpRequest::Method::Delete:
        return "DELETE";
    case HttpRequest::Method::Head:
        return "HEAD";
    }
    return "GET";
}

bool isHttpScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

// Same origin: scheme, host and (effective) port. Credentials belong to one origin.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

// Headers that carry a credential and so never follow a redirect to another origin.
bool isCredentialHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "cookie" || n == "api-secret" ||
           n.contains("token") || n.contains("secret") || n.contains("auth") || n.contains("key") ||
           n.contains("password") || n.contains("session");
}

bool retriesAllowed(const HttpRequest &request)
{
    return request.idempotent || request.method == HttpRequest::Method::Get ||
           request.method == HttpRequest::Method::Head || request.method == HttpRequest::Method::Put ||
           request.method == HttpRequest::Method::Delete;
}
} // namespace

struct HttpClient::Pending {
    quint64 id = 0;
    HttpRequest request;
    QString service;
    QPointer<QObject> context;
    bool hadContext = false;
    Callback callback;

    int attempt = 0;
    int redirects = 0;
    bool started = false;
    QUrl url;                   // current hop
    HttpRequest::Method method; // current hop (a 303 turns POST into GET)
    QByteArray body;            // current hop
    HttpHeaders headers;        // current hop (credentials dropped after a cross-origin redirect)
    QByteArray received;        // answer body so far (decoded), drained as it arrives
    QNetworkReply *reply = nullptr;
    AbortReason abortReason = AbortReason::None;
    QStringList tlsErrors; // what the TLS layer objected to (never ignored, only reported)
    QTimer inactivity;
    QTimer deadline;
    QTimer retryTimer;
    QElapsedTimer elapsed;
};

void HttpClient::Handle::cancel()
{
    if (m_client)
        m_client->cancel(m_id);
}

bool HttpClient::Handle::isActive() const
{
    return m_client && m_client->m_pending.contains(m_id);
}

HttpClient::HttpClient(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_nam(new QNetworkAccessManager(this))
{
    // We follow redirects ourselves (to refuse https -> http and to stop at custom schemes), and
    // keep cookies per sign-in session, never in a jar shared by all accounts.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setCookieJar(new QNetworkCookieJar(m_nam)); // unused: requests use manual cookie control
}

HttpClient::~HttpClient()
{
    for (const auto &pending : std::as_const(m_pending)) {
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
            delete pending->reply;
            pending->reply = nullptr;
        }
    }
    m_pending.clear();
}

int HttpClient::pendingCount() const
{
    return int(m_pending.size());
}

void HttpClient::addTrustedCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCa += certificates;
    m_nam->clearConnectionCache(); // cached connections keep the TLS configuration they were made with
}

HttpClient::Handle HttpClient::send(HttpRequest request, const QString &service, QObject *context, Callback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->id = m_nextId++;
    pending->service = service;
    pending->context = context;
    pending->hadContext = context != nullptr;
    pending->callback = std::move(callback);
    pending->request = std::move(request);
    for (QTimer *timer : {&pending->inactivity, &pending->deadline, &pending->retryTimer})
        timer->setSingleShot(true);

    const quint64 id = pending->id;
    connect(&pending->inactivity, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it != m_pending.end() && (*it)->reply) {
            (*it)->abortReason = AbortReason::Inactivity;
            (*it)->reply->abort();
        }
    });
    connect(&pending->deadline, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it != m_pending.end() && (*it)->reply) {
            (*it)->abortReason = AbortReason::Deadline;
            (*it)->reply->abort();
        }
    });
    connect(&pending->retryTimer, &QTimer::timeout, this, [this, id] { startAttempt(id); });

    m_pending.insert(id, pending);
    pending->elapsed.start();

    const QString key = pending->request.serializeKey;
    if (key.isEmpty()) {
        startAttempt(id);
    } else {
        QList<quint64> &queue = m_serialQueues[key];
        queue.append(id);
        if (queue.size() == 1)
            startAttempt(id);
    }

    Handle handle;
    handle.m_client = this;
    handle.m_id = id;
    return handle;
}

void HttpClient::startAttempt(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = **it;
    p.started = true;
    ++p.attempt;
    p.redirects = 0;
    p.url = p.request.url;
    p.method = p.request.method;
    p.body = p.request.body;
    p.headers = p.request.headers;
    p.deadline.start(int(p.request.deadline.count()));
    startHop(id);
}

void HttpClient::startHop(quint64 id)
{
    Pending &p = *m_pending.value(id);
    QNetworkRequest req(p.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : std::as_const(p.headers))
        req.setRawHeader(name, value);
    // The session's cookie jar only ever returns a cookie to the domain that set it, so a redirect to
    // another origin never carries the first origin's cookies.
    if (p.request.cookies) {
        const QList<QNetworkCookie> cookies = p.request.cookies->cookiesFor(p.url);
        if (!cookies.isEmpty())
            req.setHeader(QNetworkRequest::CookieHeader, QVariant::fromValue(cookies));
    }
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa); // adds trust; verification itself stays on
        req.setSslConfiguration(tls);
    }

    if (lcHttp().isDebugEnabled()) {
        QByteArray headers;
        for (const auto &[name, value] : std::as_const(p.headers))
            headers += name + ": " + redact::headerValue(name, value) + "; ";
        qCDebug(lcHttp).noquote() << methodName(p.method) << redact::url(p.url) << "attempt" << p.attempt
                                  << QString::fromUtf8(headers) << QString::fromUtf8(redact::body(p.body));
    }

    const QByteArray verb = methodName(p.method);
    QNetworkReply *reply = nullptr;
    switch (p.method) {
    case HttpRequest::Method::Get:
        reply = m_nam->get(req);
        break;
    case HttpRequest::Method::Head:
        reply = m_nam->head(req);
        break;
    case HttpRequest::Method::Post:
        reply = m_nam->post(req, p.body);
        break;
    case HttpRequest::Method::Put:
        reply = m_nam->put(req, p.body);
        break;
    case HttpRequest::Method::Delete:
        reply = p.body.isEmpty() ? m_nam->deleteResource(req) : m_nam->sendCustomRequest(req, verb, p.body);
        break;
    }
    ++m_exchangeCount;
    p.reply = reply;
    p.received.clear();
    p.abortReason = AbortReason::None;
    const auto restartInactivity = [this, id] {
        auto found = m_pending.find(id);
        if (found != m_pending.end())
            (*found)->inactivity.start();
    };
    connect(reply, &QNetworkReply::downloadProgress, this, restartInactivity);
    connect(reply, &QNetworkReply::uploadProgress, this, restartInactivity);
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        auto found = m_pending.find(id);
        if (found == m_pending.end())
            return;
        for (const QSslError &e : errors)
            (*found)->tlsErrors.append(e.errorString());
    });
    // The body is drained as it arrives so that its size (after Qt undid any Content-Encoding) can be
    // bounded: an oversized answer is aborted as soon as it is known, never held in memory.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        auto found = m_pending.find(id);
        if (found == m_pending.end() || !(*found)->reply)
            return;
        bool ok = false;
        const qint64 declared = (*found)->reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
        if (ok && declared > (*found)->request.maxBodyBytes)
            abortTooLarge(id);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] {
        auto found = m_pending.find(id);
        if (found == m_pending.end() || !(*found)->reply)
            return;
        Pending &q = **found;
        q.received += q.reply->read(q.request.maxBodyBytes + 1 - q.received.size());
        if (q.received.size() > q.request.maxBodyBytes)
            abortTooLarge(id);
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onHopFinished(id); });
    p.inactivity.start(int(p.request.inactivityTimeout.count()));
}

void HttpClient::abortTooLarge(quint64 id)
{
    Pending &p = *m_pending.value(id);
    p.received.clear();
    p.abortReason = AbortReason::TooLarge;
    p.reply->abort(); // finishes the hop (synchronously), see onHopFinished
}

namespace {

bool isTruncated(const HttpResponse &response, HttpRequest::Method method)
{
    // HEAD, 204 and 304 declare a length without sending a body.
    if (method == HttpRequest::Method::Head || response.status == 204 || response.status == 304 ||
        !response.header("Content-Encoding").isEmpty())
        return false;
    bool ok = false;
    const qint64 declared = response.header("Content-Length").trimmed().toLongLong(&ok);
    return ok && response.body.size() < declared;
}

} // namespace

void HttpClient::onHopFinished(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = **it;
    QNetworkReply *reply = p.reply;
    p.reply = nullptr;
    p.inactivity.stop();
    reply->deleteLater();

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    if (p.abortReason != AbortReason::TooLarge && reply->isOpen())
        p.received += reply->read(p.request.maxBodyBytes + 1 - p.received.size());
    response.body = std::exchange(p.received, {});
    response.finalUrl = p.url;
    if (p.abortReason != AbortReason::TooLarge && response.body.size() > p.request.maxBodyBytes)
        p.abortReason = AbortReason::TooLarge;
    if (p.abortReason == AbortReason::TooLarge) {
        response.status = 0;
        response.body.clear();
        response.error = HttpErrors::bodyTooLarge(p.service, p.request.purpose, p.request.maxBodyBytes);
        finish(id, std::move(response));
        return;
    }

    qCDebug(lcHttp).noquote() << "<-" << response.status << redact::url(p.url) << p.elapsed.elapsed() << "ms"
                              << QString::fromUtf8(redact::body(response.body));

    if (p.request.cookies) {
        const QVariant setCookies = reply->header(QNetworkRequest::SetCookieHeader);
        if (setCookies.isValid())
            p.request.cookies->store(setCookies.value<QList<QNetworkCookie>>(), p.url);
    }

    if (p.abortReason == AbortReason::Inactivity || p.abortReason == AbortReason::Deadline) {
        response.status = 0;
        response.error = HttpErrors::timeout(p.service, p.request.purpose, p.abortReason == AbortReason::Deadline);
        scheduleRetryOrFinish(id, std::move(response));
        return;
    }

    const bool isRedirect = response.status >= 300 && response.status < 400 && response.status != 304;
    const QByteArray location = response.header("Location");
    if (isRedirect && !location.isEmpty()) {
        const QUrl target = p.url.resolved(QUrl::fromEncoded(location));
        if (!isHttpScheme(target) || !p.request.followRedirects) {
            response.redirectTarget = target; // e.g. a custom-scheme sign-in redirect: the caller reads it
            finish(id, std::move(response));
            return;
        }
        if (p.url.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http")) {
            response.error = HttpErrors::insecureRedirect(p.service, p.url, target);
            finish(id, std::move(response));
            return;
        }
        if (++p.redirects > p.request.maxRedirects) {
            response.error = HttpErrors::tooManyRedirects(p.service, p.url);
            finish(id, std::move(response));
            return;
        }
        // 303 always, and 301/302 after a POST (as browsers do), continue with a body-less GET.
        if (response.status == 303 ||
            ((response.status == 301 || response.status == 302) && p.method == HttpRequest::Method::Post)) {
            p.method = HttpRequest::Method::Get;
            p.body.clear();
        }
        if (!sameOrigin(p.url, target)) {
            if (!p.body.isEmpty()) { // a 307/308 would resend the body to a server it was not meant for
                response.error = HttpErrors::crossOriginBodyRedirect(p.service, p.url, target);
                finish(id, std::move(response));
                return;
            }
            p.headers.removeIf([](const auto &header) { return isCredentialHeader(header.first); });
        }
        p.url = target;
        startHop(id);
        return;
    }

    // A transport error can come with a status (e.g. the connection dropped mid-body after a 200). Under
    // load, Qt has been seen to finish such a reply without an error: a body shorter than its declared
    // Content-Length is a dropped connection too, never an answer. (Not for encoded bodies: Qt decodes
    // them, and the declared length is that of the encoded form.)
    const bool truncated = reply->error() == QNetworkReply::NoError && isTruncated(response, p.method);
    const QNetworkReply::NetworkError transportError =
        truncated ? QNetworkReply::RemoteHostClosedError : reply->error();
    const bool transportFailed = transportError != QNetworkReply::NoError && response.status < 400;
    if (response.status == 0 || response.status >= 400 || transportFailed) {
        response.error = HttpErrors::fromReply(transportError, transportFailed ? 0 : response.status, response.body,
                                               p.service, p.request.purpose);
        if (!p.tlsErrors.isEmpty())
            response.error->detail += QStringLiteral(" (") + p.tlsErrors.join(QStringLiteral("; ")) + QLatin1Char(')');
        if (response.status == 429 || response.status == 503)
            response.error->retryAfter = parseRetryAfter(response.header("Retry-After"), m_clock.nowUtc());
        scheduleRetryOrFinish(id, std::move(response));
        return;
    }
    finish(id, std::move(response));
}

void HttpClient::scheduleRetryOrFinish(quint64 id, HttpResponse response)
{
    Pending &p = *m_pending.value(id);
    if (response.error && response.error->retryable && retriesAllowed(p.request)) {
        const auto delay = p.request.retry.nextDelay(p.attempt, response.error->retryAfter,
                                                     QRandomGenerator::global()->generateDouble());
        if (delay) {
            qCInfo(lcNet).noquote() << "retrying" << p.request.purpose << "in" << delay->count() << "ms after"
                                    << response.error->toLogString();
            p.deadline.stop();
            p.retryTimer.start(int(delay->count()));
            return;
        }
    }
    finish(id, std::move(response));
}

void HttpClient::finish(quint64 id, HttpResponse response)
{
    const std::shared_ptr<Pending> p = m_pending.take(id);
    if (!p)
        return;
    p->inactivity.stop();
    p->deadline.stop();
    p->retryTimer.stop();
    response.elapsed = std::chrono::milliseconds(p->elapsed.elapsed());
    response.attempts = p->attempt;
    if (response.error && response.error->kind != SyncError::Kind::Cancelled)
        qCInfo(lcNet).noquote() << response.error->toLogString();

    const QString key = p->request.serializeKey;
    if (!key.isEmpty()) {
        QList<quint64> &queue = m_serialQueues[key];
        queue.removeOne(id);
        if (queue.isEmpty()) {
            m_serialQueues.remove(key);
        } else {
            const quint64 next = queue.first();
            const auto nextIt = m_pending.find(next);
            if (nextIt != m_pending.end() && !(*nextIt)->started)
                startAttempt(next);
        }
    }

    // finish() can run inside a signal of one of p's own timers (an abort from the inactivity or
    // deadline timer emits finished synchronously): release p on the next turn of the event loop.
    QTimer::singleShot(0, this, [p] {});

    if (p->hadContext && !p->context)
        return; // the receiver is gone
    if (p->callback)
        p->callback(response);
}

void HttpClient::cancel(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = **it;
    if (p.reply) {
        QNetworkReply *reply = p.reply;
        p.reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    HttpResponse response;
    response.finalUrl = p.url;
    response.error = HttpErrors::fromReply(QNetworkReply::OperationCanceledError, 0, {}, p.service, p.request.purpose);
    finish(id, std::move(response));
}

} // namespace nb
