#pragma once

#include "sync/statusmodel.h"
#include "viewmodels/displayoptions.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;

namespace nb::ui {

// The tray's context menu: the latest reading with its age, one submenu line per account (state, last
// and next sync, last error, and the fix when it needs the user), then the commands. Items are
// enabled by state (nothing to sync without an account, Resume only while paused, ...). It owns no
// behaviour: every command is a signal for the composition root.
class TrayMenu : public QObject {
    Q_OBJECT
public:
    explicit TrayMenu(QObject *parent = nullptr);
    ~TrayMenu() override;

    QMenu *menu() const { return m_menu.get(); }
    void update(const StatusModel &model, const DisplayOptions &options, const QDateTime &now);
    void setNightscoutAvailable(bool available);
    // An urgent low waits for the user: names at the top with "Acknowledge" and "Snooze" (empty: hidden).
    void setUrgentLow(const QStringList &people);

    // Actions by object name (tests, screenshot tool): demoAction, setupAction, noAccountsAction,
    // urgentLowAction, acknowledgeUrgentLowAction, snoozeMenuAction, snooze15Action, snooze30Action,
    // snooze60Action, readingAction, recentMenuAction, syncNowAction, pauseMenuAction, pause30Action,
    // pause60Action, pauseUntilResumedAction, resumeAction, backfillAction, settingsAction,
    // openNightscoutAction, viewLogsAction, copyDiagnosticsAction, aboutAction, quitAction; account
    // submenus are "account:<id>".
    QAction *action(const QString &objectName) const;

signals:
    void setupRequested(); // the first-run wizard: while the demo runs or no account exists
    void syncNowRequested();
    void pauseRequested(int minutes); // 0: until resumed
    void resumeRequested();
    void backfillRequested();
    void settingsRequested();
    void openNightscoutRequested();
    void viewLogsRequested();
    void activityRequested();
    void copyDiagnosticsRequested();
    void aboutRequested();
    void quitRequested();
    void accountActionRequested(const QString &accountId, nb::AccountAction action);
    void accountSyncNowRequested(const QString &accountId);
    void accountPauseRequested(const QString &accountId); // until resumed
    void accountResumeRequested(const QString &accountId);
    void acknowledgeUrgentLowRequested();
    void snoozeUrgentLowRequested(int minutes);

private:
    QAction *addCommand(QMenu *menu, const QString &name, const QString &text);
    void updateAccounts(const QList<AccountStatus> &accounts, const QDateTime &now);
    void fillAccountMenu(QMenu *menu, const AccountStatus &account, const QDateTime &now);
    void updateRecent(const StatusModel &model, const DisplayOptions &options, const QString &person);

    std::unique_ptr<QMenu> m_menu;
    QMenu *m_pauseMenu = nullptr;
    QAction *m_demo = nullptr;
    QAction *m_setup = nullptr;
    QAction *m_urgent = nullptr;
    QAction *m_acknowledge = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QAction *m_reading = nullptr;
    QMenu *m_recentMenu = nullptr;    // the tray person's last readings
    QAction *m_accountsEnd = nullptr; // account submenus go before this separator
    QAction *m_noAccounts = nullptr;
    QHash<QString, QMenu *> m_accountMenus;
    bool m_nightscoutAvailable = false;
};

} // namespace nb::ui
