// The first-run wizard end to end against the loopback fakes: Nightscout tested, a Tandem account signed in
// and tested, features, start at login, and Finish writing settings to the INI and secrets only to the
// credential store; the done page follows the first sync in the StatusModel; the demo button.

#include "settingstestenv.h"

#include "firstrunwizard.h"
#include "nightscoutpage.h"
#include "simulation/nightscout/fakenightscout.h"
#include "simulation/tandem/faketandemsource.h"
#include "simulation/tandem/tandemstreamgenerator.h"
#include "sync/accountconfig.h"
#include "sync/statusmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace nb;
using namespace Qt::Literals::StringLiterals;
using nb::test::child;
using nb::test::SettingsTestEnv;
using nb::test::typeInto;

namespace {
constexpr int kWait = 15000;
const QString kSecret = u"first-run-secret-123"_s;

// Every Tandem endpoint of the US region onto the fake, through the settings' overrides.
void pointAtFake(Settings &settings, const sim::FakeTandemSource &fake)
{
    const QString root = fake.baseUrl().toString(QUrl::StripTrailingSlash);
    const QList<QPair<QString, QString>> overrides = {
        {keys::tandemOverride(u"ssoUrl"_s), root + u"/"_s},
        {keys::tandemOverride(u"us"_s, u"loginApiUrl"_s), root + u"/accounts/api/login"_s},
        {keys::tandemOverride(u"us"_s, u"issuerUrl"_s), root + u"/accounts/api"_s},
        {keys::tandemOverride(u"us"_s, u"clientId"_s), fake.options().clientId},
        {keys::tandemOverride(u"us"_s, u"redirectUri"_s), root + u"/auth/callback"_s},
        {keys::tandemOverride(u"us"_s, u"sourceUrl"_s), root + u"/"_s},
    };
    for (const auto &[key, value] : overrides)
        QVERIFY2(settings.setValue(key, value).ok(), qPrintable(key));
}
} // namespace

