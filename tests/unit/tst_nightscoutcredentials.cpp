#include "nightscout/nscredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace nb::ns;

class TestNightscoutCredentials : public QObject {
    Q_OBJECT
private slots:
    void secretHashIsLowerCaseSha1Hex()
    {
        // SHA-1("test-secret-123") computed independently with `printf %s test-secret-123 | sha1sum`.
        const QByteArray hash = apiSecretHash(nb::Secret(QStringLiteral("test-secret-123")));
        QCOMPARE(hash, QByteArray("b2b16d1e009a732029babed97f420237cedd72e2"));
        QCOMPARE(hash, hash.toLower());
        QCOMPARE(hash.size(), 40);
    }

    void emptyCredentialsAreNone()
    {
        QCOMPARE(NsCredentials::apiSecret(nb::Secret()).kind, NsCredentials::Kind::None);
        QVERIFY(NsCredentials::apiSecret(nb::Secret()).isEmpty());
        QCOMPARE(NsCredentials::accessToken(nb::Secret(QStringLiteral("x-1"))).kind, NsCredentials::Kind::AccessToken);
    }

    void permissions_data()
    {
        QTest::addColumn<QString>("granted");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<bool>("implied");
        QTest::newRow("admin") << "*"
                               << "api:entries:create" << true;
        QTest::newRow("exact") << "api:entries:create"
                               << "api:entries:create" << true;
        QTest::newRow("wildcard middle") << "api:*:create"
                                         << "api:treatments:create" << true;
        QTest::newRow("wildcard wrong action") << "api:*:create"
                                               << "api:treatments:read" << false;
        QTest::newRow("readable") << "*:*:read"
                                  << "api:entries:read" << true;
        QTest::newRow("readable not write") << "*:*:read"
                                            << "api:entries:create" << false;
        QTest::newRow("list") << "api:entries,treatments:create"
                              << "api:treatments:create" << true;
        QTest::newRow("list miss") << "api:entries,treatments:create"
                                   << "api:profile:create" << false;
        QTest::newRow("shorter grant") << "api:entries"
                                       << "api:entries:create" << true;
        QTest::newRow("longer grant") << "api:entries:create"
                                      << "api:entries" << false;
        QTest::newRow("canWrite vs custom role") << "api:*:create"
                                                 << "*:*:write" << false;
        QTest::newRow("other domain") << "admin:api:subjects:create"
                                      << "api:entries:create" << false;
    }

    void permissions()
    {
        QFETCH(QString, granted);
        QFETCH(QString, requested);
        QFETCH(bool, implied);
        QCOMPARE(permissionImplies(granted, requested), implied);
    }

    void parsesJwtResponse()
    {
        const QJsonObject body{
            {QStringLiteral("token"), QStringLiteral("aaa.bbb.ccc")},
            {QStringLiteral("sub"), QStringLiteral("uploader")},
            {QStringLiteral("permissionGroups"),
             QJsonArray{QJsonArray{QStringLiteral("api:*:create")}, QJsonArray{QStringLiteral("*:*:read")}}},
            {QStringLiteral("iat"), 1772366400},
            {QStringLiteral("exp"), 1772366400 + 8 * 3600}};
        const nb::Result<NsJwt> jwt = NsJwt::fromResponse(QJsonDocument(body).toJson());
        QVERIFY(jwt.ok());
        QCOMPARE(jwt->token.reveal(), QStringLiteral("aaa.bbb.ccc"));
        QCOMPARE(jwt->subject, QStringLiteral("uploader"));
        QCOMPARE(jwt->permissions, (QStringList{QStringLiteral("api:*:create"), QStringLiteral("*:*:read")}));
        QVERIFY(permissionsImply(jwt->permissions, QStringLiteral("api:entries:create")));

        // Renewed well before the 8 h are over, not only after.
        const QDateTime issued = QDateTime::fromSecsSinceEpoch(1772366400, QTimeZone::utc());
        QVERIFY(!jwt->needsRenewal(issued));
        QVERIFY(!jwt->needsRenewal(issued.addSecs(7 * 3600)));
        QVERIFY(jwt->needsRenewal(issued.addSecs(7 * 3600 + 40 * 60)));
        QVERIFY(jwt->needsRenewal(issued.addSecs(9 * 3600)));
    }

    void refusesMalformedJwtResponse()
    {
        for (const QByteArray &body :
             {QByteArray("<html>"), QByteArray("{}"), QByteArray("{\"token\":\"x\"}"), QByteArray("[1,2]")}) {
            const nb::Result<NsJwt> jwt = NsJwt::fromResponse(body);
            QVERIFY(!jwt.ok());
            QCOMPARE(jwt.error().kind, nb::SyncError::Kind::Protocol);
        }
    }
};

QTEST_GUILESS_MAIN(TestNightscoutCredentials)
#include "tst_nightscoutcredentials.moc"
