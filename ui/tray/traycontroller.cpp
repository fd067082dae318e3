#include "traycontroller.h"

#include "trayiconrenderer.h"
#include "traymenu.h"

#include "plaintextpolicy.h"

#include "common/clock.h"
#include "logging/categories.h"
#include "popup/statuspopup.h"
#include "viewmodels/minuteticker.h"
#include "viewmodels/statustext.h"

#include <QApplication>
#include <QMenu>
#include <QScreen>
#include <QTimer>

namespace nb::ui {

namespace {
// Windows cuts tray tooltips at 127 characters (NOTIFYICONDATA::szTip); elsewhere there is room.
#ifdef Q_OS_WIN
constexpr int kTooltipMax = 127;
#else
constexpr int kTooltipMax = 0;
#endif
} // namespace

TrayController::TrayController(const StatusModel &model, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<TrayMenu>())
    , m_popup(std::make_unique<StatusPopup>(model, clock))
    , m_ticker(new MinuteTicker(clock, this))
    , m_retry(new QTimer(this))
    , m_click(new QTimer(this))
{
    m_tray->setContextMenu(m_menu->menu());
    m_popup->setDisplayOptions(m_options.display);
    m_retry->setInterval(m_options.trayRetryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &TrayController::tryShowTray);
    m_click->setSingleShot(true);
    m_click->setInterval(m_options.clickDebounceMs >= 0 ? m_options.clickDebounceMs
                                                        : QApplication::doubleClickInterval());
    connect(m_click, &QTimer::timeout, this, &TrayController::togglePopup);
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayController::handleActivation);
    connect(m_ticker, &MinuteTicker::tick, this, &TrayController::refresh);
    connect(m_ticker, &MinuteTicker::tick, m_popup.get(), &StatusPopup::refresh);
    for (auto signal : {&StatusModel::readingsChanged, &StatusModel::accountsChanged, &StatusModel::deviceChanged})
        connect(&m_model, signal, this, &TrayController::refresh);
    connect(&m_model, &StatusModel::accountChanged, this, &TrayController::refresh);
    connect(&m_model, &StatusModel::demoChanged, this, &TrayController::refresh);
    connectMenu();
    connectPopup();
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(gui, &QGuiApplication::primaryScreenChanged, this, &TrayController::checkDevicePixelRatio);
        connect(gui, &QGuiApplication::screenAdded, this, [this](QScreen *screen) {
            watchScreen(screen);
            checkDevicePixelRatio();
        });
        connect(gui, &QGuiApplication::screenRemoved, this, &TrayController::checkDevicePixelRatio);
        for (QScreen *screen : QGuiApplication::screens())
            watchScreen(screen);
    }
    refresh();
}

void TrayController::watchScreen(QScreen *screen)
{
    // Qt 6.4 has no "device pixel ratio changed" signal: a scale change shows up as a DPI or geometry change.
    connect(screen, &QScreen::logicalDotsPerInchChanged, this, &TrayController::checkDevicePixelRatio);
    connect(screen, &QScreen::physicalDotsPerInchChanged, this, &TrayController::checkDevicePixelRatio);
    connect(screen, &QScreen::geometryChanged, this, &TrayController::checkDevicePixelRatio);
}

void TrayController::checkDevicePixelRatio()
{
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    if (!qFuzzyCompare(dpr, m_dpr)) {
        m_rendered = false; // the same state, drawn for the new pixel density
        refresh();
    }
}

TrayController::~TrayController() = default;

QMenu *TrayController::menu() const
{
    return m_menu->menu();
}

void TrayController::connectMenu()
{
    TrayMenu *menu = m_menu.get();
    connect(menu, &TrayMenu::setupRequested, this, &TrayController::setupRequested);
    connect(menu, &TrayMenu::syncNowRequested, this, &TrayController::syncNowRequested);
    connect(menu, &TrayMenu::pauseRequested, this, &TrayController::pauseRequested);
    connect(menu, &TrayMenu::resumeRequested, this, &TrayController::resumeRequested);
    connect(menu, &TrayMenu::backfillRequested, this, &TrayController::backfillRequested);
    connect(menu, &TrayMenu::settingsRequested, this, &TrayController::settingsRequested);
    connect(menu, &TrayMenu::openNightscoutRequested, this, &TrayController::openNightscoutRequested);
    connect(menu, &TrayMenu::viewLogsRequested, this, &TrayController::viewLogsRequested);
    connect(menu, &TrayMenu::activityRequested, this, &TrayController::activityRequested);
    connect(menu, &TrayMenu::copyDiagnosticsRequested, this, &TrayController::copyDiagnosticsRequested);
    connect(menu, &TrayMenu::aboutRequested, this, &TrayController::aboutRequested);
    connect(menu, &TrayMenu::quitRequested, this, &TrayController::quitRequested);
    connect(menu, &TrayMenu::accountActionRequested, this, &TrayController::accountActionRequested);
    connect(menu, &TrayMenu::accountSyncNowRequested, this, &TrayController::accountSyncNowRequested);
    connect(menu, &TrayMenu::accountPauseRequested, this, &TrayController::accountPauseRequested);
    connect(menu, &TrayMenu::accountResumeRequested, this, &TrayController::accountResumeRequested);
    connect(menu, &TrayMenu::acknowledgeUrgentLowRequested, this, &TrayController::acknowledgeUrgentLowRequested);
    connect(menu, &TrayMenu::snoozeUrgentLowRequested, this, &TrayController::snoozeUrgentLowRequested);
    // Texts with ages are refreshed when the menu opens, whatever the ticker did meanwhile.
    connect(menu->menu(), &QMenu::aboutToShow, this, &TrayController::refresh);
}

