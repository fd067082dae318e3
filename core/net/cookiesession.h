#pragma once

#include <QHash>
#include <QList>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrl>

#include <memory>

namespace nb {

// Cookies of one sign-in conversation. HttpClient sends the matching ones with every request and
// redirect hop of a request that carries the session, and stores what Set-Cookie returns.
// Not shared between accounts; never persisted (cookies are credentials).
// Cookies are kept apart per scheme and port as well as by domain (plain cookie rules ignore both):
// a cookie set by one origin is never sent to another origin on the same host, e.g. after a redirect.
class CookieSession {
public:
    QList<QNetworkCookie> cookiesFor(const QUrl &url) const
    {
        const auto jar = m_jars.constFind(originKey(url));
        return jar == m_jars.constEnd() ? QList<QNetworkCookie>{} : (*jar)->cookiesFor(url);
    }
    void store(const QList<QNetworkCookie> &cookies, const QUrl &url)
    {
        std::shared_ptr<Jar> &jar = m_jars[originKey(url)];
        if (!jar)
            jar = std::make_shared<Jar>();
        jar->store(cookies, url);
    }
    void clear() { m_jars.clear(); }
    int size() const
    {
        int n = 0;
        for (const auto &jar : m_jars)
            n += jar->size();
        return n;
    }

private:
    class Jar : public QNetworkCookieJar {
    public:
        QList<QNetworkCookie> cookiesFor(const QUrl &url) const { return cookiesForUrl(url); }
        void store(const QList<QNetworkCookie> &cookies, const QUrl &url) { setCookiesFromUrl(cookies, url); }
        int size() const { return int(allCookies().size()); }
    };
    static QString originKey(const QUrl &url)
    {
        return url.scheme() + QLatin1Char(':') +
               QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    }
    QHash<QString, std::shared_ptr<Jar>> m_jars;
};

} // namespace nb
