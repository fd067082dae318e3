// TandemClient + TandemAuth against the fake Tandem Source on the loopback server: sign-in (PKCE, id_token
// check), session reuse, wrong password, lockout budget, expiry and 401 re-login, the firewall's 403,
// paging in 28-day windows, duplicates across windows, server errors and malformed answers.

#include "credentials/memorycredentialstore.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "simulation/tandem/faketandemsource.h"
#include "simulation/tandem/tandemstreamgenerator.h"
#include "sources/tandem/client/tandemauth.h"
#include "sources/tandem/client/tandemclient.h"
#include "sources/tandem/tandemtime.h"

#include <QTest>

#include <optional>

using namespace nb;
using namespace nb::tandem;
using nb::sim::FakeTandemSource;

namespace {
constexpr int kWait = 15000;
const QString kAssignment = QStringLiteral("3c9a1f7e-0d2b-4a51-8e6f-7b2c1d0e9f84");
} // namespace

class TstTandemClient : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeTandemSource> m_fake;
    std::unique_ptr<MemoryCredentialStore> m_store;
    nb::sim::TandemStream m_stream;

    TandemAccount account(const QString &password = {}) const
    {
        TandemAccount a;
        a.key = QStringLiteral("tandem-1");
        a.email = m_fake->options().email;
        a.password = Secret(password.isEmpty() ? m_fake->options().password : password);
        a.endpoints = TandemEndpoints::onBase(m_fake->baseUrl(), m_fake->options().clientId);
        a.dataRetry = RetryPolicy(RetryPolicy::Params{2, std::chrono::milliseconds(50), std::chrono::milliseconds(100),
                                                      std::chrono::seconds(1)});
        return a;
    }

    std::unique_ptr<TandemClient> client(const QString &password = {})
    {
        return std::make_unique<TandemClient>(*m_http, *m_store, *m_clock, account(password));
    }