void TrayController::connectPopup()
{
    StatusPopup *popup = m_popup.get();
    connect(popup, &StatusPopup::syncNowRequested, this, &TrayController::syncNowRequested);
    connect(popup, &StatusPopup::settingsRequested, this, &TrayController::settingsRequested);
    connect(popup, &StatusPopup::openNightscoutRequested, this, &TrayController::openNightscoutRequested);
    connect(popup, &StatusPopup::accountActionRequested, this, &TrayController::accountActionRequested);
    connect(popup, &StatusPopup::acknowledgeUrgentLowRequested, this, &TrayController::acknowledgeUrgentLowRequested);
    connect(popup, &StatusPopup::snoozeUrgentLowRequested, this, &TrayController::snoozeUrgentLowRequested);
}

bool TrayController::trayAvailable() const
{
    return m_options.trayAvailable ? m_options.trayAvailable() : QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::start()
{
    m_ticker->start();
    m_attempts = 0;
    tryShowTray();
    if (!isTrayShown())
        m_retry->start();
}

void TrayController::tryShowTray()
{
    if (trayAvailable()) {
        m_retry->stop();
        m_tray->show();
        qCInfo(lcUi) << "tray icon shown";
        emit trayShown();
        return;
    }
    if (m_attempts++ < m_options.trayRetryAttempts)
        return; // the retry timer asks again
    m_retry->stop();
    qCWarning(lcUi) << "no system tray after" << m_options.trayRetryAttempts << "attempts; opening the status window";
    // Without a tray the window is the app: a normal window the user can find and close.
    m_popup->setWindowFlags(Qt::Window);
    m_popup->setHideOnFocusLoss(false);
    emit trayUnavailable();
    showStatusWindow();
}

bool TrayController::isTrayShown() const
{
    return m_tray->isVisible();
}

void TrayController::setDisplayOptions(const DisplayOptions &options)
{
    m_options.display = options;
    m_popup->setDisplayOptions(options);
    refresh();
}

void TrayController::setNightscoutAvailable(bool available)
{
    m_menu->setNightscoutAvailable(available);
    m_popup->setNightscoutAvailable(available);
}

void TrayController::refresh()
{
    const QDateTime now = m_clock.nowUtc();
    const std::optional<GlucoseReading> latest = m_model.latestReading();
    m_ticker->setAnchor(latest ? latest->time : QDateTime());
    const TrayIconState state = TrayIconState::from(m_model, m_options.display, now);
    if (!m_rendered || !(state == m_state) || !qFuzzyCompare(m_dpr, qApp ? qApp->devicePixelRatio() : 1.0)) {
        m_state = state;
        m_rendered = true;
        ++m_renders;
        m_dpr = qApp ? qApp->devicePixelRatio() : 1.0;
        m_tray->setIcon(TrayIconRenderer::icon(state, m_dpr));
    }
    m_tray->setToolTip(
        PlainTextPolicy::withoutMarkup(StatusText::tooltip(m_model, m_options.display, now, kTooltipMax)));
    m_menu->update(m_model, m_options.display, now);
}

void TrayController::showStatusWindow()
{
    m_popup->showNear(isTrayShown() ? m_tray->geometry() : QRect());
}

void TrayController::togglePopup()
{
    if (m_popup->isVisible()) {
        m_popup->hide();
        return;
    }
    // The click on the icon took the focus from the open popup, which hid: that click meant "close".
    const qint64 hidden = m_popup->msSinceFocusHide();
    if (hidden >= 0 && hidden < m_click->interval() + 300)
        return;
    showStatusWindow();
}

void TrayController::handleActivation(QSystemTrayIcon::ActivationReason reason)
{
#ifdef Q_OS_MACOS
    Q_UNUSED(reason) // the system opens the context menu on click; nothing else to do
#else
    switch (reason) {
    case QSystemTrayIcon::Trigger:
        if (!m_click->isActive())
            m_click->start(); // wait: this may be the first half of a double click
        break;
    case QSystemTrayIcon::DoubleClick:
        m_click->stop();
        showStatusWindow();
        break;
    case QSystemTrayIcon::MiddleClick:
    case QSystemTrayIcon::Context:
    case QSystemTrayIcon::Unknown:
        break;
    }
#endif
}

void TrayController::showMessage(const QString &title, const QString &message, NotificationKind kind)
{
    if (!isTrayShown()) {
        qCInfo(lcUi) << "notification not shown (no tray):" << int(kind);
        return;
    }
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Warning;
    if (kind == NotificationKind::BackfillFinished || kind == NotificationKind::NoNewData)
        icon = QSystemTrayIcon::Information;
    else if (kind == NotificationKind::GlucoseLow || kind == NotificationKind::GlucoseHigh ||
             kind == NotificationKind::GlucoseUrgentLow)
        icon = QSystemTrayIcon::Critical;
    m_tray->showMessage(PlainTextPolicy::withoutMarkup(title), PlainTextPolicy::withoutMarkup(message), icon,
                        kind == NotificationKind::GlucoseUrgentLow ? 60000 : 15000);
}

bool TrayController::showInfo(const QString &title, const QString &message)
{
    if (!isTrayShown())
        return false;
    m_tray->showMessage(PlainTextPolicy::withoutMarkup(title), PlainTextPolicy::withoutMarkup(message),
                        QSystemTrayIcon::Information, 4000);
    return true;
}

void TrayController::setUrgentLow(const QStringList &people)
{
    m_menu->setUrgentLow(people);
    m_popup->setUrgentLow(people);
}

} // namespace nb::ui
