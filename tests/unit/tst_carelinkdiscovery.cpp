#include "fixtures.h"
#include "sources/carelink/discoverydocument.h"
#include "sources/carelink/identity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nb;
using namespace nb::carelink;

namespace {

QByteArray fixture(const char *path)
{
    return test::readFile(test::sharedFixture(QLatin1String(path)));
}

QByteArray ssoFor(const char *region)
{
    const QJsonObject all =
        test::readJson(test::sharedFixture(QStringLiteral("vendor-2026/carelink/auth0-sso-config.reconstructed.json")))
            .object();
    return QJsonDocument(all.value(QLatin1String(region)).toObject()).toJson();
}

} // namespace

class TestCareLinkDiscovery : public QObject {
    Q_OBJECT
private slots:
    void auth0DiscoveryDocument()
    {
        const Result<DiscoveryDocument> doc = DiscoveryParser::parseDiscovery(
            fixture("vendor-2026/carelink/discovery-v13-android-3.6.reconstructed.json"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->config, QStringLiteral("android,3.6"));
        const DiscoveryEntry *eu = doc->entryFor(QStringLiteral("EU"));
        QVERIFY(eu);
        QCOMPARE(eu->ssoKey, QStringLiteral("Auth0SSOConfiguration")); // not the legacy SSOConfiguration next to it
        QVERIFY(eu->auth0);
        QCOMPARE(eu->ssoConfigUrl.toString(),
                 QStringLiteral("https://carelink.minimed.eu/configs/v1/carepartner_auth0_ous_sso_config_v1.json"));
        QCOMPARE(eu->cumulusBaseUrl.toString(), QStringLiteral("https://clcloud.minimed.eu/connect/carepartner/v13"));
        const DiscoveryEntry *us = doc->entryFor(QStringLiteral("us"));
        QVERIFY(us && us->auth0);
        QVERIFY(us->ssoConfigUrl.toString().contains(QLatin1String("carepartner_auth0_us_sso_config_v1")));
        // No supportedCountries in the reconstruction: only US maps to US.
        QCOMPARE(doc->regionFor(QStringLiteral("us")), QStringLiteral("US"));
        QCOMPARE(doc->regionFor(QStringLiteral("CA")), QStringLiteral("EU"));
    }

    void legacyDiscoveryHasNoAuth0()
    {
        const Result<DiscoveryDocument> doc =
            DiscoveryParser::parseDiscovery(fixture("carelink/paul1956-discover-android-3.2.json"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->entries.size(), 2);
        const DiscoveryEntry *eu = doc->entryFor(QStringLiteral("EU"));
        QCOMPARE(eu->ssoKey, QStringLiteral("SSOConfiguration"));
        QVERIFY(!eu->auth0);
        QCOMPARE(eu->cumulusBaseUrl.toString(), QStringLiteral("https://clcloud.minimed.eu/connect/carepartner/v11"));
        QCOMPARE(eu->careLinkBaseUrl.toString(), QStringLiteral("https://carelink.minimed.eu/api/carepartner/v2"));
        QCOMPARE(doc->regionFor(QStringLiteral("it")), QStringLiteral("EU"));
        QCOMPARE(doc->regionFor(QStringLiteral("US")), QStringLiteral("US"));
        QVERIFY(doc->countryRegion.size() > 100);
    }

    void unusableDiscovery_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArrayLiteral("<html>Access Denied</html>");
        QTest::newRow("no CP") << QByteArrayLiteral("{\"config\":\"android,3.6\"}");
        QTest::newRow("CP not objects") << QByteArrayLiteral("{\"CP\":[1,2]}");
    }
    void unusableDiscovery()
    {
        QFETCH(QByteArray, body);
        const Result<DiscoveryDocument> doc = DiscoveryParser::parseDiscovery(body);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().kind, SyncError::Kind::Protocol);
    }

