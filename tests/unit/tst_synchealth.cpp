#include "sync/synchealth.h"

#include <QTest>

using nb::AccountState;
using nb::AccountStatus;
using nb::SyncHealth;
using nb::SyncHealthSummary;

namespace {
AccountStatus account(const char *id, AccountState state)
{
    AccountStatus a;
    a.accountId = QString::fromLatin1(id);
    a.state = state;
    return a;
}
} // namespace

class TestSyncHealth : public QObject {
    Q_OBJECT
private slots:
    void worstStateWins_data()
    {
        QTest::addColumn<QList<AccountStatus>>("accounts");
        QTest::addColumn<SyncHealth>("health");
        QTest::newRow("none") << QList<AccountStatus>{} << SyncHealth::None;
        QTest::newRow("only disabled") << QList<AccountStatus>{account("a", AccountState::Disabled)}
                                       << SyncHealth::None;
        QTest::newRow("idle") << QList<AccountStatus>{account("a", AccountState::Idle)} << SyncHealth::Ok;
        QTest::newRow("syncing") << QList<AccountStatus>{account("a", AccountState::Idle),
                                                         account("b", AccountState::Syncing)}
                                 << SyncHealth::Syncing;
        QTest::newRow("retrying beats syncing")
            << QList<AccountStatus>{account("a", AccountState::Syncing), account("b", AccountState::Retrying)}
            << SyncHealth::Retrying;
        QTest::newRow("attention beats all")
            << QList<AccountStatus>{account("a", AccountState::Retrying), account("b", AccountState::NeedsAttention),
                                    account("c", AccountState::Paused)}
            << SyncHealth::NeedsAttention;
        QTest::newRow("all paused") << QList<AccountStatus>{account("a", AccountState::Paused),
                                                            account("b", AccountState::Disabled)}
                                    << SyncHealth::Paused;
        QTest::newRow("some paused") << QList<AccountStatus>{account("a", AccountState::Paused),
                                                             account("b", AccountState::Idle)}
                                     << SyncHealth::Ok;
    }
    void worstStateWins()
    {
        QFETCH(QList<AccountStatus>, accounts);
        QFETCH(SyncHealth, health);
        QCOMPARE(SyncHealthSummary::aggregate(accounts), health);
    }

    void pausedHelpers()
    {
        const QList<AccountStatus> mixed{account("a", AccountState::Paused), account("b", AccountState::Idle),
                                         account("c", AccountState::Disabled)};
        QVERIFY(SyncHealthSummary::anyPaused(mixed));
        QVERIFY(!SyncHealthSummary::allPaused(mixed));
        QCOMPARE(SyncHealthSummary::enabledCount(mixed), 2);
        QVERIFY(!SyncHealthSummary::allPaused({}));
        QVERIFY(!SyncHealthSummary::healthName(SyncHealth::NeedsAttention).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncHealth)
#include "tst_synchealth.moc"
