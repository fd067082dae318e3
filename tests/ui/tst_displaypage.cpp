// DisplayPage: thresholds shown in the chosen units and stored in mg/dL, their order checked as you type,
// stale minutes and chart span.

#include "settingstestenv.h"

#include "displaypage.h"
#include "sync/accountconfig.h"
#include "viewmodels/displayoptions.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>

using namespace nb;
using namespace nb::ui;
using nb::test::child;
using nb::test::SettingsTestEnv;

class TestDisplayPage : public QObject {
    Q_OBJECT

private:
    static Result<void> applied(DisplayPage &page)
    {
        std::optional<Result<void>> done;
        page.apply([&done](const Result<void> &r) { done = r; });
        return done.value_or(SyncError::make(SyncError::Kind::Cancelled, QString(), QStringLiteral("no answer")));
    }

private slots:
    void showsTheSavedValues()
    {
        SettingsTestEnv env;
        QVERIFY(env.settings->setValue(keys::lowMgdl, 72).ok());
        DisplayPage page(env.services());
        QCOMPARE(child<QDoubleSpinBox>(page, "lowThreshold")->value(), 72.0);
        QCOMPARE(child<QDoubleSpinBox>(page, "highThreshold")->value(), 180.0);
        QCOMPARE(child<QSpinBox>(page, "staleMinutes")->value(), 15);
        QCOMPARE(child<QComboBox>(page, "chartSpan")->currentData().toString(), QStringLiteral("3h"));
        QVERIFY(child<QLabel>(page, "thresholdError")->isHidden());
    }

    void mmolShowsConvertedValuesAndStoresMgdl()
    {
        SettingsTestEnv env;
        DisplayPage page(env.services());
        child<QComboBox>(page, "displayUnits")->setCurrentIndex(1);
        auto *low = child<QDoubleSpinBox>(page, "lowThreshold");
        QCOMPARE(low->decimals(), 1);
        QCOMPARE(low->value(), 3.9); // 70 mg/dL
        QVERIFY(low->suffix().contains(QStringLiteral("mmol/L")));
        QCOMPARE(child<QDoubleSpinBox>(page, "highThreshold")->value(), 10.0); // 180 mg/dL
        // Switching units does not move the stored values by rounding.
        child<QComboBox>(page, "displayUnits")->setCurrentIndex(0);
        QCOMPARE(low->value(), 70.0);
        child<QComboBox>(page, "displayUnits")->setCurrentIndex(1);
        low->setValue(4.2);
        QVERIFY(applied(page).ok());
        QCOMPARE(env.settings->intValue(keys::lowMgdl), 76); // 4.2 * 18.0182
        QCOMPARE(env.settings->stringValue(keys::units), QStringLiteral("mmol"));
        QCOMPARE(env.settings->intValue(keys::highMgdl), 180);
    }

    void thresholdsOutOfOrderAreExplained()
    {
        SettingsTestEnv env;
        DisplayPage page(env.services());
        auto *error = child<QLabel>(page, "thresholdError");
        child<QDoubleSpinBox>(page, "urgentLowThreshold")->setValue(75);
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), QStringLiteral("Urgent low must be below low."));
        child<QDoubleSpinBox>(page, "urgentLowThreshold")->setValue(55);
        QVERIFY(error->isHidden());
        child<QDoubleSpinBox>(page, "urgentHighThreshold")->setValue(170);
        QCOMPARE(error->text(), QStringLiteral("High must be below urgent high."));
        QVERIFY(!page.validate().isEmpty());
        QVERIFY(!applied(page).ok());
        QCOMPARE(env.settings->intValue(keys::urgentHighMgdl), 250);
    }

    void theTrayPersonIsChosenFromTheAccounts()
    {
        SettingsTestEnv env;
        AccountRepository accounts(*env.settings);
        AccountConfig alex;
        alex.id = QStringLiteral("alex");
        alex.name = QStringLiteral("Alex");
        QVERIFY(accounts.save(alex).ok());
        AccountConfig sam;
        sam.id = QStringLiteral("sam");
        sam.vendor = AccountVendor::CareLink;
        sam.name = QStringLiteral("Sam");
        sam.country = QStringLiteral("DE");
        QVERIFY(accounts.save(sam).ok());
        DisplayPage page(env.services());
        auto *tray = child<QComboBox>(page, "trayAccount");
        QCOMPARE(tray->count(), 3);
        QCOMPARE(tray->currentData().toString(), QString()); // default: the first account
        QCOMPARE(tray->itemText(2), QStringLiteral("Sam"));
        tray->setCurrentIndex(2);
        QVERIFY(applied(page).ok());
        QCOMPARE(env.settings->stringValue(keys::trayAccount), QStringLiteral("sam"));
        QCOMPARE(DisplayOptions::fromSettings(*env.settings).trayAccount, QStringLiteral("sam"));
        DisplayPage again(env.services());
        QCOMPARE(child<QComboBox>(again, "trayAccount")->currentText(), QStringLiteral("Sam"));
    }

    void staleMinutesAndChartSpanAreApplied()
    {
        SettingsTestEnv env;
        DisplayPage page(env.services());
        child<QSpinBox>(page, "staleMinutes")->setValue(25);
        auto *span = child<QComboBox>(page, "chartSpan");
        span->setCurrentIndex(span->findData(QStringLiteral("12h")));
        QVERIFY(applied(page).ok());
        QCOMPARE(env.settings->intValue(keys::staleMinutes), 25);
        QCOMPARE(env.settings->enumValue<ChartSpan>(keys::chartSpan), ChartSpan::Hours12);
    }
};

QTEST_MAIN(TestDisplayPage)
#include "tst_displaypage.moc"
