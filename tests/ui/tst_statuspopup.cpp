#include "manualclock.h"
#include "scriptedstatus.h"

#include "popup/glucosechart.h"
#include "popup/statuspopup.h"
#include "viewmodels/statustext.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::test::accountStatus;
using nb::test::at;
using nb::test::glucose;
using nb::test::ManualClock;
using nb::ui::StatusPopup;

class TestStatusPopup : public QObject {
    Q_OBJECT
private:
    static QString text(const StatusPopup &popup, const char *name)
    {
        auto *label = popup.findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
    }
    static QWidget *row(const StatusPopup &popup, const QString &id)
    {
        return popup.findChild<QWidget *>(QStringLiteral("accountRow:") + id);
    }

private slots:
    void showsTheLatestReadingLarge()
    {
        StatusModel model;
        ManualClock clock(at(8));
        model.addReadings({glucose(0, 120), glucose(5, 126, QStringLiteral("SingleUp"))});
        StatusPopup popup(model, clock);
        popup.show();
        QCOMPARE(text(popup, "valueLabel"), QStringLiteral("126"));
        QCOMPARE(text(popup, "unitLabel"), QStringLiteral("mg/dL"));
        QCOMPARE(text(popup, "trendLabel"), QStringLiteral("\u2191"));
        QCOMPARE(text(popup, "deltaLabel"), QStringLiteral("+6 mg/dL"));
        QCOMPARE(text(popup, "ageLabel"), ui::StatusText::clockTime(at(5)) + QStringLiteral(", 3 min ago"));
        auto *value = popup.findChild<QLabel *>(QStringLiteral("valueLabel"));
        QVERIFY(value->font().pointSizeF() > popup.font().pointSizeF() * 2);
        QVERIFY(!value->styleSheet().contains(QStringLiteral("line-through")));
        QVERIFY(popup.findChild<QLabel *>(QStringLiteral("demoLabel"))->isHidden());
    }

    void updatesLiveAndRerendersAgesOnTheTick()
    {
        StatusModel model;
        ManualClock clock(at(1));
        StatusPopup popup(model, clock);
        popup.show();
        QCOMPARE(text(popup, "valueLabel"), QStringLiteral("\u2014"));
        QCOMPARE(text(popup, "ageLabel"), QStringLiteral("No reading yet"));
        model.addReadings({glucose(0, 99)});
        QCOMPARE(text(popup, "valueLabel"), QStringLiteral("99"));
        QCOMPARE(text(popup, "ageLabel"), ui::StatusText::clockTime(at(0)) + QStringLiteral(", 1 min ago"));
        clock.set(at(16));
        popup.refresh(); // what the minute ticker calls
        QCOMPARE(text(popup, "ageLabel"),
                 ui::StatusText::clockTime(at(0)) + QStringLiteral(", 16 min ago \u2014 no new reading"));
        QVERIFY(popup.findChild<QLabel *>(QStringLiteral("valueLabel"))
                    ->styleSheet()
                    .contains(QStringLiteral("line-through")));
    }

    void mmolAndDeviceFacts()
    {
        StatusModel model;
        ManualClock clock(at(1));
        model.addReadings({glucose(0, 100)});
        DeviceSnapshot device;
        device.iob = 2.5;
        device.reservoir = 87;
        device.pumpBatteryPercent = 40;
        model.setDevice(device);
        StatusPopup popup(model, clock);
        ui::DisplayOptions mmol;
        mmol.units = GlucoseUnits::Mmol;
        popup.setDisplayOptions(mmol);
        popup.show();
        QCOMPARE(text(popup, "valueLabel"), QStringLiteral("5.5"));
        QCOMPARE(text(popup, "unitLabel"), QStringLiteral("mmol/L"));
        QCOMPARE(text(popup, "deviceLabel"),
                 QStringLiteral("IOB 2.5 U \u00b7 Reservoir 87 U \u00b7 Pump battery 40 %"));
        QVERIFY(popup.findChild<QLabel *>(QStringLiteral("deviceLabel"))->isVisible());
    }

