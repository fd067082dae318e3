// The details a family reads in the status window and tray menu: the y-axis, marker labels that never
// overlap, the last accepted upload, Nightscout problems apart from vendor ones, recent readings and
// per-account actions.
#include "manualclock.h"
#include "scriptedstatus.h"

#include "popup/glucosechart.h"
#include "popup/statuspopup.h"
#include "tray/traymenu.h"
#include "viewmodels/statustext.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::test::accountStatus;
using nb::test::at;
using nb::test::glucose;
using nb::test::ManualClock;
using nb::ui::StatusText;

class TestStatusDetails : public QObject {
    Q_OBJECT
private slots:
    void theChartHasAYAxisInTheDisplayUnit()
    {
        StatusModel model;
        ManualClock clock(at(0));
        ui::GlucoseChart chart(model, clock);
        chart.resize(360, 170);
        model.addReadings({glucose(-30, 120)});
        QStringList values;
        for (const auto &label : chart.axisLabels())
            values << label.second;
        QVERIFY2(values.contains(QStringLiteral("70")) && values.contains(QStringLiteral("180")),
                 qPrintable(values.join(u',')));
        QVERIFY2(values.size() >= 3, qPrintable(values.join(u','))); // round values besides the two limits
        ui::DisplayOptions mmol;
        mmol.units = GlucoseUnits::Mmol;
        chart.setDisplayOptions(mmol);
        values.clear();
        for (const auto &label : chart.axisLabels())
            values << label.second;
        QVERIFY2(values.contains(QStringLiteral("3.9")) && values.contains(QStringLiteral("10.0")),
                 qPrintable(values.join(u',')));
        // Labels never crowd each other.
        const auto labels = chart.axisLabels();
        for (qsizetype i = 1; i < labels.size(); ++i)
            QVERIFY(std::abs(labels.at(i).first - labels.at(i - 1).first) >=
                    QFontMetricsF(chart.font()).height() * 0.8);
    }

