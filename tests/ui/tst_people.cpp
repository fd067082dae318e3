// Several accounts are usually several people (two children): every view says whose reading it shows.
#include "manualclock.h"
#include "scriptedstatus.h"

#include "notify/notificationcenter.h"
#include "popup/glucosechart.h"
#include "popup/statuspopup.h"
#include "tray/traycontroller.h"
#include "tray/trayiconstate.h"
#include "tray/traymenu.h"
#include "viewmodels/statustext.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::test::accountStatus;
using nb::test::at;
using nb::test::glucose;
using nb::test::ManualClock;
using nb::ui::DisplayOptions;
using nb::ui::StatusText;

namespace {
// Alex (Tandem, listed first) is in range; Sam (CareLink) is low and has the newer reading.
void twoPeople(StatusModel &model)
{
    AccountStatus alex = accountStatus(QStringLiteral("alex"), AccountState::Idle, QStringLiteral("Alex"));
    AccountStatus sam = accountStatus(QStringLiteral("sam"), AccountState::Idle, QStringLiteral("Sam"));
    sam.vendor = QStringLiteral("carelink");
    model.setAccount(alex);
    model.setAccount(sam);
    model.addReadings({glucose(-10, 118, QStringLiteral("Flat"), QStringLiteral("alex")),
                       glucose(-5, 121, QStringLiteral("Flat"), QStringLiteral("alex")),
                       glucose(-9, 75, QStringLiteral("SingleDown"), QStringLiteral("sam")),
                       glucose(-4, 64, QStringLiteral("SingleDown"), QStringLiteral("sam"))});
}
} // namespace

class TestPeople : public QObject {
    Q_OBJECT
private slots:
    void theTrayShowsTheChosenPersonNotTheNewestReading()
    {
        StatusModel model;
        twoPeople(model);
        DisplayOptions options;
        // Default: the first account, although Sam's reading is newer.
        QCOMPARE(options.trayPerson(model), QStringLiteral("alex"));
        ui::TrayIconState state = ui::TrayIconState::from(model, options, at(0));
        QCOMPARE(state.mgdl, std::optional<int>(121));
        options.trayAccount = QStringLiteral("sam");
        state = ui::TrayIconState::from(model, options, at(0));
        QCOMPARE(state.mgdl, std::optional<int>(64));
        QCOMPARE(state.range, GlucoseRange::Low);
        // A choice that no longer exists falls back to the first.
        options.trayAccount = QStringLiteral("gone");
        QCOMPARE(options.trayPerson(model), QStringLiteral("alex"));
    }

