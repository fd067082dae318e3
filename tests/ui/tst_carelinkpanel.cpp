// CareLinkPanel against the fake CareLink on loopback (discovery reached through the settings' override):
// "Sign in with browser" opens the authorize address, the paste-the-address fallback and the URL-scheme
// hand-off complete the sign-in, a care partner picks the patient, a foreign or garbled address is
// refused, and a new account that is cancelled forgets its sign-in.

#include "settingstestenv.h"

#include "carelinkpanel.h"
#include "resultlabel.h"
#include "simulation/carelink/fakecarelink.h"
#include "sync/accountconfig.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

using namespace nb;
using namespace nb::ui;
using nb::test::child;
using nb::test::click;
using nb::test::SettingsTestEnv;
using nb::test::typeInto;

namespace {
constexpr int kWait = 15000;
const QString kRefreshKey = QStringLiteral("carelink/carelink/refresh_token");
} // namespace

class TestCareLinkPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SettingsTestEnv> m_env;
    std::unique_ptr<sim::FakeCareLink> m_fake;

    static AccountConfig account()
    {
        AccountConfig a;
        a.id = QStringLiteral("carelink");
        a.vendor = AccountVendor::CareLink;
        a.country = QStringLiteral("DE");
        return a;
    }

    // Presses "Sign in with browser" and returns the address the browser was given.
    QUrl startSignIn(CareLinkPanel &panel)
    {
        const qsizetype before = m_env->opened.size();
        click(panel, "careLinkSignIn");
        if (!QTest::qWaitFor([&] { return m_env->opened.size() > before; }, kWait))
            return {};
        return m_env->opened.last();
    }

