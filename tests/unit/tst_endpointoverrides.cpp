// Vendor endpoint overrides (settings tandem/... and carelink/...): only https, or http to a literal
// loopback address (a local simulator such as nightbridge-sim). Anything else refuses to build the source.
#include "common/clock.h"
#include "credentials/memorycredentialstore.h"
#include "net/httpclient.h"
#include "settings/settings.h"
#include "sources/carelink/carelinkendpoints.h"
#include "sources/sourcefactory.h"
#include "sources/tandem/client/tandemendpoints.h"
#include "sync/accountconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;

class TestEndpointOverrides : public QObject {
    Q_OBJECT

private slots:
    void allowedAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://tandem.example.org/"_s << true;
        QTest::newRow("https loopback") << u"https://127.0.0.1:8443/"_s << true;
        QTest::newRow("http IPv4 loopback") << u"http://127.0.0.1:8080/"_s << true;
        QTest::newRow("http 127.x loopback") << u"http://127.0.0.2:8080/"_s << true;
        QTest::newRow("http IPv6 loopback") << u"http://[::1]:8080/"_s << true;
        QTest::newRow("http remote") << u"http://tandem.example.org/"_s << false;
        QTest::newRow("http localhost name") << u"http://localhost:8080/"_s << false;
        QTest::newRow("http *.localhost") << u"http://sim.localhost:8080/"_s << false;
        QTest::newRow("http LAN") << u"http://192.168.1.10/"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false;
        QTest::newRow("no scheme") << u"tandem.example.org"_s << false;
    }

    void allowedAddresses()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(SourceFactory::isAllowedEndpoint(QUrl(url)), allowed);
    }

    void aPlainHttpOverrideStopsTheAccount_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("vendor");
        QTest::newRow("tandem sourceUrl")
            << keys::tandemOverride(u"us"_s, u"sourceUrl"_s) << int(AccountVendor::Tandem);
        QTest::newRow("tandem ssoUrl") << keys::tandemOverride(u"ssoUrl"_s) << int(AccountVendor::Tandem);
        QTest::newRow("carelink discoveryUrl")
            << keys::careLinkOverride(u"discoveryUrl"_s) << int(AccountVendor::CareLink);
        QTest::newRow("carelink cloudHost")
            << keys::careLinkOverride(u"eu"_s, u"cloudHost"_s) << int(AccountVendor::CareLink);
    }

    void aPlainHttpOverrideStopsTheAccount()
    {
        QFETCH(QString, key);
        QFETCH(int, vendor);
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"nightbridge.ini"_s));
        QVERIFY(settings.migrate().ok());
        SystemClock clock;
        HttpClient http(clock);
        MemoryCredentialStore store;
        AccountConfig account;
        account.id = u"a"_s;
        account.vendor = AccountVendor(vendor);
        account.country = u"DE"_s;
        const SourceFactory::Services services{http, store, clock, &settings};

        QVERIFY(settings.setValue(key, u"http://vendor.example.org/"_s).ok());
        const auto refused = SourceFactory::create(account, services);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, SyncError::Kind::Config);
        QVERIFY(refused.error().userMessage.contains(key));

        // The sign-in paths build their endpoints from the same settings: the refused address is not used.
        const QString refusedHost = u"vendor.example.org"_s;
        const tandem::TandemEndpoints tandem = SourceFactory::tandemEndpoints(u"US"_s, &settings);
        for (const QUrl &u : {tandem.ssoPage, tandem.loginApi, tandem.authorize, tandem.token, tandem.sourceBase})
            QVERIFY(u.host() != refusedHost);
        const carelink::CareLinkOverrides careLink = SourceFactory::careLinkOverrides(u"EU"_s, &settings);
        for (const QUrl &u :
             {careLink.discoveryUrl, careLink.ssoConfigUrl, careLink.loginBaseUrl, careLink.careLinkBaseUrl})
            QVERIFY(u.host() != refusedHost);

        QVERIFY(settings.setValue(key, u"http://127.0.0.1:4711/"_s).ok());
        QVERIFY(SourceFactory::create(account, services).ok());
        QVERIFY(settings.setValue(key, u"https://vendor.example.org/"_s).ok());
        QVERIFY(SourceFactory::create(account, services).ok());
    }
};

QTEST_MAIN(TestEndpointOverrides)
#include "tst_endpointoverrides.moc"
