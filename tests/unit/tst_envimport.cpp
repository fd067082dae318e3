// EnvImport: a tconnectsync .env becomes accounts and the Nightscout site in the settings, and its secrets
// land in the credential store only.

#include "credentialwait.h"
#include "credentials/memorycredentialstore.h"
#include "settings/settings.h"
#include "setup/envimport.h"
#include "sync/accountconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::setup;

class TestEnvImport : public QObject {
    Q_OBJECT

private:
    static std::optional<Result<EnvImportSummary>> run(EnvImport &importer, const EnvConfig &config)
    {
        auto box = std::make_shared<std::optional<Result<EnvImportSummary>>>();
        importer.apply(config, [box](const Result<EnvImportSummary> &r) { *box = r; });
        (void)QTest::qWaitFor([&] { return box->has_value(); }, 5000);
        return *box;
    }

private slots:
    void importsTheSampleFile()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("nightbridge.ini")));
        MemoryCredentialStore store;
        const auto config = EnvImport::readFile(QStringLiteral(NB_TEST_DATA_DIR "/env/tconnectsync.env"));
        QVERIFY(config.ok());
        EnvImport importer(settings, store);
        const auto summary = run(importer, config.value());
        QVERIFY(summary && summary->ok());
        QCOMPARE((*summary)->createdAccounts, QStringList{QStringLiteral("tandem")});
        QVERIFY((*summary)->nightscoutConfigured);
        QCOMPARE((*summary)->secretsStored, 3); // e-mail, password, API secret
        QCOMPARE((*summary)->credentialBackend, QStringLiteral("memory"));
        const auto account = AccountRepository(settings).find(QStringLiteral("tandem"));
        QVERIFY(account);
        QCOMPARE(account->region, QStringLiteral("EU"));
        QCOMPARE(account->timezone, QStringLiteral("Europe/Berlin"));
        const auto password = test::waitRead(store, CredentialKeys::password(QStringLiteral("tandem")), this);
        QCOMPARE(password->value()->reveal(), QStringLiteral("s3cret pass#word"));
        QFile ini(settings.filePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray bytes = ini.readAll();
        QVERIFY(bytes.contains("my-nightscout.example.org"));
        QVERIFY(!bytes.contains("s3cret") && !bytes.contains("abcdefghijklmnop") && !bytes.contains("pump.owner"));
    }

    void aSecondImportUpdatesTheAccountItMade()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("nightbridge.ini")));
        MemoryCredentialStore store;
        auto config = EnvImport::readFile(QStringLiteral(NB_TEST_DATA_DIR "/env/tconnectsync.env"));
        EnvImport importer(settings, store);
        QVERIFY(run(importer, config.value())->ok());
        QVERIFY(AccountRepository(settings)
                    .setField(QStringLiteral("tandem"), QStringLiteral("name"), QStringLiteral("Kid pump"))
                    .ok());
        config->accounts[0].timezone = QStringLiteral("Europe/Paris");
        config->accounts[0].password = Secret(QStringLiteral("a new password"));
        const auto second = run(importer, config.value());
        QVERIFY(second && second->ok());
        QVERIFY((*second)->createdAccounts.isEmpty());
        QCOMPARE((*second)->updatedAccounts, QStringList{QStringLiteral("tandem")});
        const QList<AccountConfig> all = AccountRepository(settings).load();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().timezone, QStringLiteral("Europe/Paris"));
        QCOMPARE(all.first().name, QStringLiteral("Kid pump")); // the user's own change stays
        const auto password = test::waitRead(store, CredentialKeys::password(QStringLiteral("tandem")), this);
        QCOMPARE(password->value()->reveal(), QStringLiteral("a new password"));
        // Another person's file (another e-mail) is another account.
        config->accounts[0].email = QStringLiteral("sibling@example.org");
        const auto third = run(importer, config.value());
        QCOMPARE((*third)->createdAccounts, QStringList{QStringLiteral("tandem-2")});
    }

    void unreadableAndEmptyFilesAreExplained()
    {
        QTemporaryDir dir;
        const auto missing = EnvImport::readFile(dir.filePath(QStringLiteral("missing.env")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().userMessage.contains(QStringLiteral("missing.env")));
        QFile empty(dir.filePath(QStringLiteral("empty.env")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("# nothing here\nUNRELATED=1\n");
        empty.close();
        const auto nothing = EnvImport::readFile(empty.fileName());
        QVERIFY(!nothing.ok());
        QCOMPARE(nothing.error().kind, SyncError::Kind::Config);
    }

    void aFailingStoreIsReported()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("nightbridge.ini")));
        MemoryCredentialStore store;
        store.setFailure(
            SyncError::make(SyncError::Kind::Keychain, QStringLiteral("locked"), QStringLiteral("locked")));
        EnvImport importer(settings, store);
        const auto summary =
            run(importer, EnvImport::readFile(QStringLiteral(NB_TEST_DATA_DIR "/env/tconnectsync.env")).value());
        QVERIFY(summary && !summary->ok());
        QCOMPARE(summary->error().kind, SyncError::Kind::Keychain);
        // Nothing was changed: no account, no site half-configured without its secret.
        QVERIFY(AccountRepository(settings).load().isEmpty());
        QVERIFY(settings.stringValue(keys::nightscoutUrl).isEmpty());
    }
};

QTEST_MAIN(TestEnvImport)
#include "tst_envimport.moc"
