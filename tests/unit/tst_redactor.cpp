#include "logging/redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nb;

class TestRedactor : public QObject {
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void textKeepsHarmlessContent_data();
    void textKeepsHarmlessContent();
    void url_data();
    void url();
    void headerValue_data();
    void headerValue();
    void jsonBody();
    void jsonBodyNested();
    void formBody();
    void plainBodyAndTruncation();
    void truncationKeepsUtf8Whole();
    void sensitiveNames();
};

void TestRedactor::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");

    QTest::newRow("key=value password") << QStringLiteral("login failed password=hunter2 user=x")
                                        << QStringLiteral("hunter2");
    QTest::newRow("key=value quoted") << QStringLiteral("client_secret=\"s3cr3t value\" ok")
                                      << QStringLiteral("s3cr3t value");
    QTest::newRow("access_token in query")
        << QStringLiteral("GET https://x.test/cb?access_token=AbC123&state=1") << QStringLiteral("AbC123");
    QTest::newRow("refresh_token") << QStringLiteral("refresh_token=rt-9f8e7d") << QStringLiteral("rt-9f8e7d");
    QTest::newRow("id_token json") << QStringLiteral("{\"id_token\": \"opaque-id-token\"}")
                                   << QStringLiteral("opaque-id-token");
    QTest::newRow("token=") << QStringLiteral("https://ns.test/api/v1/entries?token=reader-abc123")
                            << QStringLiteral("reader-abc123");
    QTest::newRow("code in oauth url") << QStringLiteral("redirect to https://app.test/cb?code=SplxlOBeZQQYbYS6&x=1")
                                       << QStringLiteral("SplxlOBeZQQYbYS6");
    QTest::newRow("bearer") << QStringLiteral("sent header Bearer abcdef.ghijkl.mnop and more")
                            << QStringLiteral("abcdef.ghijkl.mnop");
    QTest::newRow("authorization header line")
        << QStringLiteral("Authorization: Basic dXNlcjpwYXNz") << QStringLiteral("dXNlcjpwYXNz");
    QTest::newRow("api-secret header") << QStringLiteral("api-secret: 0123456789abcdef0123456789abcdef01234567")
                                       << QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    QTest::newRow("bare sha1") << QStringLiteral("hash b1946ac92492d2347c6235b4d2611184b1946ac9 sent")
                               << QStringLiteral("b1946ac92492d2347c6235b4d2611184b1946ac9");
    QTest::newRow("cookie header") << QStringLiteral("Cookie: JSESSIONID=abc; other=def")
                                   << QStringLiteral("JSESSIONID=abc");
    QTest::newRow("set-cookie header") << QStringLiteral("Set-Cookie: auth_tmp_token=zzz; Path=/; HttpOnly")
                                       << QStringLiteral("zzz");
    QTest::newRow("jwt anywhere") << QStringLiteral("got eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl done")
                                  << QStringLiteral("eyJzdWIiOiIxMjM0In0");
    QTest::newRow("email") << QStringLiteral("signing in as jane.doe+cgm@example.co.uk now")
                           << QStringLiteral("jane.doe+cgm@example.co.uk");
    QTest::newRow("email percent-encoded")
        << QStringLiteral("GET /users?username=x&u=jane%40example.com") << QStringLiteral("jane%40example.com");
    QTest::newRow("json password") << QStringLiteral("body {\"username\":\"u\",\"password\":\"p@ss w0rd\"}")
                                   << QStringLiteral("p@ss w0rd");
    QTest::newRow("json escaped quote") << QStringLiteral("{\"password\":\"a\\\"b\"}") << QStringLiteral("a\\\"b");
    QTest::newRow("json number secret") << QStringLiteral("{\"pin\":1,\"password\":123456}")
                                        << QStringLiteral("123456");
    QTest::newRow("truncated json") << QStringLiteral("{\"access_token\":\"abcdefghij") << QStringLiteral("abcdefghij");
    QTest::newRow("header-like token") << QStringLiteral("X-Auth-Token: tok123") << QStringLiteral("tok123");
    QTest::newRow("multi-line") << QStringLiteral("line1\nPassword: letmein\nline3") << QStringLiteral("letmein");
}