    void discoveryRefusesUnsafeUrls()
    {
        const QByteArray body =
            "{\"CP\":[{\"region\":\"EU\",\"UseSSOConfiguration\":\"Auth0SSOConfiguration\","
            "\"Auth0SSOConfiguration\":\"http://evil.example/sso.json\",\"baseUrlCumulus\":\"file:///etc/passwd\","
            "\"baseUrlCareLink\":\"http://127.0.0.1:8080/eu/api\"}]}";
        const Result<DiscoveryDocument> doc = DiscoveryParser::parseDiscovery(body);
        QVERIFY(doc.ok());
        QVERIFY(doc->entries.first().ssoConfigUrl.isEmpty());   // plain http to another host
        QVERIFY(doc->entries.first().cumulusBaseUrl.isEmpty()); // not a web URL
        QCOMPARE(doc->entries.first().careLinkBaseUrl.toString(), QStringLiteral("http://127.0.0.1:8080/eu/api"));
    }

    void ssoConfigPerRegion()
    {
        const Result<Auth0SsoConfig> eu = DiscoveryParser::parseSsoConfig(ssoFor("EU"));
        QVERIFY(eu.ok());
        QCOMPARE(eu->baseUrl.toString(), QStringLiteral("https://carelink-login.minimed.eu")); // port 443, empty prefix
        QCOMPARE(eu->clientId, QStringLiteral("PeAhkbhQWlQRxJiQxWfcFBiGus1lxfe9"));
        QCOMPARE(eu->audience, QStringLiteral("carepartner.patient.ous"));
        QCOMPARE(eu->tokenPath, QStringLiteral("/oauth/token"));
        const Result<Auth0SsoConfig> us = DiscoveryParser::parseSsoConfig(ssoFor("US"));
        QVERIFY(us.ok());
        QCOMPARE(us->clientId, QStringLiteral("0FGoNwY0SP8ZmESYSfEOgMw03c58c1hk"));
        const ServiceConfig config = DiscoveryParser::resolve(QStringLiteral("US"), nullptr, &us.value(), {});
        QCOMPARE(config.authorizeUrl().toString(), QStringLiteral("https://carelink-login.minimed.com/authorize"));
        QCOMPARE(config.tokenUrl().toString(), QStringLiteral("https://carelink-login.minimed.com/oauth/token"));
        QVERIFY(!DiscoveryParser::parseSsoConfig(QByteArrayLiteral("{\"server\":{\"hostname\":\"\"}}")).ok());
    }

    void ssoConfigWithPortAndPrefix()
    {
        const QByteArray body =
            "{\"server\":{\"hostname\":\"login.example\",\"port\":8443,\"prefix\":\"tenant/\"},"
            "\"client\":{\"client_id\":\"abc\"},\"system_endpoints\":{\"authorization_endpoint_path\":\"/authorize\"}}";
        const Result<Auth0SsoConfig> sso = DiscoveryParser::parseSsoConfig(body);
        QVERIFY(sso.ok());
        QCOMPARE(sso->baseUrl.toString(), QStringLiteral("https://login.example:8443/tenant"));
        const ServiceConfig c = DiscoveryParser::resolve(QStringLiteral("EU"), nullptr, &sso.value(), {});
        QCOMPARE(c.authorizeUrl().toString(), QStringLiteral("https://login.example:8443/tenant/authorize"));
        QCOMPARE(c.tokenPath, QStringLiteral("/oauth/token")); // missing: built-in value
        QCOMPARE(c.scope, QStringLiteral("profile openid offline_access"));
    }

