#include "sync/notificationpolicy.h"

#include <QTest>
#include <QTimeZone>

using nb::AccountAction;
using nb::AccountState;
using nb::AccountStatus;
using nb::ErrorSource;
using nb::GlucoseReading;
using nb::Notice;
using nb::NotificationConfig;
using nb::NotificationKind;
using nb::NotificationPolicy;
using nb::SyncError;

namespace {
QDateTime t(int minutes)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addSecs(qint64(minutes) * 60);
}

AccountStatus account(AccountState state, const QString &id = QStringLiteral("tandem"))
{
    AccountStatus a;
    a.accountId = id;
    a.displayName = id;
    a.state = state;
    return a;
}

AccountStatus failing(SyncError::Kind kind = SyncError::Kind::Network)
{
    AccountStatus a = account(AccountState::Retrying);
    a.lastError = SyncError::make(kind, QStringLiteral("It fails."), QStringLiteral("detail"), true);
    return a;
}

QList<NotificationKind> kinds(const QList<Notice> &notices)
{
    QList<NotificationKind> out;
    for (const Notice &n : notices)
        out << n.kind;
    return out;
}

std::optional<GlucoseReading> glucose(int minutes, int mgdl)
{
    return GlucoseReading{t(minutes), mgdl, QStringLiteral("Flat"), QStringLiteral("tandem")};
}

NotificationConfig withAlerts()
{
    NotificationConfig c;
    c.glucoseAlerts = true;
    c.urgentLow = false; // the plain low/high alerts alone (tst_urgentlow covers the urgent low)
    return c;
}
} // namespace

class TestNotificationPolicy : public QObject {
    Q_OBJECT
private slots:
    void syncFailingWaitsForTheThresholdThenAnnouncesOnce()
    {
        NotificationPolicy policy; // 30 minutes by default
        QVERIFY(policy.evaluate({failing()}, std::nullopt, t(0)).isEmpty());
        QVERIFY(policy.evaluate({failing()}, std::nullopt, t(29)).isEmpty());
        const QList<Notice> due = policy.evaluate({failing()}, std::nullopt, t(30));
        QCOMPARE(kinds(due), QList<NotificationKind>{NotificationKind::SyncFailing});
        QCOMPARE(due.first().accountId, QStringLiteral("tandem"));
        QCOMPARE(due.first().since, t(0));
        // still failing: nothing more, however long it lasts
        for (int m = 31; m < 300; m += 7)
            QVERIFY(policy.evaluate({failing()}, std::nullopt, t(m)).isEmpty());
    }

    void aRetryInProgressDoesNotEndTheEpisode()
    {
        NotificationPolicy policy;
        policy.evaluate({failing()}, std::nullopt, t(0));
        policy.evaluate({account(AccountState::Syncing)}, std::nullopt, t(10)); // the retry runs
        QVERIFY(policy.isEpisodeActive(NotificationKind::SyncFailing, QStringLiteral("tandem")));
        QCOMPARE(kinds(policy.evaluate({account(AccountState::Syncing)}, std::nullopt, t(31))),
                 QList<NotificationKind>{NotificationKind::SyncFailing}); // due by time, even mid-run
        QVERIFY(policy.evaluate({failing()}, std::nullopt, t(35)).isEmpty());
    }

    void recoveryEndsTheEpisodeAndAFlappingConnectionStaysQuiet()
    {
        NotificationPolicy policy; // quiet for 60 minutes after a notice
        policy.evaluate({failing()}, std::nullopt, t(0));
        QCOMPARE(policy.evaluate({failing()}, std::nullopt, t(30)).size(), 1);
        policy.evaluate({account(AccountState::Idle)}, std::nullopt, t(40));
        QVERIFY(!policy.isEpisodeActive(NotificationKind::SyncFailing, QStringLiteral("tandem")));
        // fails again at once: a new episode, due at 71, but within the quiet time of the last notice (30+60)
        policy.evaluate({failing()}, std::nullopt, t(41));
        QVERIFY(policy.evaluate({failing()}, std::nullopt, t(71)).isEmpty());
        policy.evaluate({account(AccountState::Idle)}, std::nullopt, t(80));
        // and a third episode after the quiet time is announced again
        policy.evaluate({failing()}, std::nullopt, t(100));
        QCOMPARE(kinds(policy.evaluate({failing()}, std::nullopt, t(130))),
                 QList<NotificationKind>{NotificationKind::SyncFailing});
    }

