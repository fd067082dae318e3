#include "fixtures.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsurl.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace nb;
using namespace nb::ns;
using namespace Qt::Literals::StringLiterals;
using nb::sim::FakeNightscout;
using Outcome = NsCheckOutcome;

namespace {
const QString kSecret = u"correct-horse-battery"_s;
}

// The connection test against the fake Nightscout over loopback: one distinct outcome per problem.
class TestNightscoutClient : public QObject {
    Q_OBJECT
private:
    test::ManualClock m_clock;
    std::unique_ptr<HttpClient> m_http;

    static FakeNightscout::Options options()
    {
        FakeNightscout::Options o;
        o.apiSecret = kSecret;
        o.authFailDelay = std::chrono::milliseconds(200); // small but real: tests assert it is not hammered
        return o;
    }
    std::unique_ptr<NightscoutClient> client(const QUrl &base, NsCredentials credentials)
    {
        NsClientConfig config;
        const Result<QUrl> url = NsUrl::normalize(base.toString(), false);
        config.baseUrl = url.ok() ? url.value() : base;
        config.credentials = std::move(credentials);
        config.retry = RetryPolicy(RetryPolicy::Params{2, std::chrono::milliseconds(20), std::chrono::milliseconds(50),
                                                       std::chrono::seconds(5)});
        config.inactivityTimeout = std::chrono::milliseconds(3000);
        return std::make_unique<NightscoutClient>(*m_http, m_clock, config);
    }
    NsConnectionReport check(NightscoutClient &c)
    {
        std::optional<NsConnectionReport> report;
        c.checkConnection([&report](const NsConnectionReport &r) { report = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000); }();
        return report.value_or(NsConnectionReport());
    }
    static NsCredentials secret(const QString &s) { return NsCredentials::apiSecret(Secret(s)); }
    static NsCredentials token(const QString &t) { return NsCredentials::accessToken(Secret(t)); }
    static int countRequests(FakeNightscout &ns, const QByteArray &method, const QString &prefix)
    {
        int n = 0;
        for (const sim::ServerRequest &r : ns.server().requests())
            n += r.method == method && r.path.startsWith(prefix) ? 1 : 0;
        return n;
    }

private slots:
    void init() { m_http = std::make_unique<HttpClient>(m_clock); }
    void cleanup() { m_http.reset(); }