    void overridesWinOverEverything()
    {
        const Result<DiscoveryDocument> doc = DiscoveryParser::parseDiscovery(
            fixture("vendor-2026/carelink/discovery-v13-android-3.6.reconstructed.json"));
        const Result<Auth0SsoConfig> sso = DiscoveryParser::parseSsoConfig(ssoFor("EU"));
        CareLinkOverrides o;
        o.clientId = QStringLiteral("my-client");
        o.appVersion = QStringLiteral("4.0.0");
        o.cumulusBaseUrl = QUrl(QStringLiteral("https://example.org/cumulus"));
        const ServiceConfig c =
            DiscoveryParser::resolve(QStringLiteral("EU"), doc->entryFor(QStringLiteral("EU")), &sso.value(), o);
        QCOMPARE(c.clientId, QStringLiteral("my-client"));
        QCOMPARE(c.appVersion, QStringLiteral("4.0.0"));
        QCOMPARE(c.cumulusUrl(QStringLiteral("/display/message")).toString(),
                 QStringLiteral("https://example.org/cumulus/display/message"));
        QCOMPARE(c.audience, QStringLiteral("carepartner.patient.ous"));
        QCOMPARE(c.source, QStringLiteral("discovery"));
    }

    void builtInTable()
    {
        const ServiceConfig us = CareLinkEndpoints::builtIn(QStringLiteral("US"));
        QCOMPARE(us.loginBaseUrl.host(), QStringLiteral("carelink-login.minimed.com"));
        QCOMPARE(us.cumulusUrl(QStringLiteral("display/message")).toString(),
                 QStringLiteral("https://clcloud.minimed.com/connect/carepartner/v13/display/message"));
        QCOMPARE(us.appVersion, QStringLiteral("3.8.0"));
        const ServiceConfig eu = CareLinkEndpoints::builtIn(QStringLiteral("EU"));
        QCOMPARE(eu.audience, QStringLiteral("carepartner.patient.ous"));
        QCOMPARE(CareLinkEndpoints::discoveryUrl(QStringLiteral("EU")).toString(),
                 QStringLiteral("https://clcloud.minimed.eu/connect/carepartner/v13/discover/android/3.6"));
        QCOMPARE(CareLinkEndpoints::regionForCountry(QStringLiteral("gb")), QStringLiteral("EU"));
    }

    void identityParsing()
    {
        const Result<Identity> partner =
            IdentityParser::parseUser("{\"role\":\"CARE_PARTNER_OUS\",\"country\":\"de\"}");
        QVERIFY(partner.ok());
        QVERIFY(partner->carePartner);
        QVERIFY(!partner->us);
        QCOMPARE(partner->dataRole(), QStringLiteral("carepartner"));
        const Result<Identity> patient = IdentityParser::parseUser("{\"role\":\"PATIENT\",\"username\":\"pat\"}");
        QVERIFY(patient.ok() && !patient->carePartner && patient->us);
        QVERIFY(!IdentityParser::parseUser("{\"id\":5}").ok());
        const Result<QList<LinkedPatient>> links =
            IdentityParser::parsePatients("[{\"username\":\"a\",\"status\":\"ACTIVE\"},{\"username\":\"b\",\"status\":"
                                          "\"PENDING\"},{\"username\":\"c\",\"status\":\"active\"}]");
        QVERIFY(links.ok());
        QCOMPARE(links->size(), 2);
        QCOMPARE(links->at(1).username, QStringLiteral("c"));
        QVERIFY(!IdentityParser::parsePatients("\"nope\"").ok());

        Identity id = partner.value();
        id.username = QStringLiteral("follower");
        const DataRequest r = DataRequest::forPatient(id, QStringLiteral("a"), QStringLiteral("3.8.0"));
        QCOMPARE(QJsonDocument::fromJson(r.toJson()).object(),
                 (QJsonObject{{QStringLiteral("username"), QStringLiteral("follower")},
                              {QStringLiteral("role"), QStringLiteral("carepartner")},
                              {QStringLiteral("patientId"), QStringLiteral("a")},
                              {QStringLiteral("appVersion"), QStringLiteral("3.8.0")}}));
        const DataRequest own = DataRequest::forPatient(patient.value(), QString(), QStringLiteral("3.8.0"));
        QVERIFY(!QJsonDocument::fromJson(own.toJson()).object().contains(QLatin1String("patientId")));
    }
};

QTEST_GUILESS_MAIN(TestCareLinkDiscovery)
#include "tst_carelinkdiscovery.moc"
