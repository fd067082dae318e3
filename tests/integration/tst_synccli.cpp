// nightbridge-cli's sync family end to end as a process: accounts, check-login, sync, status, backfill,
// pretend, the refused-password pause, the one-process lock, environment configuration and import-env,
// against the fakes of nb_test_services. Secrets never appear in output, settings, state or logs.
#include "synctestharness.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>

using namespace nb;
using namespace nb::test;
using namespace Qt::Literals::StringLiterals;

class TestSyncCli : public QObject {
    Q_OBJECT
private:
    SyncHarness m_harness;
    QTemporaryDir m_dir;
    QStringList cfg() const { return {u"--config"_s, m_dir.path()}; }
    CliRun cli(const QStringList &args) { return checked(SyncHarness::cli(cfg() + args)); }

    QString password() const { return m_harness.hello().value(u"tandemPassword"_s).toString(); }
    QString secret() const { return m_harness.hello().value(u"secret"_s).toString(); }

    // Neither the Tandem password nor the Nightscout secret may be printed.
    CliRun checked(const CliRun &run)
    {
        for (const QString &text : {run.out, run.err}) {
            if (text.contains(password()) || text.contains(secret()))
                qFatal("a secret was printed");
        }
        return run;
    }

    int entries(int site)
    {
        return int(m_harness.documents(site, u"entries"_s).size()) +
               int(m_harness.documents(site, u"treatments"_s).size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_harness.start(
            {u"--offset-hours"_s, u"1"_s, u"--history-days"_s, u"3"_s, u"--nightscout-sites"_s, u"2"_s}));
        QVERIFY(m_harness.configure(m_dir.path(), 0, 500));
    }

