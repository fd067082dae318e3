// GeneralPage: start at login applied through the platform hook on apply only, language and debug logging
// stored, the log folder opened through the hook, and the tconnectsync .env import (secrets to the store,
// never to the INI file, and the reminder to delete the file).

#include "settingstestenv.h"

#include "generalpage.h"
#include "resultlabel.h"
#include "sync/accountconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>

using namespace nb;
using namespace nb::ui;
using nb::test::child;
using nb::test::click;
using nb::test::SettingsTestEnv;
using nb::test::typeInto;

class TestGeneralPage : public QObject {
    Q_OBJECT

private:
    static bool apply(GeneralPage &page)
    {
        std::optional<Result<void>> done;
        page.apply([&done](const Result<void> &r) { done = r; });
        return done && done->ok();
    }

private slots:
    void startAtLoginIsAppliedOnlyOnApply()
    {
        SettingsTestEnv env;
        GeneralPage page(env.services());
        auto *box = child<QCheckBox>(page, "startAtLogin");
        QVERIFY(!box->isChecked());
        box->setChecked(true);
        QVERIFY(env.autostarts.isEmpty());
        QVERIFY(apply(page));
        QCOMPARE(env.autostarts, QList<bool>{true});
        QCOMPARE(env.settings->boolValue(keys::autostart), true);
        QVERIFY(apply(page)); // unchanged: the system is not touched again
        QCOMPARE(env.autostarts.size(), 1);
    }

    void theSystemStateIsShown()
    {
        SettingsTestEnv env;
        env.autostartOn = true;
        GeneralPage page(env.services());
        QVERIFY(child<QCheckBox>(page, "startAtLogin")->isChecked());
    }

    void languageAndLogging()
    {
        SettingsTestEnv env;
        GeneralPage page(env.services());
        auto *language = child<QComboBox>(page, "language");
        QCOMPARE(language->count(), 6);
        QCOMPARE(language->currentData().toString(), QString());
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        child<QCheckBox>(page, "debugLogging")->setChecked(true);
        QVERIFY(apply(page));
        QCOMPARE(env.settings->stringValue(keys::language), QStringLiteral("fr"));
        QCOMPARE(env.settings->enumValue<LogLevel>(keys::logLevel), LogLevel::Debug);
        child<QCheckBox>(page, "debugLogging")->setChecked(false);
        QVERIFY(apply(page));
        QCOMPARE(env.settings->enumValue<LogLevel>(keys::logLevel), LogLevel::Info);
    }

    void openLogFolderUsesTheHook()
    {
        SettingsTestEnv env;
        GeneralPage page(env.services());
        click(page, "openLogFolder");
        QCOMPARE(env.opened.size(), 1);
        QVERIFY(env.opened.first().isLocalFile());
        QCOMPARE(env.opened.first().toLocalFile(), AppPaths::inDirectory(env.dir.path()).logDir);
    }

    void importsATconnectsyncEnv()
    {
        SettingsTestEnv env;
        GeneralPage page(env.services());
        QSignalSpy imported(&page, &GeneralPage::envImported);
        const QString file = QStringLiteral(NB_TEST_DATA_DIR "/env/tconnectsync.env");
        typeInto(page, "importEnvPath", file);
        click(page, "importEnvButton");
        QVERIFY(imported.wait(5000));
        auto *result = child<ResultLabel>(page, "importEnvResult");
        QVERIFY2(result->message().contains(QStringLiteral("delete")), qPrintable(result->message()));
        QVERIFY(result->message().contains(QStringLiteral("tandem")));
        QVERIFY(!result->message().contains(QStringLiteral("s3cret")));

        const auto accounts = AccountRepository(*env.settings).load();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().timezone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(env.secret(CredentialKeys::password(QStringLiteral("tandem")), this),
                 QStringLiteral("s3cret pass#word"));
        QCOMPARE(env.secret(CredentialKeys::nightscoutSecret(QStringLiteral("default")), this),
                 QStringLiteral("abcdefghijklmnop"));
        const QByteArray ini = env.iniBytes();
        QVERIFY(ini.contains("my-nightscout.example.org"));
        QVERIFY(!ini.contains("s3cret") && !ini.contains("abcdefghijklmnop") && !ini.contains("pump.owner@"));

        // The same file again: the account it made is updated, not doubled.
        click(page, "importEnvButton");
        QVERIFY(imported.wait(5000));
        QVERIFY2(result->message().contains(QStringLiteral("Accounts updated: tandem")), qPrintable(result->message()));
        QVERIFY(!result->message().contains(QStringLiteral("No accounts")));
        QCOMPARE(AccountRepository(*env.settings).load().size(), 1);
    }

    void aMissingEnvFileIsExplained()
    {
        SettingsTestEnv env;
        GeneralPage page(env.services());
        click(page, "importEnvButton");
        QCOMPARE(child<ResultLabel>(page, "importEnvResult")->state(), ResultLabel::State::Error);
        typeInto(page, "importEnvPath", env.dir.filePath(QStringLiteral("nope.env")));
        click(page, "importEnvButton");
        QCOMPARE(child<ResultLabel>(page, "importEnvResult")->state(), ResultLabel::State::Error);
        QVERIFY(child<ResultLabel>(page, "importEnvResult")->message().contains(QStringLiteral("nope.env")));
        QVERIFY(AccountRepository(*env.settings).load().isEmpty());
    }
};

QTEST_MAIN(TestGeneralPage)
#include "tst_generalpage.moc"
