#include "manualclock.h"
#include "model/identifier.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;
using nb::sim::FakeNightscout;

namespace {
const QString kSecret = u"cli-test-secret-0451"_s;
}

// nightbridge-cli nightscout check/upload as a real process against the fake Nightscout running in
// this test's event loop (the URL and secret travel through the environment, as in a service unit).
class TestNightscoutCli : public QObject {
    Q_OBJECT
private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<FakeNightscout> m_ns;
    QTemporaryDir m_dir;

    Run cli(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NB_CLI_BINARY), args);
        Run run;
        // The fake answers from this event loop while we wait.
        [&] { QVERIFY(finished.wait(30000)); }();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        // Neither the secret nor its hash ever appears in what the CLI prints.
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(kSecret.toUtf8(), QCryptographicHash::Sha1).toHex());
        for (const QString &text : {run.out, run.err}) {
            [&] {
                QVERIFY2(!text.contains(kSecret), "secret in CLI output");
                QVERIFY2(!text.contains(hash), "secret hash in CLI output");
            }();
        }
        return run;
    }
    QProcessEnvironment env(const QString &secret = kSecret) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"NS_URL"_s, m_ns->baseUrl().toString());
        e.insert(u"NS_SECRET"_s, secret);
        e.remove(u"NS_TOKEN"_s);
        return e;
    }
    void startFake(FakeNightscout::Options o = {})
    {
        if (o.apiSecret.isEmpty())
            o.apiSecret = kSecret;
        o.authFailDelay = std::chrono::milliseconds(100);
        m_ns = std::make_unique<FakeNightscout>(m_clock, o);
        QVERIFY(m_ns->listen());
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }
    static QByteArray batchJson(int entries)
    {
        QJsonArray list;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - entries * 300000LL;
        for (int i = 0; i < entries; ++i) {
            const qint64 ms = start + i * 300000LL;
            list.append(QJsonObject{{u"type"_s, u"sgv"_s},
                                    {u"sgv"_s, 110 + i},
                                    {u"date"_s, double(ms)},
                                    {u"device"_s, u"nightbridge-test"_s},
                                    {u"identifier"_s, stableIdentifier(u"cli"_s, {QString::number(ms)})}});
        }
        const QJsonObject ds{{u"device"_s, u"nightbridge-test"_s},
                             {u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                             {u"identifier"_s, u"ds-1"_s}};
        return QJsonDocument(QJsonObject{{u"entries"_s, list}, {u"devicestatus"_s, QJsonArray{ds}}}).toJson();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_ns.reset(); }

    void checkOk()
    {
        startFake();
        const Run r = cli({u"nightscout"_s, u"check"_s}, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"15.0.7"_s));
        QVERIFY(r.out.contains(u"mg/dl"_s));
        QVERIFY(r.out.contains(u"Write permission:  yes"_s));
        QVERIFY(!r.out.contains(kSecret));
        QVERIFY(!r.err.contains(kSecret));
    }

    void checkWrongSecretJson()
    {
        startFake();
        const Run r = cli({u"nightscout"_s, u"check"_s, u"--json"_s}, env(u"wrong-secret-123"_s));
        QCOMPARE(r.exitCode, 4);
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out.value(u"outcome"_s).toString(), u"wrong-secret"_s);
        QCOMPARE(out.value(u"canWrite"_s).toBool(), false);
        QCOMPARE(out[u"error"_s][u"kind"_s].toString(), u"Auth"_s);
        QCOMPARE(m_ns->failedAuthCount(), 1);
    }

    void checkReadOnlySite()
    {
        FakeNightscout::Options o;
        o.apiSecret = u"short"_s;
        startFake(o);
        const Run r = cli({u"nightscout"_s, u"check"_s}, env(u"short"_s));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"read-only"_s));
    }

    void tokenOnTheCommandLineIsRefused()
    {
        startFake();
        const QString token = m_ns->addSubject(u"cli"_s, {u"admin"_s});
        QProcessEnvironment e = env();
        e.remove(u"NS_SECRET"_s);
        const Run r = cli({u"nightscout"_s, u"check"_s, u"--token"_s, token}, e);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--token-file"_s) && r.err.contains(u"NS_TOKEN"_s), qPrintable(r.err));
        QCOMPARE(m_ns->server().requestCount(), 0);
    }

    void tokenFromStandardInput()
    {
        startFake();
        const QString token = m_ns->addSubject(u"cli"_s, {u"admin"_s});
        QProcessEnvironment e = env();
        e.remove(u"NS_SECRET"_s);
        QProcess process;
        process.setProcessEnvironment(e);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NB_CLI_BINARY), {u"nightscout"_s, u"check"_s, u"--token-file"_s, u"-"_s});
        process.write(token.toUtf8() + '\n');
        process.closeWriteChannel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitCode(), 0);
    }

