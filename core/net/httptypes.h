#pragma once

#include "common/syncerror.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace nb {

class CookieSession;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    enum class Method { Get, Post, Put, Delete, Head };

    Method method = Method::Get;
    QUrl url;
    HttpHeaders headers; // Content-Type belongs here too
    QByteArray body;

    // Idempotent requests are retried by `retry`; non-idempotent ones (a plain POST) only when the
    // caller says the server dedupes them (Nightscout upserts do) by setting idempotent = true.
    bool idempotent = false;
    RetryPolicy retry = RetryPolicy::none();

    std::chrono::milliseconds inactivityTimeout{30000}; // no byte moved for this long -> Timeout
    std::chrono::milliseconds deadline{120000};         // whole request, all redirects, one attempt

    // Redirects are followed by HttpClient itself (never https -> http). On a hop to another origin
    // (scheme, host, port) credential headers (Authorization, Cookie, api-secret, anything named like a
    // token, secret or key) are dropped, and a 307/308 that would resend a body there is refused. A redirect to a
    // non-http(s) scheme (e.g. com.medtronic.carepartner:/sso?code=...) is not followed: the response then has
    // redirectTarget set and status 3xx.
    bool followRedirects = true;
    int maxRedirects = 10;

    // The largest answer body accepted, counted after Content-Encoding is undone (so a gzip bomb is
    // refused like any other oversized answer). Checked against Content-Length as soon as the headers
    // arrive, then while the body downloads; the request fails with a Protocol error, never retried.
    static constexpr qint64 kDefaultMaxBodyBytes = 16 * 1024 * 1024;
    qint64 maxBodyBytes = kDefaultMaxBodyBytes;

    // Requests with the same non-empty key run one at a time, in order (vendor rate limits).
    QString serializeKey;

    // Cookies for multi-step sign-in flows: sent with every hop and updated from Set-Cookie.
    std::shared_ptr<CookieSession> cookies;

    // Human name for logs and error details, e.g. "Nightscout upload entries".
    QString purpose;

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

struct HttpResponse {
    int status = 0; // 0 when no HTTP response arrived
    HttpHeaders headers;
    QByteArray body;
    QUrl finalUrl;       // after redirects
    QUrl redirectTarget; // set when a redirect was not followed (non-http scheme, or followRedirects off)
    std::chrono::milliseconds elapsed{0};
    int attempts = 0;
    std::optional<SyncError> error; // transport error or non-2xx mapped to a SyncError

    bool ok() const { return !error.has_value(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

} // namespace nb
