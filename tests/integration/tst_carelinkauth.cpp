// CareLinkAuth and CareLinkDiscovery against the fake CareLink: sign-in through the login form with the
// redirect handed to the core entry point, state checks, refresh with rotation, the crash between
// rotation and persist, one refresh at a time, region selection and discovery fallback.
#include "credentialwait.h"
#include "credentials/filecredentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "fakecarelink.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "sources/carelink/carelinkauth.h"
#include "sources/carelink/carelinkdiscovery.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace nb;
using namespace nb::carelink;
using State = CareLinkAuth::State;

namespace {

constexpr qint64 kMinute = 60 * 1000;

template<typename T>
std::optional<T> waitFor(std::optional<T> &slot, int ms = 10000)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, ms))
        qWarning("timed out waiting for a callback");
    return slot;
}

struct Rig {
    test::ManualClock clock{QDateTime(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC)};
    HttpClient http{clock};
    sim::FakeCareLink fake{clock};
    MemoryCredentialStore store;
    CareLinkOverrides overrides;

    Rig()
    {
        fake.listen();
        overrides.discoveryUrl = fake.discoveryUrl();
        sim::FakeCareLinkUser eu;
        eu.username = QStringLiteral("follower.eu");
        eu.password = QStringLiteral("pw-eu");
        eu.role = QStringLiteral("CARE_PARTNER_OUS");
        eu.country = QStringLiteral("DE");
        fake.addUser(eu);
        sim::FakeCareLinkUser us;
        us.username = QStringLiteral("patient.us");
        us.password = QStringLiteral("pw-us");
        us.role = QStringLiteral("PATIENT");
        us.country = QStringLiteral("US");
        fake.addUser(us);
    }

    ServiceConfig resolve(const QString &country)
    {
        CareLinkDiscovery discovery(http);
        std::optional<ServiceConfig> config;
        discovery.resolve(country, overrides, nullptr, [&](const ServiceConfig &c) { config = c; });
        return waitFor(config).value_or(ServiceConfig{});
    }

    std::unique_ptr<CareLinkAuth> auth(const ServiceConfig &config, const QString &account = QStringLiteral("acc"))
    {
        return std::make_unique<CareLinkAuth>(http, store, clock, account, config);
    }

    Result<void> complete(CareLinkAuth &auth, const QUrl &redirect)
    {
        std::optional<Result<void>> done;
        auth.completeSignIn(redirect, nullptr, [&](const Result<void> &r) { done = r; });
        return waitFor(done).value_or(Result<void>(SyncError::make(SyncError::Kind::Timeout, {}, {})));
    }

    Result<Secret> token(CareLinkAuth &auth)
    {
        std::optional<Result<Secret>> got;
        auth.accessToken(nullptr, [&](const Result<Secret> &r) { got = r; });
        return waitFor(got).value_or(Result<Secret>(SyncError::make(SyncError::Kind::Timeout, {}, {})));
    }

    std::optional<Secret> stored(const QString &key)
    {
        std::optional<Result<std::optional<Secret>>> read;
        store.read(key, nullptr, [&](const Result<std::optional<Secret>> &r) { read = r; });
        waitFor(read);
        return read && read->ok() ? read->value() : std::nullopt;
    }

    // The user's browser: open the authorize URL, fill in the login form, end on the custom-scheme redirect.
    QUrl browserSignIn(const QUrl &authorizeUrl, const QString &user, const QString &password)
    {
        HttpRequest get;
        get.url = authorizeUrl;
        std::optional<HttpResponse> page;
        http.send(get, QStringLiteral("browser"), nullptr, [&](const HttpResponse &r) { page = r; });
        if (!waitFor(page) || !page->ok())
            return {};
        const QRegularExpression form(QStringLiteral("action=\"([^\"]+)\".*name=\"txn\" value=\"([^\"]+)\""));
        const QRegularExpressionMatch m = form.match(QString::fromUtf8(page->body));
        if (!m.hasMatch())
            return {};
        HttpRequest post;
        post.method = HttpRequest::Method::Post;
        post.url = authorizeUrl.resolved(QUrl(m.captured(1)));
        post.setHeader("Content-Type", "application/x-www-form-urlencoded");
        post.body = "txn=" + m.captured(2).toUtf8() + "&username=" + QUrl::toPercentEncoding(user) +
                    "&password=" + QUrl::toPercentEncoding(password) + "&action=default";
        std::optional<HttpResponse> answer;
        http.send(post, QStringLiteral("browser"), nullptr, [&](const HttpResponse &r) { answer = r; });
        waitFor(answer);
        return answer ? answer->redirectTarget : QUrl();
    }

