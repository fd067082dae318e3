// nb::Runtime: the files, accounts, demo switch, credential stores and the sync lock the CLI and the
// tray app share.
#include "runtime/runtime.h"

#include "common/privatefiles.h"
#include "credentials/memorycredentialstore.h"
#include "demo/demomode.h"
#include "fakeworld.h"
#include "logging/categories.h"
#include "logging/logsink.h"
#include "runtime/diagnostics.h"
#include "settings/settings.h"
#include "state/statestore.h"
#include "sync/accountrecord.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#endif

using namespace nb;

namespace {

RuntimeOptions options(const QString &dir, bool demo = false)
{
    RuntimeOptions o;
    o.configDir = dir;
    o.demo = demo;
    o.credentialStore = std::make_unique<MemoryCredentialStore>();
    return o;
}

AccountConfig account(const QString &id, bool enabled = true)
{
    AccountConfig a;
    a.id = id;
    a.vendor = AccountVendor::Tandem;
    a.enabled = enabled;
    return a;
}

} // namespace

class TestRuntime : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *name : {"NS_URL", "NS_SECRET", "TCONNECT_EMAIL", "TCONNECT_PASSWORD", "CARELINK_USERNAME",
                                 "NIGHTBRIDGE_CONFIG_DIR", "NIGHTBRIDGE_CREDENTIAL_STORE"})
            qunsetenv(name);
    }

    void opensTheFilesUnderTheConfigDir()
    {
        QTemporaryDir dir;
        Runtime runtime(options(dir.path()));
        QVERIFY(runtime.open().ok());
        QCOMPARE(runtime.paths().settingsFile, dir.filePath(QStringLiteral("nightbridge.ini")));
        QVERIFY(QFile::exists(runtime.paths().logDir));
        QVERIFY(runtime.logSink());
        QVERIFY(!runtime.isDemo());
        QCOMPARE(&runtime.credentials(), &runtime.userCredentials()); // outside the demo: one store
        QVERIFY(Runtime::hasNoAccounts(runtime.settings(), runtime.environment()));
    }

    void selectsAccounts()
    {
        QTemporaryDir dir;
        Runtime runtime(options(dir.path()));
        QVERIFY(runtime.open().ok());
        QVERIFY(runtime.accounts().save(account(QStringLiteral("a"))).ok());
        QVERIFY(runtime.accounts().save(account(QStringLiteral("b"), false)).ok());
        QVERIFY(!Runtime::hasNoAccounts(runtime.settings(), runtime.environment()));
        QCOMPARE(runtime.allAccounts().size(), 2);
        const auto enabled = runtime.selectAccounts({});
        QVERIFY(enabled.ok());
        QCOMPARE(enabled->size(), 1);
        QCOMPARE(enabled->first().id, QStringLiteral("a"));
        const auto named = runtime.selectAccounts({QStringLiteral("b")}); // disabled ones when named
        QVERIFY(named.ok());
        QCOMPARE(named->first().id, QStringLiteral("b"));
        const auto unknown = runtime.selectAccounts({QStringLiteral("zz")});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, SyncError::Kind::Config);
    }

    void theDemoHasItsOwnStateAndSecrets()
    {
        QTemporaryDir dir;
        Runtime runtime(options(dir.path(), true));
        QVERIFY(runtime.open().ok());
        QVERIFY(runtime.isDemo());
        QVERIFY(runtime.demo());
        const QString demoState = runtime.paths().stateFile;
        QVERIFY(demoState.contains(QStringLiteral("/demo/")));
        QVERIFY(&runtime.credentials() != &runtime.userCredentials());
        QCOMPARE(runtime.allAccounts().size(), 2);      // the demo's own
        QVERIFY(runtime.nightscoutSiteUrl().isEmpty()); // its fake site has no pages
        Settings *settings = &runtime.settings();
        // Leaving the demo keeps settings and log, changes state and store.
        QVERIFY(runtime.setDemo(false).ok());
        QVERIFY(!runtime.isDemo());
        QVERIFY(!runtime.demo());
        QCOMPARE(&runtime.settings(), settings);
        QVERIFY(runtime.paths().stateFile != demoState);
        QCOMPARE(&runtime.credentials(), &runtime.userCredentials());
        QVERIFY(runtime.setDemo(true).ok());
        QCOMPARE(runtime.paths().stateFile, demoState);
    }

    // Whatever NS_URL/NS_SECRET, the settings or an account's own site say, the demo's Nightscout is the
    // fake one in this process.
    void theDemoUploadsOnlyToItsOwnSite()
    {
        QTemporaryDir dir;
        qputenv("NS_URL", "https://env-site.example.org");
        qputenv("NS_SECRET", "a-long-enough-api-secret");
        Runtime runtime(options(dir.path(), true));
        qunsetenv("NS_URL");
        qunsetenv("NS_SECRET");
        QVERIFY(runtime.open().ok());
        QVERIFY(runtime.settings().setValue(keys::nightscoutUrl, QStringLiteral("https://ns.example.org")).ok());
        QVERIFY(runtime.nightscoutSiteUrl().isEmpty());
        AccountConfig ownSite = runtime.allAccounts().first();
        ownSite.nightscoutUrl = QUrl(QStringLiteral("https://own.example.org"));
        for (const AccountConfig &a : {runtime.allAccounts().first(), runtime.allAccounts().last(), ownSite}) {
            std::optional<Result<ns::NsClientConfig>> got;
            runtime.nightscoutConfig(a, [&](const Result<ns::NsClientConfig> &r) { got = r; });
            QTRY_VERIFY(got.has_value());
            QVERIFY(got->ok());
            QVERIFY(runtime.demo());
            QCOMPARE(got->value().baseUrl, runtime.demo()->world().nightscout(0).baseUrl());
            QCOMPARE(got->value().baseUrl.host(), QStringLiteral("127.0.0.1"));
        }
    }

    void nightscoutMessagesForTheFrontEnd()
    {
        QTemporaryDir dir;
        RuntimeOptions o = options(dir.path());
        o.cliHints = false;
        Runtime runtime(std::move(o));
        QVERIFY(runtime.open().ok());
        std::optional<Result<ns::NsClientConfig>> got;
        runtime.nightscoutConfig(account(QStringLiteral("a")), [&](const Result<ns::NsClientConfig> &r) { got = r; });
        QVERIFY(got && !got->ok());
        QVERIFY(got->error().userMessage.contains(QStringLiteral("Settings")));
        QVERIFY(!got->error().userMessage.contains(QStringLiteral("nightbridge-cli")));
        QVERIFY(runtime.settings().setValue(keys::nightscoutUrl, QStringLiteral("https://ns.example.org")).ok());
        QCOMPARE(runtime.nightscoutSiteUrl().host(), QStringLiteral("ns.example.org"));
    }

    void oneSyncingProcessPerDataFolder()
    {
        QTemporaryDir dir;
        Runtime first(options(dir.path()));
        QVERIFY(first.open().ok());
        QVERIFY(first.lock().ok());
        QVERIFY(first.lock().ok());   // again: still ours
        first.logSink()->uninstall(); // one sink at a time
        Runtime second(options(dir.path()));
        QVERIFY(second.open().ok());
#ifdef Q_OS_UNIX
        // flock() is per open file description: a second lock in this process is refused like another's.
        const Result<void> refused = second.lock();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, SyncError::Kind::Storage);
        QVERIFY(!second.isLocked());
        QVERIFY(second.lockHeldElsewhere());
