// CareLinkClient against the fake CareLink: identity (patient, care partner with two patients), the
// display/message call and its failure modes (401 -> one refresh, 206, 429, 5xx, malformed), and the data
// of every era through parser and transform.
#include "credentials/memorycredentialstore.h"
#include "fakecarelink.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "sources/carelink/carelinkauth.h"
#include "sources/carelink/carelinkclient.h"
#include "sources/carelink/carelinkdiscovery.h"
#include "sources/carelink/carelinktransform.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nb;
using namespace nb::carelink;
using namespace std::chrono_literals;

namespace {

template<typename T>
std::optional<T> waitFor(std::optional<T> &slot, int ms = 10000)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, ms))
        qWarning("timed out waiting for a callback");
    return slot;
}

sim::FakeCareLinkUser patient(const char *name, sim::CareLinkEra era, const char *zone, const char *country)
{
    sim::FakeCareLinkUser u;
    u.username = QLatin1String(name);
    u.password = QStringLiteral("pw");
    u.role = qstrcmp(country, "US") == 0 ? QStringLiteral("PATIENT") : QStringLiteral("PATIENT_OUS");
    u.country = QLatin1String(country);
    u.scenario.era = era;
    u.scenario.zone = QTimeZone(QByteArray(zone));
    u.scenario.seed = qHash(u.username);
    u.firstName = u.username;
    return u;
}

struct Rig {
    test::ManualClock clock{QDateTime(QDate(2026, 6, 10), QTime(12, 2, 30), Qt::UTC)};
    HttpClient http{clock};
    sim::FakeCareLink fake{clock};
    MemoryCredentialStore store;
    std::unique_ptr<CareLinkAuth> auth;
    std::unique_ptr<CareLinkClient> client;

    Rig()
    {
        fake.listen();
        sim::FakeCareLinkUser follower;
        follower.username = QStringLiteral("follower");
        follower.password = QStringLiteral("pw");
        follower.role = QStringLiteral("CARE_PARTNER_OUS");
        follower.country = QStringLiteral("DE");
        follower.linkedPatients = {QStringLiteral("anna"), QStringLiteral("ben")};
        follower.inactivePatients = {QStringLiteral("carl")};
        fake.addUser(follower);
        fake.addUser(patient("anna", sim::CareLinkEra::V13, "Europe/Berlin", "DE"));
        fake.addUser(patient("ben", sim::CareLinkEra::V11, "Europe/London", "GB"));
        fake.addUser(patient("carl", sim::CareLinkEra::V11, "Europe/Paris", "FR"));
        fake.addUser(patient("pat.us", sim::CareLinkEra::V11, "America/New_York", "US"));
    }

    bool signIn(const QString &country, const QString &user)
    {
        CareLinkOverrides overrides;
        overrides.discoveryUrl = fake.discoveryUrl();
        CareLinkDiscovery discovery(http);
        std::optional<ServiceConfig> config;
        discovery.resolve(country, overrides, nullptr, [&](const ServiceConfig &c) { config = c; });
        if (!waitFor(config))
            return false;
        auth = std::make_unique<CareLinkAuth>(http, store, clock, user, *config);
        client = std::make_unique<CareLinkClient>(http, *auth);
        RetryPolicy::Params fast;
        fast.maxAttempts = 2;
        fast.baseDelay = 10ms;
        fast.maxDelay = 20ms;
        fast.maxRetryAfter = 1s;
        client->setRetryPolicy(RetryPolicy(fast));
        std::optional<Result<void>> done;
        auth->completeSignIn(fake.approve(auth->beginSignIn(), user), nullptr,
                             [&](const Result<void> &r) { done = r; });
        return waitFor(done) && done->ok();
    }

    Result<Identity> identity()
    {
        std::optional<Result<Identity>> got;
        client->fetchIdentity(nullptr, [&](const Result<Identity> &r) { got = r; });
        return waitFor(got).value_or(Result<Identity>(SyncError::make(SyncError::Kind::Timeout, {}, {})));
    }

    Result<PatientData> data(const DataRequest &request)
    {
        std::optional<Result<PatientData>> got;
        client->fetchData(request, nullptr, [&](const Result<PatientData> &r) { got = r; });
        return waitFor(got).value_or(Result<PatientData>(SyncError::make(SyncError::Kind::Timeout, {}, {})));
    }

    int dataCalls()
    {
        int n = 0;
        for (const sim::ServerRequest &r : fake.server().requests())
            n += r.path.endsWith(QLatin1String("/display/message")) ? 1 : 0;
        return n;
    }

    DataRequest own(const Identity &id) const { return DataRequest::forPatient(id, QString(), QString()); }
};

sim::Fault fault(sim::Fault::Kind kind, int count, const QString &path)
{
    sim::Fault f;
    f.kind = kind;
    f.count = count;
    f.pathPrefix = path;
    return f;
}

const QString kEuData = QStringLiteral("/eu/connect/carepartner/v13/display/message");

} // namespace

