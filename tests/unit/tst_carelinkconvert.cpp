// `nightbridge-cli convert --source carelink` (convertCareLinkForCli through the CLI): saved payloads of
// every era in, {"entries":[], "treatments":[], "devicestatus":[], "profile":[]} out.
#include "cliapp.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nb;

namespace {

struct Run {
    QString out;
    QString err;
    QString in;
    int code = -1;
};

Run convert(const QStringList &extra)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QTextStream in(&r.in);
    cli::CommandIo io{out, err, in, false};
    cli::CliApp app;
    std::optional<int> code;
    app.run(QStringList{QStringLiteral("nightbridge-cli"), QStringLiteral("convert"), QStringLiteral("--source"),
                        QStringLiteral("carelink")} +
                extra,
            io, [&](int c) { code = c; });
    if (!QTest::qWaitFor([&] { return code.has_value(); }, 10000))
        qWarning("convert did not finish");
    out.flush();
    err.flush();
    r.code = code.value_or(-1);
    return r;
}

QString fixture(const char *name)
{
    return test::sharedFixture(QStringLiteral("carelink/") + QLatin1String(name));
}

} // namespace

class TestCareLinkConvert : public QObject {
    Q_OBJECT
private slots:
    void convertsEachEra_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("entries");
        QTest::newRow("2015") << fixture("mmcn-2015-paradigm-missing-last-sgv.json") << 5;
        QTest::newRow("2021") << fixture("paul1956-2022-06-770g-ble-v2.json") << 231;
        QTest::newRow("2025") << fixture("paul1956-2025-02-24-780g-v11-pst.json") << 286;
    }
    void convertsEachEra()
    {
        QFETCH(QString, file);
        const Run r = convert({QStringLiteral("--input"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.keys(), (QStringList{QStringLiteral("devicestatus"), QStringLiteral("entries"),
                                          QStringLiteral("profile"), QStringLiteral("treatments")}));
        QTEST(int(doc.value(QLatin1String("entries")).toArray().size()), "entries");
        QCOMPARE(doc.value(QLatin1String("devicestatus")).toArray().size(), 1);
        QVERIFY(doc.value(QLatin1String("treatments")).toArray().isEmpty()); // off by default
        QVERIFY(r.err.contains(QLatin1String("pump clock offset")));
    }

    void featuresSelectTreatments()
    {
        const Run r =
            convert({QStringLiteral("--input"), fixture("paul1956-2025-03-27-780g-v11-bg-timechange-tempbasal.json"),
                     QStringLiteral("--features"), QStringLiteral("carbs,bgchecks"), QStringLiteral("--compact")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().count(QLatin1Char('\n')), 0); // --compact: one line
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(doc.value(QLatin1String("entries")).toArray().isEmpty());
        QCOMPARE(doc.value(QLatin1String("treatments")).toArray().size(), 8 + 5);
    }

    void badInput()
    {
        QCOMPARE(convert({QStringLiteral("--input"), fixture("paul1956-discover-android-3.2.json")}).code, 6);
        const Run unknown = convert({QStringLiteral("--input"), fixture("paul1956-2025-02-24-780g-v11-pst.json"),
                                     QStringLiteral("--features"), QStringLiteral("pizza")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("pizza")));
    }
};

QTEST_GUILESS_MAIN(TestCareLinkConvert)
#include "tst_carelinkconvert.moc"
