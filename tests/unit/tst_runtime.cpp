// nb::Runtime: the files, accounts, demo switch, credential stores and the sync lock the CLI and the
// tray app share.
#include "runtime/runtime.h"

#include "credentials/memorycredentialstore.h"
#include "demo/demomode.h"
#include "fakeworld.h"
#include "logging/logsink.h"
#include "runtime/diagnostics.h"
#include "settings/settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
