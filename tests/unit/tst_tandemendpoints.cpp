// The region table and its overrides, PKCE, the stored session and the login budget.

#include "sources/tandem/client/pkce.h"
#include "sources/tandem/client/tandemendpoints.h"
#include "sources/tandem/client/tandemsession.h"

#include <QTest>

using namespace nb;
using namespace nb::tandem;

class TstTandemEndpoints : public QObject {
    Q_OBJECT

private slots:
    void regionTable()
    {
        const TandemEndpoints us = TandemEndpoints::forRegion(TandemRegion::US);
        QVERIFY(us.isValid());
        QCOMPARE(us.clientId, QStringLiteral("0oa4wnbvtladeyVZX4h7")); // changed 2026-07-01
        QCOMPARE(us.loginApi.toString(), QStringLiteral("https://tdcservices.tandemdiabetes.com/accounts/api/login"));
        QCOMPARE(us.token.toString(),
                 QStringLiteral("https://tdcservices.tandemdiabetes.com/accounts/api/connect/token"));
        QCOMPARE(us.jwks.toString(), QStringLiteral("https://tdcservices.tandemdiabetes.com/accounts/api/"
                                                    ".well-known/openid-configuration/jwks"));
        QCOMPARE(us.redirectUri, QStringLiteral("https://sso.tandemdiabetes.com/auth/callback"));
        QCOMPARE(us.origin(), QByteArray("https://source.tandemdiabetes.com"));
        QCOMPARE(us.referer(), QByteArray("https://source.tandemdiabetes.com/"));
        const TandemEndpoints eu = TandemEndpoints::forRegion(TandemRegion::EU);
        QCOMPARE(eu.clientId, QStringLiteral("1519e414-eeec-492e-8c5e-97bea4815a10"));
        QCOMPARE(eu.issuer, QStringLiteral("https://tdcservices.eu.tandemdiabetes.com/accounts/api"));
        QCOMPARE(eu.redirectUri, QStringLiteral("https://source.eu.tandemdiabetes.com/authorize/callback"));
        QCOMPARE(eu.origin(), QByteArray("https://source.eu.tandemdiabetes.com"));
        QCOMPARE(eu.ssoPage, us.ssoPage);
        TandemRegion r{};
        QVERIFY(parseRegion(QStringLiteral(" eu "), &r));
        QCOMPARE(r, TandemRegion::EU);
        QVERIFY(!parseRegion(QStringLiteral("APAC"), &r));
    }

    void overrides()
    {
        const TandemEndpoints us = TandemEndpoints::forRegion(TandemRegion::US);
        const TandemEndpoints o =
            us.withOverrides({{QStringLiteral("clientId"), QStringLiteral("new-id")},
                              {QStringLiteral("issuer"), QStringLiteral("https://id.example/api")},
                              {QStringLiteral("sourceBase"), QStringLiteral("https://data.example")},
                              {QStringLiteral("redirectUri"), QString()}});
        QCOMPARE(o.clientId, QStringLiteral("new-id"));
        QCOMPARE(o.token.toString(), QStringLiteral("https://id.example/api/connect/token"));
        QCOMPARE(o.authorize.toString(), QStringLiteral("https://id.example/api/connect/authorize"));
        QCOMPARE(o.sourceBase.toString(), QStringLiteral("https://data.example/"));
        QCOMPARE(o.redirectUri, us.redirectUri); // empty values do not override
        QCOMPARE(o.loginApi, us.loginApi);
        const TandemEndpoints t =
            us.withOverrides({{QStringLiteral("token"), QStringLiteral("https://t.example/tok")}});
        QCOMPARE(t.token.toString(), QStringLiteral("https://t.example/tok"));
        QCOMPARE(t.authorize, us.authorize);
        const TandemEndpoints local =
            TandemEndpoints::onBase(QUrl(QStringLiteral("http://127.0.0.1:4242")), QStringLiteral("c"));
        QCOMPARE(local.issuer, QStringLiteral("http://127.0.0.1:4242/accounts/api"));
        QCOMPARE(local.origin(), QByteArray("http://127.0.0.1:4242"));
        QVERIFY(local.isValid());
    }

    void pkce()
    {
        // RFC 7636 appendix B.
        const Pkce known = Pkce::fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QCOMPARE(known.challenge, QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce a = Pkce::generate(), b = Pkce::generate();
        QCOMPARE(a.verifier.size(), 86);
        QCOMPARE(a.challenge.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QVERIFY(!a.verifier.contains('=') && !a.verifier.contains('+') && !a.verifier.contains('/'));
    }

    void sessionRenewalUsesAbsoluteTimes()
    {
        TandemSession s;
        s.accessToken = Secret(QStringLiteral("t"));
        s.pumperId = QStringLiteral("p");
        const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        s.expiresAt = now.addSecs(6 * 60);
        QVERIFY(s.isUsable(now));
        QVERIFY(!s.isUsable(now.addSecs(61))); // under five minutes left
        QVERIFY(!s.isUsable(now.addDays(3)));  // long expired (tconnectsync's seconds-only bug)
        const auto back = TandemSession::fromSecret(s.toSecret());
        QVERIFY(back.has_value());
        QCOMPARE(back->accessToken.reveal(), QStringLiteral("t"));
        QCOMPARE(back->expiresAt, s.expiresAt);
        QVERIFY(!TandemSession::fromSecret(Secret(QStringLiteral("{}"))).has_value());
        QVERIFY(!TandemSession::fromSecret(Secret(QStringLiteral("garbage"))).has_value());
    }

    void loginGuard()
    {
        const QByteArray wrong =
            TandemLoginGuard::fingerprintOf(QStringLiteral("A@x.org"), Secret(QStringLiteral("1")));
        QCOMPARE(wrong, TandemLoginGuard::fingerprintOf(QStringLiteral(" a@X.org"), Secret(QStringLiteral("1"))));
        QCOMPARE(wrong.size(), 64); // a SHA-256, never the password
        const QByteArray fixed =
            TandemLoginGuard::fingerprintOf(QStringLiteral("a@x.org"), Secret(QStringLiteral("2")));
        TandemLoginGuard g;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(g.allows(wrong, 3));
            g.recordFailure(wrong);
        }
        QVERIFY(!g.allows(wrong, 3));
        QVERIFY(g.allows(fixed, 3)); // changed credentials get a new budget
        const TandemLoginGuard restored = TandemLoginGuard::fromSecret(g.toSecret());
        QVERIFY(!restored.allows(wrong, 3));
        g.recordSuccess();
        QVERIFY(g.allows(wrong, 3));
    }
};

QTEST_GUILESS_MAIN(TstTandemEndpoints)
#include "tst_tandemendpoints.moc"