class TestCareLinkClient : public QObject {
    Q_OBJECT
private slots:
    void patientReadsOwnData()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("US"), QStringLiteral("pat.us")));
        const Result<Identity> id = rig.identity();
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toLogString()));
        QCOMPARE(id->role, QStringLiteral("PATIENT"));
        QVERIFY(!id->carePartner && id->us);
        QCOMPARE(id->username, QStringLiteral("pat.us")); // from the profile: users/me has none
        QVERIFY(id->patients.isEmpty());

        const Result<PatientData> data = rig.data(rig.own(*id));
        QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().toLogString()));
        QCOMPARE(data->era, PayloadEra::V11_2025);
        QCOMPARE(data->readings.size(), 288);
        QCOMPARE(data->offsetMs, -4 * 3600 * 1000LL); // New York in June
        const QJsonObject body = QJsonDocument::fromJson(rig.fake.lastDataRequestBody()).object();
        QCOMPARE(body.value(QLatin1String("role")).toString(), QStringLiteral("patient"));
        QCOMPARE(body.value(QLatin1String("appVersion")).toString(), QStringLiteral("3.8.0"));
        QVERIFY(!body.contains(QLatin1String("patientId")));

        TransformContext context;
        context.nowMs = rig.clock.nowMs();
        context.patientKey = QStringLiteral("pat.us");
        const NsBatch batch = CareLinkTransform::transform(*data, context);
        QCOMPARE(batch.entries.size(), 288);
        QCOMPARE(batch.entries.last().value(QLatin1String("date")).toInteger(),
                 QDateTime(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(batch.devicestatus.size(), 1);
    }

    void carePartnerWithTwoPatients()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("DE"), QStringLiteral("follower")));
        const Result<Identity> id = rig.identity();
        QVERIFY(id.ok());
        QVERIFY(id->carePartner);
        QCOMPARE(id->dataRole(), QStringLiteral("carepartner"));
        QCOMPARE(id->patients.size(), 2); // carl's link is not ACTIVE
        QCOMPARE(id->patients.at(0).username, QStringLiteral("anna"));
        QCOMPARE(id->patients.at(1).username, QStringLiteral("ben"));

        const Result<PatientData> anna = rig.data(DataRequest::forPatient(*id, QStringLiteral("anna"), QString()));
        QVERIFY(anna.ok());
        QCOMPARE(anna->era, PayloadEra::V13_2026);
        QCOMPARE(anna->device.family, QStringLiteral("CGM"));
        QCOMPARE(QJsonDocument::fromJson(rig.fake.lastDataRequestBody())
                     .object()
                     .value(QLatin1String("patientId"))
                     .toString(),
                 QStringLiteral("anna"));
        const Result<PatientData> ben = rig.data(DataRequest::forPatient(*id, QStringLiteral("ben"), QString()));
        QVERIFY(ben.ok());
        QCOMPARE(ben->device.family, QStringLiteral("NGP"));
        QCOMPARE(ben->offsetMs, 3600 * 1000LL); // London in June
        QVERIFY(anna->readings.last().mgdl != ben->readings.last().mgdl ||
                anna->readings.first().mgdl != ben->readings.first().mgdl);

        // A patient the follower is not (actively) linked to: CareLink says 400.
        const Result<PatientData> carl = rig.data(DataRequest::forPatient(*id, QStringLiteral("carl"), QString()));
        QVERIFY(!carl.ok());
        QCOMPARE(carl.error().httpStatus, 400);
    }

    void unauthorizedRefreshesOnce()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("DE"), QStringLiteral("follower")));
        const Result<Identity> id = rig.identity();
        QVERIFY(id.ok());
        auto &tenant = rig.fake.tenant(QStringLiteral("EU"));
        tenant.expireAccessTokens(); // revoked early; the client still thinks its token is good
        const Result<PatientData> data = rig.data(DataRequest::forPatient(*id, QStringLiteral("ben"), QString()));
        QVERIFY(data.ok());
        QCOMPARE(tenant.tokenRequests(QStringLiteral("refresh_token")), 1);
        QCOMPARE(rig.dataCalls(), 2);
    }

    void stillUnauthorizedAfterRefreshStops()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("DE"), QStringLiteral("follower")));
        const Result<Identity> id = rig.identity();
        QVERIFY(id.ok());
        sim::Fault f = fault(sim::Fault::Kind::ServerError, 5, kEuData);
        f.status = 401;
        rig.fake.server().injectFault(f);
        const Result<PatientData> data = rig.data(DataRequest::forPatient(*id, QStringLiteral("ben"), QString()));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, SyncError::Kind::Auth);
        QVERIFY(data.error().userMessage.contains(QLatin1String("even after renewing")));
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).tokenRequests(QStringLiteral("refresh_token")), 1);
        QCOMPARE(rig.dataCalls(), 2);
    }

    // A CDN/firewall in front of the data host answers 403 with an HTML page: retryable, no refresh (it
    // would only rotate the token), the sign-in stays.
    void firewallPageOnADataCallKeepsTheSignIn()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("DE"), QStringLiteral("follower")));
        const Result<Identity> id = rig.identity();
        QVERIFY(id.ok());
        sim::Fault f = fault(sim::Fault::Kind::ServerError, 1, kEuData);
        f.status = 403;
        f.htmlBody = "<html><body><h1>403 ERROR</h1><h2>Request blocked.</h2></body></html>";
        rig.fake.server().injectFault(f);
        const DataRequest request = DataRequest::forPatient(*id, QStringLiteral("ben"), QString());
        const Result<PatientData> data = rig.data(request);
        QVERIFY(!data.ok());
        QVERIFY2(data.error().kind != SyncError::Kind::Auth, qPrintable(data.error().toLogString()));
        QVERIFY(data.error().retryable);
        QVERIFY(data.error().userMessage.contains(QLatin1String("keeps the sign-in")));
        QCOMPARE(rig.fake.tenant(QStringLiteral("EU")).tokenRequests(QStringLiteral("refresh_token")), 0);
        QVERIFY(rig.data(request).ok()); // the firewall let go: same sign-in
    }

    void oldAppVersionGets206()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("DE"), QStringLiteral("follower")));
        const Result<Identity> id = rig.identity();
        QVERIFY(id.ok());
        const Result<PatientData> data =
            rig.data(DataRequest::forPatient(*id, QStringLiteral("ben"), QStringLiteral("3.6.0")));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().httpStatus, 206);
        QCOMPARE(data.error().kind, SyncError::Kind::Config);
        QVERIFY(data.error().userMessage.contains(QLatin1String("requires a newer app version")));
        QVERIFY(data.error().userMessage.contains(QLatin1String("3.6.0")));
        // The configured default passes.
        QVERIFY(rig.data(DataRequest::forPatient(*id, QStringLiteral("ben"), QString())).ok());
        rig.fake.setMinimumAppVersion(QStringLiteral("4.0"));
        QCOMPARE(rig.data(DataRequest::forPatient(*id, QStringLiteral("ben"), QString())).error().httpStatus, 206);
    }

    void rateLimitedCarriesRetryAfter()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("DE"), QStringLiteral("follower")));
        const Result<Identity> id = rig.identity();
        QVERIFY(id.ok());
        sim::Fault f = fault(sim::Fault::Kind::TooManyRequests, 3, kEuData);
        f.retryAfterSeconds = 7;
        rig.fake.server().injectFault(f);
        const Result<PatientData> data = rig.data(DataRequest::forPatient(*id, QStringLiteral("ben"), QString()));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, SyncError::Kind::RateLimited);
        QVERIFY(data.error().retryable);
        QCOMPARE(data.error().retryAfter, std::optional<std::chrono::seconds>(7s));
        QCOMPARE(rig.dataCalls(), 1); // 7 s is longer than this caller waits: the scheduler backs off
    }

    void serverErrorsAreRetriedThenReported()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("DE"), QStringLiteral("follower")));
        const Result<Identity> id = rig.identity();
        QVERIFY(id.ok());
        const DataRequest request = DataRequest::forPatient(*id, QStringLiteral("ben"), QString());
        rig.fake.server().injectFault(fault(sim::Fault::Kind::ServerError, 1, kEuData));
        QVERIFY(rig.data(request).ok());
        QCOMPARE(rig.dataCalls(), 2);
        sim::Fault burst = fault(sim::Fault::Kind::ServerError, 2, kEuData);
        burst.status = 502;
        rig.fake.server().injectFault(burst);
        const Result<PatientData> data = rig.data(request);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, SyncError::Kind::Server);
        QVERIFY(data.error().retryable);
    }

    void malformedAnswerIsAProtocolError()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("DE"), QStringLiteral("follower")));
        const Result<Identity> id = rig.identity();
        QVERIFY(id.ok());
        rig.fake.server().injectFault(fault(sim::Fault::Kind::MalformedBody, 1, kEuData));
        const Result<PatientData> data = rig.data(DataRequest::forPatient(*id, QStringLiteral("ben"), QString()));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, SyncError::Kind::Protocol);
        QVERIFY(data.error().userMessage.contains(QLatin1String("vendor may have changed")));
    }

    void signedInElsewhere()
    {
        Rig rig;
        QVERIFY(rig.signIn(QStringLiteral("DE"), QStringLiteral("follower")));
        const Result<Identity> id = rig.identity();
        QVERIFY(id.ok());
        rig.fake.tenant(QStringLiteral("EU")).revokeUser(QStringLiteral("follower")); // the phone app logged in
        const Result<PatientData> data = rig.data(DataRequest::forPatient(*id, QStringLiteral("ben"), QString()));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, SyncError::Kind::Auth);
        QVERIFY(data.error().userMessage.contains(QLatin1String("sign-in needed")));
        QCOMPARE(rig.auth->state(), CareLinkAuth::State::SignInNeeded);
        QCOMPARE(rig.dataCalls(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCareLinkClient)
#include "tst_carelinkclient.moc"
