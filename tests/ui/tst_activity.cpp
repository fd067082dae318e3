// The activity view: recent sync events and errors of each account, copyable.
#include "manualclock.h"
#include "scriptedstatus.h"

#include "dialogs/activityview.h"
#include "viewmodels/activitylog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace nb;
using nb::test::accountStatus;
using nb::test::at;
using nb::test::ManualClock;

class TestActivity : public QObject {
    Q_OBJECT
private slots:
    void recordsSyncsErrorsAndPausesPerAccount()
    {
        StatusModel model;
        ManualClock clock(at(0));
        ui::ActivityLog log(model, clock);
        AccountStatus alex = accountStatus(QStringLiteral("alex"), AccountState::Idle, QStringLiteral("Alex"));
        model.setAccount(alex);
        QVERIFY(log.lines().isEmpty()); // listed, nothing happened yet

        alex.lastSuccess = at(0);
        alex.uploadedLastRun = 12;
        model.setAccount(alex);
        QCOMPARE(log.lines().size(), 1);
        QVERIFY2(log.lines().last().endsWith(QStringLiteral("Alex: synced, Nightscout accepted 12 record(s)")),
                 qPrintable(log.lines().last()));

        clock.set(at(5));
        alex.state = AccountState::Retrying;
        alex.lastError = SyncError::make(SyncError::Kind::Network, QStringLiteral("Nightscout is unreachable."),
                                         QStringLiteral("timeout"));
        alex.errorSource = ErrorSource::Nightscout;
        model.setAccount(alex);
        QCOMPARE(log.lines().size(), 2);
        QVERIFY2(log.lines().last().contains(QStringLiteral("(Nightscout): Nightscout is unreachable.")),
                 qPrintable(log.lines().last()));
        model.setAccount(alex); // the same again: no new line
        QCOMPARE(log.lines().size(), 2);

        AccountStatus sam = accountStatus(QStringLiteral("sam"), AccountState::Idle, QStringLiteral("Sam"));
        model.setAccount(sam);
        sam.state = AccountState::Paused;
        model.setAccount(sam);
        QVERIFY2(log.lines().last().contains(QStringLiteral("Sam: ")), qPrintable(log.lines().last()));
        QCOMPARE(log.lines().size(), 3);
    }

    void theViewShowsTheLinesAndCopiesThem()
    {
        StatusModel model;
        ManualClock clock(at(0));
        ui::ActivityLog log(model, clock);
        AccountStatus alex = accountStatus(QStringLiteral("alex"), AccountState::Idle, QStringLiteral("Alex"));
        model.setAccount(alex);
        alex.lastSuccess = at(0);
        model.setAccount(alex);
        ui::ActivityView view(log);
        view.show();
        QVERIFY(view.text().contains(QStringLiteral("Alex: synced, nothing new")));
        alex.lastSuccess = at(5);
        alex.uploadedLastRun = 3;
        model.setAccount(alex); // live
        QVERIFY(view.text().contains(QStringLiteral("Nightscout accepted 3 record(s)")));
        view.findChild<QPushButton *>(QStringLiteral("copyActivityButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), log.text());
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("activityCopied"))->text(),
                 QStringLiteral("Copied to the clipboard."));
    }
};

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
