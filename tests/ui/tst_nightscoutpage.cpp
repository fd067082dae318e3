// NightscoutPage against the fake Nightscout on loopback: a working site, a wrong secret, an access token,
// inline address validation, and the secret going to the credential store only.

#include "settingstestenv.h"

#include "nightscoutpage.h"
#include "resultlabel.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QToolButton>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTcpServer>

using namespace nb;
using namespace nb::ui;
using nb::test::child;
using nb::test::click;
using nb::test::SettingsTestEnv;
using nb::test::typeInto;

namespace {
const QString kSecret = QStringLiteral("correct-secret-123");

std::unique_ptr<sim::FakeNightscout> fakeSite(const Clock &clock, const QString &units = QStringLiteral("mg/dl"))
{
    sim::FakeNightscout::Options options;
    options.apiSecret = kSecret;
    options.units = units;
    options.authFailDelay = std::chrono::milliseconds(0);
    auto fake = std::make_unique<sim::FakeNightscout>(clock, options);
    if (!fake->listen())
        return nullptr;
    return fake;
}
} // namespace

class TestNightscoutPage : public QObject {
    Q_OBJECT

private:
    static ResultLabel *result(NightscoutPage &page) { return child<ResultLabel>(page, "nightscoutTestResult"); }

private slots:
    void theSecretCanBeShownAndTheTokenIsExplained()
    {
        SettingsTestEnv env;
        NightscoutPage page(env.services());
        auto *secret = child<QLineEdit>(page, "nightscoutSecret");
        auto *reveal = child<QToolButton>(page, "nightscoutSecretReveal");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        reveal->click();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        reveal->click();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        auto *mode = child<QComboBox>(page, "nightscoutAuthMode");
        mode->setCurrentIndex(mode->findData(QStringLiteral("token")));
        const QString hint = child<QLabel>(page, "nightscoutSecretHint")->text();
        QVERIFY2(hint.contains(QStringLiteral("Admin Tools")) && hint.contains(QStringLiteral("create")),
                 qPrintable(hint));
    }