    void bolusAndCarbLabelsNeverOverlapOrLeaveTheChart()
    {
        StatusModel model;
        ManualClock clock(at(0));
        ui::GlucoseChart chart(model, clock);
        chart.resize(300, 150);
        // A meal with a correction a few minutes later, and a bolus right now at the edge.
        model.addMarkers({TreatmentMarker{at(-60), 4.5, 45, QStringLiteral("tandem")},
                          TreatmentMarker{at(-57), 1.25, 12, QStringLiteral("tandem")},
                          TreatmentMarker{at(-54), 0.5, 0, QStringLiteral("tandem")},
                          TreatmentMarker{at(0), 2.0, 30, QStringLiteral("tandem")}});
        const QList<ui::GlucoseChart::MarkerLabel> labels = chart.markerLabels();
        QVERIFY(!labels.isEmpty());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QVERIFY2(QRectF(chart.rect()).contains(labels.at(i).rect), qPrintable(labels.at(i).text));
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels.at(i).rect.intersects(labels.at(j).rect),
                         qPrintable(labels.at(i).text + QStringLiteral(" / ") + labels.at(j).text));
        }
        // ... nor run under a marker's shape (its own sits 6 px beside it).
        for (const auto &label : labels) {
            for (const TreatmentMarker &m : model.markers()) {
                const qreal x = chart.pointFor(m.time, 100).x();
                if ((label.insulin ? m.insulin : m.carbs) > 0)
                    QVERIFY2(x + 4 <= label.rect.left() || x - 4 >= label.rect.right(), qPrintable(label.text));
            }
        }
        // The newest (at the right edge) keeps its label, drawn to the left of it.
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](const auto &l) { return l.text == QStringLiteral("30 g"); }));
    }

    void accountRowsShowTheLastUploadAndNightscoutProblemsApart()
    {
        StatusModel model;
        ManualClock clock(at(0));
        ui::StatusPopup popup(model, clock);
        popup.show();
        AccountStatus fresh = accountStatus(QStringLiteral("new"), AccountState::Retrying, QStringLiteral("Sam"));
        AccountStatus a = accountStatus(QStringLiteral("t"), AccountState::NeedsAttention, QStringLiteral("Alex"));
        a.lastSuccess = at(-20);
        a.lastUploadAt = at(-20);
        a.lastUploadCount = 12;
        a.lastError = SyncError::make(SyncError::Kind::Auth, QStringLiteral("The token has no write permission."),
                                      QStringLiteral("403"));
        a.errorSource = ErrorSource::Nightscout;
        model.setAccount(fresh);
        model.setAccount(a);
        QWidget *row = popup.findChild<QWidget *>(QStringLiteral("accountRow:t"));
        QCOMPARE(row->findChild<QLabel *>(QStringLiteral("accountUpload"))->text(),
                 QStringLiteral("Nightscout accepted 12 record(s) at ") + StatusText::clockTime(at(-20)));
        QVERIFY(row->findChild<QLabel *>(QStringLiteral("accountError"))->isHidden());
        QCOMPARE(row->findChild<QLabel *>(QStringLiteral("nightscoutError"))->text(),
                 QStringLiteral("Nightscout: The token has no write permission."));
        QWidget *sam = popup.findChild<QWidget *>(QStringLiteral("accountRow:new"));
        QVERIFY(sam->findChild<QLabel *>(QStringLiteral("accountDetail"))
                    ->text()
                    .startsWith(QStringLiteral("never synced")));
        QVERIFY(sam->findChild<QLabel *>(QStringLiteral("accountUpload"))->isHidden());
        QCOMPARE(StatusText::accountLine(fresh, at(0)), QStringLiteral("Sam: retrying, never synced"));
    }

    void recentReadingsSubmenu()
    {
        StatusModel model;
        ui::TrayMenu menu;
        menu.update(model, ui::DisplayOptions(), at(0));
        QVERIFY(!menu.action(QStringLiteral("recentMenuAction"))->isEnabled());
        for (int i = 0; i < 8; ++i)
            model.addReadings({glucose(i * 5, 100 + i, i == 7 ? QStringLiteral("SingleUp") : QStringLiteral("Flat"))});
        menu.update(model, ui::DisplayOptions(), at(36));
        QAction *recent = menu.action(QStringLiteral("recentMenuAction"));
        QVERIFY(recent->isEnabled());
        const QList<QAction *> lines = recent->menu()->actions();
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first()->text(), StatusText::clockTime(at(35)) + QStringLiteral("   107 mg/dL \u2191"));
        QCOMPARE(lines.last()->text(), StatusText::clockTime(at(10)) + QStringLiteral("   102 mg/dL \u2192"));
    }

    void accountSubmenusHaveActions()
    {
        StatusModel model;
        AccountStatus carelink = accountStatus(QStringLiteral("c"), AccountState::Idle, QStringLiteral("Sam"));
        carelink.vendor = QStringLiteral("carelink");
        AccountStatus paused = accountStatus(QStringLiteral("t"), AccountState::Paused, QStringLiteral("Alex"));
        model.setAccount(carelink);
        model.setAccount(paused);
        ui::TrayMenu menu;
        menu.update(model, ui::DisplayOptions(), at(0));
        QSignalSpy sync(&menu, &ui::TrayMenu::accountSyncNowRequested);
        QSignalSpy pause(&menu, &ui::TrayMenu::accountPauseRequested);
        QSignalSpy resume(&menu, &ui::TrayMenu::accountResumeRequested);
        QSignalSpy action(&menu, &ui::TrayMenu::accountActionRequested);
        QMenu *sam = menu.action(QStringLiteral("account:c"))->menu();
        QMenu *alex = menu.action(QStringLiteral("account:t"))->menu();
        const auto find = [](QMenu *m, const QString &name) {
            for (QAction *a : m->actions()) {
                if (a->objectName() == name)
                    return a;
            }
            return static_cast<QAction *>(nullptr);
        };
        find(sam, QStringLiteral("accountSyncNow:c"))->trigger();
        find(sam, QStringLiteral("accountPause:c"))->trigger();
        find(sam, QStringLiteral("accountSignIn:c"))->trigger();
        find(sam, QStringLiteral("accountSettings:c"))->trigger();
        QCOMPARE(sync.count(), 1);
        QCOMPARE(pause.first().at(0).toString(), QStringLiteral("c"));
        QCOMPARE(action.at(0).at(1).value<AccountAction>(), AccountAction::SignInAgain);
        QCOMPARE(action.at(1).at(1).value<AccountAction>(), AccountAction::OpenSettings);
        QVERIFY(!find(alex, QStringLiteral("accountSyncNow:t"))->isEnabled()); // paused: resume first
        QCOMPARE(find(alex, QStringLiteral("accountPause:t"))->text(), QStringLiteral("Resume"));
        find(alex, QStringLiteral("accountPause:t"))->trigger();
        QCOMPARE(resume.first().at(0).toString(), QStringLiteral("t"));
        QVERIFY(!find(alex, QStringLiteral("accountSignIn:t"))); // a Tandem account signs in with its password
    }
};

QTEST_MAIN(TestStatusDetails)
#include "tst_statusdetails.moc"
