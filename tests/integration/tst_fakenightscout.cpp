#include "manualclock.h"
#include "net/httpclient.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;
using nb::sim::FakeNightscout;

namespace {
const QString kSecret = u"correct-horse-battery"_s; // >= 12 characters
QByteArray sha1(const QString &s)
{
    return QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha1).toHex();
}
} // namespace

class TestFakeNightscout : public QObject {
    Q_OBJECT
private:
    test::ManualClock m_clock;
    std::unique_ptr<HttpClient> m_http;

    FakeNightscout::Options options(std::chrono::milliseconds failDelay = std::chrono::milliseconds(300))
    {
        FakeNightscout::Options o;
        o.apiSecret = kSecret;
        o.authFailDelay = failDelay;
        return o;
    }

    HttpResponse call(const QByteArray &method, const QUrl &url, const HttpHeaders &headers = {},
                      const QByteArray &body = {})
    {
        HttpRequest r;
        r.method = method == "POST" ? HttpRequest::Method::Post : HttpRequest::Method::Get;
        r.url = url;
        r.headers = headers;
        r.body = body;
        r.followRedirects = false;
        if (!body.isEmpty())
            r.setHeader("Content-Type", "application/json");
        std::optional<HttpResponse> out;
        m_http->send(r, u"Nightscout"_s, this, [&out](const HttpResponse &response) { out = response; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(HttpResponse());
    }
    static QUrl at(FakeNightscout &ns, const QString &pathAndQuery)
    {
        return ns.baseUrl().resolved(QUrl(pathAndQuery));
    }
    static QJsonObject object(const HttpResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
    static QJsonArray array(const HttpResponse &r) { return QJsonDocument::fromJson(r.body).array(); }

private slots:
    void init() { m_http = std::make_unique<HttpClient>(m_clock); }
    void cleanup() { m_http.reset(); }

    void statusJson()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        const HttpResponse r = call("GET", at(ns, u"/api/v1/status.json"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject s = object(r);
        QCOMPARE(s.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(s.value(u"name"_s).toString(), u"nightscout"_s);
        QCOMPARE(s.value(u"version"_s).toString(), u"15.0.7"_s);
        QCOMPARE(s.value(u"apiEnabled"_s).toBool(), true);
        QCOMPARE(s.value(u"careportalEnabled"_s).toBool(), true);
        QCOMPARE(s.value(u"serverTimeEpoch"_s).toDouble(), double(m_clock.nowMs()));
        QCOMPARE(s[u"settings"_s][u"units"_s].toString(), u"mg/dl"_s);
        QVERIFY(s.value(u"authorized"_s).isNull());
        // Also mounted at /api.
        QCOMPARE(call("GET", at(ns, u"/api/status.json"_s)).status, 200);
    }

    void verifyAuth()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        const QJsonObject anon = object(call("GET", at(ns, u"/api/v1/verifyauth"_s)))[u"message"_s].toObject();
        QCOMPARE(anon.value(u"message"_s).toString(), u"UNAUTHORIZED"_s);
        QCOMPARE(anon.value(u"canRead"_s).toBool(), true);
        QCOMPARE(anon.value(u"canWrite"_s).toBool(), false);
        QCOMPARE(anon.value(u"permissions"_s).toString(), u"DEFAULT"_s);
        const HttpResponse good = call("GET", at(ns, u"/api/v1/verifyauth"_s), {{"api-secret", sha1(kSecret)}});
        QCOMPARE(good.status, 200);
        const QJsonObject admin = object(good)[u"message"_s].toObject();
        QCOMPARE(admin.value(u"message"_s).toString(), u"OK"_s);
        QCOMPARE(admin.value(u"canWrite"_s).toBool(), true);
        QCOMPARE(admin.value(u"isAdmin"_s).toBool(), true);
        QCOMPARE(admin.value(u"rolefound"_s).toString(), u"NOTFOUND"_s);
        QCOMPARE(admin.value(u"permissions"_s).toString(), u"ROLE"_s);
        // Upper-case hex and SHA-512 are accepted too; the plain secret is not.
        QCOMPARE(object(call("GET", at(ns, u"/api/v1/verifyauth"_s),
                             {{"api-secret", sha1(kSecret).toUpper()}}))[u"message"_s][u"message"_s]
                     .toString(),
                 u"OK"_s);
        const QByteArray sha512 = QCryptographicHash::hash(kSecret.toUtf8(), QCryptographicHash::Sha512).toHex();
        QCOMPARE(
            object(call("GET", at(ns, u"/api/v1/verifyauth"_s), {{"api-secret", sha512}}))[u"message"_s][u"message"_s]
                .toString(),
            u"OK"_s);
        QCOMPARE(ns.failedAuthCount(), 0);
        QCOMPARE(object(call("GET", at(ns, u"/api/v1/verifyauth"_s),
                             {{"api-secret", kSecret.toUtf8()}}))[u"message"_s][u"message"_s]
                     .toString(),
                 u"UNAUTHORIZED"_s);
        QCOMPARE(ns.failedAuthCount(), 1);
    }

    void writesNeedCredentials()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        const QByteArray body = R"([{"type":"sgv","sgv":100,"date":1772366400000}])";
        const HttpResponse anon = call("POST", at(ns, u"/api/v1/entries.json"_s), {}, body);
        QCOMPARE(anon.status, 401);
        QCOMPARE(object(anon),
                 (QJsonObject{
                     {u"status"_s, 401}, {u"message"_s, u"Unauthorized"_s}, {u"description"_s, u"Invalid/Missing"_s}}));
        QCOMPARE(ns.failedAuthCount(), 0); // no credentials: not a failed attempt
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries.json"_s), {{"api-secret", sha1(kSecret)}}, body).status, 200);
        QCOMPARE(ns.store().documents(NsCollection::Entries).size(), 1);
        // The secret may also come in the body (element 0 of an array), and is not stored.
        const QByteArray withSecret =
            "[{\"secret\":\"" + sha1(kSecret) + "\",\"type\":\"sgv\",\"sgv\":101,\"date\":1772366700000}]";
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries"_s), {}, withSecret).status, 200);
        QCOMPARE(ns.store().documents(NsCollection::Entries).size(), 2);
        QVERIFY(!ns.store().documents(NsCollection::Entries).last().contains(u"secret"_s));
        // ... or in the query.
        QCOMPARE(call("POST", at(ns, u"/api/v1/treatments?secret="_s + QString::fromLatin1(sha1(kSecret))), {},
                      R"({"eventType":"Note","notes":"x"})")
                     .status,
                 200);
    }

    void failedAuthDelaysTheNextRequests()
    {
        using namespace std::chrono;
        FakeNightscout ns(m_clock, options(milliseconds(400)));
        QVERIFY(ns.listen());
        QCOMPARE(ns.options().authFailDelay, milliseconds(400));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(call("GET", at(ns, u"/api/v1/verifyauth"_s), {{"api-secret", "0000"}}).status, 200);
        QVERIFY2(timer.elapsed() < 300, "the failing request itself is not delayed");
        timer.restart();
        // Any later request from the same address waits, even an anonymous read.
        QCOMPARE(call("GET", at(ns, u"/api/v1/status.json"_s)).status, 200);
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
        // Failures add up: the second waits for the first's penalty and doubles what the next one waits.
        timer.restart();
        call("GET", at(ns, u"/api/v1/verifyauth"_s), {{"api-secret", "0000"}});
        call("GET", at(ns, u"/api/v1/verifyauth"_s), {{"api-secret", "1111"}});
        call("GET", at(ns, u"/api/v1/status.json"_s));
        QVERIFY2(timer.elapsed() >= 750, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(ns.failedAuthCount(), 3);
        // A successful authentication clears the penalty.
        call("GET", at(ns, u"/api/v1/verifyauth"_s), {{"api-secret", "2222"}});
        call("GET", at(ns, u"/api/v1/verifyauth"_s), {{"api-secret", sha1(kSecret)}}); // waits, then clears
        timer.restart();
        call("GET", at(ns, u"/api/v1/status.json"_s));
        QVERIFY2(timer.elapsed() < 300, qPrintable(QString::number(timer.elapsed())));
        // The default is the real server's 5 s.
        QCOMPARE(FakeNightscout::Options().authFailDelay, milliseconds(5000));
    }

    void shortSecretMakesTheSiteReadOnly()
    {
        FakeNightscout::Options o = options();
        o.apiSecret = u"short"_s;
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        QCOMPARE(object(call("GET", at(ns, u"/api/v1/status.json"_s))).value(u"apiEnabled"_s).toBool(), false);
        // Write routes are not registered at all: 404, not 401.
        const HttpResponse post = call("POST", at(ns, u"/api/v1/entries.json"_s), {{"api-secret", sha1(u"short"_s)}},
                                       R"([{"type":"sgv","sgv":100,"date":1}])");
        QCOMPARE(post.status, 404);
        QVERIFY(post.body.contains("Cannot POST"));
        QCOMPARE(call("GET", at(ns, u"/api/v1/entries.json"_s)).status, 200);
    }

    void careportalOffHasNoTreatmentWrites()
    {
        FakeNightscout::Options o = options();
        o.careportal = false;
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        QCOMPARE(object(call("GET", at(ns, u"/api/v1/status.json"_s))).value(u"careportalEnabled"_s).toBool(), false);
        QCOMPARE(call("POST", at(ns, u"/api/v1/treatments.json"_s), {{"api-secret", sha1(kSecret)}}, "[]").status, 404);
    }

    void tokensAndJwt()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        const QString uploader = ns.addSubject(u"Uploader Phone"_s, {u"admin"_s});
        const QString careportal = ns.addSubject(u"care"_s, {u"careportal"_s});
        QVERIFY(QRegularExpression(u"^uploaderph-[0-9a-f]{16}$"_s).match(uploader).hasMatch());

        const HttpResponse jwtReply = call("GET", at(ns, u"/api/v2/authorization/request/"_s + uploader));
        QCOMPARE(jwtReply.status, 200);
        const QJsonObject jwt = object(jwtReply);
        QCOMPARE(jwt.value(u"sub"_s).toString(), u"Uploader Phone"_s);
        QCOMPARE(jwt.value(u"exp"_s).toInteger() - jwt.value(u"iat"_s).toInteger(), 8 * 3600);
        QCOMPARE(jwt.value(u"permissionGroups"_s).toArray(), (QJsonArray{QJsonArray{u"*"_s}}));
        const QByteArray bearer = "Bearer " + jwt.value(u"token"_s).toString().toLatin1();
        const QByteArray entry = R"([{"type":"sgv","sgv":100,"date":1772366400000}])";
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries"_s), {{"Authorization", bearer}}, entry).status, 200);
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries?token="_s + uploader), {}, entry).status, 200);
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries"_s), {{"api-secret", uploader.toLatin1()}}, entry).status, 200);
        QCOMPARE(object(call("GET", at(ns, u"/api/v1/status.json?token="_s + jwt.value(u"token"_s).toString())))
                     .value(u"authorized"_s)
                     .isObject(),
                 true);
        const QJsonObject verified =
            object(call("GET", at(ns, u"/api/v1/verifyauth"_s), {{"Authorization", bearer}}))[u"message"_s].toObject();
        QCOMPARE(verified.value(u"message"_s).toString(), u"OK"_s);
        QCOMPARE(verified.value(u"rolefound"_s).toString(), u"FOUND"_s);

        // A token without entries:create gets the same 401 as no token; verifyauth says it cannot write.
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries?token="_s + careportal), {}, entry).status, 401);
        QCOMPARE(
            call("POST", at(ns, u"/api/v1/treatments?token="_s + careportal), {}, R"({"eventType":"Note"})").status,
            200);
        const QJsonObject care =
            object(call("GET", at(ns, u"/api/v1/verifyauth?token="_s + careportal)))[u"message"_s].toObject();
        QCOMPARE(care.value(u"message"_s).toString(), u"OK"_s);
        QCOMPARE(care.value(u"canWrite"_s).toBool(), false);
        QCOMPARE(ns.failedAuthCount(), 0);

        // Unknown tokens: 401 and a failed attempt.
        const HttpResponse unknown = call("GET", at(ns, u"/api/v2/authorization/request/nobody-0000000000000000"_s));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(object(unknown).value(u"description"_s).toString(), u"Invalid/Missing"_s);
        QCOMPARE(ns.failedAuthCount(), 1);

        // The JWT expires after 8 hours.
        m_clock.advance(8LL * 3600 * 1000 + 1000);
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries"_s), {{"Authorization", bearer}}, entry).status, 401);
        m_clock.advance(-(8LL * 3600 * 1000 + 1000));
    }

    void deniedDefaultRole()
    {
        FakeNightscout::Options o = options();
        o.defaultRoles = {u"denied"_s};
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        QCOMPARE(call("GET", at(ns, u"/api/v1/status.json"_s)).status, 401);
        QCOMPARE(call("GET", at(ns, u"/api/v1/entries.json"_s)).status, 401);
        QCOMPARE(call("GET", at(ns, u"/api/v1/status.json"_s), {{"api-secret", sha1(kSecret)}}).status, 200);
    }

    void bodyLimits()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        const QByteArray pad(1024 * 1024, 'x');
        const QByteArray big = "[{\"device\":\"d\",\"pad\":\"" + pad + "\"}]";
        const HttpResponse tooBig =
            call("POST", at(ns, u"/api/v1/devicestatus.json"_s), {{"api-secret", sha1(kSecret)}}, big);
        QCOMPARE(tooBig.status, 413);
        QVERIFY(tooBig.body.contains("<html"));
        QCOMPARE(call("POST", at(ns, u"/api/v1/profile.json"_s), {{"api-secret", sha1(kSecret)}}, big).status, 413);
        QCOMPARE(ns.store().documents(NsCollection::DeviceStatus).size(), 0);
        // Entries and treatments accept up to 50 MB.
        QJsonArray entries;
        for (int i = 0; i < 25000; ++i)
            entries.append(QJsonObject{{u"type"_s, u"sgv"_s},
                                       {u"sgv"_s, 100},
                                       {u"date"_s, 1772366400000.0 + i * 300000.0},
                                       {u"device"_s, u"some-long-device-name-for-padding"_s}});
        const QByteArray twoMb = QJsonDocument(entries).toJson(QJsonDocument::Compact);
        QVERIFY(twoMb.size() > 2 * 1024 * 1024);
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries.json"_s), {{"api-secret", sha1(kSecret)}}, twoMb).status, 200);
        QCOMPARE(ns.store().documents(NsCollection::Entries).size(), 25000);
        // The _id check of devicestatus/profile.
        const HttpResponse badId = call("POST", at(ns, u"/api/v1/devicestatus.json"_s), {{"api-secret", sha1(kSecret)}},
                                        R"({"_id":"abc","device":"x"})");
        QCOMPARE(badId.status, 400);
        QCOMPARE(object(badId).value(u"message"_s).toString(), u"Invalid _id format"_s);
    }

    void proxyBodyCap()
    {
        FakeNightscout::Options o = options();
        o.proxyBodyLimit = 1000;
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        QJsonArray entries;
        for (int i = 0; i < 50; ++i)
            entries.append(QJsonObject{{u"type"_s, u"sgv"_s}, {u"sgv"_s, 100}, {u"date"_s, 1772366400000.0 + i}});
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries.json"_s), {{"api-secret", sha1(kSecret)}},
                      QJsonDocument(entries).toJson(QJsonDocument::Compact))
                     .status,
                 413);
    }