    void testConnectionShowsVersionUnitsAndWriteAccess()
    {
        SettingsTestEnv env;
        auto fake = fakeSite(env.clock, QStringLiteral("mmol"));
        QVERIFY(fake);
        NightscoutPage page(env.services());
        page.show();
        QSignalSpy tested(&page, &NightscoutPage::connectionTested);
        typeInto(page, "nightscoutUrl", fake->baseUrl().toString());
        QVERIFY(child<QLabel>(page, "nightscoutUrlError")->isHidden()); // loopback http is fine
        typeInto(page, "nightscoutSecret", kSecret);
        click(page, "nightscoutTest");
        QVERIFY(result(page)->isBusy());
        QVERIFY(!child<QPushButton>(page, "nightscoutTest")->isEnabled());
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), true);
        QCOMPARE(result(page)->state(), ResultLabel::State::Ok);
        QVERIFY2(result(page)->message().contains(QStringLiteral("15.0.7")), qPrintable(result(page)->message()));
        QVERIFY(result(page)->message().contains(QStringLiteral("mmol")));
        QVERIFY(result(page)->message().contains(QStringLiteral("may upload")));
        QVERIFY(child<QPushButton>(page, "nightscoutTest")->isEnabled());
        QCOMPARE(env.store.writeCount(), 0); // testing stores nothing
    }

    // A test the user started runs once: its message does not say Nightbridge will try again.
    void anUnreachableSiteIsNotPromisedARetry()
    {
        SettingsTestEnv env;
        QTcpServer closed; // a port that was free a moment ago: connections to it are refused
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        NightscoutPage page(env.services());
        page.show();
        QSignalSpy tested(&page, &NightscoutPage::connectionTested);
        typeInto(page, "nightscoutUrl", QStringLiteral("http://127.0.0.1:%1").arg(port));
        typeInto(page, "nightscoutSecret", kSecret);
        click(page, "nightscoutTest");
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), false);
        const QString message = result(page)->message();
        QVERIFY2(message.contains(QStringLiteral("Nightscout")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("will try again")), qPrintable(message));
    }

    void aWrongSecretSaysSo()
    {
        SettingsTestEnv env;
        auto fake = fakeSite(env.clock);
        QVERIFY(fake);
        NightscoutPage page(env.services());
        page.show();
        QSignalSpy tested(&page, &NightscoutPage::connectionTested);
        typeInto(page, "nightscoutUrl", fake->baseUrl().toString());
        typeInto(page, "nightscoutSecret", QStringLiteral("wrong-secret-456"));
        click(page, "nightscoutTest");
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), false);
        QCOMPARE(result(page)->state(), ResultLabel::State::Error);
        QVERIFY2(result(page)->message().contains(QStringLiteral("secret"), Qt::CaseInsensitive),
                 qPrintable(result(page)->message()));
        QVERIFY(!result(page)->message().contains(QStringLiteral("wrong-secret-456")));
    }

    void theStoredSecretIsUsedWhenTheFieldIsEmpty()
    {
        SettingsTestEnv env;
        auto fake = fakeSite(env.clock);
        QVERIFY(fake);
        QVERIFY(env.settings->setValue(keys::nightscoutUrl, fake->baseUrl().toString()).ok());
        QVERIFY(nb::test::waitWrite(env.store, CredentialKeys::nightscoutSecret(QStringLiteral("default")),
                                    Secret(kSecret), this)
                    ->ok());
        NightscoutPage page(env.services());
        page.show();
        QTRY_VERIFY(child<QLineEdit>(page, "nightscoutSecret")->placeholderText().contains(QStringLiteral("Stored")));
        QSignalSpy tested(&page, &NightscoutPage::connectionTested);
        click(page, "nightscoutTest");
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), true);
    }

    void anAccessTokenWorksToo()
    {
        SettingsTestEnv env;
        auto fake = fakeSite(env.clock);
        QVERIFY(fake);
        const QString token = fake->addSubject(QStringLiteral("nightbridge"), {QStringLiteral("admin")});
        NightscoutPage page(env.services());
        page.show();
        QSignalSpy tested(&page, &NightscoutPage::connectionTested);
        typeInto(page, "nightscoutUrl", fake->baseUrl().toString());
        child<QComboBox>(page, "nightscoutAuthMode")->setCurrentIndex(1);
        typeInto(page, "nightscoutSecret", token);
        click(page, "nightscoutTest");
        QTRY_COMPARE(tested.count(), 1);
        QVERIFY2(tested.first().first().toBool(), qPrintable(result(page)->message()));
    }

    void badAddressesAreExplainedInline()
    {
        SettingsTestEnv env;
        NightscoutPage page(env.services());
        page.show();
        auto *error = child<QLabel>(page, "nightscoutUrlError");
        typeInto(page, "nightscoutUrl", QStringLiteral("http://my-site.example.org"));
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!page.validate().isEmpty());
        child<QCheckBox>(page, "nightscoutAllowHttp")->setChecked(true);
        QVERIFY(error->isHidden());
        typeInto(page, "nightscoutUrl", QStringLiteral("https://site.example.org/?token=abc"));
        QVERIFY(!error->isHidden());
        typeInto(page, "nightscoutUrl", QStringLiteral("my-site.example.org"));
        QVERIFY(error->isHidden());
        QVERIFY(page.validate().isEmpty());
        // The test button explains instead of failing silently.
        typeInto(page, "nightscoutUrl", QString());
        click(page, "nightscoutTest");
        QTRY_COMPARE(result(page)->state(), ResultLabel::State::Error);
    }

    void aShortApiSecretIsFlagged()
    {
        SettingsTestEnv env;
        NightscoutPage page(env.services());
        page.show();
        typeInto(page, "nightscoutSecret", QStringLiteral("short"));
        auto *hint = child<QLabel>(page, "nightscoutSecretHint");
        QVERIFY(!hint->isHidden());
        QVERIFY(hint->text().contains(QStringLiteral("12")));
    }

    void applyStoresTheSecretInTheStoreOnly()
    {
        SettingsTestEnv env;
        NightscoutPage page(env.services());
        typeInto(page, "nightscoutUrl", QStringLiteral("site.example.org/api/v1/"));
        typeInto(page, "nightscoutSecret", QStringLiteral("a-very-long-api-secret"));
        std::optional<Result<void>> done;
        page.apply([&done](const Result<void> &r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(done->ok());
        QVERIFY(env.settings->sync().ok());
        QCOMPARE(env.settings->stringValue(keys::nightscoutUrl), QStringLiteral("https://site.example.org"));
        QCOMPARE(env.secret(CredentialKeys::nightscoutSecret(QStringLiteral("default")), this),
                 QStringLiteral("a-very-long-api-secret"));
        QVERIFY(!env.iniBytes().contains("a-very-long-api-secret"));
        QVERIFY(child<QLineEdit>(page, "nightscoutSecret")->text().isEmpty());
    }
};

QTEST_MAIN(TestNightscoutPage)
#include "tst_nightscoutpage.moc"
