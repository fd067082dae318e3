// nightbridge-sim end to end: `nightbridge-sim serve` prints export lines and `# ready`; a shell sources
// them and runs `nightbridge-cli sync --once` with NS_URL/NS_SECRET of a fake Nightscout in this process;
// both simulated accounts (Tandem and CareLink) arrive there; SIGTERM ends the tool cleanly.
#include "common/clock.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
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
        const auto stopOnFailure = qScopeGuard([&sim] {
            if (sim.state() != QProcess::NotRunning) {
                sim.kill();
                sim.waitForFinished(5000);
            }
        });
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
        cli.start(u"/bin/sh"_s,
                  {u"-c"_s, u". \"$1\" && exec \"$2\" sync --once"_s, u"sh"_s, envFile, QStringLiteral(NB_CLI_BINARY)});
        QVERIFY(cli.waitForStarted(10000));
        // Not waitForFinished: the fake site lives in this thread's event loop.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 240000);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, qPrintable(out + err));

        // Both accounts arrived: readings and treatments, each tagged by its uploader (Tandem's and CareLink's).
        QStringList devices;
        for (NsCollection c : {NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus}) {
            for (const QJsonObject &doc : site.store().documents(c)) {
                const QString device = doc.value(u"device"_s).toString();
                const QString enteredBy = doc.value(u"enteredBy"_s).toString();
                for (const QString &tag : {device, enteredBy}) {
                    if (!tag.isEmpty() && !devices.contains(tag))
                        devices << tag;
                }
            }
        }
        const QString all = devices.join(u", "_s);
        QVERIFY2(all.contains(u"carelink"_s, Qt::CaseInsensitive), qPrintable(all));
        QVERIFY2(all.contains(u"tandem"_s, Qt::CaseInsensitive) || all.contains(u"tconnect"_s, Qt::CaseInsensitive),
                 qPrintable(all));
        QVERIFY(!site.store().documents(NsCollection::Entries).isEmpty());
        QVERIFY(!site.store().documents(NsCollection::Treatments).isEmpty());
        // Readings of both: the CGM of the Tandem pump and CareLink's sensor.
        int tandemEntries = 0;
        int careLinkEntries = 0;
        for (const QJsonObject &e : site.store().documents(NsCollection::Entries)) {
            const QString device = e.value(u"device"_s).toString();
            tandemEntries += device.contains(u"carelink"_s, Qt::CaseInsensitive) ? 0 : 1;
            careLinkEntries += device.contains(u"carelink"_s, Qt::CaseInsensitive) ? 1 : 0;
        }
        QVERIFY(tandemEntries > 0);
        QVERIFY(careLinkEntries > 0);

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
