#include "nightscout/nsurl.h"

#include <QTest>

using nb::ns::NsUrl;

class TestNightscoutUrl : public QObject {
    Q_OBJECT
private slots:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain https") << "https://example.herokuapp.com" << false << "https://example.herokuapp.com";
        QTest::newRow("trailing slash") << "https://example.herokuapp.com/" << false << "https://example.herokuapp.com";
        QTest::newRow("many slashes") << "https://example.herokuapp.com///" << false << "https://example.herokuapp.com";
        QTest::newRow("no scheme") << "example.herokuapp.com" << false << "https://example.herokuapp.com";
        QTest::newRow("no scheme with port") << "ns.example.org:1337" << false << "https://ns.example.org:1337";
        QTest::newRow("blanks") << "  https://ns.example.org  " << false << "https://ns.example.org";
        QTest::newRow("upper-case host and scheme") << "HTTPS://NS.Example.ORG" << false << "https://ns.example.org";
        QTest::newRow("default port dropped") << "https://ns.example.org:443/" << false << "https://ns.example.org";
        QTest::newRow("sub-path kept") << "https://example.org/nightscout/" << false
                                       << "https://example.org/nightscout";
        QTest::newRow("deep sub-path") << "https://example.org/a//b/" << false << "https://example.org/a/b";
        QTest::newRow("api/v1 pasted") << "https://ns.example.org/api/v1/" << false << "https://ns.example.org";
        QTest::newRow("API/V1 pasted") << "https://ns.example.org/API/V1" << false << "https://ns.example.org";
        QTest::newRow("api pasted") << "https://ns.example.org/api" << false << "https://ns.example.org";
        QTest::newRow("sub-path + api/v1") << "https://example.org/ns/api/v1" << false << "https://example.org/ns";
        QTest::newRow("api as sub-path name kept")
            << "https://example.org/apidocs" << false << "https://example.org/apidocs";
        QTest::newRow("http loopback ip") << "http://127.0.0.1:1337/" << false << "http://127.0.0.1:1337";
        QTest::newRow("http loopback 127.x") << "http://127.1.2.3:80" << false << "http://127.1.2.3";
        QTest::newRow("http ipv6 loopback") << "http://[::1]:1337" << false << "http://[::1]:1337";
        QTest::newRow("http allowed explicitly") << "http://192.168.1.5:1337" << true << "http://192.168.1.5:1337";
    }

    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(bool, allowHttp);
        QFETCH(QString, expected);
        const nb::Result<QUrl> url = NsUrl::normalize(input, allowHttp);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().detail));
        QCOMPARE(url->toString(), expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustMention");

        QTest::newRow("empty") << ""
                               << "address";
        QTest::newRow("blank") << "   "
                               << "address";
        QTest::newRow("plain http remote") << "http://ns.example.org"
                                           << "http://";
        QTest::newRow("plain http private lan") << "http://192.168.1.5"
                                                << "unencrypted";
        QTest::newRow("plain http localhost name") << "http://localhost:1337"
                                                   << "unencrypted";
        QTest::newRow("plain http *.localhost") << "http://ns.localhost:1337"
                                                << "unencrypted";
        QTest::newRow("ftp") << "ftp://ns.example.org"
                             << "https://";
        QTest::newRow("secret in user info") << "https://secret123456@ns.example.org"
                                             << "secret";
        QTest::newRow("token in query") << "https://ns.example.org/?token=reader-0123456789abcdef"
                                        << "token";
        QTest::newRow("fragment") << "https://ns.example.org/#clock"
                                  << "#";
        QTest::newRow("no host") << "https://"
                                 << "valid";
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, mustMention);
        const nb::Result<QUrl> url = NsUrl::normalize(input, false);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().kind, nb::SyncError::Kind::Config);
        QVERIFY2(url.error().userMessage.contains(mustMention, Qt::CaseInsensitive),
                 qPrintable(url.error().userMessage));
        // A refused address never echoes a secret from the input.
        QVERIFY(!url.error().userMessage.contains(QLatin1String("secret123456")));
        QVERIFY(!url.error().detail.contains(QLatin1String("0123456789abcdef")));
    }

    void loopbackHosts()
    {
        // Names are not literal addresses: a resolver (or a hosts file) decides where they go.
        QVERIFY(!NsUrl::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(!NsUrl::isLoopbackHost(QStringLiteral("LOCALHOST")));
        QVERIFY(!NsUrl::isLoopbackHost(QStringLiteral("ns.localhost")));
        QVERIFY(NsUrl::isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(NsUrl::isLoopbackHost(QStringLiteral("[::1]")));
        QVERIFY(NsUrl::isLoopbackHost(QStringLiteral("127.255.0.9")));
        QVERIFY(NsUrl::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(!NsUrl::isLoopbackHost(QStringLiteral("localhost.example.org")));
        QVERIFY(!NsUrl::isLoopbackHost(QStringLiteral("128.0.0.1")));
        QVERIFY(!NsUrl::isLoopbackHost(QStringLiteral("10.0.0.1")));
    }

    void endpoints()
    {
        const QUrl root(QStringLiteral("https://ns.example.org"));
        QCOMPARE(NsUrl::endpoint(root, QStringLiteral("api/v1/status.json")).toString(),
                 QStringLiteral("https://ns.example.org/api/v1/status.json"));
        const QUrl sub(QStringLiteral("https://example.org/ns"));
        QCOMPARE(NsUrl::endpoint(sub, QStringLiteral("/api/v1/entries.json")).toString(),
                 QStringLiteral("https://example.org/ns/api/v1/entries.json"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("count"), QStringLiteral("5"));
        QCOMPARE(NsUrl::endpoint(root, QStringLiteral("api/v1/entries.json"), query).toString(),
                 QStringLiteral("https://ns.example.org/api/v1/entries.json?count=5"));
    }

    void displayStringHasNoSecrets()
    {
        const QUrl url(QStringLiteral("https://user:pw@ns.example.org/ns?token=abc#x"));
        QCOMPARE(NsUrl::displayString(url), QStringLiteral("https://ns.example.org/ns"));
    }
};

QTEST_GUILESS_MAIN(TestNightscoutUrl)
#include "tst_nightscouturl.moc"
