#include "tokenresponse.h"

#include "carelinkerrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nb::carelink {

namespace {
constexpr qint64 kDefaultLifetimeMs = 3600 * 1000; // when neither expires_in nor exp says otherwise
}

Result<TokenSet> TokenResponse::parse(const QByteArray &body, qint64 nowMs)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    const QString access = o.value(QLatin1String("access_token")).toString();
    if (access.isEmpty())
        return CareLinkErrors::unexpectedResponse(QStringLiteral("token response without access_token"));
    TokenSet t;
    t.accessToken = Secret(access);
    t.refreshToken = Secret(o.value(QLatin1String("refresh_token")).toString());
    const double expiresIn = o.value(QLatin1String("expires_in")).toVariant().toDouble();
    if (expiresIn > 0 && expiresIn < 366.0 * 24 * 3600)
        t.expiresAtMs = nowMs + qint64(expiresIn * 1000);
    else if (const qint64 exp = claims(t.accessToken).expiresAtMs; exp > nowMs)
        t.expiresAtMs = exp;
    else
        t.expiresAtMs = nowMs + kDefaultLifetimeMs;
    return t;
}

bool TokenResponse::isDeadGrant(int httpStatus, const QByteArray &body)
{
    // Only Auth0's own verdict counts. A bare 403 is just as often a firewall or CDN page ("Request
    // blocked") in front of a perfectly good refresh token, and throwing that token away costs the user a
    // browser sign-in.
    if (httpStatus != 400 && httpStatus != 401 && httpStatus != 403)
        return false;
    const QString error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
    return error == QLatin1String("invalid_grant") || error == QLatin1String("invalid_client");
}

AccessClaims TokenResponse::claims(const Secret &accessToken)
{
    AccessClaims c;
    const QList<QByteArray> parts = accessToken.revealBytes().split('.');
    if (parts.size() < 2)
        return c;
    const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    const double exp = o.value(QLatin1String("exp")).toDouble();
    if (exp > 0 && exp < 1.0e11)
        c.expiresAtMs = qint64(exp) * 1000;
    const QJsonObject details = o.value(QLatin1String("token_details")).toObject();
    c.username = details.value(QLatin1String("preferred_username")).toString();
    c.country = details.value(QLatin1String("country")).toString();
    return c;
}

} // namespace nb::carelink
