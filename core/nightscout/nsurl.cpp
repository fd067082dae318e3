#include "nsurl.h"

#include "net/loopback.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace nb::ns {

namespace {

SyncError configError(const QString &userMessage, const QString &detail)
{
    return SyncError::make(SyncError::Kind::Config, userMessage, detail);
}

QString cleanPath(const QString &rawPath)
{
    QStringList parts = rawPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto is = [](const QString &part, const char *word) {
        return part.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    };
    // People paste the API root they saw in another uploader's settings; the API lives below the
    // site root, so strip it rather than building ".../api/v1/api/v1/...".
    if (parts.size() >= 2 && (is(parts.last(), "v1") || is(parts.last(), "v2")) &&
        is(parts.at(parts.size() - 2), "api"))
        parts.resize(parts.size() - 2);
    else if (!parts.isEmpty() && is(parts.last(), "api"))
        parts.removeLast();
    return parts.isEmpty() ? QString() : QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

} // namespace

Result<QUrl> NsUrl::normalize(const QString &input, bool allowPlainHttp)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return configError(tr("Enter the address of your Nightscout site, e.g. https://example.herokuapp.com."),
                           QStringLiteral("empty Nightscout URL"));

    // "host:1337" would otherwise parse as scheme "host".
    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!hasScheme.match(text).hasMatch())
        text.prepend(QLatin1String("https://"));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return configError(tr("\"%1\" is not a valid web address. Enter the address of your Nightscout site, "
                              "e.g. https://example.herokuapp.com.")
                               .arg(input.trimmed().left(200)),
                           QStringLiteral("invalid Nightscout URL"));

    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return configError(tr("The Nightscout address must start with https://."),
                           QStringLiteral("unsupported URL scheme \"%1\"").arg(scheme));
    if (!url.userInfo().isEmpty())
        return configError(tr("The Nightscout address contains a user name or secret. Enter only the site "
                              "address here and put the API secret or token in its own field."),
                           QStringLiteral("user info in Nightscout URL"));
    if (url.hasQuery() || url.hasFragment())
        return configError(tr("The Nightscout address contains extra parts after \"?\" or \"#\". Enter only the "
                              "site address here and put an access token in the token field."),
                           QStringLiteral("query or fragment in Nightscout URL"));

    const bool loopback = isLoopbackHost(url.host());
    if (scheme == QLatin1String("http") && !loopback && !allowPlainHttp)
        return configError(tr("The Nightscout address uses http://, so your API secret would travel unencrypted. "
                              "Use the https:// address of your site (or explicitly allow plain HTTP in the "
                              "settings if this is a private network)."),
                           QStringLiteral("plain http refused for %1").arg(url.host()));

    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host().toLower());
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() > 0 && url.port() != defaultPort)
        base.setPort(url.port());
    base.setPath(cleanPath(url.path()));
    return base;
}

bool NsUrl::isLoopbackHost(const QString &host)
{
    return net::isLiteralLoopbackHost(host);
}

QUrl NsUrl::endpoint(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString rel = path;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    url.setPath(basePath + QLatin1Char('/') + rel);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString NsUrl::displayString(const QUrl &base)
{
    return base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::StripTrailingSlash);
}

} // namespace nb::ns