    void okWithSecret()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), secret(kSecret));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY(r.ok());
        QVERIFY(!r.error);
        QVERIFY(r.canWrite);
        QCOMPARE(r.status->version, u"15.0.7"_s);
        QCOMPARE(r.status->units, u"mg/dl"_s);
        QVERIFY(r.status->careportalEnabled);
        // The hash went in the api-secret header; the secret itself never did.
        const sim::ServerRequest verify = ns.server().requests().last();
        QCOMPARE(verify.path, u"/api/v1/verifyauth"_s);
        QCOMPARE(verify.header("api-secret"), apiSecretHash(Secret(kSecret)));
        for (const sim::ServerRequest &req : ns.server().requests()) {
            QVERIFY(!req.url.toString().contains(kSecret));
            for (const auto &[name, value] : req.headers)
                QVERIFY(!value.contains(kSecret.toUtf8()));
        }
        QCOMPARE(ns.failedAuthCount(), 0);
    }

    void mmolSite()
    {
        FakeNightscout::Options o = options();
        o.units = u"mmol"_s;
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), secret(kSecret));
        QCOMPARE(check(*c).status->units, u"mmol"_s);
    }

    void wrongSecretIsOneAttemptOnly()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), secret(u"not-the-secret"_s));
        QSignalSpy refused(c.get(), &NightscoutClient::authenticationFailed);
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::WrongSecret);
        QCOMPARE(r.error->kind, SyncError::Kind::Auth);
        QVERIFY(r.error->userMessage.contains(u"API secret"_s));
        QVERIFY(!r.canWrite);
        QCOMPARE(ns.failedAuthCount(), 1);
        QCOMPARE(refused.size(), 1);

        // Until the user acts, no further credentialed request reaches the site (each costs a penalty).
        const int before = ns.server().requests().size();
        std::optional<Result<NsUploadReport>> upload;
        NsBatch batch;
        batch.entries.append(QJsonObject{{u"type"_s, u"sgv"_s},
                                         {u"sgv"_s, 100},
                                         {u"date"_s, 1772366400000.0},
                                         {u"device"_s, u"nightbridge-test"_s},
                                         {u"identifier"_s, u"x1"_s}});
        c->upload(batch, [&upload](const Result<NsUploadReport> &r) { upload = r; });
        QTRY_VERIFY(upload.has_value());
        QVERIFY(!upload->ok());
        QCOMPARE(upload->error().kind, SyncError::Kind::Auth);
        QCOMPARE(countRequests(ns, "POST", u"/api/v1/entries"_s), 0);
        QVERIFY(ns.server().requests().size() - before <= 1); // at most the anonymous status.json
        QCOMPARE(ns.failedAuthCount(), 1);

        // Fixing the secret and testing again works.
        c->setCredentials(secret(kSecret));
        QCOMPARE(check(*c).outcome, Outcome::Ok);
    }

    void shortSecretMeansReadOnlySite()
    {
        FakeNightscout::Options o = options();
        o.apiSecret = u"tooshort"_s;
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), secret(u"tooshort"_s));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::ApiDisabled);
        QCOMPARE(r.error->kind, SyncError::Kind::Config);
        QVERIFY(r.error->userMessage.contains(u"12"_s));
        QVERIFY(r.error->userMessage.contains(u"also too short"_s));
        QVERIFY(r.status.has_value());
        // The secret was never presented, so no penalty was earned.
        QCOMPARE(ns.failedAuthCount(), 0);
        QCOMPARE(countRequests(ns, "GET", u"/api/v1/verifyauth"_s), 0);
    }

    void tokenWithAdminRole()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), token(ns.addSubject(u"nightbridge"_s, {u"admin"_s})));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(countRequests(ns, "GET", u"/api/v2/authorization/request/"_s), 1);
        QVERIFY(ns.server().requests().last().header("authorization").startsWith("Bearer "));
    }

    void tokenWithCustomUploaderRole()
    {
        // canWrite (*:*:write) is false for such a role, but the JWT's permissions allow uploading.
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        ns.auth().setRole(u"uploader"_s, {u"api:*:create"_s, u"*:*:read"_s});
        auto c = client(ns.baseUrl(), token(ns.addSubject(u"bridge"_s, {u"uploader"_s})));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY(r.canWrite);
        QVERIFY(!r.auth->canWrite);
    }

    void tokenWithoutWritePermission()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), token(ns.addSubject(u"care"_s, {u"careportal"_s, u"readable"_s})));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::NoWritePermission);
        QCOMPARE(r.error->kind, SyncError::Kind::Auth);
        QVERIFY(r.error->detail.contains(u"api:entries:create"_s));
        QVERIFY(r.error->userMessage.contains(u"admin"_s));
        QCOMPARE(ns.failedAuthCount(), 0);
    }

    void tokenViaQueryWithoutWritePermission()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), NsCredentials::accessToken(Secret(ns.addSubject(u"reader"_s, {u"readable"_s})),
                                                                 NsCredentials::TokenTransport::QueryToken));
        QCOMPARE(check(*c).outcome, Outcome::NoWritePermission);
        QCOMPARE(countRequests(ns, "GET", u"/api/v2/"_s), 0);
    }

    void wrongToken()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), token(u"nobody-0123456789abcdef"_s));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::WrongToken);
        QCOMPARE(r.error->kind, SyncError::Kind::Auth);
        QVERIFY(r.error->userMessage.contains(u"token"_s));
        QCOMPARE(ns.failedAuthCount(), 1);
        QCOMPARE(countRequests(ns, "GET", u"/api/v1/verifyauth"_s), 0); // stopped at the refused exchange
    }

    void jwtIsRenewedBeforeExpiry()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), token(ns.addSubject(u"nightbridge"_s, {u"admin"_s})));
        QCOMPARE(check(*c).outcome, Outcome::Ok);
        std::optional<Result<QList<QJsonObject>>> docs;
        c->find(NsCollection::Entries, NsQuery(), [&docs](const Result<QList<QJsonObject>> &r) { docs = r; });
        QTRY_VERIFY(docs.has_value());
        QCOMPARE(countRequests(ns, "GET", u"/api/v2/authorization/request/"_s), 1); // still valid: reused
        m_clock.advance(7LL * 3600 * 1000 + 50 * 60 * 1000);                        // 7 h 50 min: about to expire
        docs.reset();
        c->find(NsCollection::Entries, NsQuery(), [&docs](const Result<QList<QJsonObject>> &r) { docs = r; });
        QTRY_VERIFY(docs.has_value());
        QVERIFY(docs->ok());
        QCOMPARE(countRequests(ns, "GET", u"/api/v2/authorization/request/"_s), 2);
        QCOMPARE(ns.failedAuthCount(), 0);
        m_clock.advance(-(7LL * 3600 * 1000 + 50 * 60 * 1000));
    }

    void serverWithoutJwtEndpointGetsQueryToken()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        sim::Fault noV2;
        noV2.kind = sim::Fault::Kind::ServerError;
        noV2.status = 404;
        noV2.count = 100;
        noV2.pathPrefix = u"/api/v2/"_s;
        ns.server().injectFault(noV2);
        auto c = client(ns.baseUrl(), token(ns.addSubject(u"nightbridge"_s, {u"admin"_s})));
        QCOMPARE(check(*c).outcome, Outcome::Ok);
        QVERIFY(ns.server().requests().last().query.hasQueryItem(u"token"_s));
    }

    void plainHttpRedirectedToHttps()
    {
        FakeNightscout::Options o = options();
        o.httpsOnly = true;
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), secret(kSecret));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::HttpsRequired);
        QCOMPARE(r.error->kind, SyncError::Kind::Config);
        QCOMPARE(r.redirectTarget.scheme(), u"https"_s);
        QVERIFY(r.error->userMessage.contains(u"https://127.0.0.1:"_s));
        // Nothing secret was sent over plain http: only the anonymous status request.
        QCOMPARE(ns.server().requests().size(), 1);
        QVERIFY(ns.server().requests().first().header("api-secret").isEmpty());
    }

    void notNightscout_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("html page") << 200 << QByteArray("<!DOCTYPE html><html><body>Welcome</body></html>")
                                   << QByteArray("text/html");
        QTest::newRow("404") << 404 << QByteArray("Not Found") << QByteArray("text/plain");
        QTest::newRow("other json") << 200 << QByteArray(R"({"status":"ok","app":"grafana"})")
                                    << QByteArray("application/json");
    }

    void notNightscout()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        sim::LoopbackServer other;
        QVERIFY(other.listen());
        other.setFallback(
            [&](const sim::ServerRequest &) { return sim::ServerResponse::text(status, body, contentType); });
        auto c = client(other.baseUrl(), secret(kSecret));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::NotNightscout);
        QCOMPARE(r.error->kind, SyncError::Kind::Config);
        QVERIFY(r.error->userMessage.contains(u"127.0.0.1"_s));
        QCOMPARE(other.requests().size(), 1); // credentials never sent to it
    }

    void unreachable()
    {
        quint16 port = 0;
        {
            sim::LoopbackServer gone;
            QVERIFY(gone.listen());
            port = gone.port();
        }
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(port);
        auto c = client(url, secret(kSecret));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::Unreachable);
        QCOMPARE(r.error->kind, SyncError::Kind::Network);
    }

    void untrustedCertificate()
    {
        const QSslCertificate cert(test::readFile(test::testData(u"tls/loopback.crt"_s)));
        const QSslKey key(test::readFile(test::testData(u"tls/loopback.key"_s)), QSsl::Rsa);
        QVERIFY(!cert.isNull());
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listenTls(cert, key));
        QCOMPARE(ns.baseUrl().scheme(), u"https"_s);
        auto c = client(ns.baseUrl(), secret(kSecret));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::TlsFailure);
        QCOMPARE(r.error->kind, SyncError::Kind::Tls);
        QCOMPARE(ns.failedAuthCount(), 0);
        // Trusting the test CA (verification stays on) makes the same site work.
        m_http->addTrustedCaCertificates({cert});
        auto trusted = client(ns.baseUrl(), secret(kSecret));
        QCOMPARE(check(*trusted).outcome, Outcome::Ok);
    }

    void timeoutAndServerErrors()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        sim::Fault hang;
        hang.kind = sim::Fault::Kind::Hang;
        hang.count = 2; // the first attempt and its retry
        ns.server().injectFault(hang);
        auto c = client(ns.baseUrl(), secret(kSecret));
        NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::Timeout);
        QCOMPARE(r.error->kind, SyncError::Kind::Timeout);

        sim::Fault burst;
        burst.kind = sim::Fault::Kind::ServerError;
        burst.status = 502;
        burst.count = 2;
        ns.server().injectFault(burst);
        r = check(*c);
        QCOMPARE(r.outcome, Outcome::ServerError);
        QCOMPARE(r.error->kind, SyncError::Kind::Server);
        QCOMPARE(check(*c).outcome, Outcome::Ok); // the burst is over
    }

    void malformedVerifyAuth()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        sim::Fault garbage;
        garbage.kind = sim::Fault::Kind::MalformedBody;
        garbage.pathPrefix = u"/api/v1/verifyauth"_s;
        ns.server().injectFault(garbage);
        auto c = client(ns.baseUrl(), secret(kSecret));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::Unexpected);
        QCOMPARE(r.error->kind, SyncError::Kind::Protocol);
        QVERIFY(r.error->userMessage.contains(u"does not understand"_s));
    }

    void noCredentials()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), NsCredentials::none());
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::NoCredentials);
        QCOMPARE(r.error->kind, SyncError::Kind::Config);
        QCOMPARE(r.status->version, u"15.0.7"_s);
    }

    void siteThatDeniesAnonymousReads()
    {
        FakeNightscout::Options o = options();
        o.defaultRoles = {u"denied"_s};
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), secret(kSecret));
        QCOMPARE(check(*c).outcome, Outcome::Ok);
        auto wrong = client(ns.baseUrl(), secret(u"wrong-wrong-wrong"_s));
        QCOMPARE(check(*wrong).outcome, Outcome::WrongSecret);
        QCOMPARE(ns.failedAuthCount(), 1);
    }

    void careportalOffIsAWarning()
    {
        FakeNightscout::Options o = options();
        o.careportal = false;
        FakeNightscout ns(m_clock, o);
        QVERIFY(ns.listen());
        auto c = client(ns.baseUrl(), secret(kSecret));
        const NsConnectionReport r = check(*c);
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(u"careportal"_s));
    }

    void queries()
    {
        FakeNightscout ns(m_clock, options());
        QVERIFY(ns.listen());
        const qint64 start = 1772366400000;
        for (int i = 0; i < 30; ++i)
            ns.store().postEntries(
                QJsonObject{{u"type"_s, u"sgv"_s}, {u"sgv"_s, 100 + i}, {u"date"_s, double(start + i * 300000LL)}});
        for (int i = 0; i < 6; ++i)
            ns.store().postTreatments(
                QJsonObject{{u"eventType"_s, u"Correction Bolus"_s},
                            {u"insulin"_s, i + 1},
                            {u"created_at"_s, u"2026-03-01T07:%1:00.000Z"_s.arg(i * 10, 2, 10, QLatin1Char('0'))}});
        m_clock.advance(30LL * 86400000); // everything is older than the server's default 4 days
        auto c = client(ns.baseUrl(), secret(kSecret));

        std::optional<Result<std::optional<QJsonObject>>> latest;
        c->latest(NsCollection::Entries, u"sgv"_s, [&latest](const auto &r) { latest = r; });
        QTRY_VERIFY(latest.has_value());
        QVERIFY(latest->ok() && latest->value().has_value());
        QCOMPARE((*latest->value())[u"sgv"_s].toInt(), 129);
        latest.reset();
        c->latest(NsCollection::Treatments, u"Correction Bolus"_s, [&latest](const auto &r) { latest = r; });
        QTRY_VERIFY(latest.has_value());
        QCOMPARE((*latest->value())[u"insulin"_s].toInt(), 6);
        latest.reset();
        c->latest(NsCollection::Treatments, u"Site Change"_s, [&latest](const auto &r) { latest = r; });
        QTRY_VERIFY(latest.has_value());
        QVERIFY(latest->ok() && !latest->value().has_value());

        std::optional<Result<QList<QJsonObject>>> range;
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(start + 5 * 300000LL, QTimeZone::utc());
        c->findRange(NsCollection::Entries, from, from.addSecs(9 * 300), NsQuery(),
                     [&range](const auto &r) { range = r; });
        QTRY_VERIFY(range.has_value());
        QCOMPARE(range->value().size(), 10);
        range.reset();
        c->findRange(NsCollection::Treatments, QDateTime(QDate(2026, 3, 1), QTime(7, 10), QTimeZone::utc()),
                     QDateTime(QDate(2026, 3, 1), QTime(7, 30), QTimeZone::utc()), NsQuery(),
                     [&range](const auto &r) { range = r; });
        QTRY_VERIFY(range.has_value());
        QCOMPARE(range->value().size(), 3);
        m_clock.advance(-30LL * 86400000);
    }

    void outcomeNamesAreDistinct()
    {
        QSet<QString> names;
        for (int i = 0; i <= int(Outcome::Cancelled); ++i)
            names.insert(nsCheckOutcomeName(Outcome(i)));
        QCOMPARE(names.size(), int(Outcome::Cancelled) + 1);
    }
};

QTEST_GUILESS_MAIN(TestNightscoutClient)
#include "tst_nightscoutclient.moc"