    void theTooltipAndMenuSayWhoseReadingItIs()
    {
        StatusModel model;
        twoPeople(model);
        DisplayOptions options;
        options.trayAccount = QStringLiteral("sam");
        const QStringList lines = StatusText::tooltip(model, options, at(0)).split(QLatin1Char('\n'));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Sam: 64 mg/dL \u2193 \u00b7 -11 mg/dL \u00b7 ")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(StatusText::clockTime(at(-4)) + QStringLiteral(", 4 min ago")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Alex: 121 mg/dL \u2192 \u00b7 +3 mg/dL")),
                 qPrintable(lines.at(2)));

        ui::TrayMenu menu;
        menu.update(model, options, at(0));
        QVERIFY(menu.action(QStringLiteral("readingAction"))->text().startsWith(QStringLiteral("Sam: 64 mg/dL")));
    }

    void thePopupNamesThePersonAndListsTheOthers()
    {
        StatusModel model;
        twoPeople(model);
        ManualClock clock(at(0));
        ui::StatusPopup popup(model, clock);
        popup.show();
        QCOMPARE(popup.findChild<QLabel *>(QStringLiteral("personLabel"))->text(), QStringLiteral("Alex"));
        QCOMPARE(popup.findChild<QLabel *>(QStringLiteral("valueLabel"))->text(), QStringLiteral("121"));
        QCOMPARE(popup.findChild<QLabel *>(QStringLiteral("ageLabel"))->text(),
                 StatusText::clockTime(at(-5)) + QStringLiteral(", 5 min ago"));
        auto *sam = popup.findChild<QLabel *>(QStringLiteral("personReading:sam"));
        QVERIFY(sam);
        QVERIFY2(sam->text().startsWith(QStringLiteral("Sam: 64 mg/dL \u2193")), qPrintable(sam->text()));
        QVERIFY(!popup.findChild<QLabel *>(QStringLiteral("personReading:alex")));
        // One range summary per person, each named.
        const QString summary = popup.findChild<QLabel *>(QStringLiteral("rangeSummaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Last 3 hour(s):\nAlex: 100 % in range")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Sam: 50 % in range \u00b7 50 % low \u00b7 0 % high "
                                                 "\u00b7 average 70 mg/dL")),
                 qPrintable(summary));

        ui::DisplayOptions options;
        options.trayAccount = QStringLiteral("sam");
        popup.setDisplayOptions(options);
        QCOMPARE(popup.findChild<QLabel *>(QStringLiteral("personLabel"))->text(), QStringLiteral("Sam"));
        QVERIFY(popup.findChild<QLabel *>(QStringLiteral("personReading:alex")));
        QTRY_VERIFY(!popup.findChild<QLabel *>(QStringLiteral("personReading:sam")));
    }

    void theChartDrawsOneTracePerPersonWithALegend()
    {
        StatusModel model;
        ManualClock clock(at(0));
        ui::GlucoseChart chart(model, clock);
        chart.resize(360, 170);
        model.addReadings({glucose(-10, 118, QStringLiteral("Flat"), QStringLiteral("alex"))});
        model.setAccount(accountStatus(QStringLiteral("alex"), AccountState::Idle, QStringLiteral("Alex")));
        QVERIFY(chart.legendNames().isEmpty()); // one person: no legend needed
        twoPeople(model);
        QCOMPARE(chart.people(), (QStringList{QStringLiteral("alex"), QStringLiteral("sam")}));
        QCOMPARE(chart.legendNames(), (QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")}));

        // Each person's line is drawn in their own colour between their own readings.
        QImage image(chart.size(), QImage::Format_ARGB32);
        chart.render(&image);
        const QPointF a = chart.pointFor(at(-10), 118);
        const QPointF b = chart.pointFor(at(-5), 121);
        const QPointF mid = (a + b) / 2;
        const QColor line = image.pixelColor(mid.toPoint());
        QVERIFY2(line.blue() > line.red() + 20, qPrintable(line.name())); // Alex's indigo
        const QPointF samMid = (chart.pointFor(at(-9), 75) + chart.pointFor(at(-4), 64)) / 2;
        const QColor samLine = image.pixelColor(samMid.toPoint());
        QVERIFY2(samLine.red() > samLine.green() + 20, qPrintable(samLine.name())); // Sam's purple
    }

    void notificationsNameThePerson()
    {
        StatusModel model;
        ManualClock clock(at(0));
        NotificationConfig config;
        config.glucoseAlerts = true;
        ui::NotificationCenter center(model, clock, config);
        QSignalSpy notify(&center, &ui::NotificationCenter::notify);
        twoPeople(model);
        // Sam is low (64 <= 70) although Alex's reading is in range: each person is watched on their own.
        QCOMPARE(notify.count(), 1);
        QCOMPARE(notify.first().at(0).toString(), QStringLiteral("Sam: low glucose 64 mg/dL"));
        const QString message = notify.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("not a medical device")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("arrive late")), qPrintable(message));

        AccountStatus alex = *model.account(QStringLiteral("alex"));
        alex.state = AccountState::NeedsAttention;
        alex.action = AccountAction::SignInAgain;
        model.setAccount(alex);
        QCOMPARE(notify.count(), 2);
        QCOMPARE(notify.last().at(0).toString(), QStringLiteral("Alex: please sign in again"));
    }

    void tandemReadingsSayTheyArriveLate()
    {
        StatusModel model;
        twoPeople(model); // Alex's account is a Tandem one
        ManualClock clock(at(0));
        ui::StatusPopup popup(model, clock);
        popup.show();
        auto *note = popup.findChild<QLabel *>(QStringLiteral("lateNoteLabel"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("30 minutes or more late")));
        QVERIFY(StatusText::lateDataNote(model, QStringLiteral("sam")).isEmpty());
    }
};

QTEST_MAIN(TestPeople)
#include "tst_people.moc"
