// SyncPage: cadence and notification choices, loaded and applied through the validated setters.

#include "settingstestenv.h"
#include "sync/notificationpolicy.h"

#include "syncpage.h"

#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>

using namespace nb;
using namespace nb::ui;
using nb::test::child;
using nb::test::SettingsTestEnv;

class TestSyncPage : public QObject {
    Q_OBJECT

private:
    static bool apply(SyncPage &page)
    {
        std::optional<Result<void>> done;
        page.apply([&done](const Result<void> &r) { done = r; });
        return done && done->ok();
    }

private slots:
    void defaultsAreShown()
    {
        SettingsTestEnv env;
        SyncPage page(env.services());
        QVERIFY(child<QRadioButton>(page, "syncAutomatic")->isChecked());
        QVERIFY(!child<QSpinBox>(page, "syncInterval")->isEnabled());
        QVERIFY(child<QCheckBox>(page, "notifyEnabled")->isChecked());
        QVERIFY(!child<QCheckBox>(page, "notifyGlucoseAlerts")->isChecked());
        QVERIFY(child<QCheckBox>(page, "notifyUrgentLow")->isChecked());        // on by default
        QVERIFY(!page.findChild<QSpinBox *>(QStringLiteral("notifyAlertLow"))); // no second set of limits
    }

    void choicesAreApplied()
    {
        SettingsTestEnv env;
        SyncPage page(env.services());
        child<QRadioButton>(page, "syncFixed")->setChecked(true);
        QVERIFY(child<QSpinBox>(page, "syncInterval")->isEnabled());
        child<QSpinBox>(page, "syncInterval")->setValue(15);
        child<QCheckBox>(page, "notifyNoNewData")->setChecked(false);
        child<QCheckBox>(page, "notifyGlucoseAlerts")->setChecked(true);
        child<QCheckBox>(page, "notifyUrgentLow")->setChecked(false);
        child<QSpinBox>(page, "notifySyncFailingMinutes")->setValue(45);
        QVERIFY(apply(page));
        QCOMPARE(env.settings->enumValue<SyncCadence>(keys::syncCadence), SyncCadence::Fixed);
        QCOMPARE(env.settings->intValue(keys::syncIntervalMinutes), 15);
        QCOMPARE(env.settings->boolValue(keys::notifyNoNewData), false);
        QCOMPARE(env.settings->boolValue(keys::notifyGlucoseAlerts), true);
        QCOMPARE(env.settings->boolValue(keys::notifyUrgentLow), false);
        QCOMPARE(env.settings->intValue(keys::notifySyncFailingMinutes), 45);
    }

    void switchingNotificationsOffDisablesTheDetails()
    {
        SettingsTestEnv env;
        SyncPage page(env.services());
        child<QCheckBox>(page, "notifyEnabled")->setChecked(false);
        QVERIFY(!child<QCheckBox>(page, "notifySignInNeeded")->isEnabled());
        QVERIFY(!child<QSpinBox>(page, "notifyNoNewDataMinutes")->isEnabled());
        QVERIFY(apply(page));
        QCOMPARE(env.settings->boolValue(keys::notifyEnabled), false);
        QCOMPARE(env.settings->boolValue(keys::notifySignInNeeded), true); // the detail keeps its choice
    }

    void alertsUseTheDisplayLimitsInTheDisplayUnit()
    {
        SettingsTestEnv env;
        QVERIFY(env.settings->setValue(keys::units, QStringLiteral("mmol")).ok());
        QVERIFY(env.settings->setValue(keys::lowMgdl, 72).ok());
        QVERIFY(env.settings->setValue(keys::urgentLowMgdl, 54).ok());
        SyncPage page(env.services());
        const QString limits = child<QLabel>(page, "alertLimits")->text();
        QVERIFY2(limits.contains(QStringLiteral("low below 4.0 mmol/L")), qPrintable(limits));
        QVERIFY2(limits.contains(QStringLiteral("urgent low below 3.0 mmol/L")), qPrintable(limits));
        QVERIFY2(limits.contains(QStringLiteral("not a medical device")), qPrintable(limits));
        // ... and the notifications read the same keys.
        const NotificationConfig config = notificationConfigFromSettings(*env.settings);
        QCOMPARE(config.alertLowMgdl, 72);
        QCOMPARE(config.alertUrgentLowMgdl, 54);
        QCOMPARE(config.alertHighMgdl, 180);
        QVERIFY(config.urgentLow);
    }

    void savedValuesAreLoaded()
    {
        SettingsTestEnv env;
        QVERIFY(env.settings->setValue(keys::syncCadence, QStringLiteral("fixed")).ok());
        QVERIFY(env.settings->setValue(keys::syncIntervalMinutes, 30).ok());
        QVERIFY(env.settings->setValue(keys::notifyBackfillFinished, false).ok());
        SyncPage page(env.services());
        QVERIFY(child<QRadioButton>(page, "syncFixed")->isChecked());
        QCOMPARE(child<QSpinBox>(page, "syncInterval")->value(), 30);
        QVERIFY(!child<QCheckBox>(page, "notifyBackfillFinished")->isChecked());
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