    void signInNeededIsImmediateAndNotAlsoSyncFailing()
    {
        NotificationPolicy policy;
        AccountStatus a = account(AccountState::NeedsAttention);
        a.action = AccountAction::SignInAgain;
        QCOMPARE(kinds(policy.evaluate({a}, std::nullopt, t(0))),
                 QList<NotificationKind>{NotificationKind::SignInNeeded});
        QVERIFY(policy.evaluate({a}, std::nullopt, t(100)).isEmpty());
        a.action = AccountAction::CheckPassword; // still the same episode
        QVERIFY(policy.evaluate({a}, std::nullopt, t(101)).isEmpty());
    }

    void otherStopsThatNeedTheUserAreImmediateSyncFailures()
    {
        NotificationPolicy policy;
        AccountStatus a = account(AccountState::NeedsAttention);
        a.action = AccountAction::OpenSettings;
        a.lastError = SyncError::make(SyncError::Kind::Protocol, QStringLiteral("changed"), QStringLiteral("d"));
        QCOMPARE(kinds(policy.evaluate({a}, std::nullopt, t(0))),
                 QList<NotificationKind>{NotificationKind::SyncFailing});
    }

    void nightscoutRefusingIsItsOwnKind()
    {
        NotificationPolicy policy;
        AccountStatus a = failing(SyncError::Kind::Auth);
        a.errorSource = ErrorSource::Nightscout;
        QCOMPARE(kinds(policy.evaluate({a}, std::nullopt, t(0))),
                 QList<NotificationKind>{NotificationKind::NightscoutRefusing});
        QVERIFY(policy.evaluate({a}, std::nullopt, t(45)).isEmpty()); // and not SyncFailing on top
        // a Nightscout outage (5xx) is an ordinary failure, not a refusal
        NotificationPolicy other;
        AccountStatus down = failing(SyncError::Kind::Server);
        down.errorSource = ErrorSource::Nightscout;
        QVERIFY(other.evaluate({down}, std::nullopt, t(0)).isEmpty());
        QCOMPARE(kinds(other.evaluate({down}, std::nullopt, t(30))),
                 QList<NotificationKind>{NotificationKind::SyncFailing});
    }

    void noNewDataOnlyWhileTheServiceWorks()
    {
        NotificationPolicy policy; // 60 minutes
        AccountStatus a = account(AccountState::Idle);
        a.lastDataTime = t(0);
        QVERIFY(policy.evaluate({a}, std::nullopt, t(59)).isEmpty());
        const QList<Notice> due = policy.evaluate({a}, std::nullopt, t(60));
        QCOMPARE(kinds(due), QList<NotificationKind>{NotificationKind::NoNewData});
        QCOMPARE(due.first().since, t(0));
        QVERIFY(policy.evaluate({a}, std::nullopt, t(90)).isEmpty());
        // a failing service cannot tell whether its data is old: no NoNewData for it
        NotificationPolicy other;
        AccountStatus broken = failing();
        broken.lastDataTime = t(0);
        QVERIFY(!kinds(other.evaluate({broken}, std::nullopt, t(120))).contains(NotificationKind::NoNewData));
        // fresh data ends the episode
        a.lastDataTime = t(95);
        policy.evaluate({a}, std::nullopt, t(96));
        QVERIFY(!policy.isEpisodeActive(NotificationKind::NoNewData, QStringLiteral("tandem")));
    }

    void pausedOrDisabledAccountsAreSilent()
    {
        NotificationPolicy policy;
        policy.evaluate({failing()}, std::nullopt, t(0));
        policy.evaluate({account(AccountState::Paused)}, std::nullopt, t(10));
        QVERIFY(policy.evaluate({account(AccountState::Paused)}, std::nullopt, t(60)).isEmpty());
        QVERIFY(policy.evaluate({account(AccountState::Disabled)}, std::nullopt, t(90)).isEmpty());
    }

    void kindsAndEverythingCanBeSwitchedOff()
    {
        NotificationConfig config;
        config.syncFailing = false;
        NotificationPolicy policy(config);
        policy.evaluate({failing()}, std::nullopt, t(0));
        QVERIFY(policy.evaluate({failing()}, std::nullopt, t(31)).isEmpty());

        NotificationConfig off;
        off.enabled = false;
        NotificationPolicy silent(off);
        AccountStatus a = account(AccountState::NeedsAttention);
        a.action = AccountAction::SignInAgain;
        QVERIFY(silent.evaluate({a}, std::nullopt, t(0)).isEmpty());
        QVERIFY(!silent.backfillFinished(QStringLiteral("tandem"), t(0)));

        NotificationPolicy normal;
        QVERIFY(normal.backfillFinished(QStringLiteral("tandem"), t(0)));
        QVERIFY(normal.backfillFinished(QStringLiteral("tandem"), t(1))); // an event: every time
    }

