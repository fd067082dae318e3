// TandemPanel against the fake Tandem Source on loopback (reached through the settings' endpoint
// overrides, as a user would follow a vendor change): Test sign-in with the right and a wrong password,
// the pump picker with last-data dates and stale pumps, the time zone check, and the e-mail and password
// going to the credential store only.

#include "settingstestenv.h"

#include "resultlabel.h"
#include "simulation/tandem/faketandemsource.h"
#include "simulation/tandem/tandemstreamgenerator.h"
#include "sync/accountconfig.h"
#include "tandempanel.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>

using namespace nb;
using namespace nb::ui;
using nb::sim::FakeTandemSource;
using nb::test::child;
using nb::test::click;
using nb::test::SettingsTestEnv;
using nb::test::typeInto;

namespace {
constexpr int kWait = 15000;

FakeTandemSource::Pump pump(const QString &serial, const QDateTime &from, int days)
{
    FakeTandemSource::Pump p;
    p.assignmentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.serialNumber = serial;
    if (days > 0) {
        nb::sim::TandemStreamOptions options;
        options.startUtc = from;
        options.days = days;
        const nb::sim::TandemStream stream = nb::sim::TandemStreamGenerator::generate(options);
        p.events = stream.events;
        p.clockChanges = stream.clockChanges;
    }
    return p;
}

// The settings overrides that move every Tandem endpoint of the US region onto the fake.
void pointAtFake(Settings &settings, const FakeTandemSource &fake)
{
    const QString root = fake.baseUrl().toString(QUrl::StripTrailingSlash);
    const QList<QPair<QString, QString>> overrides = {
        {keys::tandemOverride(QStringLiteral("ssoUrl")), root + QStringLiteral("/")},
        {keys::tandemOverride(QStringLiteral("us"), QStringLiteral("loginApiUrl")),
         root + QStringLiteral("/accounts/api/login")},
        {keys::tandemOverride(QStringLiteral("us"), QStringLiteral("issuerUrl")),
         root + QStringLiteral("/accounts/api")},
        {keys::tandemOverride(QStringLiteral("us"), QStringLiteral("clientId")), fake.options().clientId},
        {keys::tandemOverride(QStringLiteral("us"), QStringLiteral("redirectUri")),
         root + QStringLiteral("/auth/callback")},
        {keys::tandemOverride(QStringLiteral("us"), QStringLiteral("sourceUrl")), root + QStringLiteral("/")},
    };
    for (const auto &[key, value] : overrides)
        QVERIFY2(settings.setValue(key, value).ok(), qPrintable(key));
}
} // namespace

class TestTandemPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SettingsTestEnv> m_env;
    std::unique_ptr<FakeTandemSource> m_fake;

    AccountConfig account() const
    {
        AccountConfig a;
        a.id = QStringLiteral("tandem");
        a.vendor = AccountVendor::Tandem;
        a.timezone = QStringLiteral("America/New_York");
        return a;
    }

