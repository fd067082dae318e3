// nightbridge-cli as tconnectsync's cron lines and a user debugging by hand meet it, run as a process
// against the fakes of nb_test_services: --features in tconnectsync's space-separated form, `nightscout
// check` without flags, import-env twice and without a keychain, status for never-synced accounts and
// missing secrets, `carelink login` without --account, `doctor`, and the scheduling examples of --help.
#include "synctestharness.h"

#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>

using namespace nb;
using namespace nb::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Runs the CLI while this thread's event loop keeps running (for servers living in the test itself).
CliRun runWithEvents(const QStringList &args, const QProcessEnvironment &env = SyncHarness::cleanEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NB_CLI_BINARY), args);
    CliRun run;
    if (!p.waitForStarted(10000))
        return run;
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

// Answers every request with 404 and a Date header `offsetSeconds` away from the real time.
class SkewedDateServer : public QTcpServer {
public:
    explicit SkewedDateServer(qint64 offsetSeconds)
        : m_offset(offsetSeconds)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(m_offset),
                                                               u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
                    socket->write("HTTP/1.1 404 Not Found\r\nDate: " + date.toLatin1() +
                                  "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1/discovery"_s.arg(serverPort()); }

private:
    qint64 m_offset;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

} // namespace

class TestCliCron : public QObject {
    Q_OBJECT
private:
    SyncHarness m_harness;

    QString password() const { return m_harness.hello().value(u"tandemPassword"_s).toString(); }
    QString secret() const { return m_harness.hello().value(u"secret"_s).toString(); }
    int credentialPosts() { return m_harness.stats().value(u"tandemCredentialPosts"_s).toInt(); }

    static CliRun cli(const QTemporaryDir &dir, const QStringList &args)
    {
        return SyncHarness::cli(QStringList{u"--config"_s, dir.path()} + args);
    }

