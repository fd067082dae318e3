// The urgent-low notification: on by default, repeated until acknowledged or snoozed (15/30/60 min),
// with a banner in the status window, entries in the tray menu and the icon's urgent look.
#include "manualclock.h"
#include "scriptedstatus.h"

#include "notify/notificationcenter.h"
#include "popup/statuspopup.h"
#include "tray/trayiconrenderer.h"
#include "tray/trayiconstate.h"
#include "tray/traymenu.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::test::accountStatus;
using nb::test::at;
using nb::test::glucose;
using nb::test::ManualClock;
using nb::ui::NotificationCenter;

namespace {
GlucoseReading alexAt(int minutes, int mgdl)
{
    return glucose(minutes, mgdl, QStringLiteral("SingleDown"), QStringLiteral("alex"));
}

// What the minute ticker does: move the clock, then evaluate.
void tickTo(ManualClock &clock, NotificationCenter &center, int minutes)
{
    clock.set(at(minutes));
    center.evaluate();
}
} // namespace

class TestUrgentLow : public QObject {
    Q_OBJECT
private slots:
    void onByDefaultAndRepeatsUntilAcknowledged()
    {
        StatusModel model;
        model.setAccount(accountStatus(QStringLiteral("alex"), AccountState::Idle, QStringLiteral("Alex")));
        ManualClock clock(at(0));
        NotificationCenter center(model, clock); // default settings: glucose alerts off, urgent low on
        QSignalSpy notify(&center, &NotificationCenter::notify);
        QSignalSpy pending(&center, &NotificationCenter::urgentLowChanged);
        model.addReadings({alexAt(0, 50)});
        QCOMPARE(notify.count(), 1);
        QCOMPARE(notify.first().at(0).toString(), QStringLiteral("Alex: URGENT LOW 50 mg/dL"));
        QCOMPARE(notify.first().at(2).value<NotificationKind>(), NotificationKind::GlucoseUrgentLow);
        const QString message = notify.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("not a medical device")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("can arrive late")), qPrintable(message));
        QCOMPARE(pending.count(), 1);
        QCOMPARE(center.urgentLowPeople(), QStringList{QStringLiteral("Alex")});

        tickTo(clock, center, 4);
        QCOMPARE(notify.count(), 1);
        model.addReadings({alexAt(5, 48)});
        tickTo(clock, center, 5);
        QCOMPARE(notify.count(), 2); // repeated after 5 minutes
        QCOMPARE(notify.last().at(2).value<NotificationKind>(), NotificationKind::GlucoseUrgentLow);

        center.acknowledgeUrgentLow();
        QVERIFY(center.urgentLowPeople().isEmpty());
        QCOMPARE(pending.last().at(0).toStringList(), QStringList());
        for (int m = 6; m <= 14; ++m) {
            if (m % 5 == 0)
                model.addReadings({alexAt(m, 47)});
            tickTo(clock, center, m);
        }
        QCOMPARE(notify.count(), 2); // acknowledged: silent for the rest of this episode

        // Back up (past the hysteresis), then down again: a new episode speaks again.
        clock.set(at(15));
        model.addReadings({alexAt(15, 90)});
        clock.set(at(20));
        model.addReadings({alexAt(20, 52)});
        QCOMPARE(notify.count(), 3);
    }

    void snoozeSilencesForTheChosenMinutes()
    {
        StatusModel model;
        ManualClock clock(at(0));
        NotificationCenter center(model, clock);
        QSignalSpy notify(&center, &NotificationCenter::notify);
        model.addReadings({alexAt(0, 45)});
        QCOMPARE(notify.count(), 1);
        center.snoozeUrgentLow(15);
        QVERIFY(center.urgentLowPeople().isEmpty());
        for (int m = 1; m < 15; ++m) {
            if (m % 5 == 0)
                model.addReadings({alexAt(m, 45)});
            tickTo(clock, center, m);
        }
        QCOMPARE(notify.count(), 1);
        model.addReadings({alexAt(15, 46)});
        tickTo(clock, center, 15);
        QCOMPARE(notify.count(), 2); // the snooze ran out while the low lasts
        QCOMPARE(center.urgentLowPeople(), QStringList{QStringLiteral("alex")});
    }

    void canBeSwitchedOffAndUsesTheDisplayThreshold()
    {
        StatusModel model;
        ManualClock clock(at(0));
        NotificationConfig config;
        config.alertUrgentLowMgdl = 60; // the Display page's "urgent low below"
        NotificationCenter center(model, clock, config);
        QSignalSpy notify(&center, &NotificationCenter::notify);
        model.addReadings({alexAt(0, 59)});
        QCOMPARE(notify.count(), 1);

        config.urgentLow = false;
        StatusModel quiet;
        NotificationCenter off(quiet, clock, config);
        QSignalSpy none(&off, &NotificationCenter::notify);
        quiet.addReadings({alexAt(0, 40)});
        QCOMPARE(none.count(), 0);
    }

    void popupBannerAndMenuOfferAcknowledgeAndSnooze()
    {
        StatusModel model;
        ManualClock clock(at(0));
        ui::StatusPopup popup(model, clock);
        popup.show();
        auto *banner = popup.findChild<QWidget *>(QStringLiteral("urgentLowBanner"));
        QVERIFY(banner && !banner->isVisible());
        popup.setUrgentLow({QStringLiteral("Alex")});
        QVERIFY(banner->isVisible());
        QVERIFY(popup.findChild<QLabel *>(QStringLiteral("urgentLowText"))->text().contains(QStringLiteral("Alex")));
        QSignalSpy ack(&popup, &ui::StatusPopup::acknowledgeUrgentLowRequested);
        QSignalSpy snooze(&popup, &ui::StatusPopup::snoozeUrgentLowRequested);
        popup.findChild<QPushButton *>(QStringLiteral("acknowledgeUrgentLowButton"))->click();
        popup.findChild<QPushButton *>(QStringLiteral("snooze30Button"))->click();
        QCOMPARE(ack.count(), 1);
        QCOMPARE(snooze.first().at(0).toInt(), 30);

        ui::TrayMenu menu;
        QVERIFY(!menu.action(QStringLiteral("urgentLowAction"))->isVisible());
        menu.setUrgentLow({QStringLiteral("Alex"), QStringLiteral("Sam")});
        QCOMPARE(menu.action(QStringLiteral("urgentLowAction"))->text(), QStringLiteral("URGENT LOW: Alex, Sam"));
        QVERIFY(menu.action(QStringLiteral("acknowledgeUrgentLowAction"))->isVisible());
        QSignalSpy menuSnooze(&menu, &ui::TrayMenu::snoozeUrgentLowRequested);
        for (const int minutes : {15, 30, 60})
            menu.action(QStringLiteral("snooze%1Action").arg(minutes))->trigger();
        QCOMPARE(menuSnooze.count(), 3);
        QCOMPARE(menuSnooze.at(2).at(0).toInt(), 60);
        menu.setUrgentLow({});
        QVERIFY(!menu.action(QStringLiteral("acknowledgeUrgentLowAction"))->isVisible());
    }

    void theTrayIconHasADistinctUrgentLook()
    {
        StatusModel model;
        model.addReadings({alexAt(0, 50)});
        const ui::TrayIconState urgent = ui::TrayIconState::from(model, ui::DisplayOptions(), at(1));
        QCOMPARE(urgent.range, GlucoseRange::UrgentLow);
        StatusModel lowModel;
        lowModel.addReadings({alexAt(0, 65)});
        const ui::TrayIconState low = ui::TrayIconState::from(lowModel, ui::DisplayOptions(), at(1));
        // Same layout, other look: the urgent icon has a light face in a dark red frame, the low one is
        // filled red (the bottom right is free: no sync badge without accounts).
        const QImage a = ui::TrayIconRenderer::render(urgent, 32);
        const QImage b = ui::TrayIconRenderer::render(low, 32);
        const QPoint face(22, 27);
        QCOMPARE(a.pixelColor(face), QColor(Qt::white));
        QCOMPARE(b.pixelColor(face), ui::TrayIconRenderer::rangeColor(GlucoseRange::Low));
    }
};

QTEST_MAIN(TestUrgentLow)
#include "tst_urgentlow.moc"