    void glucoseAlertsAreOffByDefault()
    {
        NotificationPolicy policy;
        QVERIFY(!policy.config().glucoseAlerts);
        QVERIFY(policy.evaluate({}, glucose(0, 60), t(0)).isEmpty());
        QVERIFY(policy.evaluate({}, glucose(5, 320), t(5)).isEmpty());
    }

    void glucoseAlertOncePerEpisodeWithHysteresis()
    {
        NotificationPolicy policy(withAlerts()); // low 70, high 250, hysteresis 10
        const QList<Notice> low = policy.evaluate({}, glucose(0, 65), t(0));
        QCOMPARE(kinds(low), QList<NotificationKind>{NotificationKind::GlucoseLow});
        QCOMPARE(low.first().mgdl, 65);
        QVERIFY(policy.evaluate({}, glucose(5, 60), t(5)).isEmpty());
        QVERIFY(policy.evaluate({}, glucose(10, 75), t(10)).isEmpty()); // within the hysteresis: same episode
        QVERIFY(policy.evaluate({}, glucose(15, 68), t(15)).isEmpty());
        QVERIFY(policy.evaluate({}, glucose(20, 95), t(20)).isEmpty()); // back in range: the episode ends
        QCOMPARE(kinds(policy.evaluate({}, glucose(25, 66), t(25))),
                 QList<NotificationKind>{NotificationKind::GlucoseLow});
        QCOMPARE(kinds(policy.evaluate({}, glucose(200, 260), t(200))),
                 QList<NotificationKind>{NotificationKind::GlucoseHigh});
    }

    void neverFromAMissingZeroOrOldReading()
    {
        NotificationPolicy policy(withAlerts());
        QVERIFY(policy.evaluate({}, std::nullopt, t(0)).isEmpty());
        QVERIFY(policy.evaluate({}, glucose(0, 0), t(0)).isEmpty());
        QVERIFY(policy.evaluate({}, glucose(0, -5), t(0)).isEmpty());
        QVERIFY(policy.evaluate({}, glucose(0, 50), t(16)).isEmpty()); // 16 min old
        QVERIFY(!policy.isEpisodeActive(NotificationKind::GlucoseLow, QStringLiteral("tandem")));
        // a zero in the middle of a low neither ends it nor announces it again
        QCOMPARE(policy.evaluate({}, glucose(20, 50), t(20)).size(), 1);
        QVERIFY(policy.evaluate({}, glucose(25, 0), t(25)).isEmpty());
        QVERIFY(policy.isEpisodeActive(NotificationKind::GlucoseLow, QStringLiteral("tandem")));
        QVERIFY(policy.evaluate({}, glucose(30, 52), t(30)).isEmpty());
    }

    void removedAccountsAreForgotten()
    {
        NotificationPolicy policy;
        AccountStatus a = account(AccountState::NeedsAttention);
        a.action = AccountAction::SignInAgain;
        QCOMPARE(policy.evaluate({a}, std::nullopt, t(0)).size(), 1);
        policy.evaluate({}, std::nullopt, t(1));
        QVERIFY(!policy.isEpisodeActive(NotificationKind::SignInNeeded, QStringLiteral("tandem")));
        // re-added: a fresh start (no quiet-time memory either)
        QCOMPARE(policy.evaluate({a}, std::nullopt, t(2)).size(), 1);
    }

    void accountsAreIndependent()
    {
        NotificationPolicy policy;
        AccountStatus a = account(AccountState::NeedsAttention, QStringLiteral("a/1"));
        a.action = AccountAction::SignInAgain;
        AccountStatus b = a;
        b.accountId = QStringLiteral("b");
        QCOMPARE(policy.evaluate({a}, std::nullopt, t(0)).size(), 1);
        const QList<Notice> second = policy.evaluate({a, b}, std::nullopt, t(1));
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().accountId, QStringLiteral("b"));
        QVERIFY(policy.isEpisodeActive(NotificationKind::SignInNeeded, QStringLiteral("a/1")));
    }
};

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"
