#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "runtime/runtime.h"
#include "sync/statusmodel.h"
#include "tray/traycontroller.h"
#include "viewmodels/displayoptions.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace nb {
class CredentialStore;
class SyncService;
struct RunReport;
namespace ui {
class AboutDialog;
class ActivityLog;
class ActivityView;
class NotificationCenter;
} // namespace ui
} // namespace nb

namespace nb::gui {

class CareLinkSignIn;

struct ApplicationOptions {
    QString configDir;    // --config DIR (else NIGHTBRIDGE_CONFIG_DIR, else the standard locations)
    bool demo = false;    // --demo: the demo from the start (even when accounts are configured)
    bool verbose = false; // debug log level whatever the settings say
    bool echoLog = true;  // log lines also on standard error
    // The user's credential store (tests); null: keychain or the opt-in file store.
    std::function<std::unique_ptr<CredentialStore>()> credentialStore;
    ui::TrayControllerOptions tray;
    // How addresses and folders are opened (tests record them); empty: QDesktopServices.
    std::function<bool(const QUrl &)> openUrl;
    // How placeholders and errors are shown (tests record them); empty: a non-modal message box.
    std::function<void(const QString &title, const QString &text)> showMessage;
};

// The tray app's composition root: builds the whole object graph in one place — the Runtime (settings,
// state, credentials, accounts, demo), the StatusModel, the SyncService (continuous, scheduler), the
// TrayController, the NotificationCenter and the About dialog — and wires the user's commands to the
// engine. Runs the demo (clearly labelled, against its own fake site only) with --demo or when the user
// chose it in the first-run wizard; without an account it asks for the setup. Settings changes apply
// live. The settings dialog, the wizards and the backfill dialog belong to others: they connect to
// settingsRequested()/backfillRequested()/firstRunRequested() (a placeholder appears while nothing is
// connected) and call reloadAccounts() / notifyBackfillFinished().
class Application : public QObject {
    Q_OBJECT
public:
    explicit Application(ApplicationOptions options = {}, QObject *parent = nullptr);
    ~Application() override;

    // Opens the runtime, shows the tray and starts the accounts (asynchronously). On error nothing runs.
    Result<void> start();

    Runtime &runtime() { return *m_runtime; }
    StatusModel &status() { return m_status; }
    SyncService *service() const { return m_service.get(); }
    ui::TrayController *tray() const { return m_tray.get(); }
    ui::NotificationCenter *notifications() const { return m_notifications.get(); }
    CareLinkSignIn *careLinkSignIn() const { return m_signIn.get(); }
    ui::ActivityView *activityView() const { return m_activityView.get(); } // null until first shown
    bool isDemo() const;
    QString configDir() const { return m_options.configDir; }
    // A window that started a CareLink sign-in of its own (settings, first-run wizard) gets the redirect
    // first; the handler returns false when it was not waiting for one.
    void setRedirectHandler(std::function<bool(const QUrl &)> handler) { m_redirectHandler = std::move(handler); }
    ui::DisplayOptions displayOptions() const { return m_display; }

    // The redacted "Copy diagnostics" text.
    QString diagnostics() const;
    // The warning of a damaged state set aside at start (shown once as a tray message), else empty.
    QString stateWarning() const { return m_stateWarning; }

public slots:
    // Arguments of this launch or a later one (forwarded by the single-instance server): a CareLink
    // sign-in redirect completes the sign-in in progress; anything else shows the status window.
    void handleArguments(const QStringList &arguments);
    // Re-reads the settings and accounts and rebuilds the service's accounts (after the settings
    // dialog's OK): switches from the demo to the user's accounts once there are some.
    void reloadAccounts();
    // The user chose "Try demo mode": runs the demo until an account exists (not remembered).
    void startDemo();
    // A backfill finished (the backfill dialog calls this): notification, if the user wants it.
    void notifyBackfillFinished(const QString &accountId, int documents);

    void syncNow();
    void pause(int minutes); // 0: until resumed; every account
    void resume();
    void openNightscout();
    void viewLogs(); // the log folder; the activity view when no file manager opens it
    void showActivity();
    void copyDiagnostics();
    void quit(); // stops the service cleanly, then the event loop
    void requestAccountAction(const QString &accountId, nb::AccountAction action);

signals:
    void settingsRequested();
    void accountSettingsRequested(const QString &accountId); // wrong password, Nightscout refusing, ...
    void backfillRequested();
    void firstRunRequested(); // no account configured (or "Set up Nightbridge…"): the setup wizard may start
    void accountsReloaded();  // the service runs the current accounts (also after start)
    void backfillFinished(const QString &accountId, int documents);
    void quitting();
    void diagnosticsCopied(); // confirmed to the user (tray message, or a message box without a tray)

private:
    Result<void> openRuntime();
    void buildUi();
    void applySettings();
    void onSettingChanged(const QString &key);
    void startAccounts();
    void onPrepared(const Result<QList<PreparedAccount>> &prepared);
    void stopService();
    void showAccountsWaitingForLock(const SyncError &error);
    void showStateWarning();
    void reportDamagedUploads(const QString &accountId, const RunReport &report);
    void showPlaceholder(const QString &title, const QString &text);
    bool openUrl(const QUrl &url);
    bool requestOrPlaceholder(void (Application::*signal)(), const QString &title, const QString &text);
    bool wantsDemo() const;
    bool hasNoAccounts() const;

    ApplicationOptions m_options;
    SystemClock m_clock;
    StatusModel m_status;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<ui::TrayController> m_tray;
    std::unique_ptr<ui::NotificationCenter> m_notifications;
    std::unique_ptr<ui::AboutDialog> m_about;
    std::unique_ptr<ui::ActivityLog> m_activity;
    std::unique_ptr<ui::ActivityView> m_activityView;
    std::unique_ptr<CareLinkSignIn> m_signIn;
    ui::DisplayOptions m_display;
    std::function<bool(const QUrl &)> m_redirectHandler;
    QTimer m_settingsDebounce;
    QTimer m_lockRetry;
    QStringList m_changedKeys;
    int m_generation = 0; // bumps on every rebuild, so late callbacks of an older one are ignored
    bool m_started = false;
    QString m_stateWarning;
    QHash<QString, QStringList> m_damagedReported; // account -> damaged outbox files already reported
    bool m_demoChosen = false;                     // "Try demo mode" in this process
};

} // namespace nb::gui
