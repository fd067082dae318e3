// The connection test (NightscoutClient::checkConnection) against the real Nightscout server: each outcome
// that server can produce with its settings (a secret, access tokens of subjects created through its
// /api/v2/authorization/subjects). The same cases against the fake are in tst_nightscoutclient.
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsurl.h"
#include "realns.h"

#include <QUuid>

using namespace nb;
using namespace nb::ns;
using namespace Qt::Literals::StringLiterals;
using Outcome = NsCheckOutcome;

class TestRealNsConnection : public QObject {
    Q_OBJECT
private:
    SystemClock m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<test::RealNs> m_admin;
    QString m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(6);

    NsConnectionReport check(NsCredentials credentials)
    {
        NsClientConfig config;
        const Result<QUrl> url = NsUrl::normalize(test::RealNs::url().toString(), false);
        [&] { QVERIFY2(url.ok(), "loopback http is allowed"); }();
        config.baseUrl = url.value();
        config.credentials = std::move(credentials);
        NightscoutClient client(*m_http, m_clock, config);
        std::optional<NsConnectionReport> report;
        client.checkConnection([&report](const NsConnectionReport &r) { report = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 60000); }();
        return report.value_or(NsConnectionReport());
    }
    static NsCredentials token(const QString &t) { return NsCredentials::accessToken(Secret(t)); }

private slots:
    void initTestCase()
    {
        NB_REQUIRE_REAL_NS();
        m_http = std::make_unique<HttpClient>(m_clock);
        m_admin = std::make_unique<test::RealNs>();
    }

    void okWithSecret()
    {
        const NsConnectionReport r = check(NsCredentials::apiSecret(Secret(test::RealNs::secret())));
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY(r.canWrite);
        QCOMPARE(r.status->version, u"15.0.7"_s);
        QCOMPARE(r.status->units, u"mg/dl"_s);
        QVERIFY(r.status->apiEnabled);
        QVERIFY(r.status->careportalEnabled);
        QVERIFY(r.auth->canWrite);
        QVERIFY(r.warnings.isEmpty());
    }

    void wrongSecret()
    {
        const NsConnectionReport r = check(NsCredentials::apiSecret(Secret(u"not-the-secret-of-this-site"_s)));
        QCOMPARE(r.outcome, Outcome::WrongSecret);
        QCOMPARE(r.error->kind, SyncError::Kind::Auth);
        QVERIFY(!r.canWrite);
    }

    void tokenWithAdminRole()
    {
        const QString t = m_admin->createSubject(u"nbadmin"_s + m_suffix, {u"admin"_s});
        QVERIFY(!t.isEmpty());
        const NsConnectionReport r = check(token(t));
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY(r.canWrite);
    }

    void tokenWithCustomUploaderRole()
    {
        // No built-in role grants api:entries:create: a site owner makes one like this.
        const QString role = u"nbuploader"_s + m_suffix;
        QVERIFY(m_admin->createRole(role, {u"api:*:create"_s, u"api:*:read"_s}));
        const QString t = m_admin->createSubject(u"nbbridge"_s + m_suffix, {role});
        QVERIFY(!t.isEmpty());
        const NsConnectionReport r = check(token(t));
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY(r.canWrite);
        QVERIFY(!r.auth->canWrite); // verifyauth's canWrite tests *:*:write, which this role lacks
    }

    void tokenWithoutWritePermission()
    {
        const QString t = m_admin->createSubject(u"nbreader"_s + m_suffix, {u"readable"_s});
        QVERIFY(!t.isEmpty());
        const NsConnectionReport r = check(token(t));
        QCOMPARE(r.outcome, Outcome::NoWritePermission);
        QCOMPARE(r.error->kind, SyncError::Kind::Auth);
        QVERIFY(!r.canWrite);
    }

    void tokenOfCareportalOnly()
    {
        // Treatments only (the built-in careportal role): may not upload readings.
        const QString t = m_admin->createSubject(u"nbcare"_s + m_suffix, {u"careportal"_s, u"readable"_s});
        QVERIFY(!t.isEmpty());
        QCOMPARE(check(token(t)).outcome, Outcome::NoWritePermission);
    }

    void wrongToken()
    {
        const NsConnectionReport r = check(token(u"nobody-0123456789abcdef"_s));
        QCOMPARE(r.outcome, Outcome::WrongToken);
        QCOMPARE(r.error->kind, SyncError::Kind::Auth);
    }

    void noCredentials()
    {
        const NsConnectionReport r = check(NsCredentials());
        QCOMPARE(r.outcome, Outcome::NoCredentials);
        QVERIFY(r.status.has_value()); // the site itself was found
    }
};

QTEST_GUILESS_MAIN(TestRealNsConnection)
#include "tst_realns_connection.moc"