    // Signs in `user` (approved directly on the fake) and returns the auth object.
    std::unique_ptr<CareLinkAuth> signedIn(const QString &country, const QString &user)
    {
        auto a = auth(resolve(country));
        const QUrl redirect = fake.approve(a->beginSignIn(), user);
        if (!complete(*a, redirect).ok())
            return nullptr;
        return a;
    }
};

} // namespace

class TestCareLinkAuth : public QObject {
    Q_OBJECT
private slots:
    void fullSignInThroughTheLoginForm()
    {
        Rig rig;
        const ServiceConfig config = rig.resolve(QStringLiteral("DE"));
        QCOMPARE(config.region, QStringLiteral("EU"));
        QCOMPARE(config.source, QStringLiteral("discovery"));
        QCOMPARE(config.clientId, QStringLiteral("fake-eu-client"));
        auto auth = rig.auth(config);
        QSignalSpy states(auth.get(), &CareLinkAuth::stateChanged);
        const QUrl authorizeUrl = auth->beginSignIn();
        QVERIFY(auth->hasPendingSignIn());

        // A wrong password keeps the user on the form; no redirect.
        QVERIFY(rig.browserSignIn(authorizeUrl, QStringLiteral("follower.eu"), QStringLiteral("nope")).isEmpty());
        const QUrl redirect = rig.browserSignIn(authorizeUrl, QStringLiteral("follower.eu"), QStringLiteral("pw-eu"));
        QCOMPARE(redirect.scheme(), QStringLiteral("com.medtronic.carepartner"));
        QVERIFY(QUrlQuery(redirect).hasQueryItem(QStringLiteral("code")));

        const Result<void> done = rig.complete(*auth, redirect);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toLogString()));
        QCOMPARE(auth->state(), State::SignedIn);
        QVERIFY(!auth->hasPendingSignIn());
        QCOMPARE(states.count(), 1);
        const std::optional<Secret> stored = rig.stored(auth->refreshTokenKey());
        QVERIFY(stored && !stored->isEmpty());
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).activeRefreshTokens(QStringLiteral("follower.eu")), 1);
        // The fresh access token is used as is: no refresh.
        QVERIFY(rig.token(*auth).ok());
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).tokenRequests(QStringLiteral("refresh_token")), 0);
        // The same redirect again: the sign-in is used up.
        QCOMPARE(rig.complete(*auth, redirect).error().kind, SyncError::Kind::Auth);
    }

    void wrongStateIsRejected()
    {
        Rig rig;
        auto auth = rig.auth(rig.resolve(QStringLiteral("DE")));
        const QUrl authorizeUrl = auth->beginSignIn();
        QUrl redirect = rig.fake.approve(authorizeUrl, QStringLiteral("follower.eu"));
        QUrlQuery q(redirect);
        q.removeQueryItem(QStringLiteral("state"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        redirect.setQuery(q);
        const Result<void> done = rig.complete(*auth, redirect);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, SyncError::Kind::Auth);
        QVERIFY(done.error().userMessage.contains(QLatin1String("does not belong")));
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).tokenRequests(), 0); // never exchanged
        QVERIFY(!rig.stored(auth->refreshTokenKey()));
        // A redirect from an earlier sign-in is refused the same way once a new one was started.
        const QUrl old = rig.fake.approve(authorizeUrl, QStringLiteral("follower.eu"));
        auth->beginSignIn();
        QVERIFY(!rig.complete(*auth, old).ok());
    }

    void refreshRotatesAndPersistsFirst()
    {
        Rig rig;
        auto auth = rig.signedIn(QStringLiteral("DE"), QStringLiteral("follower.eu"));
        QVERIFY(auth);
        const Secret first = *rig.stored(auth->refreshTokenKey());
        const int writes = rig.store.writeCount();
        rig.clock.advance(3 * 60 * kMinute - 9 * kMinute); // within 10 min of expiry
        const Result<Secret> token = rig.token(*auth);
        QVERIFY(token.ok());
        const Secret second = *rig.stored(auth->refreshTokenKey());
        QVERIFY(!(second == first));
        QCOMPARE(rig.store.writeCount(), writes + 1);
        auto &tenant = rig.fake.tenant(QStringLiteral("EU"));
        QCOMPARE(tenant.tokenRequests(QStringLiteral("refresh_token")), 1);
        QCOMPARE(tenant.activeRefreshTokens(QStringLiteral("follower.eu")), 1); // the old one is dead
        // And the next access uses the new token without another refresh.
        QVERIFY(rig.token(*auth).ok());
        QCOMPARE(tenant.tokenRequests(QStringLiteral("refresh_token")), 1);
    }

    void oneRefreshAtATime()
    {
        Rig rig;
        auto auth = rig.signedIn(QStringLiteral("DE"), QStringLiteral("follower.eu"));
        QVERIFY(auth);
        auth->invalidateAccessToken();
        std::vector<std::optional<Result<Secret>>> results(4);
        for (auto &slot : results)
            auth->accessToken(nullptr, [&slot](const Result<Secret> &r) { slot = r; });
        QTRY_VERIFY(std::all_of(results.begin(), results.end(), [](const auto &r) { return r.has_value(); }));
        for (const auto &r : results) {
            QVERIFY(r->ok());
            QCOMPARE(r->value(), results.front()->value());
        }
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).tokenRequests(QStringLiteral("refresh_token")), 1);
    }

    // The process died after CareLink rotated the refresh token but before the new one was stored: the
    // stored one is dead now. The next start must end in "sign-in needed" after one attempt, not a loop.
    void crashBetweenRotationAndPersist()
    {
        Rig rig;
        {
            auto auth = rig.signedIn(QStringLiteral("DE"), QStringLiteral("follower.eu"));
            QVERIFY(auth);
        }
        const Secret stored = *rig.stored(QStringLiteral("carelink/acc/refresh_token"));
        // What the dying process sent (and never saw the answer of).
        HttpRequest refresh;
        refresh.method = HttpRequest::Method::Post;
        refresh.url = rig.resolve(QStringLiteral("DE")).tokenUrl();
        refresh.setHeader("Content-Type", "application/x-www-form-urlencoded");
        refresh.body = "grant_type=refresh_token&client_id=fake-eu-client&refresh_token=" + stored.revealBytes();
        std::optional<HttpResponse> lost;
        rig.http.send(refresh, QStringLiteral("CareLink"), nullptr, [&](const HttpResponse &r) { lost = r; });
        QVERIFY(waitFor(lost) && lost->ok());
        auto &tenant = rig.fake.tenant(QStringLiteral("EU"));
        const int before = tenant.tokenRequests(QStringLiteral("refresh_token"));

        auto restarted = rig.auth(rig.resolve(QStringLiteral("DE")));
        QSignalSpy needed(restarted.get(), &CareLinkAuth::signInNeeded);
        const Result<Secret> token = rig.token(*restarted);
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, SyncError::Kind::Auth);
        QVERIFY(token.error().userMessage.contains(QLatin1String("sign-in needed")));
        QCOMPARE(restarted->state(), State::SignInNeeded);
        QCOMPARE(needed.count(), 1);
        QCOMPARE(tenant.tokenRequests(QStringLiteral("refresh_token")), before + 1);
        QTRY_VERIFY(!rig.stored(restarted->refreshTokenKey())); // the dead token is gone
        // Asked again (the scheduler's next run): no new attempt, same answer.
        QVERIFY(!rig.token(*restarted).ok());
        QVERIFY(!rig.token(*restarted).ok());
        QCOMPARE(tenant.tokenRequests(QStringLiteral("refresh_token")), before + 1);
        QCOMPARE(needed.count(), 1);
        // A new browser sign-in brings the account back.
        const QUrl redirect = rig.fake.approve(restarted->beginSignIn(), QStringLiteral("follower.eu"));
        QVERIFY(rig.complete(*restarted, redirect).ok());
        QCOMPARE(restarted->state(), State::SignedIn);
        QVERIFY(rig.token(*restarted).ok());
    }

    void deadTokenAs400InvalidGrant()
    {
        Rig rig;
        rig.fake.tenant(QStringLiteral("EU")).options().deadRefreshStatus = 400;
        auto auth = rig.signedIn(QStringLiteral("DE"), QStringLiteral("follower.eu"));
        QVERIFY(auth);
        rig.fake.tenant(QStringLiteral("EU")).revokeUser(QStringLiteral("follower.eu")); // signed in elsewhere
        auth->invalidateAccessToken();
        const Result<Secret> token = rig.token(*auth);
        QVERIFY(!token.ok());
        QCOMPARE(auth->state(), State::SignInNeeded);
    }

    void transientRefreshFailureKeepsTheToken()
    {
        Rig rig;
        auto auth = rig.signedIn(QStringLiteral("DE"), QStringLiteral("follower.eu"));
        QVERIFY(auth);
        const Secret stored = *rig.stored(auth->refreshTokenKey());
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.status = 503;
        fault.pathPrefix = QStringLiteral("/eu-login/oauth/token");
        rig.fake.server().injectFault(fault);
        auth->invalidateAccessToken();
        const Result<Secret> failed = rig.token(*auth);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, SyncError::Kind::Server);
        QVERIFY(failed.error().retryable);
        QCOMPARE(auth->state(), State::SignedIn);
        QCOMPARE(*rig.stored(auth->refreshTokenKey()), stored);
        QVERIFY(rig.token(*auth).ok()); // the next try works
    }

    void keychainFailureDuringRotation()
    {
        Rig rig;
        auto auth = rig.signedIn(QStringLiteral("DE"), QStringLiteral("follower.eu"));
        QVERIFY(auth);
        rig.store.setFailure(
            SyncError::make(SyncError::Kind::Keychain, QStringLiteral("locked"), QStringLiteral("locked")));
        auth->invalidateAccessToken();
        const Result<Secret> failed = rig.token(*auth);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, SyncError::Kind::Keychain); // the new access token was not handed out
        rig.store.setFailure(std::nullopt);
        QVERIFY(rig.token(*auth).ok()); // stores the rotated token first, then refreshes with it
        const std::optional<Secret> stored = rig.stored(auth->refreshTokenKey());
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).activeRefreshTokens(QStringLiteral("follower.eu")), 1);
        // The stored token is the live one: a restart can refresh with it.
        auto restarted = rig.auth(rig.resolve(QStringLiteral("DE")));
        QVERIFY(rig.token(*restarted).ok());
        QVERIFY(!(*rig.stored(auth->refreshTokenKey()) == *stored));
    }

    void noTokenMeansSignedOut()
    {
        Rig rig;
        auto auth = rig.auth(rig.resolve(QStringLiteral("DE")));
        const Result<Secret> token = rig.token(*auth);
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, SyncError::Kind::Auth);
        QCOMPARE(auth->state(), State::SignedOut);
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).tokenRequests(), 0);
    }

    void regionSelection()
    {
        Rig rig;
        const ServiceConfig us = rig.resolve(QStringLiteral("US"));
        QCOMPARE(us.region, QStringLiteral("US"));
        QCOMPARE(us.clientId, QStringLiteral("fake-us-client"));
        QCOMPARE(us.audience, QStringLiteral("carepartner.patient.us"));
        QCOMPARE(us.tokenUrl().path(), QStringLiteral("/us-login/oauth/token"));
        QCOMPARE(us.cumulusUrl(QStringLiteral("/display/message")).path(),
                 QStringLiteral("/us/connect/carepartner/v13/display/message")); // trailing '/' of discovery dropped
        for (const char *country : {"DE", "GB", "AU", "IN"})
            QCOMPARE(rig.resolve(QLatin1String(country)).region, QStringLiteral("EU"));
        rig.overrides.region = QStringLiteral("US");
        QCOMPARE(rig.resolve(QStringLiteral("DE")).clientId, QStringLiteral("fake-us-client"));
        rig.overrides.region.clear();

        // A US account signs in at the US tenant only.
        auto auth = rig.auth(us, QStringLiteral("us"));
        const QUrl authorizeUrl = auth->beginSignIn();
        QVERIFY(rig.browserSignIn(authorizeUrl, QStringLiteral("follower.eu"), QStringLiteral("pw-eu")).isEmpty());
        const QUrl redirect = rig.browserSignIn(authorizeUrl, QStringLiteral("patient.us"), QStringLiteral("pw-us"));
        QVERIFY(rig.complete(*auth, redirect).ok());
        QCOMPARE(rig.fake.tenant(QStringLiteral("US")).activeRefreshTokens(QStringLiteral("patient.us")), 1);
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).tokenRequests(), 0);
    }

    void discoveryFallsBackToTheBuiltInTable()
    {
        Rig rig;
        sim::Fault down;
        down.kind = sim::Fault::Kind::ServerError;
        down.count = 10;
        down.pathPrefix = QStringLiteral("/connect/carepartner/v13/discover");
        rig.fake.server().injectFault(down);
        rig.overrides.appVersion = QStringLiteral("3.9.1");
        const ServiceConfig config = rig.resolve(QStringLiteral("US"));
        QVERIFY(config.source.startsWith(QLatin1String("built-in")));
        QCOMPARE(config.loginBaseUrl.host(), QStringLiteral("carelink-login.minimed.com"));
        QCOMPARE(config.appVersion, QStringLiteral("3.9.1"));
        rig.fake.server().clearFaults();
        QCOMPARE(rig.resolve(QStringLiteral("US")).source, QStringLiteral("discovery"));
    }

    // A firewall or CDN in front of the token endpoint answers 403 with an HTML page ("Request blocked"):
    // the refresh token is kept, the failure is retryable and not a sign-in problem, the next try works.
    void blockedTokenEndpointKeepsTheSignIn()
    {
        Rig rig;
        auto auth = rig.signedIn(QStringLiteral("DE"), QStringLiteral("follower.eu"));
        QVERIFY(auth);
        const Secret stored = *rig.stored(auth->refreshTokenKey());
        QSignalSpy needed(auth.get(), &CareLinkAuth::signInNeeded);
        for (const int status : {403, 401, 400}) {
            sim::Fault waf(sim::Fault::Kind::ServerError, 1, QStringLiteral("/eu-login/oauth/token"));
            waf.status = status;
            rig.fake.server().injectFault(waf);
            auth->invalidateAccessToken();
            const Result<Secret> failed = rig.token(*auth);
            QVERIFY(!failed.ok());
            QVERIFY2(failed.error().kind != SyncError::Kind::Auth, qPrintable(failed.error().toLogString()));
            QVERIFY(failed.error().retryable);
            QVERIFY(failed.error().userMessage.contains(QLatin1String("keeps the sign-in")));
            QCOMPARE(auth->state(), State::SignedIn);
            QCOMPARE(*rig.stored(auth->refreshTokenKey()), stored);
        }
        QCOMPARE(needed.count(), 0);
        QVERIFY(rig.token(*auth).ok());
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).activeRefreshTokens(QStringLiteral("follower.eu")), 1);
    }

    // Two processes (the tray app and a CLI run) use the same CareLink account and the same credentials
    // file. Each refresh rotates the token; the one holding the older token gets invalid_grant, reads the
    // store again and adopts the newer token instead of throwing the sign-in away.
    void twoProcessesShareOneAccount()
    {
        Rig rig;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("credentials.json"));
        FileCredentialStore storeA(file);
        FileCredentialStore storeB(file);
        const ServiceConfig config = rig.resolve(QStringLiteral("DE"));
        CareLinkAuth a(rig.http, storeA, rig.clock, QStringLiteral("acc"), config);
        CareLinkAuth b(rig.http, storeB, rig.clock, QStringLiteral("acc"), config);
        QVERIFY(rig.complete(a, rig.fake.approve(a.beginSignIn(), QStringLiteral("follower.eu"))).ok());
        auto &tenant = rig.fake.tenant(QStringLiteral("EU"));
        auto storedNow = [&]() -> std::optional<Secret> {
            const auto read = test::waitRead(storeA, a.refreshTokenKey(), nullptr);
            return read && read->ok() ? read->value() : std::nullopt;
        };
        QSignalSpy neededA(&a, &CareLinkAuth::signInNeeded);
        QSignalSpy neededB(&b, &CareLinkAuth::signInNeeded);
        for (int round = 0; round < 3; ++round) {
            // B starts (or runs on) and refreshes: rotation, the token A holds is dead now.
            b.invalidateAccessToken();
            QVERIFY(rig.token(b).ok());
            // A's access token expires; it refreshes with its old token, is refused, adopts B's.
            a.invalidateAccessToken();
            const Result<Secret> tokenA = rig.token(a);
            QVERIFY2(tokenA.ok(), qPrintable(tokenA.ok() ? QString() : tokenA.error().toLogString()));
            QCOMPARE(a.state(), State::SignedIn);
            QVERIFY(storedNow().has_value()); // never deleted
            QCOMPARE(tenant.activeRefreshTokens(QStringLiteral("follower.eu")), 1);
        }
        QCOMPARE(neededA.count(), 0);
        QCOMPARE(neededB.count(), 0);
        // A third process (a restart) finds the live token in the file.
        FileCredentialStore storeC(file);
        CareLinkAuth c(rig.http, storeC, rig.clock, QStringLiteral("acc"), config);
        QVERIFY(rig.token(c).ok());
    }

    // This computer's clock is 25 minutes behind CareLink's (its Date header says so) and the token
    // endpoint refuses: the user is told about the clock, the sign-in is kept.
    void wrongLocalClockIsReportedAsSuch()
    {
        Rig rig;
        auto auth = rig.signedIn(QStringLiteral("DE"), QStringLiteral("follower.eu"));
        QVERIFY(auth);
        const Secret stored = *rig.stored(auth->refreshTokenKey());
        rig.fake.server().setDateClock([&rig] { return rig.clock.nowUtc().addSecs(25 * 60); });
        sim::Fault refused(sim::Fault::Kind::ServerError, 1, QStringLiteral("/eu-login/oauth/token"));
        refused.status = 401;
        rig.fake.server().injectFault(refused);
        auth->invalidateAccessToken();
        const Result<Secret> failed = rig.token(*auth);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().userMessage.contains(QLatin1String("clock is 25 minute")),
                 qPrintable(failed.error().userMessage));
        QVERIFY(failed.error().userMessage.contains(QLatin1String("behind CareLink")));
        QVERIFY(failed.error().kind != SyncError::Kind::Auth);
        QCOMPARE(auth->state(), State::SignedIn);
        QCOMPARE(*rig.stored(auth->refreshTokenKey()), stored);
        // Within the tolerance, the Date header changes nothing.
        rig.fake.server().setDateClock([&rig] { return rig.clock.nowUtc().addSecs(90); });
        QVERIFY(rig.token(*auth).ok());
    }
};

QTEST_GUILESS_MAIN(TestCareLinkAuth)
#include "tst_carelinkauth.moc"