private slots:
    void thePasswordCanBeShown()
    {
        SettingsTestEnv env;
        TandemPanel panel(env.services(), account(), true);
        auto *password = child<QLineEdit>(panel, "tandemPassword");
        auto *reveal = child<QToolButton>(panel, "tandemPasswordReveal");
        QVERIFY(password && reveal);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        reveal->click();
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        QCOMPARE(reveal->text(), QStringLiteral("Hide"));
        reveal->click();
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(reveal->text(), QStringLiteral("Show"));
    }

    void init()
    {
        m_env = std::make_unique<SettingsTestEnv>();
        m_fake = std::make_unique<FakeTandemSource>(m_env->clock);
        QVERIFY(m_fake->listen());
        const QDateTime now = m_env->clock.nowUtc();
        m_fake->addPump(pump(QStringLiteral("90556643"), now.addDays(-3), 3));  // current
        m_fake->addPump(pump(QStringLiteral("11223344"), now.addDays(-20), 2)); // replaced two weeks ago
        m_fake->addPump(pump(QStringLiteral("514387"), now, 0));                // never uploaded
        pointAtFake(*m_env->settings, *m_fake);
    }

    void cleanup()
    {
        m_fake.reset();
        m_env.reset();
    }

    void testSignInListsThePumpsAndFlagsStaleOnes()
    {
        TandemPanel panel(m_env->services(), account(), true);
        panel.show();
        QSignalSpy tested(&panel, &TandemPanel::signInTested);
        typeInto(panel, "tandemEmail", m_fake->options().email);
        typeInto(panel, "tandemPassword", m_fake->options().password);
        click(panel, "tandemTestSignIn");
        auto *result = child<ResultLabel>(panel, "tandemTestResult");
        QVERIFY(result->isBusy());
        QVERIFY(tested.wait(kWait));
        QCOMPARE(tested.first().first().toBool(), true);
        QCOMPARE(result->state(), ResultLabel::State::Ok);
        QVERIFY(result->message().contains(QStringLiteral("3")));

        auto *pumps = child<QComboBox>(panel, "tandemPump");
        QCOMPARE(pumps->count(), 4); // "newest data" + three pumps
        QVERIFY(pumps->itemData(0).toString().isEmpty());
        const int current = pumps->findData(QStringLiteral("90556643"));
        const int old = pumps->findData(QStringLiteral("11223344"));
        const int never = pumps->findData(QStringLiteral("514387"));
        QVERIFY(current > 0 && old > 0 && never > 0);
        QVERIFY2(pumps->itemText(current).contains(QStringLiteral("last data")), qPrintable(pumps->itemText(current)));
        QVERIFY(!pumps->itemText(current).contains(QStringLiteral("nothing for")));
        QVERIFY2(pumps->itemText(old).contains(QStringLiteral("nothing for")), qPrintable(pumps->itemText(old)));
        QVERIFY(pumps->itemText(never).contains(QStringLiteral("never uploaded")));
        QVERIFY(child<QLabel>(panel, "tandemPumpNote")->text().startsWith(QStringLiteral("2 pump")));

        pumps->setCurrentIndex(current);
        AccountConfig filled = account();
        panel.fill(&filled);
        QCOMPARE(filled.pumpSerial, QStringLiteral("90556643"));
        QCOMPARE(filled.region, QStringLiteral("US"));
        QCOMPARE(filled.timezone, QStringLiteral("America/New_York"));
        // The test session stayed in memory: nothing was stored.
        QCOMPARE(m_env->store.writeCount(), 0);
    }

    void aWrongPasswordIsReportedAndNotRetried()
    {
        TandemPanel panel(m_env->services(), account(), true);
        panel.show();
        QSignalSpy tested(&panel, &TandemPanel::signInTested);
        typeInto(panel, "tandemEmail", m_fake->options().email);
        typeInto(panel, "tandemPassword", QStringLiteral("not the password"));
        click(panel, "tandemTestSignIn");
        QVERIFY(tested.wait(kWait));
        QCOMPARE(tested.first().first().toBool(), false);
        auto *result = child<ResultLabel>(panel, "tandemTestResult");
        QCOMPARE(result->state(), ResultLabel::State::Error);
        QVERIFY2(result->message().contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(result->message()));
        QCOMPARE(m_fake->credentialPosts(), 1);
        QCOMPARE(child<QComboBox>(panel, "tandemPump")->count(), 1);
        QVERIFY(child<QPushButton>(panel, "tandemTestSignIn")->isEnabled());
    }

    void theStoredPasswordIsUsedForAnExistingAccount()
    {
        QVERIFY(nb::test::waitWrite(m_env->store, CredentialKeys::email(QStringLiteral("tandem")),
                                    Secret(m_fake->options().email), this)
                    ->ok());
        QVERIFY(nb::test::waitWrite(m_env->store, CredentialKeys::password(QStringLiteral("tandem")),
                                    Secret(m_fake->options().password), this)
                    ->ok());
        TandemPanel panel(m_env->services(), account(), false);
        panel.show();
        QTRY_COMPARE(child<QLineEdit>(panel, "tandemEmail")->text(), m_fake->options().email);
        QTRY_VERIFY(child<QLineEdit>(panel, "tandemPassword")->placeholderText().contains(QStringLiteral("Stored")));
        QVERIFY(panel.validate().isEmpty());
        QSignalSpy tested(&panel, &TandemPanel::signInTested);
        click(panel, "tandemTestSignIn");
        QVERIFY(tested.wait(kWait));
        QCOMPARE(tested.first().first().toBool(), true);
    }

    void validationExplainsMissingFieldsAndBadZones()
    {
        TandemPanel panel(m_env->services(), account(), true);
        panel.show();
        QVERIFY(panel.validate().contains(QStringLiteral("e-mail")));
        typeInto(panel, "tandemEmail", QStringLiteral("a@example.com"));
        QVERIFY(panel.validate().contains(QStringLiteral("password")));
        typeInto(panel, "tandemPassword", QStringLiteral("pw"));
        QVERIFY(panel.validate().isEmpty());
        child<QComboBox>(panel, "tandemTimeZone")->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(!child<QLabel>(panel, "tandemTimeZoneError")->isHidden());
        QVERIFY(panel.validate().contains(QStringLiteral("time zone")));
    }

    void applyStoresEmailAndPasswordInTheStore()
    {
        TandemPanel panel(m_env->services(), account(), true);
        typeInto(panel, "tandemEmail", QStringLiteral("owner@example.com"));
        typeInto(panel, "tandemPassword", QStringLiteral("pw-123"));
        std::optional<Result<void>> done;
        panel.apply([&done](const Result<void> &r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(done->ok());
        QCOMPARE(m_env->secret(CredentialKeys::email(QStringLiteral("tandem")), this),
                 QStringLiteral("owner@example.com"));
        QCOMPARE(m_env->secret(CredentialKeys::password(QStringLiteral("tandem")), this), QStringLiteral("pw-123"));
        QVERIFY(child<QLineEdit>(panel, "tandemPassword")->text().isEmpty());
        QVERIFY(m_env->settings->sync().ok());
        QVERIFY(!m_env->iniBytes().contains("owner@example.com"));
        QVERIFY(!m_env->iniBytes().contains("pw-123"));
    }
};

QTEST_MAIN(TestTandemPanel)
#include "tst_tandempanel.moc"
