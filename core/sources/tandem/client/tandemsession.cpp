#include "tandemsession.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::tandem {

Secret TandemSession::toSecret() const
{
    const QJsonObject o{{QStringLiteral("access_token"), accessToken.reveal()},
                        {QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("pumperId"), pumperId},
                        {QStringLiteral("accountId"), accountId}};
    return Secret(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<TandemSession> TandemSession::fromSecret(const Secret &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret.revealBytes()).object();
    TandemSession s;
    s.accessToken = Secret(o.value(QLatin1String("access_token")).toString());
    s.expiresAt = QDateTime::fromString(o.value(QLatin1String("expires_at")).toString(), Qt::ISODate).toUTC();
    s.pumperId = o.value(QLatin1String("pumperId")).toString();
    s.accountId = o.value(QLatin1String("accountId")).toString();
    if (s.accessToken.isEmpty() || !s.expiresAt.isValid() || s.pumperId.isEmpty())
        return std::nullopt;
    return s;
}

QByteArray TandemLoginGuard::fingerprintOf(const QString &email, const Secret &password)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("nightbridge-tandem-login|"));
    hash.addData(email.trimmed().toLower().toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(password.revealBytes());
    return hash.result().toHex();
}

void TandemLoginGuard::recordFailure(const QByteArray &credentials)
{
    if (credentials != fingerprint) {
        fingerprint = credentials;
        failures = 0;
    }
    ++failures;
}

void TandemLoginGuard::recordSuccess()
{
    failures = 0;
    fingerprint.clear();
}

Secret TandemLoginGuard::toSecret() const
{
    const QJsonObject o{{QStringLiteral("failures"), failures},
                        {QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint)}};
    return Secret(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TandemLoginGuard TandemLoginGuard::fromSecret(const Secret &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret.revealBytes()).object();
    TandemLoginGuard g;
    g.failures = o.value(QLatin1String("failures")).toInt();
    g.fingerprint = o.value(QLatin1String("fingerprint")).toString().toLatin1();
    return g;
}

} // namespace nb::tandem
