#include "nscredentials.h"

#include "logging/redactor.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace nb::ns {

NsCredentials NsCredentials::apiSecret(Secret secret)
{
    NsCredentials c;
    c.kind = secret.isEmpty() ? Kind::None : Kind::ApiSecret;
    c.value = std::move(secret);
    return c;
}

NsCredentials NsCredentials::accessToken(Secret token, TokenTransport transport)
{
    NsCredentials c;
    c.kind = token.isEmpty() ? Kind::None : Kind::AccessToken;
    c.value = std::move(token);
    c.tokenTransport = transport;
    return c;
}

QByteArray apiSecretHash(const Secret &secret)
{
    return QCryptographicHash::hash(secret.revealBytes(), QCryptographicHash::Sha1).toHex();
}

bool permissionImplies(const QString &granted, const QString &requested)
{
    const QStringList have = granted.split(QLatin1Char(':'));
    const QStringList want = requested.split(QLatin1Char(':'));
    for (qsizetype i = 0; i < have.size(); ++i) {
        const QString &part = have.at(i);
        if (i >= want.size()) {
            // A grant more specific than the request implies it only if the rest is all wildcards.
            if (part != QLatin1String("*"))
                return false;
            continue;
        }
        if (part == QLatin1String("*"))
            continue;
        const QStringList options = part.split(QLatin1Char(','));
        const QStringList wanted = want.at(i).split(QLatin1Char(','));
        for (const QString &w : wanted) {
            if (!options.contains(w))
                return false;
        }
    }
    return true; // a shorter grant implies everything below it
}

bool permissionsImply(const QStringList &granted, const QString &requested)
{
    for (const QString &g : granted) {
        if (permissionImplies(g, requested))
            return true;
    }
    return false;
}

bool NsJwt::needsRenewal(const QDateTime &nowUtc) const
{
    if (!isValid())
        return true;
    // Renew when less than a quarter of the lifetime (at most 30 minutes) is left.
    const qint64 lifetime = issuedAt.isValid() ? issuedAt.secsTo(expiresAt) : 8 * 3600;
    const qint64 margin = std::clamp<qint64>(lifetime / 4, 30, 30 * 60);
    return nowUtc.secsTo(expiresAt) <= margin;
}

Result<NsJwt> NsJwt::fromResponse(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    const QString token = o.value(QStringLiteral("token")).toString();
    const double exp = o.value(QStringLiteral("exp")).toDouble();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || token.isEmpty() || exp <= 0) {
        return SyncError::make(
            SyncError::Kind::Protocol,
            tr("Nightscout answered in a way Nightbridge does not understand when asked for "
               "an access token (the server may have changed something)."),
            QStringLiteral("unexpected JWT response: %1").arg(QString::fromUtf8(redact::body(body, 300))));
    }
    NsJwt jwt;
    jwt.token = Secret(token);
    jwt.subject = o.value(QStringLiteral("sub")).toString();
    const QJsonArray groups = o.value(QStringLiteral("permissionGroups")).toArray();
    for (const QJsonValue &group : groups) {
        for (const QJsonValue &p : group.toArray())
            jwt.permissions.append(p.toString());
    }
    const double iat = o.value(QStringLiteral("iat")).toDouble();
    if (iat > 0)
        jwt.issuedAt = QDateTime::fromSecsSinceEpoch(qint64(iat), QTimeZone::utc());
    jwt.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(exp), QTimeZone::utc());
    return jwt;
}

} // namespace nb::ns