    void accountsAreAddedWithSecretsInTheStore()
    {
        CliRun r = cli({u"accounts"_s, u"add"_s, u"tandem"_s, u"--email"_s,
                        m_harness.hello().value(u"tandemEmail"_s).toString(), u"--password-file"_s,
                        m_dir.filePath(u"tandem-password"_s), u"--timezone"_s, u"America/New_York"_s, u"--features"_s,
                        u"default,CGM"_s, u"--name"_s, u"Kid pump"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"accounts"_s, u"set"_s, u"--nightscout-secret-file"_s, m_dir.filePath(u"ns-secret"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"accounts"_s, u"add"_s, u"tandem"_s, u"--id"_s, u"BAD ID"_s, u"--email"_s, u"x@example.com"_s,
                 u"--password-file"_s, m_dir.filePath(u"tandem-password"_s)});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"accounts"_s, u"add"_s, u"tandem"_s, u"--timezone"_s, u"Mars/Olympus"_s, u"--email"_s,
                 u"x@example.com"_s, u"--password-file"_s, m_dir.filePath(u"tandem-password"_s)});
        QCOMPARE(r.exitCode, 3);
        r = cli({u"accounts"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Kid pump"_s));
        QVERIFY(!r.out.contains(u"tandem-2"_s)); // the refused one was not half-created
        r = cli({u"accounts"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        QFile ini(m_dir.filePath(u"nightbridge.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(!settings.contains(password().toUtf8()));
        QVERIFY(!settings.contains("example.com")); // the e-mail is personal: credential store only
    }

    void checkLoginSyncAndStatus()
    {
        CliRun r = cli({u"check-login"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"signed in"_s));
        r = cli({u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"uploaded"_s));
        const int stored = entries(0);
        QVERIFY(stored > 100);
        r = cli({u"sync"_s, u"--once"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        // At most the open basal record again (its duration grows until the next one): replaced, not added.
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"uploaded"_s).toInt() <= 2);
        QCOMPARE(entries(0), stored);
        r = cli({u"status"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(status.value(u"state"_s).toString(), u"ok"_s);
        QVERIFY(status.value(u"latestReading"_s).toObject().value(u"mgdl"_s).toInt() > 0);
        QVERIFY(status.value(u"uploadedTotal"_s).toInt() >= stored);
        r = cli({u"status"_s});
        QVERIFY(r.out.contains(u"last reading"_s));
    }

    void pretendChangesNothing()
    {
        m_harness.control("POST", u"/advance?minutes=30"_s);
        const int before = entries(0);
        CliRun r = cli({u"--pretend"_s, u"--json"_s}); // tconnectsync style: no command
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(report.value(u"documents"_s).toObject().value(u"entries"_s).toArray().size() > 0);
        QCOMPARE(entries(0), before);
    }

    void backfillWithPretendDiffThenForReal()
    {
        const QString diff = m_dir.filePath(u"diff.json"_s);
        CliRun r = cli({u"backfill"_s, u"--days"_s, u"3"_s, u"--pretend"_s, u"--output"_s, diff});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"pretend"_s));
        QFile file(diff);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject missing = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value(u"tandem"_s)
                                        .toObject()
                                        .value(u"missing"_s)
                                        .toObject();
        QVERIFY(missing.value(u"treatments"_s).toArray().size() > 0); // the first two days were never synced
        r = cli({u"--start-date"_s, QDate::currentDate().addDays(-3).toString(Qt::ISODate), u"--end-date"_s,
                 QDate::currentDate().toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"uploaded"_s));
        r = cli({u"backfill"_s, u"--days"_s, u"3"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(u"progress"_s)
                     .toObject()
                     .value(u"uploaded"_s)
                     .toInt(),
                 0);
    }

    void refusedPasswordPausesWithoutLockout()
    {
        // The session token expires (removed from the store): the next sync signs in again, with a password
        // the service no longer accepts.
        m_harness.control("POST", u"/tandem-password?value=changed-on-the-website"_s);
        QFile store(m_dir.filePath(u"credentials.json"_s));
        QVERIFY(store.open(QIODevice::ReadWrite));
        QJsonObject root = QJsonDocument::fromJson(store.readAll()).object();
        QJsonObject secrets = root.value(u"secrets"_s).toObject();
        secrets.remove(u"account/tandem/token"_s);
        root.insert(u"secrets"_s, secrets);
        store.resize(0);
        store.write(QJsonDocument(root).toJson());
        store.close();
        const int postsBefore = m_harness.stats().value(u"tandemCredentialPosts"_s).toInt();
        CliRun r = cli({u"sync"_s});
        QCOMPARE(r.exitCode, 4);
        for (int i = 0; i < 4; ++i) // cron keeps calling: nothing is tried again
            QCOMPARE(cli({u"sync"_s}).exitCode, 4);
        QCOMPARE(m_harness.stats().value(u"tandemCredentialPosts"_s).toInt() - postsBefore, 1);
        QVERIFY(!m_harness.stats().value(u"tandemLocked"_s).toBool());
        r = cli({u"status"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(u"state"_s).toString(),
                 u"needs-attention"_s);
        QVERIFY(SyncHarness::writeFile(m_dir.filePath(u"new-password"_s), u"changed-on-the-website"_s));
        r = cli({u"accounts"_s, u"set"_s, u"tandem"_s, u"--password-file"_s, m_dir.filePath(u"new-password"_s)});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void oneSyncingProcessAtATime()
    {
        QProcess daemon;
        daemon.setProcessEnvironment(SyncHarness::cleanEnvironment());
        daemon.start(QStringLiteral(NB_CLI_BINARY), cfg() + QStringList{u"--auto-update"_s});
        QVERIFY(daemon.waitForStarted());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += daemon.readAllStandardError()).contains("continuously"), 30000);
        const CliRun busy = cli({u"sync"_s});
        QCOMPARE(busy.exitCode, 8);
        QVERIFY(busy.err.contains(u"Another Nightbridge process"_s));
        // Issue 11: a sign-in check or an account change would rotate tokens and rewrite state behind the
        // daemon's back: they wait for the lock too; listing is read-only and works.
        const int loginsBefore = m_harness.stats().value(u"tandemCredentialPosts"_s).toInt(-1);
        const CliRun check = cli({u"check-login"_s});
        QCOMPARE(check.exitCode, 8);
        QVERIFY(check.err.contains(u"Another Nightbridge process"_s));
        QVERIFY(!check.out.contains(u"signed in"_s));
        QCOMPARE(m_harness.stats().value(u"tandemCredentialPosts"_s).toInt(-1), loginsBefore);
        QCOMPARE(cli({u"accounts"_s, u"set"_s, u"tandem"_s, u"name=Renamed behind the daemon"_s}).exitCode, 8);
        QCOMPARE(cli({u"accounts"_s, u"remove"_s, u"tandem"_s}).exitCode, 8);
        const CliRun listed = cli({u"accounts"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(u"tandem"_s));
        QVERIFY(!listed.out.contains(u"Renamed behind the daemon"_s));
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(30000));
        QCOMPARE(daemon.exitCode(), 0);
        QCOMPARE(cli({u"sync"_s}).exitCode, 0);
    }

    void environmentConfigurationForContainers()
    {
        QTemporaryDir container;
        QVERIFY(m_harness.configure(container.path(), 1, 500)); // vendor overrides only; site and account from env
        QProcessEnvironment env = SyncHarness::cleanEnvironment();
        env.insert(u"NIGHTBRIDGE_CONFIG_DIR"_s, container.path());
        env.insert(u"NS_URL"_s, m_harness.nightscoutUrl(1));
        env.insert(u"NS_SECRET"_s, secret());
        env.insert(u"TCONNECT_EMAIL"_s, m_harness.hello().value(u"tandemEmail"_s).toString());
        env.insert(u"TCONNECT_PASSWORD"_s, u"changed-on-the-website"_s);
        env.insert(u"TIMEZONE_NAME"_s, u"America/New_York"_s);
        const CliRun r = checked(SyncHarness::cli({u"sync"_s, u"--once"_s}, env));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(u"env-tandem"_s));
        QVERIFY(m_harness.documents(1, u"treatments"_s).size() > 10);
    }

    void importEnvMovesSecretsToTheStore()
    {
        QTemporaryDir target;
        const CliRun r = SyncHarness::cli(
            {u"--config"_s, target.path(), u"import-env"_s, QStringLiteral(NB_TEST_DATA_DIR "/env/tconnectsync.env")},
            [&] {
                auto e = SyncHarness::cleanEnvironment();
                e.insert(u"NIGHTBRIDGE_CREDENTIAL_STORE"_s, u"file"_s);
                return e;
            }());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"delete"_s, Qt::CaseInsensitive));
        QVERIFY(!r.out.contains(u"s3cret"_s));
        QFile ini(target.filePath(u"nightbridge.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains("my-nightscout.example.org"));
        QVERIFY(!settings.contains("s3cret") && !settings.contains("abcdefghijklmnop"));
        QFile store(target.filePath(u"credentials.json"_s));
        QVERIFY(store.open(QIODevice::ReadOnly));
        const QJsonObject secrets = QJsonDocument::fromJson(store.readAll()).object().value(u"secrets"_s).toObject();
        const auto stored = [&](const QString &key) {
            return QString::fromUtf8(QByteArray::fromBase64(secrets.value(key).toString().toLatin1()));
        };
        QCOMPARE(stored(u"account/tandem/password"_s), u"s3cret pass#word"_s);
        QCOMPARE(stored(u"nightscout/default/secret"_s), u"abcdefghijklmnop"_s);
        const CliRun list = SyncHarness::cli({u"--config"_s, target.path(), u"accounts"_s, u"list"_s, u"--json"_s});
        const QJsonObject account = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        QCOMPARE(account.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
        QCOMPARE(account.value(u"region"_s).toString(), u"EU"_s);
    }

    void usageAndConfigurationErrors()
    {
        QCOMPARE(cli({u"sync"_s, u"--account"_s, u"nobody"_s}).exitCode, 3);
        QTemporaryDir empty;
        const CliRun none = SyncHarness::cli({u"--config"_s, empty.path(), u"sync"_s});
        QCOMPARE(none.exitCode, 3);
        QVERIFY(none.err.contains(u"accounts add"_s));
        QCOMPARE(cli({u"sync"_s, u"--once"_s, u"--auto-update"_s}).exitCode, 2);
        QCOMPARE(cli({u"backfill"_s}).exitCode, 2);
        QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
        QVERIFY(cli({u"help"_s, u"backfill"_s}).out.contains(u"28 days"_s));
    }

    void nothingSecretInTheFilesWeWrite()
    {
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(u"credentials.json"_s) || path.endsWith(u"tandem-password"_s) ||
                path.endsWith(u"ns-secret"_s) || path.endsWith(u"new-password"_s))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(password().toUtf8()) && !content.contains(secret().toUtf8()) &&
                         !content.contains("changed-on-the-website"),
                     qPrintable(path));
        }
    }

    void cleanupTestCase() { m_harness.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
