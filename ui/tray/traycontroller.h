#pragma once

#include "trayiconstate.h"

#include "sync/notificationpolicy.h"
#include "sync/statusmodel.h"
#include "viewmodels/displayoptions.h"

#include <QObject>
#include <QSystemTrayIcon>

#include <functional>
#include <memory>

class QMenu;
class QScreen;
class QTimer;

namespace nb {
class Clock;
}

namespace nb::ui {

class MinuteTicker;
class StatusPopup;
class TrayMenu;

struct TrayControllerOptions {
    DisplayOptions display;
    // At login the app may start before the panel that hosts tray icons: keep asking for a while, then
    // open the status window instead so the app is never invisible.
    int trayRetryIntervalMs = 2000;
    int trayRetryAttempts = 30;
    std::function<bool()> trayAvailable; // empty: QSystemTrayIcon::isSystemTrayAvailable (tests inject one)
    int clickDebounceMs = -1;            // -1: the platform's double-click interval
};

// The tray: keeps the rendered icon, tooltip, menu and status popup in step with the StatusModel, and
// turns the user's clicks into signals for the composition root (it holds no sync logic). A single
// click toggles the status popup after the double-click interval has passed without a second click
// (so a double click does not open and close it); a double click opens it. On macOS the icon opens the
// menu, as users there expect.
class TrayController : public QObject {
    Q_OBJECT
public:
    using Options = TrayControllerOptions;

    TrayController(const StatusModel &model, const Clock &clock, Options options = {}, QObject *parent = nullptr);
    ~TrayController() override;

    void start(); // shows the icon, or starts waiting for a tray
    void setDisplayOptions(const DisplayOptions &options);
    void setNightscoutAvailable(bool available);

    bool isTrayShown() const;
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    TrayMenu *trayMenu() const { return m_menu.get(); }
    QMenu *menu() const;
    StatusPopup *popup() const { return m_popup.get(); }
    MinuteTicker *ticker() const { return m_ticker; }
    const TrayIconState &iconState() const { return m_state; }
    int iconRenderCount() const { return m_renders; }
    qreal iconDevicePixelRatio() const { return m_dpr; }

public slots:
    void refresh();
    void showStatusWindow();
    void togglePopup();
    void handleActivation(QSystemTrayIcon::ActivationReason reason);
    // A screen changed (scale, resolution, added/removed): renders the icon again when the device pixel
    // ratio it was drawn for is no longer the one in use.
    void checkDevicePixelRatio();
    void showMessage(const QString &title, const QString &message, nb::NotificationKind kind);
    // The urgent low that waits for the user (names; empty: none): in the menu and the status window.
    void setUrgentLow(const QStringList &people);
    // A short confirmation ("Diagnostics copied"); false when there is no tray to show it.
    bool showInfo(const QString &title, const QString &message);

signals:
    void trayShown();
    void trayUnavailable(); // gave up waiting; the status window was opened instead
    void setupRequested();  // "Set up Nightbridge…" (the demo runs, or no account exists)
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
    void tryShowTray();
    void connectMenu();
    void connectPopup();
    bool trayAvailable() const;
    void watchScreen(QScreen *screen);

    const StatusModel &m_model;
    const Clock &m_clock;
    Options m_options;
    QSystemTrayIcon *m_tray;
    std::unique_ptr<TrayMenu> m_menu;
    std::unique_ptr<StatusPopup> m_popup;
    MinuteTicker *m_ticker;
    QTimer *m_retry;
    QTimer *m_click;
    int m_attempts = 0;
    TrayIconState m_state;
    bool m_rendered = false;
    qreal m_dpr = 1.0;
    int m_renders = 0;
};

} // namespace nb::ui