#if defined(Q_OS_LINUX) && defined(NDEBUG)
    void releaseBuildWritesNoCoreDump()
    {
        startFake();
        QProcess process; // waits for its input on standard input: alive long enough to look at
        process.setProcessEnvironment(env());
        process.start(QStringLiteral(NB_CLI_BINARY), {u"nightscout"_s, u"upload"_s, u"-"_s});
        QVERIFY(process.waitForStarted());
        QTest::qWait(500);
        QFile limits(u"/proc/%1/limits"_s.arg(process.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray text = limits.readAll();
        const qsizetype at = text.indexOf("Max core file size");
        QVERIFY(at >= 0);
        const QList<QByteArray> fields = text.mid(at + 18, text.indexOf('\n', at) - at - 18).simplified().split(' ');
        QCOMPARE(fields.value(0), QByteArray("0"));
        QCOMPARE(fields.value(1), QByteArray("0"));
        process.kill();
        process.waitForFinished();
    }
#endif

    void checkWithTokenFile()
    {
        startFake();
        const QString token = m_ns->addSubject(u"cli"_s, {u"admin"_s});
        QProcessEnvironment e = env();
        e.remove(u"NS_SECRET"_s);
        const Run r =
            cli({u"nightscout"_s, u"check"_s, u"--token-file"_s, writeFile(u"token"_s, token.toUtf8() + '\n')}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(token));
        QVERIFY(!r.err.contains(token));
    }

    void upload()
    {
        startFake();
        const QString file = writeFile(u"batch.json"_s, batchJson(7));
        Run r = cli({u"nightscout"_s, u"upload"_s, file}, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Uploaded 8 documents"_s), qPrintable(r.out));
        QCOMPARE(m_ns->store().documents(NsCollection::Entries).size(), 7);
        QCOMPARE(m_ns->store().documents(NsCollection::DeviceStatus).size(), 1);
        // Again: entries are upserts, the unchanged devicestatus is not posted twice.
        r = cli({u"nightscout"_s, u"upload"_s, file, u"--json"_s}, env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"unchanged"_s).toInt(), 1);
        QCOMPARE(m_ns->store().documents(NsCollection::Entries).size(), 7);
        QCOMPARE(m_ns->store().documents(NsCollection::DeviceStatus).size(), 1);
    }

    // Issue 12: documents of any uploader (no identifier, no Nightbridge tag) are accepted; each gets a
    // stable identifier from its natural key, so the same file uploaded twice stores everything once.
    void uploadOfOtherUploadersDocumentsTwiceStoresEachOnce()
    {
        startFake();
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QJsonArray entries;
        for (int i = 0; i < 3; ++i)
            entries.append(QJsonObject{{u"type"_s, u"sgv"_s},
                                       {u"sgv"_s, 120 + i},
                                       {u"date"_s, double(t.addSecs(300 * i).toMSecsSinceEpoch())},
                                       {u"device"_s, u"xDrip-DexcomG6"_s}});
        const QJsonArray treatments{QJsonObject{{u"eventType"_s, u"Meal Bolus"_s},
                                                {u"created_at"_s, t.toOffsetFromUtc(3600).toString(Qt::ISODate)},
                                                {u"carbs"_s, 30},
                                                {u"insulin"_s, 2.5},
                                                {u"enteredBy"_s, u"xdrip"_s}},
                                    QJsonObject{{u"eventType"_s, u"Note"_s},
                                                {u"created_at"_s, t.addSecs(600).toString(Qt::ISODateWithMs)},
                                                {u"notes"_s, u"walk"_s},
                                                {u"_id"_s, u"65a1b2c3d4e5f60718293a4b"_s}}};
        const QJsonArray devicestatus{QJsonObject{{u"device"_s, u"openaps://rig"_s},
                                                  {u"created_at"_s, t.toString(Qt::ISODateWithMs)},
                                                  {u"pump"_s, QJsonObject{{u"reservoir"_s, 100}}}}};
        const QJsonArray profile{QJsonObject{{u"defaultProfile"_s, u"Default"_s},
                                             {u"startDate"_s, u"2025-01-01T00:00:00.000Z"_s},
                                             {u"store"_s, QJsonObject{{u"Default"_s, QJsonObject{{u"dia"_s, 4}}}}}}};
        const QString file = writeFile(u"foreign.json"_s, QJsonDocument(QJsonObject{{u"entries"_s, entries},
                                                                                    {u"treatments"_s, treatments},
                                                                                    {u"devicestatus"_s, devicestatus},
                                                                                    {u"profile"_s, profile}})
                                                              .toJson());
        for (int run = 0; run < 2; ++run) {
            const Run r = cli({u"nightscout"_s, u"upload"_s, file}, env());
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QCOMPARE(m_ns->store().documents(NsCollection::Entries).size(), 3);
            QCOMPARE(m_ns->store().documents(NsCollection::Treatments).size(), 2);
            QCOMPARE(m_ns->store().documents(NsCollection::DeviceStatus).size(), 1);
            QCOMPARE(m_ns->store().documents(NsCollection::Profile).size(), 1);
        }
        // Every document carries a stable identifier, treatments included (Nightscout 15.0.9 dedupes
        // v1 treatments without one by more fields); the other database's _id is not sent.
        for (NsCollection c :
             {NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus, NsCollection::Profile}) {
            for (const QJsonObject &doc : m_ns->store().documents(c))
                QVERIFY(!doc.value(u"identifier"_s).toString().isEmpty());
        }
        for (const auto &request : m_ns->server().requests()) {
            if (request.method == "POST" && request.path.contains(u"treatments"_s)) {
                for (const QJsonValue &doc : QJsonDocument::fromJson(request.body).array()) {
                    QVERIFY(!doc[u"identifier"_s].toString().isEmpty());
                    QVERIFY(!doc.toObject().contains(u"_id"_s));
                }
            }
        }
    }

    // Invalid documents are named one by one and make the command fail; the valid ones are uploaded.
    void invalidDocumentsAreReportedAndFailTheCommand()
    {
        startFake();
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        const QJsonObject batch{
            {u"entries"_s, QJsonArray{QJsonObject{{u"sgv"_s, 100}, {u"date"_s, double(ms)}},
                                      QJsonObject{{u"type"_s, u"sgv"_s}, {u"sgv"_s, 101}, {u"date"_s, double(ms)}}}},
            {u"treatments"_s, QJsonArray{QJsonObject{{u"eventType"_s, u"Note"_s}, {u"created_at"_s, u"soon"_s}}}}};
        const QString file = writeFile(u"invalid.json"_s, QJsonDocument(batch).toJson());
        Run r = cli({u"nightscout"_s, u"upload"_s, file}, env());
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(u"entries[0]: entry without type"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"treatments[0]: no valid created_at"_s), qPrintable(r.err));
        QVERIFY(r.out.contains(u"2 refused"_s));
        QCOMPARE(m_ns->store().documents(NsCollection::Entries).size(), 1);
        QCOMPARE(m_ns->store().documents(NsCollection::Treatments).size(), 0);
        r = cli({u"nightscout"_s, u"upload"_s, file, u"--json"_s}, env());
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[u"invalid"_s].toArray().size(), 2);
        r = cli({u"nightscout"_s, u"upload"_s, file, u"--pretend"_s}, env());
        QCOMPARE(r.exitCode, 6);
    }

    void pretendSendsNothing()
    {
        startFake();
        const QString file = writeFile(u"pretend.json"_s, batchJson(1200));
        const Run r = cli({u"nightscout"_s, u"upload"_s, file, u"--pretend"_s, u"--batch-size"_s, u"500"_s}, env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_ns->server().requests().size(), 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out.value(u"requests"_s).toArray().size(), 4); // 500 + 500 + 200 entries, 1 devicestatus
        QCOMPARE(out[u"documents"_s][u"entries"_s].toArray().size(), 1200);
        QVERIFY(!r.out.contains(kSecret));
    }

    void errors()
    {
        startFake();
        QCOMPARE(cli({u"nightscout"_s, u"upload"_s, writeFile(u"bad.json"_s, "{\"entries\": 5}")}, env()).exitCode, 6);
        QCOMPARE(cli({u"nightscout"_s, u"upload"_s, writeFile(u"notjson.json"_s, "<html>")}, env()).exitCode, 6);
        QCOMPARE(cli({u"nightscout"_s, u"upload"_s, m_dir.filePath(u"missing.json"_s)}, env()).exitCode, 3);
        QCOMPARE(cli({u"nightscout"_s, u"frobnicate"_s}, env()).exitCode, 2);
        QProcessEnvironment noUrl = env();
        noUrl.remove(u"NS_URL"_s);
        QCOMPARE(cli({u"nightscout"_s, u"check"_s}, noUrl).exitCode, 3);
        QCOMPARE(cli({u"nightscout"_s, u"check"_s, u"--url"_s, u"http://ns.example.org"_s}, noUrl).exitCode, 3);
        QProcessEnvironment noSecret = env();
        noSecret.remove(u"NS_SECRET"_s);
        QCOMPARE(cli({u"nightscout"_s, u"upload"_s, writeFile(u"ok.json"_s, batchJson(1))}, noSecret).exitCode, 3);
        m_ns.reset(); // the site goes away
        startFake();
        const QUrl gone = m_ns->baseUrl();
        m_ns->server().close();
        QProcessEnvironment down = QProcessEnvironment::systemEnvironment();
        down.insert(u"NS_URL"_s, gone.toString());
        down.insert(u"NS_SECRET"_s, kSecret);
        QCOMPARE(cli({u"nightscout"_s, u"check"_s}, down).exitCode, 5);
    }
};

QTEST_GUILESS_MAIN(TestNightscoutCli)
#include "tst_nightscoutcli.moc"
