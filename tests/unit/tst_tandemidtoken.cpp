// IdTokenVerifier: RS256 against a JWKS (OpenSSL), issuer, expiry, audience, pumperId.

#include "simulation/tandem/rsasigningkey.h"
#include "sources/tandem/client/idtokenverifier.h"

#include <QJsonArray>
#include <QTest>

using namespace nb;
using namespace nb::tandem;
using nb::sim::RsaSigningKey;

namespace {
const QString kIssuer = QStringLiteral("https://tdcservices.tandemdiabetes.com/accounts/api");
const QString kClient = QStringLiteral("0oa4wnbvtladeyVZX4h7");
constexpr qint64 kNow = 1780000000;

QJsonObject claims()
{
    return QJsonObject{{QStringLiteral("iss"), kIssuer},
                       {QStringLiteral("aud"), kClient},
                       {QStringLiteral("exp"), kNow + 8 * 3600},
                       {QStringLiteral("iat"), kNow},
                       {QStringLiteral("nbf"), kNow},
                       {QStringLiteral("pumperId"), QStringLiteral("11111111-2222-3333-4444-555555555555")},
                       {QStringLiteral("accountId"), QStringLiteral("66666666-7777-8888-9999-000000000000")}};
}
} // namespace

class TstTandemIdToken : public QObject {
    Q_OBJECT

private:
    RsaSigningKey m_key{QStringLiteral("k1")};
    RsaSigningKey m_other{QStringLiteral("k2")};

    QJsonObject jwks() const { return QJsonObject{{QStringLiteral("keys"), QJsonArray{m_other.jwk(), m_key.jwk()}}}; }

private slots:
    void validToken()
    {
        QVERIFY(m_key.isValid());
        auto r = IdTokenVerifier::verify(m_key.signJwt(claims()), jwks(), kIssuer, kClient, kNow);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r->pumperId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(r->accountId, QStringLiteral("66666666-7777-8888-9999-000000000000"));
        QCOMPARE(r->expiresAt, kNow + 8 * 3600);
        QVERIFY(!r->audienceMismatch);
        // Issuer with a trailing slash is the same issuer; audience as an array.
        QJsonObject c = claims();
        c.insert(QStringLiteral("iss"), QString(kIssuer + QLatin1Char('/')));
        c.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("other"), kClient});
        auto r2 = IdTokenVerifier::verify(m_key.signJwt(c), jwks(), kIssuer, kClient, kNow);
        QVERIFY(r2.ok());
        QVERIFY(!r2->audienceMismatch);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("why");
        QJsonObject c = claims();
        QByteArray good = m_key.signJwt(c);
        QByteArray badSig = good;
        badSig[badSig.size() - 3] = badSig[badSig.size() - 3] == 'x' ? 'y' : 'x';
        QTest::newRow("signature") << badSig << QStringLiteral("signature");
        QTest::newRow("other key same kid")
            << m_other.signJwt(c, QJsonObject{{QStringLiteral("kid"), QStringLiteral("k1")}})
            << QStringLiteral("signature");
        QTest::newRow("unknown kid") << m_key.signJwt(c, QJsonObject{{QStringLiteral("kid"), QStringLiteral("k9")}})
                                     << QStringLiteral("no RSA key");
        QTest::newRow("alg none") << m_key.signJwt(c, QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}})
                                  << QStringLiteral("not RS256");
        QTest::newRow("HS256") << m_key.signJwt(c, QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}})
                               << QStringLiteral("not RS256");
        QJsonObject expired = claims();
        expired.insert(QStringLiteral("exp"), kNow - 3600);
        QTest::newRow("expired") << m_key.signJwt(expired) << QStringLiteral("expired");
        QJsonObject future = claims();
        future.insert(QStringLiteral("nbf"), kNow + 3600);
        QTest::newRow("not yet valid") << m_key.signJwt(future) << QStringLiteral("not valid yet");
        QJsonObject issuer = claims();
        issuer.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example/accounts/api"));
        QTest::newRow("issuer") << m_key.signJwt(issuer) << QStringLiteral("issuer");
        QJsonObject noPumper = claims();
        noPumper.remove(QStringLiteral("pumperId"));
        QTest::newRow("no pumperId") << m_key.signJwt(noPumper) << QStringLiteral("pumperId");
        QTest::newRow("garbage") << QByteArray("a.b") << QStringLiteral("JWS");
        QTest::newRow("bad base64") << QByteArray("!!.??.**") << QStringLiteral("undecodable");
    }
    void rejected()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, why);
        auto r = IdTokenVerifier::verify(token, jwks(), kIssuer, kClient, kNow);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, SyncError::Kind::Auth);
        QVERIFY2(r.error().detail.contains(why), qPrintable(r.error().detail));
    }

    void audienceMismatchIsReportedNotFatal()
    {
        QJsonObject c = claims();
        c.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
        auto r = IdTokenVerifier::verify(m_key.signJwt(c), jwks(), kIssuer, kClient, kNow);
        QVERIFY(r.ok());
        QVERIFY(r->audienceMismatch);
    }

    void noKidWithOneKey()
    {
        const QByteArray token = m_key.signJwt(claims(), QJsonObject{{QStringLiteral("kid"), QString()}});
        const QJsonObject one{{QStringLiteral("keys"), QJsonArray{m_key.jwk()}}};
        QVERIFY(IdTokenVerifier::verify(token, one, kIssuer, kClient, kNow).ok());
        QVERIFY(!IdTokenVerifier::verify(token, jwks(), kIssuer, kClient, kNow).ok()); // ambiguous
        QCOMPARE(IdTokenVerifier::unverifiedPayload(token).value(QLatin1String("iss")).toString(), kIssuer);
    }
};

QTEST_GUILESS_MAIN(TstTandemIdToken)
#include "tst_tandemidtoken.moc"