class TestFirstRunWizard : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SettingsTestEnv> m_env;
    std::unique_ptr<sim::FakeNightscout> m_ns;
    std::unique_ptr<sim::FakeTandemSource> m_tandem;

    static void clickButton(QWidget &root, const char *name)
    {
        auto *button = child<QAbstractButton>(root, name);
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void init()
    {
        m_env = std::make_unique<SettingsTestEnv>();
        sim::FakeNightscout::Options options;
        options.apiSecret = kSecret;
        options.authFailDelay = std::chrono::milliseconds(0);
        m_ns = std::make_unique<sim::FakeNightscout>(m_env->clock, options);
        QVERIFY(m_ns->listen());
        m_tandem = std::make_unique<sim::FakeTandemSource>(m_env->clock);
        QVERIFY(m_tandem->listen());
        sim::FakeTandemSource::Pump pump;
        pump.assignmentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        pump.serialNumber = u"90556643"_s;
        sim::TandemStreamOptions stream;
        stream.startUtc = m_env->clock.nowUtc().addDays(-2);
        stream.days = 2;
        const sim::TandemStream generated = sim::TandemStreamGenerator::generate(stream);
        pump.events = generated.events;
        pump.clockChanges = generated.clockChanges;
        m_tandem->addPump(pump);
        pointAtFake(*m_env->settings, *m_tandem);
        QVERIFY(m_env->settings->sync().ok());
    }

    void cleanup()
    {
        m_tandem.reset();
        m_ns.reset();
        m_env.reset();
    }

    void setUpATandemAccountEndToEnd()
    {
        FirstRunWizard wizard(m_env->services());
        QSignalSpy startSync(&wizard, &FirstRunWizard::startSyncRequested);
        QSignalSpy applied(&wizard, &FirstRunWizard::setupApplied);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::WelcomePageId));
        clickButton(wizard, "nextButton");

        // Nightscout: Next only after a passing test.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::NightscoutPageId));
        QVERIFY(!child<QPushButton>(wizard, "nextButton")->isEnabled());
        typeInto(wizard, "nightscoutUrl", m_ns->baseUrl().toString());
        typeInto(wizard, "nightscoutSecret", kSecret);
        clickButton(wizard, "nightscoutTest");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, "nextButton")->isEnabled(), kWait);
        clickButton(wizard, "nextButton");

        // The account: Tandem, signed in and tested.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AccountPageId));
        QVERIFY(child<QRadioButton>(wizard, "tandemRadio")->isChecked());
        QVERIFY(!child<QPushButton>(wizard, "nextButton")->isEnabled());
        typeInto(wizard, "tandemEmail", m_tandem->options().email);
        typeInto(wizard, "tandemPassword", m_tandem->options().password);
        auto *zone = child<QComboBox>(wizard, "tandemTimeZone");
        QVERIFY(zone);
        const int newYork = zone->findText(u"America/New_York"_s, Qt::MatchContains);
        QVERIFY(newYork >= 0);
        zone->setCurrentIndex(newYork);
        clickButton(wizard, "tandemTestSignIn");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, "nextButton")->isEnabled(), kWait);
        const QString accountId = wizard.accountEditor()->accountId();
        QCOMPARE(accountId, u"tandem"_s);
        clickButton(wizard, "nextButton");

        // Features: the account editor's own section, on its page.
        QVERIFY2(wizard.currentId() == int(FirstRunWizard::FeaturesPageId),
                 qPrintable(child<QLabel>(wizard, "accountError")->text()));
        auto *cgm = child<QCheckBox>(wizard, "feature_CGM");
        QVERIFY(cgm);
        QVERIFY(wizard.currentPage()->isAncestorOf(cgm));
        cgm->setChecked(true);
        clickButton(wizard, "nextButton");

        // Start at login, then save.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AutostartPageId));
        QVERIFY(child<QCheckBox>(wizard, "autostartCheck")->isChecked());
        QCOMPARE(m_env->store.writeCount(), 0); // nothing written before the user confirmed
        clickButton(wizard, "commitButton");
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(FirstRunWizard::DonePageId), kWait);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(startSync.size(), 1);

        // Settings in the INI, secrets in the store and nowhere in the INI.
        Settings reread(m_env->iniPath());
        QCOMPARE(reread.urlValue(keys::nightscoutUrl).toString(QUrl::StripTrailingSlash),
                 m_ns->baseUrl().toString(QUrl::StripTrailingSlash));
        QVERIFY(reread.boolValue(keys::autostart));
        QCOMPARE(m_env->autostarts, QList<bool>{true});
        const auto account = AccountRepository(reread).find(accountId);
        QVERIFY(account.has_value());
        QCOMPARE(account->vendor, AccountVendor::Tandem);
        QVERIFY(account->features.contains(u"CGM"_s));
        QCOMPARE(m_env->secret(CredentialKeys::password(accountId), this).value_or(QString()),
                 m_tandem->options().password);
        QCOMPARE(m_env->secret(CredentialKeys::email(accountId), this).value_or(QString()), m_tandem->options().email);
        QCOMPARE(m_env->secret(CredentialKeys::nightscoutSecret(u"default"_s), this).value_or(QString()), kSecret);
        const QByteArray ini = m_env->iniBytes();
        QVERIFY(!ini.isEmpty());
        QVERIFY(!ini.contains(kSecret.toUtf8()));
        QVERIFY(!ini.contains(m_tandem->options().password.toUtf8()));
        QVERIFY(!ini.contains(m_tandem->options().email.toUtf8()));

        // The done page follows the first sync in the status model.
        StatusModel status;
        wizard.setStatusModel(&status);
        AccountStatus s;
        s.accountId = accountId;
        s.displayName = u"Tandem"_s;
        s.state = AccountState::Syncing;
        status.setAccount(s);
        auto *label = child<QLabel>(wizard, "firstSyncStatus");
        QVERIFY2(label->text().contains(u"Syncing"_s), qPrintable(label->text()));
        s.state = AccountState::Idle;
        s.lastSuccess = m_env->clock.nowUtc();
        s.uploadedLastRun = 42;
        status.setAccount(s);
        QVERIFY2(label->text().contains(u"42"_s), qPrintable(label->text()));
        clickButton(wizard, "finishButton");
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void aFailedNightscoutTestKeepsNextDisabled()
    {
        FirstRunWizard wizard(m_env->services());
        wizard.show();
        wizard.showPage(FirstRunWizard::NightscoutPageId);
        typeInto(wizard, "nightscoutUrl", m_ns->baseUrl().toString());
        typeInto(wizard, "nightscoutSecret", u"wrong-secret-456"_s);
        QSignalSpy tested(wizard.nightscoutPage(), &ui::NightscoutPage::connectionTested);
        clickButton(wizard, "nightscoutTest");
        QVERIFY(tested.wait(kWait));
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY(!child<QPushButton>(wizard, "nextButton")->isEnabled());
    }

    void demoButtonLeavesTheWizard()
    {
        FirstRunWizard wizard(m_env->services());
        QSignalSpy demo(&wizard, &FirstRunWizard::demoRequested);
        wizard.show();
        clickButton(wizard, "tryDemoButton");
        QCOMPARE(demo.size(), 1);
        QCOMPARE(wizard.result(), FirstRunWizard::DemoResult);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(m_env->store.writeCount(), 0);
    }

    void everyPageCanBeShownDirectly()
    {
        FirstRunWizard wizard(m_env->services());
        wizard.show();
        for (int id : {FirstRunWizard::AccountPageId, FirstRunWizard::AutostartPageId, FirstRunWizard::DonePageId,
                       FirstRunWizard::WelcomePageId}) {
            wizard.showPage(id);
            QCOMPARE(wizard.currentId(), id);
        }
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
