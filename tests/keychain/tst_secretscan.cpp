#include "manualclock.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using nb::sim::FakeNightscout;

namespace {
// Distinctive values: any of them (or the API secret's SHA-1, which authenticates as well as the secret)
// found in a file the app wrote is a leak.
const QString kApiSecret = QStringLiteral("nbscan-API-secret-7f3c9e");
const QString kTandemPassword = QStringLiteral("nbscan-Tandem-pw-51d2");
const QString kTandemEmail = QStringLiteral("nbscan.user@example.org");
} // namespace

// Runs the CLI through the flows that handle secrets — storing an account's password and the site's
// secret in the real keychain, testing and uploading to Nightscout, a demo sync, status — with every
// log category at debug level including the HTTP trace, then reads every file those runs wrote.
class TestSecretScan : public QObject {
    Q_OBJECT

    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<FakeNightscout> m_ns;
    QTemporaryDir m_outside; // the test's own inputs (password files): not scanned
    QTemporaryDir m_root;    // everything the app may write: scanned
    QString m_output;        // everything the CLI printed

    QStringList forbidden() const
    {
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(kApiSecret.toUtf8(), QCryptographicHash::Sha1).toHex());
        return {kApiSecret, hash, hash.toUpper(), kTandemPassword, kTandemEmail};
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment(); // keeps the keyring's D-Bus session
        const QString root = m_root.path();
        e.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
        e.insert(QStringLiteral("XDG_STATE_HOME"), root + QStringLiteral("/state"));
        e.insert(QStringLiteral("NS_URL"), m_ns->baseUrl().toString());
        e.insert(QStringLiteral("NS_SECRET"), kApiSecret);
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nightbridge.*=true"));
        e.remove(QStringLiteral("NS_TOKEN"));
        e.remove(QStringLiteral("NIGHTBRIDGE_CREDENTIAL_STORE"));
        return e;
    }

    int cli(const QStringList &args)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_root.path());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NB_CLI_BINARY),
                      QStringList{QStringLiteral("--config"), m_root.filePath(QStringLiteral("config/nightbridge")),
                                  QStringLiteral("-v")} +
                          args);
        if (!finished.wait(60000)) {
            process.kill();
            return -1;
        }
        m_output += QString::fromUtf8(process.readAllStandardOutput());
        m_output += QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QString writeOutside(const QString &name, const QByteArray &content)
    {
        QFile f(m_outside.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_outside.isValid());
        QVERIFY(m_root.isValid());
        FakeNightscout::Options o;
        o.apiSecret = kApiSecret;
        o.authFailDelay = std::chrono::milliseconds(100);
        m_ns = std::make_unique<FakeNightscout>(m_clock, o);
        QVERIFY(m_ns->listen());
    }

    void secretsNeverReachFiles()
    {
        const QString passwordFile = writeOutside(QStringLiteral("pw"), kTandemPassword.toUtf8() + '\n');
        const QString secretFile = writeOutside(QStringLiteral("ns"), kApiSecret.toUtf8() + '\n');
        QCOMPARE(
            cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("tandem"), QStringLiteral("--id"),
                 QStringLiteral("t1"), QStringLiteral("--email"), kTandemEmail, QStringLiteral("--password-file"),
                 passwordFile, QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin")}),
            0);
        QCOMPARE(cli({QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("--site-url"),
                      m_ns->baseUrl().toString(), QStringLiteral("--nightscout-secret-file"), secretFile}),
                 0);
        QCOMPARE(cli({QStringLiteral("accounts"), QStringLiteral("list")}), 0);
        QCOMPARE(cli({QStringLiteral("nightscout"), QStringLiteral("check")}), 0);

        const QJsonObject entry{{QStringLiteral("type"), QStringLiteral("sgv")},
                                {QStringLiteral("sgv"), 123},
                                {QStringLiteral("date"), double(QDateTime::currentMSecsSinceEpoch())},
                                {QStringLiteral("device"), QStringLiteral("nightbridge-scan")},
                                {QStringLiteral("identifier"), QStringLiteral("6a0c3e52-3f0e-5b7b-9a55-0d2a2f1f7c11")}};
        const QString batch =
            writeOutside(QStringLiteral("batch.json"),
                         QJsonDocument(QJsonObject{{QStringLiteral("entries"), QJsonArray{entry}}}).toJson());
        QCOMPARE(cli({QStringLiteral("nightscout"), QStringLiteral("upload"), batch}), 0);
        QCOMPARE(cli({QStringLiteral("--demo"), QStringLiteral("sync"), QStringLiteral("--once")}), 0);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--json")}), 0);

        // The flows really used the secret: the site holds what they uploaded (the demo uploads only into
        // its own fake site, never into this configured one).
        QCOMPARE(m_ns->store().documents(NsCollection::Entries).size(), qsizetype(1));

        int files = 0;
        qint64 bytes = 0;
        bool sawLog = false;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = f.readAll();
            ++files;
            bytes += content.size();
            sawLog = sawLog || (path.endsWith(QLatin1String(".log")) && !content.isEmpty());
            for (const QString &secret : forbidden())
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(path + QStringLiteral(" contains a secret")));
        }
        for (const QString &secret : forbidden())
            QVERIFY2(!m_output.contains(secret), "a secret in the CLI's output");
        qInfo("scanned %d files, %lld bytes, and %lld characters of output", files, bytes, qint64(m_output.size()));
        QVERIFY2(sawLog, "the debug log was written, so the scan covered it");
        QVERIFY2(m_output.contains(QLatin1String("nightbridge.net.http")), "the HTTP trace was on during the runs");
        QVERIFY(files >= 3);
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