private slots:
    void init()
    {
        m_env = std::make_unique<SettingsTestEnv>();
        m_fake = std::make_unique<sim::FakeCareLink>(m_env->clock);
        QVERIFY(m_fake->listen());
        sim::FakeCareLinkUser follower;
        follower.username = QStringLiteral("follower");
        follower.password = QStringLiteral("pw");
        follower.role = QStringLiteral("CARE_PARTNER_OUS");
        follower.country = QStringLiteral("DE");
        follower.linkedPatients = {QStringLiteral("anna"), QStringLiteral("ben")};
        m_fake->addUser(follower);
        for (const char *name : {"anna", "ben"}) {
            sim::FakeCareLinkUser p;
            p.username = QLatin1String(name);
            p.password = QStringLiteral("pw");
            p.firstName = QLatin1String(name);
            m_fake->addUser(p);
        }
        QVERIFY(
            m_env->settings
                ->setValue(keys::careLinkOverride(QStringLiteral("discoveryUrl")), m_fake->discoveryUrl().toString())
                .ok());
    }

    void cleanup()
    {
        m_fake.reset();
        m_env.reset();
    }

    void pastedAddressCompletesTheSignInAndListsPatients()
    {
        CareLinkPanel panel(m_env->services(), account(), true);
        panel.show();
        QSignalSpy signedIn(&panel, &CareLinkPanel::signedIn);
        QVERIFY(child<QLabel>(panel, "careLinkFollowerNote")->text().contains(QStringLiteral("of its own")));
        const QUrl authorize = startSignIn(panel);
        QVERIFY(authorize.isValid());
        QVERIFY(panel.hasPendingSignIn());
        auto *result = child<ResultLabel>(panel, "careLinkSignInResult");
        QVERIFY(result->isBusy()); // waiting for the browser
        const QUrl redirect = m_fake->approve(authorize, QStringLiteral("follower"));
        QVERIFY(redirect.isValid());
        typeInto(panel, "careLinkPasteUrl",
                 QStringLiteral("  ") + redirect.toString(QUrl::FullyEncoded) + QStringLiteral(" "));
        click(panel, "careLinkPasteSubmit");
        QVERIFY(signedIn.wait(kWait));
        QCOMPARE(signedIn.first().first().toBool(), true);
        QTRY_COMPARE(result->state(), ResultLabel::State::Ok);
        QVERIFY(result->message().contains(QStringLiteral("follower")));
        QVERIFY(panel.isSignedIn());
        QVERIFY(child<QPushButton>(panel, "careLinkSignIn")->text().contains(QStringLiteral("again")));
        QVERIFY(m_env->store.contains(kRefreshKey));

        auto *patients = child<QComboBox>(panel, "careLinkPatient");
        QVERIFY(!patients->isHidden());
        QCOMPARE(patients->count(), 3);       // "choose" + anna + ben
        QVERIFY(!panel.validate().isEmpty()); // two patients: one must be chosen
        patients->setCurrentIndex(patients->findData(QStringLiteral("ben")));
        QVERIFY(panel.validate().isEmpty());
        std::optional<Result<void>> done;
        panel.apply([&done](const Result<void> &r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(done->ok());
        QCOMPARE(m_env->secret(CredentialKeys::patient(QStringLiteral("carelink")), this), QStringLiteral("ben"));
    }

    void theUrlSchemeHandOffWorksToo()
    {
        CareLinkPanel panel(m_env->services(), account(), true);
        panel.show();
        QSignalSpy signedIn(&panel, &CareLinkPanel::signedIn);
        const QUrl authorize = startSignIn(panel);
        QVERIFY(panel.handleRedirect(m_fake->approve(authorize, QStringLiteral("anna"))));
        QVERIFY(signedIn.wait(kWait));
        QCOMPARE(signedIn.first().first().toBool(), true);
        // A patient account: no picker.
        QTRY_VERIFY(child<QComboBox>(panel, "careLinkPatient")->isHidden());
        QVERIFY(child<QLabel>(panel, "careLinkPatientNote")->text().contains(QStringLiteral("patient account")));
        QVERIFY(!panel.hasPendingSignIn());
        QVERIFY(!panel.handleRedirect(QUrl(QStringLiteral("com.medtronic.carepartner:/sso?code=x&state=y"))));
    }

    void foreignAndGarbledAddressesAreRefused()
    {
        CareLinkPanel panel(m_env->services(), account(), true);
        panel.show();
        auto *result = child<ResultLabel>(panel, "careLinkSignInResult");
        typeInto(panel, "careLinkPasteUrl", QStringLiteral("hello"));
        click(panel, "careLinkPasteSubmit");
        QCOMPARE(result->state(), ResultLabel::State::Error);
        typeInto(panel, "careLinkPasteUrl", QStringLiteral("com.medtronic.carepartner:/sso?code=abc&state=def"));
        click(panel, "careLinkPasteSubmit");
        QCOMPARE(result->state(), ResultLabel::State::Error); // no sign-in started
        QVERIFY(result->message().contains(QStringLiteral("Sign in with browser")));

        QSignalSpy signedIn(&panel, &CareLinkPanel::signedIn);
        QVERIFY(startSignIn(panel).isValid());
        typeInto(panel, "careLinkPasteUrl", QStringLiteral("com.medtronic.carepartner:/sso?code=abc&state=not-ours"));
        click(panel, "careLinkPasteSubmit");
        QVERIFY(signedIn.wait(kWait));
        QCOMPARE(signedIn.first().first().toBool(), false);
        QCOMPARE(result->state(), ResultLabel::State::Error);
        QVERIFY(!m_env->store.contains(kRefreshKey));
    }

    void cancellingANewAccountForgetsItsSignIn()
    {
        CareLinkPanel panel(m_env->services(), account(), true);
        panel.show();
        QSignalSpy signedIn(&panel, &CareLinkPanel::signedIn);
        QVERIFY(panel.handleRedirect(QUrl()) == false);
        const QUrl authorize = startSignIn(panel);
        QVERIFY(panel.handleRedirect(m_fake->approve(authorize, QStringLiteral("anna"))));
        QVERIFY(signedIn.wait(kWait));
        QVERIFY(m_env->store.contains(kRefreshKey));
        panel.discard();
        QTRY_VERIFY(!m_env->store.contains(kRefreshKey));
    }

    void anExistingSignInIsShown()
    {
        QVERIFY(nb::test::waitWrite(m_env->store, kRefreshKey, Secret(QStringLiteral("refresh")), this)->ok());
        CareLinkPanel panel(m_env->services(), account(), false);
        QTRY_VERIFY(panel.isSignedIn());
        QCOMPARE(child<QLabel>(panel, "careLinkState")->text(), QStringLiteral("Signed in."));
        AccountConfig filled;
        panel.fill(&filled);
        QCOMPARE(filled.country, QStringLiteral("DE"));
    }

    void aCountryIsRequired()
    {
        AccountConfig a = account();
        a.country.clear();
        CareLinkPanel panel(m_env->services(), a, true);
        QVERIFY(panel.validate().contains(QStringLiteral("country")));
        click(panel, "careLinkSignIn");
        QCOMPARE(child<ResultLabel>(panel, "careLinkSignInResult")->state(), ResultLabel::State::Error);
        QVERIFY(m_env->opened.isEmpty());
    }
};

QTEST_MAIN(TestCareLinkPanel)
#include "tst_carelinkpanel.moc"
