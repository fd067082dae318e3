// The settings dialog as a whole: settings written on OK / Apply and not on Cancel, secrets in the
// credential store and never in the INI file, validation stopping OK on the page with the problem,
// applied() for the application, showPage(), and the CareLink redirect hand-off.

#include "settingstestenv.h"

#include "accounteditor.h"
#include "accountspage.h"
#include "displaypage.h"
#include "nightscoutpage.h"
#include "settingsdialog.h"
#include "simulation/nightscout/fakenightscout.h"
#include "sync/accountconfig.h"
#include "tandempanel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace nb;
using namespace nb::ui;
using nb::test::child;
using nb::test::click;
using nb::test::SettingsTestEnv;
using nb::test::typeInto;

namespace {
// The "Save anyway?" question, once it is open.
QMessageBox *question(SettingsDialog &dialog)
{
    return dialog.findChild<QMessageBox *>(QStringLiteral("untestedQuestion"));
}

void answer(SettingsDialog &dialog, const char *button)
{
    QTRY_VERIFY(question(dialog) && question(dialog)->isVisible());
    click(*question(dialog), button);
}
} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private slots:
    void okWritesSettingsAndSecretsOnlyToTheirPlaces()
    {
        SettingsTestEnv env;
        SettingsDialog dialog(env.services());
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);

        typeInto(dialog, "nightscoutUrl", QStringLiteral("https://my-site.example.org/"));
        typeInto(dialog, "nightscoutSecret", QStringLiteral("super-secret-api-key"));
        child<QRadioButton>(dialog, "syncFixed")->setChecked(true);
        child<QSpinBox>(dialog, "syncInterval")->setValue(10);
        AccountEditor *tandem = dialog.accountsPage()->addAccount(AccountVendor::Tandem);
        QVERIFY(tandem);
        typeInto(*tandem, "tandemEmail", QStringLiteral("owner@example.com"));
        typeInto(*tandem, "tandemPassword", QStringLiteral("pump-password-123"));

        click(dialog, "settingsOk");
        answer(dialog, "saveAnyway"); // neither the site nor the account was tested
        QTRY_VERIFY2(applied.count() == 1, qPrintable(child<QLabel>(dialog, "settingsStatus")->text()));
        QVERIFY(!dialog.isVisible());

        QCOMPARE(env.settings->stringValue(keys::nightscoutUrl), QStringLiteral("https://my-site.example.org"));
        QCOMPARE(env.settings->enumValue<SyncCadence>(keys::syncCadence), SyncCadence::Fixed);
        QCOMPARE(env.settings->intValue(keys::syncIntervalMinutes), 10);
        const AccountRepository accounts(*env.settings);
        QCOMPARE(accounts.load().size(), 1);
        QCOMPARE(accounts.load().first().id, QStringLiteral("tandem"));
        QCOMPARE(env.secret(CredentialKeys::nightscoutSecret(QStringLiteral("default")), this),
                 QStringLiteral("super-secret-api-key"));
        QCOMPARE(env.secret(CredentialKeys::password(QStringLiteral("tandem")), this),
                 QStringLiteral("pump-password-123"));
        QCOMPARE(env.secret(CredentialKeys::email(QStringLiteral("tandem")), this),
                 QStringLiteral("owner@example.com"));

        const QByteArray ini = env.iniBytes();
        QVERIFY(ini.contains("my-site.example.org"));
        QVERIFY(!ini.contains("super-secret-api-key"));
        QVERIFY(!ini.contains("pump-password-123"));
        QVERIFY(!ini.contains("owner@example.com"));
    }

    void anUntestedAccountAsksBeforeSaving()
    {
        SettingsTestEnv env;
        SettingsDialog dialog(env.services());
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        AccountEditor *tandem = dialog.accountsPage()->addAccount(AccountVendor::Tandem);
        typeInto(*tandem, "tandemEmail", QStringLiteral("owner@example.com"));
        typeInto(*tandem, "tandemPassword", QStringLiteral("pump-password-123"));

        click(dialog, "settingsOk");
        QVERIFY(question(dialog));
        QVERIFY2(question(dialog)->informativeText().contains(QStringLiteral("no test sign-in succeeded")),
                 qPrintable(question(dialog)->informativeText()));
        answer(dialog, "goBack");
        QTest::qWait(50);
        QCOMPARE(applied.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(AccountRepository(*env.settings).load().isEmpty());
        QTRY_VERIFY(!question(dialog));

        click(dialog, "settingsOk");
        answer(dialog, "saveAnyway");
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(AccountRepository(*env.settings).load().size(), 1);
    }

    void aTestedAccountAndUnchangedAccountsSaveWithoutAsking()
    {
        SettingsTestEnv env;
        AccountConfig saved;
        saved.id = QStringLiteral("carelink");
        saved.vendor = AccountVendor::CareLink;
        saved.country = QStringLiteral("DE");
        QVERIFY(AccountRepository(*env.settings).save(saved).ok());
        SettingsDialog dialog(env.services());
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        AccountEditor *tandem = dialog.accountsPage()->addAccount(AccountVendor::Tandem);
        typeInto(*tandem, "tandemEmail", QStringLiteral("owner@example.com"));
        typeInto(*tandem, "tandemPassword", QStringLiteral("pump-password-123"));
        emit tandem->tandemPanel()->signInTested(true); // what a successful "Test sign-in" reports
        click(dialog, "settingsOk");
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(!question(dialog));
    }

    void anUnreachedSiteAsksAndAReachedOneDoesNot()
    {
        SettingsTestEnv env;
        sim::FakeNightscout::Options options;
        options.apiSecret = QStringLiteral("correct-secret-123");
        options.authFailDelay = std::chrono::milliseconds(0);
        sim::FakeNightscout fake(env.clock, options);
        QVERIFY(fake.listen());
        SettingsDialog dialog(env.services());
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);

        typeInto(dialog, "nightscoutUrl", QStringLiteral("https://unreached.example.org"));
        click(dialog, "settingsApply");
        QVERIFY(question(dialog));
        QVERIFY2(question(dialog)->informativeText().contains(QStringLiteral("unreached.example.org")),
                 qPrintable(question(dialog)->informativeText()));
        answer(dialog, "goBack");
        QTest::qWait(50);
        QCOMPARE(applied.count(), 0);
        QVERIFY(env.settings->stringValue(keys::nightscoutUrl).isEmpty());
        QTRY_VERIFY(!question(dialog));

        typeInto(dialog, "nightscoutUrl", fake.baseUrl().toString());
        typeInto(dialog, "nightscoutSecret", options.apiSecret);
        QSignalSpy tested(dialog.nightscoutPage(), &NightscoutPage::connectionTested);
        click(dialog, "nightscoutTest");
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), true);
        click(dialog, "settingsApply");
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(!question(dialog));
        QVERIFY(!env.settings->stringValue(keys::nightscoutUrl).isEmpty());
    }

    void cancelWritesNothing()
    {
        SettingsTestEnv env;
        SettingsDialog dialog(env.services());
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        typeInto(dialog, "nightscoutUrl", QStringLiteral("https://other.example.org"));
        typeInto(dialog, "nightscoutSecret", QStringLiteral("never-stored-secret"));
        dialog.accountsPage()->addAccount(AccountVendor::CareLink);
        click(dialog, "settingsCancel");
        QVERIFY(!dialog.isVisible());
        QTest::qWait(50);
        QCOMPARE(applied.count(), 0);
        QVERIFY(env.settings->stringValue(keys::nightscoutUrl).isEmpty());
        QVERIFY(AccountRepository(*env.settings).load().isEmpty());
        QCOMPARE(env.store.writeCount(), 0);
        QVERIFY(!env.iniBytes().contains("other.example.org"));
        // Reopened, the dialog shows the saved state again.
        QVERIFY(child<QLineEdit>(dialog, "nightscoutUrl")->text().isEmpty());
        QCOMPARE(dialog.accountsPage()->accountIds().size(), 0);
    }

    void applyKeepsTheDialogOpen()
    {
        SettingsTestEnv env;
        SettingsDialog dialog(env.services());
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        child<QCheckBox>(dialog, "notifyBackfillFinished")->setChecked(false);
        click(dialog, "settingsApply");
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(env.settings->boolValue(keys::notifyBackfillFinished), false);
        QVERIFY(env.iniBytes().contains("backfillFinished=false"));
    }

    void invalidInputStopsOkOnItsPage()
    {
        SettingsTestEnv env;
        SettingsDialog dialog(env.services());
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QSignalSpy failed(&dialog, &SettingsDialog::applyFailed);
        dialog.showPage(QStringLiteral("general"));
        child<QDoubleSpinBox>(dialog, "lowThreshold")->setValue(200); // above "high" (180)
        click(dialog, "settingsOk");
        QCOMPARE(failed.count(), 1);
        QCOMPARE(applied.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.currentPageName(), QStringLiteral("display"));
        auto *error = child<QLabel>(dialog, "thresholdError");
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("below high")));
        QVERIFY(child<QLabel>(dialog, "settingsStatus")->text().contains(QStringLiteral("below high")));
        QCOMPARE(env.settings->intValue(keys::lowMgdl), 70);

        dialog.showPage(QStringLiteral("nightscout"));
        child<QDoubleSpinBox>(dialog, "lowThreshold")->setValue(80);
        typeInto(dialog, "nightscoutUrl", QStringLiteral("https://user:pw@site.example.org"));
        QVERIFY(!child<QLabel>(dialog, "nightscoutUrlError")->isHidden());
        click(dialog, "settingsOk");
        QCOMPARE(failed.count(), 2);
        QCOMPARE(dialog.currentPageName(), QStringLiteral("nightscout"));
        QVERIFY(env.settings->stringValue(keys::nightscoutUrl).isEmpty());
    }

    void aNewTandemAccountNeedsItsCredentials()
    {
        SettingsTestEnv env;
        SettingsDialog dialog(env.services());
        dialog.show();
        QSignalSpy failed(&dialog, &SettingsDialog::applyFailed);
        dialog.accountsPage()->addAccount(AccountVendor::Tandem);
        dialog.showPage(QStringLiteral("sync"));
        click(dialog, "settingsOk");
        QCOMPARE(failed.count(), 1);
        QCOMPARE(dialog.currentPageName(), QStringLiteral("accounts"));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("e-mail")));
        QVERIFY(AccountRepository(*env.settings).load().isEmpty());
    }

    void removingAnAccountRemovesItsSecretsOnOk()
    {
        SettingsTestEnv env;
        AccountConfig a;
        a.id = QStringLiteral("tandem");
        a.vendor = AccountVendor::Tandem;
        QVERIFY(AccountRepository(*env.settings).save(a).ok());
        QVERIFY(nb::test::waitWrite(env.store, CredentialKeys::password(a.id), Secret(QStringLiteral("pw")), this));
        SettingsDialog dialog(env.services());
        dialog.show();
        QCOMPARE(dialog.accountsPage()->accountIds(), QStringList{a.id});
        dialog.accountsPage()->selectAccount(a.id);
        click(dialog, "removeAccount");
        QVERIFY(env.store.contains(CredentialKeys::password(a.id))); // not before OK
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        click(dialog, "settingsOk");
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(AccountRepository(*env.settings).load().isEmpty());
        QVERIFY(!env.store.contains(CredentialKeys::password(a.id)));
    }

    void disablingInTheListIsSaved()
    {
        SettingsTestEnv env;
        AccountConfig a;
        a.id = QStringLiteral("carelink");
        a.vendor = AccountVendor::CareLink;
        a.country = QStringLiteral("DE");
        QVERIFY(AccountRepository(*env.settings).save(a).ok());
        SettingsDialog dialog(env.services());
        dialog.show();
        auto *list = child<QListWidget>(dialog, "accountList");
        QCOMPARE(list->count(), 1);
        list->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!child<QCheckBox>(*dialog.accountsPage()->editor(a.id), "accountEnabled")->isChecked());
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        click(dialog, "settingsOk");
        QTRY_COMPARE(applied.count(), 1);
        QCOMPARE(AccountRepository(*env.settings).find(a.id)->enabled, false);
        QCOMPARE(AccountRepository(*env.settings).find(a.id)->country, QStringLiteral("DE"));
    }

    void showPageSelectsEachPage()
    {
        SettingsTestEnv env;
        SettingsDialog dialog(env.services());
        for (const char *name : {"accounts", "nightscout", "sync", "display", "general"}) {
            QVERIFY(dialog.showPage(QLatin1String(name)));
            QCOMPARE(dialog.currentPageName(), QLatin1String(name));
        }
        QVERIFY(!dialog.showPage(QStringLiteral("nonsense")));
    }

    void aRedirectWithoutPendingSignInIsNotTaken()
    {
        SettingsTestEnv env;
        SettingsDialog dialog(env.services());
        QVERIFY(!dialog.handleRedirect(QUrl(QStringLiteral("com.medtronic.carepartner:/sso?code=x&state=y"))));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