    void plainHttpIsRedirected()
    {
        FakeNightscout::Options o = options();
        o.httpsOnly = true;
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        const HttpResponse r = call("GET", at(ns, u"/api/v1/status.json?x=1"_s));
        QCOMPARE(r.status, 307);
        QUrl expected = at(ns, u"/api/v1/status.json?x=1"_s);
        expected.setScheme(u"https"_s);
        QCOMPARE(r.redirectTarget, expected);
        QCOMPARE(call("GET", at(ns, u"/api/v1/status.json"_s), {{"X-Forwarded-Proto", "https"}}).status, 200);
    }

    void readsOverHttp()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        QJsonArray entries;
        for (int i = 0; i < 20; ++i)
            entries.append(QJsonObject{{u"type"_s, i % 4 ? u"sgv"_s : u"mbg"_s},
                                       {u"sgv"_s, 100 + i},
                                       {u"date"_s, double(m_clock.nowMs() - i * 300000LL)}});
        QCOMPARE(call("POST", at(ns, u"/api/v1/entries.json"_s), {{"api-secret", sha1(kSecret)}},
                      QJsonDocument(entries).toJson())
                     .status,
                 200);
        QCOMPARE(array(call("GET", at(ns, u"/api/v1/entries.json"_s))).size(), 10);
        QCOMPARE(array(call("GET", at(ns, u"/api/v1/entries/sgv.json?count=100"_s))).size(), 15);
        const QString range =
            u"/api/v1/entries.json?find%5Bdate%5D%5B%24gte%5D=%1&find%5Bdate%5D%5B%24lt%5D=%2&count=100"_s
                .arg(m_clock.nowMs() - 900000)
                .arg(m_clock.nowMs());
        QCOMPARE(array(call("GET", at(ns, range))).size(), 3);
        const QJsonArray current = array(call("GET", at(ns, u"/api/v1/entries/current.json"_s)));
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first()[u"sgv"_s].toInt(), 100);
        QCOMPARE(call("GET", at(ns, u"/api/v1/nonsense"_s)).status, 404);
        QCOMPARE(call("GET", at(ns, u"/"_s)).status, 404);
    }

    // Pinned against the real server (tests/realns): GET /profile is a list that ignores find[...];
    // GET /profiles is the query form and, like the other collections, looks only at the last 4 days of
    // its date field (startDate) unless the query constrains it. The fake used to filter /profile and
    // to search every startDate in /profiles.
    void profileListAndProfilesQuery()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        const auto profile = [this](int daysAgo, const QString &id) {
            return QJsonObject{
                {u"defaultProfile"_s, u"A"_s},
                {u"startDate"_s, m_clock.nowUtc().addDays(-daysAgo).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s)},
                {u"identifier"_s, id},
                {u"store"_s, QJsonObject()}};
        };
        QCOMPARE(call("POST", at(ns, u"/api/v1/profile.json"_s), {{"api-secret", sha1(kSecret)}},
                      QJsonDocument(QJsonArray{profile(10, u"old"_s), profile(1, u"new"_s)}).toJson())
                     .status,
                 200);
        const auto ids = [](const QJsonArray &docs) {
            QStringList out;
            for (const QJsonValue &d : docs)
                out.append(d[u"identifier"_s].toString());
            return out;
        };
        QCOMPARE(ids(array(call("GET", at(ns, u"/api/v1/profile?find%5Bidentifier%5D=nothing"_s)))),
                 QStringList({u"new"_s, u"old"_s}));
        QCOMPARE(ids(array(call("GET", at(ns, u"/api/v1/profile.json?count=1"_s)))), QStringList{u"new"_s});
        QCOMPARE(ids(array(call("GET", at(ns, u"/api/v1/profiles?find%5Bidentifier%5D=old"_s)))), QStringList());
        QCOMPARE(
            ids(array(call("GET", at(ns, u"/api/v1/profiles?find%5Bidentifier%5D=old&find%5BstartDate%5D%5B%24gte%5D="
                                         u"1970-01-01T00:00:00.000Z"_s)))),
            QStringList{u"old"_s});
        QCOMPARE(ids(array(call("GET", at(ns, u"/api/v1/profiles"_s)))), QStringList{u"new"_s});
    }

    void faultsComeFromTheLoopbackServer()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.status = 503;
        fault.pathPrefix = u"/api/v1/status"_s;
        ns.server().injectFault(fault);
        QCOMPARE(call("GET", at(ns, u"/api/v1/status.json"_s)).status, 503);
        QCOMPARE(call("GET", at(ns, u"/api/v1/status.json"_s)).status, 200);
        QCOMPARE(ns.server().requestCount(u"/api/v1/status"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestFakeNightscout)
#include "tst_fakenightscout.moc"
