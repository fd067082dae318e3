#pragma once

#include <QList>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrl>

namespace nb {

// Cookies of one sign-in conversation. HttpClient sends the matching ones with every request and
// redirect hop of a request that carries the session, and stores what Set-Cookie returns.
// Not shared between accounts; never persisted (cookies are credentials).
class CookieSession : public QNetworkCookieJar {
public:
    using QNetworkCookieJar::QNetworkCookieJar;

    QList<QNetworkCookie> cookiesFor(const QUrl &url) const { return cookiesForUrl(url); }
    void store(const QList<QNetworkCookie> &cookies, const QUrl &url) { setCookiesFromUrl(cookies, url); }
    void clear() { setAllCookies({}); }
    int size() const { return allCookies().size(); }
};

} // namespace nb
