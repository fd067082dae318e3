#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace nb::sim {

// An RSA key pair for the fake sign-in service: publishes the public half as a JWK and signs id_tokens
// with RS256 (OpenSSL libcrypto). Generated at run time, never stored.
class RsaSigningKey {
public:
    explicit RsaSigningKey(QString kid = QStringLiteral("fake-tandem-key-1"), int bits = 2048);
    ~RsaSigningKey();
    RsaSigningKey(const RsaSigningKey &) = delete;
    RsaSigningKey &operator=(const RsaSigningKey &) = delete;

    bool isValid() const { return m_key != nullptr; }
    const QString &kid() const { return m_kid; }
    QJsonObject jwk() const; // {"kty":"RSA","kid","use":"sig","alg":"RS256","n","e"}
    QByteArray signRs256(const QByteArray &data) const;

    // A compact JWS: base64url(header).base64url(payload).base64url(signature).
    QByteArray signJwt(const QJsonObject &payload, const QJsonObject &extraHeader = {}) const;

private:
    struct Key;
    QString m_kid;
    std::unique_ptr<Key> m_key;
};

} // namespace nb::sim
