#include "sync/statusmodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using nb::AccountState;
using nb::AccountStatus;
using nb::GlucoseReading;
using nb::StatusModel;

namespace {
QDateTime t(int minutes)
{
    return QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).addSecs(minutes * 60);
}
GlucoseReading reading(int minutes, int mgdl, const QString &account = QStringLiteral("a"))
{
    return {t(minutes), mgdl, QStringLiteral("Flat"), account};
}
} // namespace

class TestStatusModel : public QObject {
    Q_OBJECT
private slots:
    void readingsAreSortedDedupedAndTrimmedTo24h()
    {
        StatusModel model;
        QSignalSpy changed(&model, &StatusModel::readingsChanged);
        model.addReadings({reading(10, 100), reading(0, 90), reading(5, 95)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.readings().size(), 3);
        QCOMPARE(model.latestReading()->mgdl, 100);

        model.addReadings({reading(5, 96)}); // same instant: replaced, not duplicated
        QCOMPARE(model.readings().size(), 3);
        QCOMPARE(model.readings().at(1).mgdl, 96);

        model.addReadings({reading(5, 96)}); // no change: no signal
        QCOMPARE(changed.count(), 2);

        model.addReadings({reading(24 * 60 + 6, 120)}); // the 0 and 5 min readings fall out
        QCOMPARE(model.readings().size(), 2);
        QCOMPARE(model.readings().first().time, t(10));
    }

    void sameInstantFromTwoAccountsIsKept()
    {
        StatusModel model;
        model.addReadings({reading(0, 90, QStringLiteral("a")), reading(0, 150, QStringLiteral("b"))});
        QCOMPARE(model.readings().size(), 2);
    }

    void accountsInsertReplaceRemove()
    {
        StatusModel model;
        QSignalSpy added(&model, &StatusModel::accountsChanged);
        QSignalSpy changed(&model, &StatusModel::accountChanged);
        AccountStatus a;
        a.accountId = QStringLiteral("x");
        model.setAccount(a);
        a.state = AccountState::Syncing;
        model.setAccount(a);
        QCOMPARE(added.count(), 1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.account(QStringLiteral("x"))->state, AccountState::Syncing);
        model.removeAccount(QStringLiteral("x"));
        QCOMPARE(added.count(), 2);
        QVERIFY(!model.account(QStringLiteral("x")));
        model.removeAccount(QStringLiteral("x"));
        QCOMPARE(added.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStatusModel)
#include "tst_statusmodel.moc"