    void oneRowPerAccountWithAButtonWhenItNeedsTheUser()
    {
        StatusModel model;
        ManualClock clock(at(0));
        StatusPopup popup(model, clock);
        popup.show();
        QVERIFY(popup.findChild<QLabel *>(QStringLiteral("noAccountsLabel"))->isVisible());

        AccountStatus tandem = accountStatus(QStringLiteral("t"), AccountState::Idle, QStringLiteral("Tandem"));
        tandem.lastSuccess = at(-2);
        tandem.nextRun = at(3);
        model.setAccount(tandem);
        AccountStatus carelink =
            accountStatus(QStringLiteral("c"), AccountState::NeedsAttention, QStringLiteral("CareLink"));
        carelink.action = AccountAction::CheckPassword;
        carelink.lastError = SyncError::make(SyncError::Kind::Auth, QStringLiteral("CareLink refused the password."),
                                             QStringLiteral("401"));
        model.setAccount(carelink);

        QVERIFY(!popup.findChild<QLabel *>(QStringLiteral("noAccountsLabel"))->isVisible());
        QWidget *t = row(popup, QStringLiteral("t"));
        QWidget *c = row(popup, QStringLiteral("c"));
        QVERIFY(t && c);
        QCOMPARE(t->findChild<QLabel *>(QStringLiteral("accountTitle"))->text(),
                 QStringLiteral("Tandem \u2014 up to date"));
        QCOMPARE(t->findChild<QLabel *>(QStringLiteral("accountDetail"))->text(),
                 QStringLiteral("Synced 2 min ago, next sync in 3 min"));
        QVERIFY(t->findChild<QPushButton *>(QStringLiteral("accountButton"))->isHidden());
        QVERIFY(t->findChild<QLabel *>(QStringLiteral("accountError"))->isHidden());

        auto *button = c->findChild<QPushButton *>(QStringLiteral("accountButton"));
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Check password\u2026"));
        QCOMPARE(c->findChild<QLabel *>(QStringLiteral("accountError"))->text(),
                 QStringLiteral("CareLink refused the password."));
        QSignalSpy action(&popup, &StatusPopup::accountActionRequested);
        button->click();
        QCOMPARE(action.count(), 1);
        QCOMPARE(action.first().at(0).toString(), QStringLiteral("c"));
        QCOMPARE(action.first().at(1).value<AccountAction>(), AccountAction::CheckPassword);

        // fixed: the button goes; removed: the row goes
        carelink.state = AccountState::Idle;
        carelink.action = AccountAction::None;
        model.setAccount(carelink);
        QVERIFY(button->isHidden());
        model.removeAccount(QStringLiteral("t"));
        QVERIFY(!row(popup, QStringLiteral("t")));
    }

    void demoDataIsLabelled()
    {
        StatusModel model;
        ManualClock clock(at(0));
        StatusPopup popup(model, clock);
        popup.show();
        model.setDemo(true);
        QVERIFY(popup.findChild<QLabel *>(QStringLiteral("demoLabel"))->isVisible());
    }

    void chartHoursButtons()
    {
        StatusModel model;
        ManualClock clock(at(0));
        StatusPopup popup(model, clock);
        popup.show();
        QCOMPARE(popup.chartHours(), 3);
        for (const int hours : {6, 12, 24, 3}) {
            auto *button = popup.findChild<QAbstractButton *>(QStringLiteral("hours%1").arg(hours));
            QVERIFY(button);
            button->click();
            QCOMPARE(popup.chart()->hours(), hours);
            QVERIFY(button->isChecked());
        }
        popup.setChartHours(12);
        QVERIFY(popup.findChild<QAbstractButton *>(QStringLiteral("hours12"))->isChecked());
    }

    void placedNextToTheTrayIconInsideTheScreen()
    {
        StatusModel model;
        ManualClock clock(at(0));
        StatusPopup popup(model, clock);
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        popup.showNear(QRect(screen.right() - 30, screen.top(), 24, 24)); // a panel at the top right
        QTRY_VERIFY(popup.isVisible());
        QVERIFY(screen.contains(popup.geometry()));
        QVERIFY(popup.geometry().top() >= screen.top() + 24);
        popup.hide();
        popup.showNear(QRect()); // unknown icon position: still on screen
        QVERIFY(screen.contains(popup.geometry()));
    }

    void hidesWhenAnotherWindowTakesTheFocus()
    {
        StatusModel model;
        ManualClock clock(at(1));
        StatusPopup popup(model, clock);
        popup.showNear(QRect());
        QVERIFY(QTest::qWaitForWindowActive(&popup));
        QCOMPARE(popup.msSinceFocusHide(), qint64(-1));
        QWidget other;
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QTRY_VERIFY(!popup.isVisible());
        QVERIFY(popup.msSinceFocusHide() >= 0);
    }

    void staysOpenWhileItsDialogHasTheFocus()
    {
        StatusModel model;
        ManualClock clock(at(1));
        StatusPopup popup(model, clock);
        popup.showNear(QRect());
        QVERIFY(QTest::qWaitForWindowActive(&popup));
        QDialog dialog(&popup);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::qWait(50);
        QVERIFY(popup.isVisible());
        // The stand-in for a missing tray is a normal window: it never hides by itself.
        dialog.hide();
        popup.setHideOnFocusLoss(false);
        popup.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&popup));
        QWidget other;
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QTest::qWait(50);
        QVERIFY(popup.isVisible());
    }
};

QTEST_MAIN(TestStatusPopup)
#include "tst_statuspopup.moc"