    // A configuration pointing at the fakes with one Tandem account (CGM included) and the site's secret.
    bool tandemAccount(const QTemporaryDir &dir, bool withNightscoutSecret = true)
    {
        if (!m_harness.configure(dir.path(), 0, 500))
            return false;
        QStringList add = {u"accounts"_s,
                           u"add"_s,
                           u"tandem"_s,
                           u"--email"_s,
                           m_harness.hello().value(u"tandemEmail"_s).toString(),
                           u"--timezone"_s,
                           u"America/New_York"_s,
                           u"--features"_s,
                           u"default,CGM"_s,
                           u"--password-file"_s,
                           dir.filePath(u"tandem-password"_s)};
        const CliRun r = cli(dir, add);
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return false;
        }
        if (!withNightscoutSecret)
            return true;
        return cli(dir, {u"accounts"_s, u"set"_s, u"--nightscout-secret-file"_s, dir.filePath(u"ns-secret"_s)})
                   .exitCode == 0;
    }

    // Removes the Tandem password (and session) from the file credential store.
    static bool forgetTandemPassword(const QTemporaryDir &dir)
    {
        QFile store(dir.filePath(u"credentials.json"_s));
        if (!store.open(QIODevice::ReadWrite))
            return false;
        QJsonObject root = QJsonDocument::fromJson(store.readAll()).object();
        QJsonObject secrets = root.value(u"secrets"_s).toObject();
        secrets.remove(u"account/tandem/password"_s);
        secrets.remove(u"account/tandem/token"_s);
        root.insert(u"secrets"_s, secrets);
        store.resize(0);
        return store.write(QJsonDocument(root).toJson()) > 0;
    }

    static QJsonObject pretendDocuments(const CliRun &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"documents"_s).toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_harness.start(
            {u"--offset-hours"_s, u"1"_s, u"--history-days"_s, u"2"_s, u"--nightscout-sites"_s, u"2"_s}));
    }

    void featuresTakeTconnectsyncsSpaceSeparatedForm()
    {
        QTemporaryDir dir;
        QVERIFY(tandemAccount(dir));
        const CliRun spaced =
            cli(dir, {u"--pretend"_s, u"--json"_s, u"--features"_s, u"BASAL"_s, u"BOLUS"_s, u"PUMP_EVENTS"_s});
        QVERIFY2(spaced.exitCode == 0, qPrintable(spaced.err));
        const QJsonObject docs = pretendDocuments(spaced);
        QVERIFY(docs.value(u"treatments"_s).toArray().size() > 0);
        QCOMPARE(docs.value(u"entries"_s).toArray().size(), 0); // CGM was not asked for this time
        const CliRun commas = cli(dir, {u"--pretend"_s, u"--json"_s, u"--features"_s, u"BASAL,BOLUS,PUMP_EVENTS"_s});
        QVERIFY2(commas.exitCode == 0, qPrintable(commas.err));
        QCOMPARE(pretendDocuments(commas).value(u"treatments"_s).toArray().size(),
                 docs.value(u"treatments"_s).toArray().size());
        // A command after the names is still the command.
        const CliRun withVerb = cli(dir, {u"--features"_s, u"BASAL"_s, u"BOLUS"_s, u"sync"_s, u"--json"_s});
        QVERIFY2(withVerb.exitCode == 0, qPrintable(withVerb.err));
    }

    void unknownFeaturesAreRefusedWithTheKnownOnes()
    {
        QTemporaryDir dir;
        QVERIFY(tandemAccount(dir));
        const int documentsBefore = int(m_harness.documents(0, u"treatments"_s).size());
        const CliRun r = cli(dir, {u"--features"_s, u"BASAL"_s, u"BOLUSES_TYPO"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"BOLUSES_TYPO"_s) && r.err.contains(u"PUMP_EVENTS"_s), qPrintable(r.err));
        QCOMPARE(int(m_harness.documents(0, u"treatments"_s).size()), documentsBefore);
        QTemporaryDir demo;
        const CliRun d = cli(demo, {u"--demo"_s, u"--features"_s, u"BASAL"_s, u"NOPE"_s, u"sync"_s, u"--once"_s});
        QCOMPARE(d.exitCode, 2);
        QVERIFY2(d.err.contains(u"NOPE"_s) && d.err.contains(u"BOLUS"_s), qPrintable(d.err));
    }

    void nightscoutCheckUsesTheConfiguredSiteAndStoredSecret()
    {
        QTemporaryDir dir;
        QVERIFY(tandemAccount(dir));
        CliRun r = cli(dir, {u"nightscout"_s, u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"Write permission:  yes"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(secret()) && !r.err.contains(secret()));
        // The same through NIGHTBRIDGE_CONFIG_DIR, as a container sets it.
        QProcessEnvironment env = SyncHarness::cleanEnvironment();
        env.insert(u"NIGHTBRIDGE_CONFIG_DIR"_s, dir.path());
        r = SyncHarness::cli({u"nightscout"_s, u"check"_s, u"--json"_s}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"canWrite"_s).toBool());
    }

    void importEnvTwiceUpdatesTheAccountItMade()
    {
        QTemporaryDir target;
        QProcessEnvironment env = SyncHarness::cleanEnvironment();
        env.insert(u"NIGHTBRIDGE_CREDENTIAL_STORE"_s, u"file"_s);
        const QStringList args = {u"--config"_s, target.path(), u"import-env"_s,
                                  QStringLiteral(NB_TEST_DATA_DIR "/env/tconnectsync.env")};
        QCOMPARE(SyncHarness::cli(args, env).exitCode, 0);
        const CliRun again = SyncHarness::cli(args, env);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(u"updated"_s));
        const CliRun list = cli(target, {u"accounts"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    }

    void importEnvWithoutKeychainChangesNothing()
    {
        QTemporaryDir target;
        QProcessEnvironment env = SyncHarness::cleanEnvironment();
        // No Secret Service can be reached on this bus.
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1/no-bus"_s.arg(target.path()));
        const QString file = QStringLiteral(NB_TEST_DATA_DIR "/env/tconnectsync.env");
        CliRun r = SyncHarness::cli({u"--config"_s, target.path(), u"import-env"_s, file}, env);
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(u"NIGHTBRIDGE_CREDENTIAL_STORE=file"_s) && r.err.contains(u"--credential-store file"_s),
                 qPrintable(r.err));
        QFile ini(target.filePath(u"nightbridge.ini"_s));
        if (ini.open(QIODevice::ReadOnly)) {
            const QByteArray settings = ini.readAll();
            QVERIFY(!settings.contains("my-nightscout") && !settings.contains("accounts"));
        }
        // The flag it names works, and is remembered for the commands that follow.
        r = SyncHarness::cli({u"--config"_s, target.path(), u"import-env"_s, u"--credential-store"_s, u"file"_s, file},
                             env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(target.filePath(u"credentials.json"_s)));
        r = SyncHarness::cli({u"--config"_s, target.path(), u"status"_s, u"--json"_s}, env);
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QVERIFY2(status.value(u"vendorSecretStored"_s).toBool(), qPrintable(r.out + r.err));
    }

    void statusSaysNeverSyncedAndWhatIsMissing()
    {
        QTemporaryDir dir;
        QVERIFY(tandemAccount(dir, false));
        CliRun r = cli(dir, {u"status"_s});
        QCOMPARE(r.exitCode, 1); // the Nightscout secret is missing: needs attention
        QVERIFY2(r.out.contains(u"never synced"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"Synced never"_s) && !r.out.contains(u"last success:  never\n"_s));
        QVERIFY2(r.out.contains(u"password stored"_s) && r.out.contains(u"Nightscout secret MISSING"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"--nightscout-secret-file"_s));
        r = cli(dir, {u"status"_s, u"--json"_s});
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QVERIFY(o.value(u"neverSynced"_s).toBool());
        QVERIFY(o.value(u"vendorSecretStored"_s).toBool());
        QVERIFY(!o.value(u"nightscoutSecretStored"_s).toBool());
        QCOMPARE(
            cli(dir, {u"accounts"_s, u"set"_s, u"--nightscout-secret-file"_s, dir.filePath(u"ns-secret"_s)}).exitCode,
            0);
        r = cli(dir, {u"status"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY(r.out.contains(u"Nightscout secret stored"_s));
    }

    void careLinkLoginPicksTheOnlyAccountOrListsThem()
    {
        QTemporaryDir dir;
        QVERIFY(m_harness.configure(dir.path(), 1));
        QCOMPARE(
            cli(dir, {u"accounts"_s, u"add"_s, u"carelink"_s, u"--country"_s, u"DE"_s, u"--id"_s, u"kid"_s}).exitCode,
            0);
        // No --account, no --country: the only CareLink account, with its own country.
        QProcess p;
        p.setProcessEnvironment(SyncHarness::cleanEnvironment());
        p.start(QStringLiteral(NB_CLI_BINARY), {u"--config"_s, dir.path(), u"carelink"_s, u"login"_s});
        QVERIFY(p.waitForStarted(10000));
        QString url;
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                p.waitForReadyRead(100);
                err += p.readAllStandardError();
                while (p.canReadLine()) {
                    const QString line = QString::fromUtf8(p.readLine()).trimmed();
                    if (line.startsWith(u"http"_s))
                        url = line;
                }
                return !url.isEmpty() || p.state() == QProcess::NotRunning;
            },
            30000));
        QVERIFY2(!url.isEmpty(), err.constData());
        p.write(m_harness.control("POST", u"/approve"_s, url.toUtf8()) + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        err += p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("nightbridge."), err.constData()); // no internal log lines
        const CliRun status = cli(dir, {u"status"_s, u"--json"_s});
        QVERIFY(QJsonDocument::fromJson(status.out.toUtf8())
                    .array()
                    .first()
                    .toObject()
                    .value(u"vendorSecretStored"_s)
                    .toBool());

        QCOMPARE(cli(dir, {u"accounts"_s, u"add"_s, u"carelink"_s, u"--country"_s, u"DE"_s, u"--id"_s, u"sibling"_s})
                     .exitCode,
                 0);
        const CliRun several = cli(dir, {u"carelink"_s, u"login"_s}); // no terminal to ask on
        QCOMPARE(several.exitCode, 2);
        QVERIFY2(several.err.contains(u"kid"_s) && several.err.contains(u"sibling"_s), qPrintable(several.err));
    }

    void doctorChecksEverythingInOneGo()
    {
        QTemporaryDir dir;
        QVERIFY(tandemAccount(dir));
        QCOMPARE(cli(dir, {u"check-login"_s}).exitCode, 0);
        const int postsBefore = credentialPosts();
        const CliRun r = cli(dir, {u"doctor"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const QString &check :
             {u"[ok]   configuration"_s, u"[ok]   credential store"_s, u"[ok]   secrets of tandem"_s,
              u"[ok]   Nightscout"_s, u"[ok]   sign-in of tandem"_s, u"[ok]   disk"_s})
            QVERIFY2(r.out.contains(check), qPrintable(check + u"\n"_s + r.out));
        QVERIFY(r.out.contains(u"clock"_s));
        QVERIFY(!r.out.contains(password()) && !r.out.contains(secret()));
        QCOMPARE(credentialPosts(), postsBefore); // the session of check-login served: no password sent again
    }

    void doctorNamesTheProblemAndTheFix()
    {
        QTemporaryDir dir;
        QVERIFY(tandemAccount(dir));
        QVERIFY(SyncHarness::writeFile(dir.filePath(u"wrong-secret"_s), u"not-the-secret-12"_s));
        QCOMPARE(cli(dir, {u"accounts"_s, u"set"_s, u"--nightscout-secret-file"_s, dir.filePath(u"wrong-secret"_s)})
                     .exitCode,
                 0);
        const CliRun r = cli(dir, {u"doctor"_s});
        QCOMPARE(r.exitCode, 1);
        const QString failed = r.out.split(u'\n').filter(u"[FAIL] Nightscout"_s).value(0);
        QVERIFY2(failed.contains(u"Fix:"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"problem"_s));

        QTemporaryDir empty;
        const CliRun none = cli(empty, {u"doctor"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.out.contains(u"[FAIL] configuration"_s) && none.out.contains(u"import-env"_s),
                 qPrintable(none.out));
    }

    void doctorSpendsNoSignInAttemptNeedlessly()
    {
        // No password stored: nothing to try with.
        QTemporaryDir dir;
        QVERIFY(tandemAccount(dir));
        QVERIFY(forgetTandemPassword(dir));
        int before = credentialPosts();
        CliRun r = cli(dir, {u"doctor"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"[FAIL] secrets of tandem"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"not tried"_s));
        QCOMPARE(credentialPosts(), before);

        // While a daemon syncs (and holds the lock), doctor leaves the sign-ins to it.
        QTemporaryDir busy;
        QVERIFY(tandemAccount(busy));
        QProcess daemon;
        daemon.setProcessEnvironment(SyncHarness::cleanEnvironment());
        daemon.start(QStringLiteral(NB_CLI_BINARY), {u"--config"_s, busy.path(), u"--auto-update"_s});
        QVERIFY(daemon.waitForStarted());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += daemon.readAllStandardError()).contains("continuously"), 30000);
        QByteArray report;
        // Its first pass (with its own sign-in) is over before counting.
        QTRY_VERIFY_WITH_TIMEOUT((report += daemon.readAllStandardOutput()).contains("uploaded"), 60000);
        before = credentialPosts();
        r = cli(busy, {u"doctor"_s});
        QVERIFY2(r.out.contains(u"[--]   vendor sign-in: not tried"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"sign-in of tandem"_s));
        QCOMPARE(credentialPosts(), before);
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(30000));
    }

    void doctorComparesTheClockWithTheServers()
    {
        SkewedDateServer server(-10 * 60); // the server says it is 10 minutes earlier
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        QVERIFY(m_harness.configure(dir.path(), 1));
        QCOMPARE(cli(dir, {u"accounts"_s, u"add"_s, u"carelink"_s, u"--country"_s, u"DE"_s}).exitCode, 0);
        Settings settings(dir.filePath(u"nightbridge.ini"_s));
        QVERIFY(settings.setValue(keys::careLinkOverride(u"discoveryUrl"_s), server.url()).ok());
        QVERIFY(settings.sync().ok());
        const CliRun r = runWithEvents({u"--config"_s, dir.path(), u"doctor"_s});
        QCOMPARE(r.exitCode, 1);
        const QString clock = r.out.split(u'\n').filter(u"clock"_s).value(0);
        QVERIFY2(clock.startsWith(u"[FAIL]"_s) && clock.contains(u"10 minute"_s) && clock.contains(u"ahead"_s) &&
                     clock.contains(u"Fix:"_s),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"[ok]   disk"_s), qPrintable(r.out + r.err));
    }

    void helpEndsWithSchedulingExamples()
    {
        const CliRun r = SyncHarness::cli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"*/5 * * * * "_s));
        QVERIFY(r.out.contains(u"OnUnitActiveSec=5min"_s) && r.out.contains(u"systemctl --user enable"_s));
        const QStringList lines = r.out.trimmed().split(u'\n');
        QVERIFY2(lines.last().trimmed().startsWith(u"schtasks /create"_s), qPrintable(lines.last()));
        QVERIFY(!r.out.contains(u".bat"_s));
        QVERIFY(r.out.contains(u"doctor"_s));
        QVERIFY(r.out.contains(u"--features BASAL BOLUS"_s));
    }

    void cleanupTestCase() { m_harness.stop(); }
};

QTEST_GUILESS_MAIN(TestCliCron)
#include "tst_clicron.moc"
