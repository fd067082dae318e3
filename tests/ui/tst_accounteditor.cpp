// AccountEditor: feature check boxes with their explanations, the stored feature list, and the conflict
// warnings read from a fake Nightscout seeded with another uploader's documents.

#include "settingstestenv.h"

#include "accounteditor.h"
#include "nightscout/nsquery.h"
#include "resultlabel.h"
#include "simulation/nightscout/fakenightscout.h"
#include "sync/accountconfig.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>

using namespace nb;
using namespace nb::ui;
using nb::test::child;
using nb::test::click;
using nb::test::SettingsTestEnv;

class TestAccountEditor : public QObject {
    Q_OBJECT

private:
    static AccountConfig tandem(const QString &features = {})
    {
        AccountConfig a;
        a.id = QStringLiteral("tandem");
        a.vendor = AccountVendor::Tandem;
        a.timezone = QStringLiteral("Europe/Berlin");
        a.features = features;
        return a;
    }

    static void providerFor(AccountEditor &editor, const sim::FakeNightscout &fake)
    {
        ns::NsClientConfig config;
        config.baseUrl = fake.baseUrl();
        config.credentials = ns::NsCredentials::apiSecret(Secret(fake.options().apiSecret));
        editor.setNightscoutConfigProvider(
            [config](QObject *, std::function<void(const Result<ns::NsClientConfig> &)> done) { done(config); });
    }

private slots:
    void featuresShowTheDefaultsWithExplanations()
    {
        SettingsTestEnv env;
        AccountEditor editor(env.services(), tandem(), true);
        for (const char *on : {"feature_BASAL", "feature_BOLUS", "feature_PUMP_EVENTS", "feature_PROFILES"})
            QVERIFY2(child<QCheckBox>(editor, on)->isChecked(), on);
        QVERIFY(!child<QCheckBox>(editor, "feature_CGM")->isChecked());
        QVERIFY(!child<QLabel>(editor, "featureHelp_CGM")->text().isEmpty());
        QVERIFY(editor.config().features.isEmpty()); // the defaults are stored as "empty"
        child<QCheckBox>(editor, "feature_CGM")->setChecked(true);
        QCOMPARE(editor.config().features, QStringLiteral("BASAL,BOLUS,PUMP_EVENTS,PROFILES,CGM"));
    }

    void atLeastOneFeature()
    {
        SettingsTestEnv env;
        AccountConfig a;
        a.id = QStringLiteral("carelink");
        a.vendor = AccountVendor::CareLink;
        a.country = QStringLiteral("DE");
        AccountEditor editor(env.services(), a, true);
        child<QCheckBox>(editor, "feature_entries")->setChecked(false);
        child<QCheckBox>(editor, "feature_devicestatus")->setChecked(false);
        QVERIFY(editor.validate().contains(QStringLiteral("at least one")));
        QVERIFY(!child<QLabel>(editor, "accountError")->isHidden());
        child<QCheckBox>(editor, "feature_boluses")->setChecked(true);
        QVERIFY(editor.validate().isEmpty());
        QCOMPARE(editor.config().features, QStringLiteral("boluses"));
    }

    void conflictWarningsFromAnotherUploader()
    {
        SettingsTestEnv env;
        sim::FakeNightscout::Options options;
        options.apiSecret = QStringLiteral("correct-secret-123");
        sim::FakeNightscout fake(env.clock, options);
        QVERIFY(fake.listen());
        const QDateTime now = env.clock.nowUtc();
        for (int i = 1; i <= 6; ++i) {
            fake.store().insertRaw(
                NsCollection::Entries,
                QJsonObject{{QStringLiteral("type"), QStringLiteral("sgv")},
                            {QStringLiteral("sgv"), 120 + i},
                            {QStringLiteral("date"), double(now.addSecs(-300 * i).toMSecsSinceEpoch())},
                            {QStringLiteral("device"), QStringLiteral("xDrip-DexcomG7")}});
        }
        fake.store().insertRaw(NsCollection::Treatments,
                               QJsonObject{{QStringLiteral("eventType"), QStringLiteral("Meal Bolus")},
                                           {QStringLiteral("insulin"), 4.5},
                                           {QStringLiteral("carbs"), 40},
                                           {QStringLiteral("enteredBy"), QStringLiteral("Mum")},
                                           {QStringLiteral("created_at"), ns::NsQuery::isoTime(now.addSecs(-3600))}});
        fake.store().insertRaw(NsCollection::Profile,
                               QJsonObject{{QStringLiteral("defaultProfile"), QStringLiteral("Default")},
                                           {QStringLiteral("startDate"), ns::NsQuery::isoTime(now.addDays(-30))},
                                           {QStringLiteral("enteredBy"), QStringLiteral("Pump (tconnectsync)")}});
        // Our own documents are never a conflict.
        fake.store().insertRaw(NsCollection::Treatments,
                               QJsonObject{{QStringLiteral("eventType"), QStringLiteral("Correction Bolus")},
                                           {QStringLiteral("insulin"), 1.0},
                                           {QStringLiteral("enteredBy"), QStringLiteral("Nightbridge")},
                                           {QStringLiteral("created_at"), ns::NsQuery::isoTime(now.addSecs(-600))}});

        AccountEditor editor(env.services(), tandem(), true);
        editor.show();
        providerFor(editor, fake);
        click(editor, "checkConflicts");
        auto *result = child<ResultLabel>(editor, "conflictResult");
        QVERIFY(result->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!result->isBusy(), 15000);
        QCOMPARE(result->state(), ResultLabel::State::Warning);
        const QString text = result->message();
        QVERIFY2(text.contains(QStringLiteral("by hand")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Pump (tconnectsync)")));
        QVERIFY(text.contains(QStringLiteral("profile")));
        // CGM is off: the glucose uploader is only counted.
        QVERIFY(!text.contains(QStringLiteral("xDrip-DexcomG7")));
        QVERIFY(text.contains(QStringLiteral("1 more")));
        child<QCheckBox>(editor, "feature_CGM")->setChecked(true);
        QVERIFY(result->message().contains(QStringLiteral("xDrip-DexcomG7")));
        QCOMPARE(fake.server().requestCount(QStringLiteral("/api/v1/")), 4); // reads only
    }

    void aCleanSiteSaysSo()
    {
        SettingsTestEnv env;
        sim::FakeNightscout::Options options;
        options.apiSecret = QStringLiteral("correct-secret-123");
        sim::FakeNightscout fake(env.clock, options);
        QVERIFY(fake.listen());
        AccountEditor editor(env.services(), tandem(), true);
        providerFor(editor, fake);
        click(editor, "checkConflicts");
        auto *result = child<ResultLabel>(editor, "conflictResult");
        QTRY_VERIFY_WITH_TIMEOUT(!result->isBusy(), 15000);
        QCOMPARE(result->state(), ResultLabel::State::Ok);
    }

    void noSiteIsExplained()
    {
        SettingsTestEnv env;
        AccountEditor editor(env.services(), tandem(), true); // default provider: the saved site (none)
        click(editor, "checkConflicts");
        auto *result = child<ResultLabel>(editor, "conflictResult");
        QTRY_COMPARE(result->state(), ResultLabel::State::Error);
        QVERIFY(result->message().contains(QStringLiteral("Nightscout")));
    }
};

QTEST_MAIN(TestAccountEditor)
#include "tst_accounteditor.moc"