private slots:
    void initTestCase()
    {
        nb::sim::TandemStreamOptions options;
        options.startUtc = QDateTime(QDate(2026, 10, 20), QTime(4, 0), Qt::UTC);
        options.days = 60;
        m_stream = nb::sim::TandemStreamGenerator::generate(options);
    }

    void init()
    {
        m_clock = std::make_unique<test::ManualClock>(QDateTime(QDate(2026, 12, 20), QTime(12, 0), Qt::UTC));
        m_http = std::make_unique<HttpClient>(*m_clock);
        m_fake = std::make_unique<FakeTandemSource>(*m_clock);
        QVERIFY(m_fake->listen());
        m_store = std::make_unique<MemoryCredentialStore>();
        FakeTandemSource::Pump pump;
        pump.assignmentId = kAssignment;
        pump.serialNumber = QStringLiteral("90556643");
        pump.events = m_stream.events;
        pump.clockChanges = m_stream.clockChanges;
        pump.settingsDetails = nb::sim::TandemStreamGenerator::settingsDetails();
        m_fake->addPump(pump);
        FakeTandemSource::Pump old;
        old.assignmentId = QStringLiteral("f6631fff-f403-4ce4-9362-83eff9e2850e");
        old.serialNumber = QStringLiteral("514387");
        m_fake->addPump(old);
    }

    void cleanup()
    {
        m_http.reset();
        m_fake.reset();
        m_store.reset();
    }

    void signInAndFetch()
    {
        auto c = client();
        std::optional<Result<TandemClient::FetchResult>> out;
        c->fetch(QDate(2026, 11, 1), QDate(2026, 11, 7), QTimeZone("America/New_York"), false,
                 [&](const Result<TandemClient::FetchResult> &r) { out.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
        QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().toLogString()));
        QCOMPARE(m_fake->successfulLogins(), 1);
        QCOMPARE(c->loginAttempts(), 1);
        QCOMPARE((*out)->pump.serialNumber, QStringLiteral("90556643")); // the one with data
        QVERIFY(!(*out)->stale);
        QVERIFY((*out)->log.events.size() > 7 * 500);
        QCOMPARE((*out)->log.clockChanges.size(), 1); // the fall-back change of 2026-11-01
        QCOMPARE((*out)->log.unknownCodes.value(99), 7);
        // Every event is inside the requested pump days.
        for (const PumpEvent &e : (*out)->log.events) {
            QVERIFY(formatWall(e.wall) >= QStringLiteral("2026-11-01T00:00:00"));
            QVERIFY(formatWall(e.wall) <= QStringLiteral("2026-11-07T23:59:59"));
        }
        // The session is in the credential store, and the data calls carried the firewall's headers.
        QVERIFY(m_store->contains(QStringLiteral("account/tandem-1/token")));
        const auto requests = m_fake->server().requests();
        bool sawLogs = false;
        for (const auto &r : requests) {
            if (r.path.startsWith(QLatin1String("/api/reports/bff/pump-logs/"))) {
                sawLogs = true;
                QCOMPARE(r.header("origin"), m_fake->baseUrl().toString(QUrl::StripTrailingSlash).toUtf8());
                QVERIFY(r.header("authorization").startsWith("Bearer "));
                QCOMPARE(r.query.queryItemValue(QStringLiteral("startDate")), QStringLiteral("2026-11-01T00:00:00Z"));
                QCOMPARE(r.query.queryItemValue(QStringLiteral("endDate")), QStringLiteral("2026-11-07T23:59:59Z"));
            }
            if (r.path == QLatin1String("/accounts/api/login")) {
                QVERIFY(r.header("cookie").contains("tdc_sso=")); // primed at the SSO page first
                QVERIFY(!r.body.isEmpty());
            }
        }
        QVERIFY(sawLogs);
    }

    void storedSessionSurvivesRestart()
    {
        {
            auto first = client();
            std::optional<Result<TandemSession>> s;
            first->ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
            QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
            QVERIFY(s->ok());
            QCOMPARE((*s)->pumperId, m_fake->options().pumperId);
            QCOMPARE((*s)->expiresAt, m_clock->nowUtc().addSecs(8 * 3600));
        }
        QTRY_COMPARE(m_store->writeCount(), 1);
        m_clock->advance(3600 * 1000);
        auto second = client();
        std::optional<Result<PumperInfo>> pumper;
        second->fetchPumper([&](const Result<PumperInfo> &r) { pumper.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(pumper.has_value(), kWait);
        QVERIFY(pumper->ok());
        QCOMPARE((*pumper)->pumps.size(), 2);
        QCOMPARE(m_fake->successfulLogins(), 1); // no new sign-in
        QCOMPARE(second->loginAttempts(), 0);
    }

    void wrongPassword()
    {
        auto c = client(QStringLiteral("wrong"));
        std::optional<Result<TandemSession>> s;
        c->ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
        QVERIFY(!s->ok());
        QCOMPARE(s->error().kind, SyncError::Kind::Auth);
        QVERIFY(s->error().userMessage.contains(QLatin1String("e-mail address and password")));
        QVERIFY(!s->error().userMessage.contains(QLatin1String("wrong"))); // no secret in messages
        QCOMPARE(m_fake->failedLogins(), 1);
        QVERIFY(!m_store->contains(QStringLiteral("account/tandem-1/token")));
    }

    void lockoutBudgetStopsTrying()
    {
        auto c = client(QStringLiteral("wrong"));
        for (int i = 0; i < 5; ++i) {
            std::optional<Result<TandemSession>> s;
            c->ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
            QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
            QVERIFY(!s->ok());
            if (i >= 2) // the third failure exhausts the budget
                QVERIFY2(s->error().userMessage.contains(QLatin1String("stopped trying")),
                         qPrintable(s->error().userMessage));
        }
        QCOMPARE(m_fake->credentialPosts(), 3); // never more than the budget
        QVERIFY(!m_fake->isLocked());           // the real lockout (5) was never reached

        // A restart with the same wrong password still does not try.
        auto restarted = client(QStringLiteral("wrong"));
        std::optional<Result<TandemSession>> s;
        restarted->ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
        QVERIFY(!s->ok());
        QCOMPARE(m_fake->credentialPosts(), 3);

        // New credentials: a fresh budget, and success resets it.
        auto fixed = client();
        std::optional<Result<TandemSession>> ok;
        fixed->ensureSession([&](const Result<TandemSession> &r) { ok.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), kWait);
        QVERIFY(ok->ok());
        QCOMPARE(m_fake->credentialPosts(), 4);
    }

    void serverLockoutIsReportedNotRetried()
    {
        m_fake->setPassword(QStringLiteral("changed on the website"));
        for (int i = 0; i < 5; ++i) { // someone else burnt the attempts
            auto other = client(QStringLiteral("guess %1").arg(i));
            std::optional<Result<TandemSession>> s;
            other->ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
            QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
        }
        QVERIFY(m_fake->isLocked());
        auto c = client(QStringLiteral("changed on the website"));
        std::optional<Result<TandemSession>> s;
        c->ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
        QVERIFY(!s->ok());
        QCOMPARE(s->error().kind, SyncError::Kind::Auth);
        QCOMPARE(c->loginAttempts(), 1);
    }

    void expiryAndUnauthorizedSignInAgain()
    {
        auto c = client();
        std::optional<Result<PumperInfo>> p;
        c->fetchPumper([&](const Result<PumperInfo> &r) { p.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(p.has_value(), kWait);
        QVERIFY(p->ok());
        QCOMPARE(m_fake->successfulLogins(), 1);

        // Less than five minutes left: sign in before the call, not after a failure.
        m_clock->advance((8 * 3600 - 4 * 60) * 1000LL);
        p.reset();
        c->fetchPumper([&](const Result<PumperInfo> &r) { p.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(p.has_value(), kWait);
        QVERIFY(p->ok());
        QCOMPARE(m_fake->successfulLogins(), 2);

        // The service forgot the session: one 401, one new sign-in, the call succeeds.
        m_fake->revokeAllTokens();
        const int before = m_fake->server().requestCount(QStringLiteral("/api/reports/bff/pumper/"));
        p.reset();
        c->fetchPumper([&](const Result<PumperInfo> &r) { p.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(p.has_value(), kWait);
        QVERIFY2(p->ok(), qPrintable(p->ok() ? QString() : p->error().toLogString()));
        QCOMPARE(m_fake->successfulLogins(), 3);
        QCOMPARE(m_fake->server().requestCount(QStringLiteral("/api/reports/bff/pumper/")) - before, 2);
    }

    void firewallWantsOrigin()
    {
        // Our client with a data host whose origin is not the one the firewall expects.
        TandemAccount a = account();
        a.endpoints.sourceBase = QUrl(QStringLiteral("http://localhost:%1/").arg(m_fake->server().port()));
        TandemClient c(*m_http, *m_store, *m_clock, a);
        std::optional<Result<PumperInfo>> p;
        c.fetchPumper([&](const Result<PumperInfo> &r) { p.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(p.has_value(), kWait);
        QVERIFY(!p->ok());
        QCOMPARE(p->error().httpStatus, 403);
        QCOMPARE(p->error().kind, SyncError::Kind::Protocol);

        // And a bare request without Origin/Referer, with a valid token.
        std::optional<Result<TandemSession>> s;
        c.ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
        HttpRequest r;
        r.url = QUrl(m_fake->baseUrl().toString() + QStringLiteral("/api/reports/bff/pumper/") +
                     m_fake->options().pumperId);
        r.setHeader("Authorization", "Bearer " + (*s)->accessToken.revealBytes());
        std::optional<HttpResponse> response;
        m_http->send(r, QStringLiteral("Tandem Source"), this, [&](const HttpResponse &x) { response = x; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), kWait);
        QCOMPARE(response->status, 403);
        QVERIFY(response->body.contains("The request is blocked"));
    }

    void pagesIn28DayWindows()
    {
        auto c = client();
        std::optional<Result<DecodedLog>> out;
        const QDate first(2026, 10, 20), last(2026, 12, 18); // 60 days
        c->fetchPumpLogs(kAssignment, first, last, false, [&](const Result<DecodedLog> &r) { out.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 60000);
        QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().toLogString()));
        QCOMPARE(m_fake->pumpLogRequests(), 3); // 28 + 28 + 4 days; the fake refuses more than 28
        QCOMPARE((*out)->events.size(), m_stream.events.size());
        QCOMPARE((*out)->clockChanges.size(), m_stream.clockChanges.size());
        QCOMPARE((*out)->duplicates, 2 * m_stream.clockChanges.size()); // the same list in every window
        const auto windows = TandemClient::windows(first, last);
        QCOMPARE(windows.size(), 3);
        QCOMPARE(windows.at(0).second, QDate(2026, 11, 16));
        QCOMPARE(windows.at(2).first, QDate(2026, 12, 15));
        QCOMPARE(windows.at(2).second, last);
    }

    void duplicatesAcrossWindowsAreDropped()
    {
        // The pump logged one record under two days (its clock was set back across midnight): it
        // arrives in two windows and counts once.
        PumpEvent repeated = m_stream.events.at(100);
        repeated.wall += 40 * 86400;
        m_fake->pumps()[0].events.append(repeated);
        auto c = client();
        std::optional<Result<DecodedLog>> out;
        c->fetchPumpLogs(kAssignment, QDate(2026, 10, 20), QDate(2026, 12, 18), false,
                         [&](const Result<DecodedLog> &r) { out.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 60000);
        QVERIFY(out->ok());
        QCOMPARE((*out)->events.size(), m_stream.events.size());
        QCOMPARE((*out)->duplicates, 2 * m_stream.clockChanges.size() + 1);
    }

    void fakeRefusesLongWindows()
    {
        auto c = client();
        std::optional<Result<TandemSession>> s;
        c->ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
        HttpRequest r;
        r.url = QUrl(m_fake->baseUrl().toString() + QStringLiteral("/api/reports/bff/pump-logs/") + kAssignment +
                     QStringLiteral("?pumperId=%1&startDate=2026-11-01T00:00:00Z&endDate=2026-11-29T23:59:59Z")
                         .arg(m_fake->options().pumperId));
        r.setHeader("Authorization", "Bearer " + (*s)->accessToken.revealBytes());
        r.setHeader("Origin", m_fake->baseUrl().toString(QUrl::StripTrailingSlash).toUtf8());
        r.setHeader("Referer", m_fake->baseUrl().toString(QUrl::StripTrailingSlash).toUtf8() + "/");
        std::optional<HttpResponse> response;
        m_http->send(r, QStringLiteral("Tandem Source"), this, [&](const HttpResponse &x) { response = x; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), kWait);
        QCOMPARE(response->status, 400);
    }

    void serverErrorIsRetriedOnce()
    {
        m_fake->server().injectFault(
            {nb::sim::Fault::Kind::ServerError, 1, QStringLiteral("/api/reports/bff/pump-logs/")});
        auto c = client();
        std::optional<Result<DecodedLog>> out;
        c->fetchPumpLogs(kAssignment, QDate(2026, 11, 1), QDate(2026, 11, 2), false,
                         [&](const Result<DecodedLog> &r) { out.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
        QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().toLogString()));

        m_fake->server().injectFault(
            {nb::sim::Fault::Kind::ServerError, 2, QStringLiteral("/api/reports/bff/pump-logs/")});
        out.reset();
        c->fetchPumpLogs(kAssignment, QDate(2026, 11, 1), QDate(2026, 11, 2), false,
                         [&](const Result<DecodedLog> &r) { out.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
        QVERIFY(!out->ok());
        QCOMPARE(out->error().kind, SyncError::Kind::Server);
    }

    void malformedAnswerIsAProtocolError()
    {
        m_fake->server().injectFault(
            {nb::sim::Fault::Kind::MalformedBody, 1, QStringLiteral("/api/reports/bff/pump-logs/")});
        auto c = client();
        std::optional<Result<DecodedLog>> out;
        c->fetchPumpLogs(kAssignment, QDate(2026, 11, 1), QDate(2026, 11, 2), false,
                         [&](const Result<DecodedLog> &r) { out.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
        QVERIFY(!out->ok());
        QCOMPARE(out->error().kind, SyncError::Kind::Protocol);
    }

    void tamperedIdTokenIsRejectedWithoutSpendingTheBudget()
    {
        m_fake->setIdTokenTamper([](const QByteArray &token) {
            QByteArray t = token;
            t[t.size() - 5] = t[t.size() - 5] == 'A' ? 'B' : 'A';
            return t;
        });
        auto c = client();
        std::optional<Result<TandemSession>> s;
        c->ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
        QVERIFY(!s->ok());
        QCOMPARE(s->error().kind, SyncError::Kind::Auth);
        QVERIFY(s->error().detail.contains(QLatin1String("signature")));
        QVERIFY(!m_store->contains(QStringLiteral("account/tandem-1/login-guard")));
    }

    // A firewall (403) or a changed API (404, 400 without the known answer) in front of the sign-in is not
    // a wrong password: it is retryable, never counts against the lockout budget, and the next try works.
    void blockedSignInIsNotAWrongPassword()
    {
        auto c = client();
        for (const int status : {403, 404, 400, 403, 403}) {
            nb::sim::Fault blocked(nb::sim::Fault::Kind::ServerError, 1, QStringLiteral("/accounts/api/login"));
            blocked.status = status;
            m_fake->server().injectFault(blocked);
            std::optional<Result<TandemSession>> s;
            c->ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
            QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
            QVERIFY(!s->ok());
            QVERIFY2(s->error().kind != SyncError::Kind::Auth, qPrintable(s->error().toLogString()));
            QVERIFY(s->error().retryable);
            QCOMPARE(s->error().httpStatus, status);
            QVERIFY(!s->error().userMessage.contains(QLatin1String("e-mail address and password")));
            QVERIFY(!s->error().userMessage.contains(QLatin1String("stopped trying")));
        }
        QCOMPARE(m_fake->failedLogins(), 0);
        QCOMPARE(c->loginAttempts(), 5); // five blocked answers, yet the budget (3) was not used up
        std::optional<Result<TandemSession>> ok;
        c->ensureSession([&](const Result<TandemSession> &r) { ok.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), kWait);
        QVERIFY2(ok->ok(), qPrintable(ok->ok() ? QString() : ok->error().toLogString()));
    }

    // Only the service's own "invalid credentials" answer is a wrong password.
    void onlyTheKnownAnswerIsAWrongPassword()
    {
        const QJsonObject invalid{{QStringLiteral("status"), QStringLiteral("FAILED")},
                                  {QStringLiteral("error"), QStringLiteral("account/invalid_credentials")}};
        QVERIFY(TandemAuth::isCredentialsRefusal(401, invalid));
        QVERIFY(TandemAuth::isCredentialsRefusal(400, invalid));
        QVERIFY(!TandemAuth::isCredentialsRefusal(403, invalid)); // a WAF never speaks for the account
        QVERIFY(!TandemAuth::isCredentialsRefusal(
            401, QJsonObject{{QStringLiteral("message"), QStringLiteral("Unauthorized")}}));
        QVERIFY(
            !TandemAuth::isCredentialsRefusal(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("PENDING")}}));
        QVERIFY(!TandemAuth::isCredentialsRefusal(400, QJsonObject()));
    }

    // This computer's clock is hours ahead: the id_token looks expired. The user is told about the clock,
    // not about a sign-in problem, and nothing counts against the budget.
    void wrongLocalClockIsReportedAsSuch()
    {
        test::ManualClock local(m_clock->nowUtc().addSecs(10 * 3600)); // 600 minutes ahead
        HttpClient http(local);
        TandemClient c(http, *m_store, local, account());
        std::optional<Result<TandemSession>> s;
        c.ensureSession([&](const Result<TandemSession> &r) { s.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), kWait);
        QVERIFY(!s->ok());
        QVERIFY2(s->error().kind != SyncError::Kind::Auth, qPrintable(s->error().toLogString()));
        QVERIFY(s->error().retryable);
        QVERIFY2(s->error().userMessage.contains(QLatin1String("clock is 600 minute")),
                 qPrintable(s->error().userMessage));

        // A few minutes off is tolerated (leeway): the sign-in works.
        test::ManualClock slightlyOff(m_clock->nowUtc().addSecs(-4 * 60));
        HttpClient http2(slightlyOff);
        TandemClient ok(http2, *m_store, slightlyOff, account());
        std::optional<Result<TandemSession>> good;
        ok.ensureSession([&](const Result<TandemSession> &r) { good.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(good.has_value(), kWait);
        QVERIFY2(good->ok(), qPrintable(good->ok() ? QString() : good->error().toLogString()));
    }
};

QTEST_GUILESS_MAIN(TstTandemClient)
#include "tst_tandemclient.moc"
