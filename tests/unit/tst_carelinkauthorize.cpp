#include "sources/carelink/authorizerequest.h"
#include "sources/carelink/tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace nb;
using namespace nb::carelink;

namespace {

PendingSignIn pending()
{
    return AuthorizeRequest::createWith(CareLinkEndpoints::builtIn(QStringLiteral("EU")), QByteArray(32, '\x01'),
                                        QByteArray(16, '\x02'));
}

QUrl redirect(const QString &query)
{
    return QUrl(QStringLiteral("com.medtronic.carepartner:/sso?") + query);
}

QString jwt(const QJsonObject &payload)
{
    return QStringLiteral("eyJhbGciOiJub25lIn0.") +
           QString::fromLatin1(QJsonDocument(payload)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
           QStringLiteral(".sig");
}

} // namespace

class TestCareLinkAuthorize : public QObject {
    Q_OBJECT
private slots:
    void pkceChallengeIsRfc7636()
    {
        // RFC 7636 appendix B.
        QCOMPARE(AuthorizeRequest::challengeFor(Secret(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void authorizeUrlCarriesEverything()
    {
        const PendingSignIn p = pending();
        QCOMPARE(p.verifier.reveal().size(), 43);
        const QUrl url = p.authorizeUrl;
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("carelink-login.minimed.eu"));
        QCOMPARE(url.path(), QStringLiteral("/authorize"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("PeAhkbhQWlQRxJiQxWfcFBiGus1lxfe9"));
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("profile openid offline_access"));
        QCOMPARE(q.queryItemValue(QStringLiteral("audience")), QStringLiteral("carepartner.patient.ous"));
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("com.medtronic.carepartner:/sso"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")), AuthorizeRequest::challengeFor(p.verifier));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), p.state);
        QVERIFY(url.toString(QUrl::FullyEncoded)
                    .contains(QLatin1String("redirect_uri=com.medtronic.carepartner%3A%2Fsso")));
    }

    void randomStatesDiffer()
    {
        const ServiceConfig c = CareLinkEndpoints::builtIn(QStringLiteral("US"));
        const PendingSignIn a = AuthorizeRequest::create(c);
        const PendingSignIn b = AuthorizeRequest::create(c);
        QVERIFY(a.state != b.state);
        QVERIFY(!(a.verifier == b.verifier));
        QVERIFY(a.state.size() >= 22);
    }

    void acceptsItsOwnRedirect()
    {
        const PendingSignIn p = pending();
        const Result<Secret> code =
            AuthorizeRequest::codeFromRedirect(redirect(QStringLiteral("code=abc123&state=") + p.state), p);
        QVERIFY(code.ok());
        QCOMPARE(code->reveal(), QStringLiteral("abc123"));
    }

    void refusesForeignRedirects_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("wrong state") << QStringLiteral(
            "com.medtronic.carepartner:/sso?code=abc&state=AgICAgICAgICAgICAgICAX");
        QTest::newRow("no state") << QStringLiteral("com.medtronic.carepartner:/sso?code=abc");
        QTest::newRow("no code") << QStringLiteral("com.medtronic.carepartner:/sso?state=%1");
        QTest::newRow("error") << QStringLiteral(
            "com.medtronic.carepartner:/sso?error=access_denied&error_description=User%20cancelled&state=%1");
        QTest::newRow("other scheme") << QStringLiteral("https://evil.example/sso?code=abc&state=%1");
        QTest::newRow("other path") << QStringLiteral("com.medtronic.carepartner:/other?code=abc&state=%1");
    }
    void refusesForeignRedirects()
    {
        QFETCH(QString, url);
        const PendingSignIn p = pending();
        const Result<Secret> code =
            AuthorizeRequest::codeFromRedirect(QUrl(url.contains(QLatin1String("%1")) ? url.arg(p.state) : url), p);
        QVERIFY(!code.ok());
        QCOMPARE(code.error().kind, SyncError::Kind::Auth);
        QVERIFY(!code.error().userMessage.isEmpty());
        QVERIFY(!code.error().detail.contains(p.state));
    }

    void aForeignStateIsDroppedBeforeItsTextIsRead()
    {
        const PendingSignIn p = pending();
        const QString crafted = QStringLiteral("<a href=\"https://evil.example\">Call 555-0100 now</a>");
        QUrl url(QStringLiteral("com.medtronic.carepartner:/sso"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        query.addQueryItem(QStringLiteral("error_description"), crafted);
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("AgICAgICAgICAgICAgICAX"));
        url.setQuery(query);
        const Result<Secret> code = AuthorizeRequest::codeFromRedirect(url, p);
        QVERIFY(!code.ok());
        QVERIFY(!code.error().userMessage.contains(QLatin1String("555-0100")));
        QVERIFY(!code.error().detail.contains(QLatin1String("555-0100")));
        QVERIFY(code.error().detail.contains(QLatin1String("state")));
    }

    void refusesWithoutPendingSignIn()
    {
        QVERIFY(!AuthorizeRequest::codeFromRedirect(redirect(QStringLiteral("code=a&state=b")), PendingSignIn{}).ok());
    }

    void pastedText()
    {
        const QString url = QStringLiteral("com.medtronic.carepartner:/sso?code=x&state=y");
        QCOMPARE(AuthorizeRequest::urlFromPaste(QStringLiteral("  \"") + url + QStringLiteral("\"\n")).toString(), url);
        QCOMPARE(AuthorizeRequest::urlFromPaste(url + QLatin1Char('.')).toString(), url);
        QVERIFY(AuthorizeRequest::urlFromPaste(QStringLiteral("   ")).isEmpty());
        QVERIFY(AuthorizeRequest::urlFromPaste(QStringLiteral("no url here")).isEmpty());
    }

    void tokenResponses()
    {
        const QString access = jwt(QJsonObject{
            {QStringLiteral("exp"), 1900000000},
            {QStringLiteral("token_details"), QJsonObject{{QStringLiteral("preferred_username"), QStringLiteral("me")},
                                                          {QStringLiteral("country"), QStringLiteral("DE")}}}});
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("access_token"), access},
                                                          {QStringLiteral("refresh_token"), QStringLiteral("r1")},
                                                          {QStringLiteral("expires_in"), 10800}})
                                    .toJson();
        const Result<TokenSet> t = TokenResponse::parse(body, 1000);
        QVERIFY(t.ok());
        QCOMPARE(t->expiresAtMs, 1000 + 10800 * 1000LL);
        QCOMPARE(t->refreshToken.reveal(), QStringLiteral("r1"));
        const AccessClaims claims = TokenResponse::claims(t->accessToken);
        QCOMPARE(claims.username, QStringLiteral("me"));
        QCOMPARE(claims.country, QStringLiteral("DE"));
        QCOMPARE(claims.expiresAtMs, 1900000000000LL);
        // No expires_in: the JWT's exp.
        const QByteArray noExpiry = QJsonDocument(QJsonObject{{QStringLiteral("access_token"), access}}).toJson();
        QCOMPARE(TokenResponse::parse(noExpiry, 1000)->expiresAtMs, 1900000000000LL);
        QVERIFY(TokenResponse::parse(noExpiry, 1000)->refreshToken.isEmpty());
        QVERIFY(!TokenResponse::parse("{}", 0).ok());
        QVERIFY(!TokenResponse::parse("<html>", 0).ok());
        QVERIFY(TokenResponse::claims(Secret(QStringLiteral("not-a-jwt"))).username.isEmpty());
    }

    void deadGrants()
    {
        const QByteArray invalidGrant =
            R"({"error":"invalid_grant","error_description":"Unknown or invalid refresh token."})";
        QVERIFY(!TokenResponse::isDeadGrant(403, {}));
        QVERIFY(!TokenResponse::isDeadGrant(403, "<html><h1>Request blocked.</h1></html>"));
        QVERIFY(TokenResponse::isDeadGrant(403, invalidGrant));
        QVERIFY(TokenResponse::isDeadGrant(400, R"({"error":"invalid_client"})"));
        QVERIFY(TokenResponse::isDeadGrant(400, invalidGrant));
        QVERIFY(TokenResponse::isDeadGrant(401, invalidGrant));
        QVERIFY(!TokenResponse::isDeadGrant(400, R"({"error":"invalid_request"})"));
        QVERIFY(!TokenResponse::isDeadGrant(500, invalidGrant));
        QVERIFY(!TokenResponse::isDeadGrant(429, {}));
    }
};

QTEST_GUILESS_MAIN(TestCareLinkAuthorize)
#include "tst_carelinkauthorize.moc"
