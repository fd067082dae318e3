// `nightbridge-cli --demo sync --once` as a process, with NS_URL/NS_SECRET and the settings pointing at
// recording loopback servers: the demo syncs into its own in-process fake site and neither server is
// ever contacted (simulated readings must never reach a site that phones, watches and closed loops read).
#include "settings/settings.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;

namespace {

// Counts every connection; answers nothing.
class RecordingServer : public QObject {
public:
    RecordingServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->setParent(this);
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace

class TestDemoIsolation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cliDemoSyncNeverReachesAConfiguredSite()
    {
        RecordingServer settingsSite;
        RecordingServer envSite;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Settings settings(dir.filePath(u"nightbridge.ini"_s));
            QVERIFY(settings.migrate().ok());
            QVERIFY(settings.setValue(keys::nightscoutAllowInsecureHttp, true).ok());
            QVERIFY(settings.setValue(keys::nightscoutUrl, settingsSite.url()).ok());
            QVERIFY(settings.sync().ok());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"TCONNECT_"_s) || name.startsWith(u"CARELINK_"_s) ||
                name.startsWith(u"NIGHTBRIDGE_"_s))
                env.remove(name);
        }
        env.insert(u"NS_URL"_s, envSite.url());
        env.insert(u"NS_SECRET"_s, u"a-long-enough-api-secret"_s);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(NB_CLI_BINARY), {u"--config"_s, dir.path(), u"--demo"_s, u"sync"_s, u"--once"_s});
        QVERIFY(cli.waitForStarted(10000));
        // Not waitForFinished: the recording servers live in this thread's event loop.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 240000);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, qPrintable(err));
        QVERIFY(err.contains(u"DEMO MODE"_s));
        QTest::qWait(100);
        QCOMPARE(settingsSite.connections(), 0);
        QCOMPARE(envSite.connections(), 0);
    }
};

QTEST_MAIN(TestDemoIsolation)
#include "tst_demoisolation.moc"