#endif
    }

    // The state read at open() can be stale by the time this process gets the lock (another process synced
    // meanwhile): taking the lock reads it again, so nothing is written from an old copy (issue 11).
    void takingTheLockReadsTheStateAgain()
    {
        QTemporaryDir dir;
        Runtime waiting(options(dir.path()));
        QVERIFY(waiting.open().ok());
        waiting.logSink()->uninstall(); // one sink at a time
        {
            Runtime syncing(options(dir.path()));
            QVERIFY(syncing.open().ok());
            QVERIFY(syncing.lock().ok());
            AccountRecord record;
            record.uploadedTotal = 42;
            QVERIFY(syncing.syncState().setAccount(QStringLiteral("tandem"), record).ok());
            syncing.logSink()->uninstall();
        }                                                                                 // its lock ends with it
        QCOMPARE(waiting.syncState().account(QStringLiteral("tandem")).uploadedTotal, 0); // read before
        QVERIFY(waiting.lock().ok());
        QCOMPARE(waiting.syncState().account(QStringLiteral("tandem")).uploadedTotal, 42);
    }

    // A lock file that cannot be created is a broken data folder, not a busy one (issue 11: a timer unit
    // counts "busy" as success, so the user would never hear of it).
    void aLockFileThatCannotBeCreatedIsNotBusy()
    {
        QTemporaryDir dir;
        Runtime runtime(options(dir.path()));
        QVERIFY(runtime.open().ok());
        QVERIFY(QDir().mkdir(runtime.paths().lockFile)); // a folder in its place: open() fails even for root
        const Result<void> refused = runtime.lock();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, SyncError::Kind::Storage);
        QVERIFY(!runtime.lockHeldElsewhere());
        QVERIFY2(refused.error().userMessage.contains(QDir::toNativeSeparators(dir.path())),
                 qPrintable(refused.error().userMessage));
        QVERIFY(!refused.error().userMessage.contains(QStringLiteral("Another Nightbridge process")));
    }

    // A damaged state never stops the start: set aside, empty state, one warning.
    void aDamagedStateIsSetAsideAndReportedOnce()
    {
        QTemporaryDir dir;
        QFile state(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write("{\"format\":\"nightbridge-state\",\"version\":1,\"sha256\":\"00\",\"state\":{}}");
        state.close();
        {
            Runtime runtime(options(dir.path()));
            QVERIFY(runtime.open().ok());
            QVERIFY(runtime.stateStore().current().isEmpty());
            const QString warning = runtime.takeStateWarning();
            QVERIFY(warning.contains(QStringLiteral("from scratch")));
            QVERIFY(runtime.takeStateWarning().isEmpty()); // once
            QVERIFY(runtime.syncState().setAccount(QStringLiteral("a"), AccountRecord{}).ok());
            runtime.logSink()->uninstall();
        }
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("state.json.damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        Runtime again(options(dir.path()));
        QVERIFY(again.open().ok());
        QVERIFY(again.takeStateWarning().isEmpty());
        again.logSink()->uninstall();
    }

    // main() of both programs: umask 077 and a file size limit that fails writes instead of killing; the
    // programs they start (the browser) get the user's own defaults back.
    void processDefaultsAndChildProcesses()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX");
#else
        const auto currentUmask = [] {
            const mode_t m = ::umask(0);
            ::umask(m);
            return m;
        };
        const mode_t old = ::umask(022);
        PrivateFiles::applyProcessDefaults();
        QCOMPARE(currentUmask(), mode_t(077));
        QVERIFY(::signal(SIGXFSZ, SIG_IGN) == SIG_IGN);
        {
            const PrivateFiles::ForChildProcess child;
            QCOMPARE(currentUmask(), mode_t(022));
            QVERIFY(::signal(SIGXFSZ, SIG_DFL) == SIG_DFL);
        }
        QCOMPARE(currentUmask(), mode_t(077));
        QVERIFY(::signal(SIGXFSZ, SIG_DFL) == SIG_IGN);
        ::umask(old);
#endif
    }

    // Folders 0700 and files 0600 from their creation, also when the process's umask is the usual 022.
    void everythingItCreatesIsPrivate()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX modes");
#else
        const mode_t old = ::umask(022);
        QTemporaryDir base;
        const QString dir = base.filePath(QStringLiteral("fresh/config"));
        {
            Runtime runtime(options(dir));
            QVERIFY(runtime.open().ok());
            QVERIFY(runtime.settings().setValue(keys::nightscoutUrl, QStringLiteral("https://ns.example.org")).ok());
            QVERIFY(runtime.syncState().setAccount(QStringLiteral("a"), AccountRecord{}).ok());
            QVERIFY(runtime.lock().ok());
            qCWarning(lcSync) << "a line for the log file";
            runtime.logSink()->uninstall();
        }
        ::umask(old);
        QDirIterator it(base.filePath(QStringLiteral("fresh")), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat st {};
            QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st), 0);
            const int mode = int(st.st_mode & 0777);
            if (S_ISDIR(st.st_mode)) {
                QVERIFY2(mode == 0700, qPrintable(QStringLiteral("%1 is %2").arg(path).arg(mode, 0, 8)));
            } else {
                ++files;
                QVERIFY2(mode == 0600, qPrintable(QStringLiteral("%1 is %2").arg(path).arg(mode, 0, 8)));
            }
        }
        QVERIFY(files >= 3); // settings, state, log (and the lock)
#endif
    }

    void lastLogLinesSpanRotatedFiles()
    {
        QTemporaryDir dir;
        const QString current = dir.filePath(QStringLiteral("n.log"));
        const QString older = dir.filePath(QStringLiteral("n.1.log"));
        QFile a(older);
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("o1\no2\no3\n");
        a.close();
        QFile b(current);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("c1\nc2\n");
        b.close();
        QCOMPARE(Diagnostics::lastLogLines({current, older}, 4),
                 QStringList({QStringLiteral("o2"), QStringLiteral("o3"), QStringLiteral("c1"), QStringLiteral("c2")}));
        QCOMPARE(Diagnostics::lastLogLines({current, older}, 1), QStringList{QStringLiteral("c2")});
    }
};

QTEST_MAIN(TestRuntime)
#include "tst_runtime.moc"
