#include "idtokenverifier.h"

#include "../tandemerrors.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace nb::tandem {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> jsonPart(const QByteArray &part)
{
    const auto bytes = fromBase64Url(part);
    if (!bytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

PkeyPtr rsaPublicKey(const QByteArray &modulus, const QByteArray &exponent)
{
    BnPtr n(BN_bin2bn(reinterpret_cast<const unsigned char *>(modulus.constData()), int(modulus.size()), nullptr));
    BnPtr e(BN_bin2bn(reinterpret_cast<const unsigned char *>(exponent.constData()), int(exponent.size()), nullptr));
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!n || !e || !bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return nullptr;
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return PkeyPtr(raw);
}

bool verifyRs256(EVP_PKEY *key, const QByteArray &signedPart, const QByteArray &signature)
{
    MdCtxPtr md(EVP_MD_CTX_new());
    if (!md || EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(signedPart.constData()),
                            size_t(signedPart.size())) == 1;
}

QJsonObject findKey(const QJsonObject &jwks, const QString &kid)
{
    const QJsonArray keys = jwks.value(QLatin1String("keys")).toArray();
    QJsonObject onlyRsa;
    int rsaCount = 0;
    for (const QJsonValue &v : keys) {
        const QJsonObject key = v.toObject();
        if (key.value(QLatin1String("kty")).toString() != QLatin1String("RSA"))
            continue;
        if (!kid.isEmpty() && key.value(QLatin1String("kid")).toString() == kid)
            return key;
        onlyRsa = key;
        ++rsaCount;
    }
    // A token without kid can only mean the one key there is.
    return kid.isEmpty() && rsaCount == 1 ? onlyRsa : QJsonObject();
}

bool audienceContains(const QJsonValue &aud, const QString &audience)
{
    if (aud.isString())
        return aud.toString() == audience;
    const QJsonArray list = aud.toArray();
    for (const QJsonValue &v : list) {
        if (v.toString() == audience)
            return true;
    }
    return false;
}

QString sameIssuerForm(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

} // namespace

QJsonObject IdTokenVerifier::unverifiedPayload(const QByteArray &idToken)
{
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() != 3)
        return {};
    return jsonPart(parts.at(1)).value_or(QJsonObject());
}

Result<IdTokenClaims> IdTokenVerifier::verify(const QByteArray &idToken, const QJsonObject &jwks, const QString &issuer,
                                              const QString &audience, qint64 nowUnix, qint64 leewaySeconds)
{
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() != 3)
        return TandemErrors::idTokenRejected(QStringLiteral("not a JWS compact token"));
    const auto header = jsonPart(parts.at(0));
    const auto payload = jsonPart(parts.at(1));
    const auto signature = fromBase64Url(parts.at(2));
    if (!header || !payload || !signature)
        return TandemErrors::idTokenRejected(QStringLiteral("undecodable header, payload or signature"));
    const QString alg = header->value(QLatin1String("alg")).toString();
    if (alg != QLatin1String("RS256"))
        return TandemErrors::idTokenRejected(QStringLiteral("algorithm \"%1\" is not RS256").arg(alg));
    const QString kid = header->value(QLatin1String("kid")).toString();
    const QJsonObject jwk = findKey(jwks, kid);
    if (jwk.isEmpty())
        return TandemErrors::idTokenRejected(QStringLiteral("no RSA key \"%1\" in the JWKS").arg(kid));
    const auto n = fromBase64Url(jwk.value(QLatin1String("n")).toString().toLatin1());
    const auto e = fromBase64Url(jwk.value(QLatin1String("e")).toString().toLatin1());
    if (!n || !e || n->size() < 256)
        return TandemErrors::idTokenRejected(QStringLiteral("JWKS key \"%1\" is not a usable RSA key").arg(kid));
    const PkeyPtr key = rsaPublicKey(*n, *e);
    if (!key)
        return TandemErrors::idTokenRejected(QStringLiteral("JWKS key \"%1\" could not be loaded").arg(kid));
    if (!verifyRs256(key.get(), parts.at(0) + '.' + parts.at(1), *signature))
        return TandemErrors::idTokenRejected(QStringLiteral("signature does not verify"));

    const QString iss = payload->value(QLatin1String("iss")).toString();
    if (sameIssuerForm(iss) != sameIssuerForm(issuer))
        return TandemErrors::idTokenRejected(QStringLiteral("issuer \"%1\" is not \"%2\"").arg(iss, issuer));
    const qint64 exp = payload->value(QLatin1String("exp")).toInteger(0);
    if (exp <= 0 || exp + leewaySeconds < nowUnix)
        return TandemErrors::idTokenRejected(QStringLiteral("expired (exp %1, now %2)").arg(exp).arg(nowUnix));
    const qint64 nbf = payload->value(QLatin1String("nbf")).toInteger(0);
    if (nbf > nowUnix + leewaySeconds)
        return TandemErrors::idTokenRejected(QStringLiteral("not valid yet (nbf %1, now %2)").arg(nbf).arg(nowUnix));

    IdTokenClaims claims;
    claims.all = *payload;
    claims.expiresAt = exp;
    claims.subject = payload->value(QLatin1String("sub")).toString();
    claims.pumperId = payload->value(QLatin1String("pumperId")).toString();
    claims.accountId = payload->value(QLatin1String("accountId")).toString();
    claims.audienceMismatch = !audienceContains(payload->value(QLatin1String("aud")), audience);
    if (claims.pumperId.isEmpty())
        return TandemErrors::idTokenRejected(QStringLiteral("no pumperId claim"));
    return claims;
}

} // namespace nb::tandem