void TestRedactor::text()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString out = redact::text(input);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("<redacted>")), qPrintable(out));
    // Idempotent: redacting twice changes nothing more.
    QCOMPARE(redact::text(out), out);
}

void TestRedactor::textKeepsHarmlessContent_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("plain") << QStringLiteral("Uploaded 500 entries to https://ns.example.test/api/v1/entries in 1.2 s");
    QTest::newRow("status json") << QStringLiteral("{\"status\":401,\"message\":\"Unauthorized\",\"code\":401}");
    QTest::newRow("token type") << QStringLiteral("{\"token_type\":\"Bearer\",\"expires_in\":3600}");
    QTest::newRow("uuid") << QStringLiteral("identifier 2f1c1b7e-8a0e-5d4b-9c3a-1b2c3d4e5f60");
    QTest::newRow("nightscout _id") << QStringLiteral("_id 5f8a1b2c3d4e5f6a7b8c9d0e");
}

void TestRedactor::textKeepsHarmlessContent()
{
    QFETCH(QString, input);
    QCOMPARE(redact::text(input), input);
}

void TestRedactor::url_data()
{
    QTest::addColumn<QUrl>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QUrl(QStringLiteral("https://ns.example.test/api/v1/entries.json?count=10"))
                           << QStringLiteral("https://ns.example.test/api/v1/entries.json?count=10");
    QTest::newRow("token") << QUrl(QStringLiteral("https://ns.example.test/api/v1/status.json?token=abc-123&x=1"))
                           << QStringLiteral("https://ns.example.test/api/v1/status.json?token=<redacted>&x=1");
    QTest::newRow("oauth code") << QUrl(QStringLiteral("https://sso.test/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=af0i"))
                                << QStringLiteral("https://sso.test/cb?code=<redacted>&state=af0i");
    QTest::newRow("user info") << QUrl(QStringLiteral("https://user:pass@ns.example.test/"))
                               << QStringLiteral("https://<redacted>:<redacted>@ns.example.test/");
    QTest::newRow("email in query") << QUrl(QStringLiteral("https://x.test/lookup?user=jane%40example.com"))
                                    << QStringLiteral("https://x.test/lookup?user=<redacted>");
    QTest::newRow("email in path") << QUrl(QStringLiteral("https://x.test/users/jane@example.com/data"))
                                   << QStringLiteral("https://x.test/users/<redacted>/data");
    QTest::newRow("fragment token") << QUrl(QStringLiteral("https://x.test/cb#access_token=abc&token_type=bearer"))
                                    << QStringLiteral("https://x.test/cb#access_token=<redacted>&token_type=bearer");
    QTest::newRow("api_secret param") << QUrl(QStringLiteral("https://x.test/?api_secret=foo"))
                                      << QStringLiteral("https://x.test/?api_secret=<redacted>");
    QTest::newRow("nightscout token in path")
        << QUrl(QStringLiteral("https://ns.example.test/api/v2/authorization/request/uploader-1f383a4f1a1ecf83"))
        << QStringLiteral("https://ns.example.test/api/v2/authorization/request/<redacted>");
}

void TestRedactor::url()
{
    QFETCH(QUrl, input);
    QFETCH(QString, expected);
    QCOMPARE(redact::url(input), expected);
}

void TestRedactor::headerValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("authorization bearer")
        << QByteArray("Authorization") << QByteArray("Bearer eyJabc.def.ghi") << QByteArray("Bearer <redacted>");
    QTest::newRow("authorization opaque")
        << QByteArray("authorization") << QByteArray("opaque-value") << QByteArray("<redacted>");
    QTest::newRow("api-secret") << QByteArray("api-secret") << QByteArray("b1946ac92492d2347c6235b4d2611184b1946ac9")
                                << QByteArray("<redacted>");
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("a=1; session=xyz")
                            << QByteArray("a=<redacted>; session=<redacted>");
    QTest::newRow("set-cookie") << QByteArray("Set-Cookie") << QByteArray("auth_tmp_token=zzz; Path=/; HttpOnly")
                                << QByteArray("auth_tmp_token=<redacted>; Path=/; HttpOnly");
    QTest::newRow("x-api-key") << QByteArray("X-Api-Key") << QByteArray("k") << QByteArray("<redacted>");
    QTest::newRow("custom token") << QByteArray("X-Refresh-Token") << QByteArray("r") << QByteArray("<redacted>");
    QTest::newRow("content-type") << QByteArray("Content-Type") << QByteArray("application/json")
                                  << QByteArray("application/json");
    QTest::newRow("location") << QByteArray("Location") << QByteArray("https://app.test/cb?code=abc&state=s")
                              << QByteArray("https://app.test/cb?code=<redacted>&state=s");
    QTest::newRow("www-authenticate") << QByteArray("WWW-Authenticate") << QByteArray("Bearer error=\"invalid_token\"")
                                      << QByteArray("Bearer error=\"invalid_token\"");
}

