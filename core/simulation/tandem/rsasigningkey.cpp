#include "rsasigningkey.h"

#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace nb::sim {

struct RsaSigningKey::Key {
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {
QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bnParam(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1 || !bn)
        return {};
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}
} // namespace

RsaSigningKey::RsaSigningKey(QString kid, int bits)
    : m_kid(std::move(kid))
{
    EVP_PKEY *pkey = EVP_RSA_gen(unsigned(bits));
    if (pkey) {
        m_key = std::make_unique<Key>();
        m_key->pkey = pkey;
    }
}

RsaSigningKey::~RsaSigningKey() = default;

QJsonObject RsaSigningKey::jwk() const
{
    if (!m_key)
        return {};
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                       {QStringLiteral("kid"), m_kid},
                       {QStringLiteral("use"), QStringLiteral("sig")},
                       {QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("n"), QString::fromLatin1(b64url(bnParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_N)))},
                       {QStringLiteral("e"), QString::fromLatin1(b64url(bnParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_E)))}};
}

QByteArray RsaSigningKey::signRs256(const QByteArray &data) const
{
    if (!m_key)
        return {};
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    if (md && EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestSign(md, nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(md, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(md);
    return signature;
}

QByteArray RsaSigningKey::signJwt(const QJsonObject &payload, const QJsonObject &extraHeader) const
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("kid"), m_kid},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    for (auto it = extraHeader.begin(); it != extraHeader.end(); ++it)
        header.insert(it.key(), it.value());
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + '.' + b64url(signRs256(signingInput));
}

} // namespace nb::sim
