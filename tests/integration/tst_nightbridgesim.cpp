// nightbridge-sim end to end: `nightbridge-sim serve` prints export lines and `# ready`; a shell sources
// them and runs `nightbridge-cli sync --once` with NS_URL/NS_SECRET of a fake Nightscout in this process;
// both simulated accounts (Tandem and CareLink) arrive there; SIGTERM ends the tool cleanly.
#include "common/clock.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;

class TestNightbridgeSim : public QObject {
    Q_OBJECT

    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"NS_"_s) || name.startsWith(u"TCONNECT_"_s) || name.startsWith(u"CARELINK_"_s) ||
                name.startsWith(u"NIGHTBRIDGE_"_s) || name == u"API_SECRET"_s || name == u"TIMEZONE_NAME"_s)
                env.remove(name);
        }
        return env;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void syncsBothSimulatedAccountsIntoATestSite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SystemClock clock;
        sim::FakeNightscout::Options siteOptions;
        siteOptions.apiSecret = u"sim-test-site-secret"_s;
        sim::FakeNightscout site(clock, siteOptions);
        QVERIFY(site.listen());

        const QString envFile = dir.filePath(u"sim.env"_s);
        QProcess sim;
        sim.setProcessEnvironment(cleanEnvironment());
        sim.setStandardOutputFile(envFile);
        sim.start(QStringLiteral(NB_SIM_BINARY), {u"serve"_s, u"--dir"_s, dir.filePath(u"sim"_s)});
        QVERIFY(sim.waitForStarted(10000));
        const auto envText = [&] {
            QFile f(envFile);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(envText().contains(u"# ready\n"_s) || sim.state() == QProcess::NotRunning, 60000);
        const QString lines = envText();
        QVERIFY2(lines.contains(u"# ready\n"_s), qPrintable(QString::fromUtf8(sim.readAllStandardError())));
        for (const QString &name : {u"TCONNECT_EMAIL"_s, u"TCONNECT_PASSWORD"_s, u"CARELINK_USERNAME"_s,
                                    u"CARELINK_COUNTRY"_s, u"NIGHTBRIDGE_CONFIG_DIR"_s})
            QVERIFY2(lines.contains(u"export "_s + name + u'='), qPrintable(name));

        // Exactly the README's usage: source the lines, then sync once into the site.
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"NS_URL"_s, site.baseUrl().toString());
        env.insert(u"NS_SECRET"_s, siteOptions.apiSecret);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(u"/bin/sh"_s, {u"-c"_s, u". \"$1\" && exec \"$2\" sync --once"_s, u"sh"_s, envFile,
                                 QStringLiteral(NB_CLI_BINARY)});
        QVERIFY(cli.waitForStarted(10000));
        // Not waitForFinished: the fake site lives in this thread's event loop.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 240000);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, qPrintable(out + err));

        // Both accounts arrived: Tandem and CareLink readings, each tagged by its uploader.
        const QList<QJsonObject> entries = site.store().documents(NsCollection::Entries);
        QVERIFY(!entries.isEmpty());
        QStringList devices;
        for (const QJsonObject &e : entries) {
            const QString device = e.value(u"device"_s).toString();
            if (!devices.contains(device))
                devices << device;
        }
        QVERIFY2(devices.size() >= 2, qPrintable(devices.join(u", "_s)));
        QVERIFY(!site.store().documents(NsCollection::Treatments).isEmpty());

        sim.terminate(); // SIGTERM
        QTRY_VERIFY_WITH_TIMEOUT(sim.state() == QProcess::NotRunning, 10000);
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void refusesAnythingButServe()
    {
        QProcess sim;
        sim.start(QStringLiteral(NB_SIM_BINARY), {u"upload"_s});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
    }
};

QTEST_MAIN(TestNightbridgeSim)
#include "tst_nightbridgesim.moc"