void TestRedactor::headerValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(redact::headerValue(name, value), expected);
}

void TestRedactor::jsonBody()
{
    const QByteArray in =
        R"({"username":"jane@example.com","password":"hunter2","access_token":"AT","expires_in":3600,)"
        R"("token_type":"Bearer","note":"mail me at bob@example.org","count":3})";
    const QByteArray out = redact::body(in);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QVERIFY2(!o.isEmpty(), out.constData());
    QCOMPARE(o.value(QLatin1String("username")).toString(), QStringLiteral("<redacted>"));
    QCOMPARE(o.value(QLatin1String("password")).toString(), QStringLiteral("<redacted>"));
    QCOMPARE(o.value(QLatin1String("access_token")).toString(), QStringLiteral("<redacted>"));
    QCOMPARE(o.value(QLatin1String("expires_in")).toInt(), 3600);
    QCOMPARE(o.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(o.value(QLatin1String("note")).toString(), QStringLiteral("mail me at <redacted>"));
    QCOMPARE(o.value(QLatin1String("count")).toInt(), 3);
}

void TestRedactor::jsonBodyNested()
{
    const QByteArray in = R"([{"auth":{"refreshToken":"r1","idToken":"i1"},"sgv":120},{"secret":null}])";
    const QByteArray out = redact::body(in);
    QVERIFY2(!out.contains("r1") && !out.contains("i1"), out.constData());
    QVERIFY(out.contains("\"sgv\":120"));
    QVERIFY(out.contains("\"secret\":null")); // nothing to hide, and the shape stays readable
}

void TestRedactor::formBody()
{
    const QByteArray in = "grant_type=authorization_code&client_id=abc&code=xyz987&code_verifier=vvv&"
                          "redirect_uri=https%3A%2F%2Fapp.test%2Fcb&username=jane%40example.com";
    const QByteArray out = redact::body(in);
    QVERIFY2(!out.contains("xyz987") && !out.contains("vvv") && !out.contains("jane"), out.constData());
    QVERIFY(out.contains("grant_type=authorization_code"));
    QVERIFY(out.contains("client_id=abc"));
    QVERIFY(out.contains("code=<redacted>"));
}

void TestRedactor::plainBodyAndTruncation()
{
    QByteArray in = "<html><body>Welcome jane@example.com password=abc</body></html>";
    in += QByteArray(10000, 'x');
    const QByteArray out = redact::body(in, 100);
    QVERIFY(!out.contains("jane@example.com"));
    QVERIFY(!out.contains("password=abc"));
    QVERIFY(out.size() < 140);
    QVERIFY2(out.contains("more bytes"), out.constData());
    QCOMPARE(redact::body(QByteArray()), QByteArray());
}

void TestRedactor::truncationKeepsUtf8Whole()
{
    const QByteArray in = QStringLiteral("mmol/L \u00b5\u00b5\u00b5\u00b5\u00b5\u00b5").toUtf8();
    for (int max = 7; max < in.size(); ++max) {
        const QByteArray out = redact::body(in, max);
        const QByteArray head = out.left(out.indexOf("..."));
        QCOMPARE(QString::fromUtf8(head).toUtf8(), head); // no replacement characters: no split sequence
    }
}

void TestRedactor::sensitiveNames()
{
    for (const char *name : {"password", "api-secret", "API_SECRET", "refreshToken", "Set-Cookie", "email", "code"})
        QVERIFY2(redact::isSensitiveName(QString::fromLatin1(name)), name);
    for (const char *name : {"url", "units", "token_type", "tokenExpiresAt", "clientId", "appVersion", "authMode"})
        QVERIFY2(!redact::isSensitiveName(QString::fromLatin1(name)), name);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
