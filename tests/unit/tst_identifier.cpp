#include "model/identifier.h"
#include "model/nsbatch.h"

#include <QJsonObject>
#include <QTest>
#include <QUuid>

using nb::stableIdentifier;

class TestIdentifier : public QObject {
    Q_OBJECT
private slots:
    void sameInputSameIdentifier()
    {
        const QStringList key{QStringLiteral("1234567"), QStringLiteral("42"), QStringLiteral("bolus")};
        QCOMPARE(stableIdentifier(QStringLiteral("tandem"), key), stableIdentifier(QStringLiteral("tandem"), key));
    }

    void pinnedForever()
    {
        // Every identifier already uploaded depends on the namespace and the joining rule: if these values
        // change, re-uploads would duplicate instead of replace. Never update these expectations.
        // (Cross-checked with Python: uuid.uuid5(UUID('6f1c2b1e-5c0a-4b7e-9a43-6e4e8b2f9d10'), 'tandem|1234567|42').)
        QCOMPARE(stableIdentifier(QStringLiteral("tandem"), {QStringLiteral("1234567"), QStringLiteral("42")}),
                 QStringLiteral("ab39fda3-b06f-57dd-a3bd-74f45469f1bf"));
        QCOMPARE(stableIdentifier(QStringLiteral("carelink"), {QStringLiteral("sgv"), QStringLiteral("1700000000000")}),
                 QStringLiteral("ae2cfcf7-501b-5fda-8ecd-5c89ad30610d"));
    }

    void differentInputsDiffer()
    {
        const QString a = stableIdentifier(QStringLiteral("tandem"), {QStringLiteral("1"), QStringLiteral("23")});
        QVERIFY(a != stableIdentifier(QStringLiteral("tandem"), {QStringLiteral("12"), QStringLiteral("3")}));
        QVERIFY(a != stableIdentifier(QStringLiteral("carelink"), {QStringLiteral("1"), QStringLiteral("23")}));
        QVERIFY(a != stableIdentifier(QStringLiteral("tandem"), {QStringLiteral("1"), QStringLiteral("24")}));
    }

    void isAVersion5Uuid()
    {
        const QString id = stableIdentifier(QStringLiteral("tandem"), {QStringLiteral("1")});
        const QUuid uuid(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.version(), QUuid::Sha1);
        QCOMPARE(id, id.toLower());
        QCOMPARE(id.size(), 36);
    }

    void ownershipTag()
    {
        QVERIFY(nb::isNightbridgeDocument(QJsonObject{{QStringLiteral("enteredBy"), nb::nightbridgeEnteredBy()}}));
        QVERIFY(
            nb::isNightbridgeDocument(QJsonObject{{QStringLiteral("device"), QStringLiteral("nightbridge-tandem")}}));
        QVERIFY(
            !nb::isNightbridgeDocument(QJsonObject{{QStringLiteral("enteredBy"), QStringLiteral("loop://iPhone")}}));
        QVERIFY(!nb::isNightbridgeDocument(QJsonObject{{QStringLiteral("device"), QStringLiteral("xDrip-DexcomG6")}}));
    }

    void batchJsonRoundTrip()
    {
        nb::NsBatch batch;
        batch.entries.append(QJsonObject{{QStringLiteral("sgv"), 100}});
        batch.profile.append(QJsonObject{{QStringLiteral("defaultProfile"), QStringLiteral("A")}});
        nb::NsBatch back;
        QString error;
        QVERIFY(nb::NsBatch::fromJson(batch.toJson(), &back, &error));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.entries, batch.entries);
        QVERIFY(!nb::NsBatch::fromJson(QJsonObject{{QStringLiteral("entries"), 3}}, &back, &error));
        QVERIFY(error.contains(QLatin1String("entries")));
    }
};

QTEST_GUILESS_MAIN(TestIdentifier)
#include "tst_identifier.moc"
