#include "nightscout/nsserverinfo.h"

#include <QTest>

using namespace nb::ns;

class TestNightscoutServerInfo : public QObject {
    Q_OBJECT
private slots:
    void parsesStatus()
    {
        const QByteArray body = R"({"status":"ok","name":"nightscout","version":"15.0.7",
            "serverTime":"2026-03-01T12:00:00.000Z","serverTimeEpoch":1772366400000,"apiEnabled":true,
            "careportalEnabled":true,"boluscalcEnabled":true,
            "settings":{"units":"mmol","enable":["careportal","iob"]},"extendedSettings":{},"authorized":null})";
        const nb::Result<NsServerStatus> s = NsServerStatus::fromJson(body);
        QVERIFY(s.ok());
        QCOMPARE(s->version, QStringLiteral("15.0.7"));
        QCOMPARE(s->units, QStringLiteral("mmol"));
        QVERIFY(s->apiEnabled);
        QVERIFY(s->careportalEnabled);
        QCOMPARE(s->serverTime.toMSecsSinceEpoch(), 1772366400000);
        QVERIFY(s->enabledPlugins.contains(QStringLiteral("careportal")));
        QVERIFY(s->dedupesTreatmentsByIdentifier());
    }

    void olderServersDedupeByTimeAndType()
    {
        const nb::Result<NsServerStatus> s =
            NsServerStatus::fromJson(R"({"version":"15.0.6","apiEnabled":true,"settings":{"units":"mg/dl"}})");
        QVERIFY(s.ok());
        QVERIFY(!s->dedupesTreatmentsByIdentifier());
        QCOMPARE(s->units, QStringLiteral("mg/dl"));
    }

    void notNightscout_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Welcome to nginx!</body></html>");
        QTest::newRow("other json") << QByteArray(R"({"status":"ok","app":"grafana"})");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("empty") << QByteArray();
    }

    void notNightscout()
    {
        QFETCH(QByteArray, body);
        const nb::Result<NsServerStatus> s = NsServerStatus::fromJson(body);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, nb::SyncError::Kind::Protocol);
    }

    void parsesVerifyAuth()
    {
        const nb::Result<NsAuthStatus> ok = NsAuthStatus::fromJson(
            R"({"status":200,"message":{"canRead":true,"canWrite":true,"isAdmin":true,"message":"OK","rolefound":"NOTFOUND","permissions":"ROLE"}})");
        QVERIFY(ok.ok());
        QVERIFY(ok->authorized && ok->canWrite && ok->isAdmin);
        const nb::Result<NsAuthStatus> anon = NsAuthStatus::fromJson(
            R"({"status":200,"message":{"canRead":true,"canWrite":false,"isAdmin":false,"message":"UNAUTHORIZED","rolefound":"NOTFOUND","permissions":"DEFAULT"}})");
        QVERIFY(anon.ok());
        QVERIFY(!anon->authorized);
        QVERIFY(anon->canRead);
        QVERIFY(!NsAuthStatus::fromJson("{\"status\":200}").ok());
    }
};

QTEST_GUILESS_MAIN(TestNightscoutServerInfo)
#include "tst_nightscoutserverinfo.moc"
