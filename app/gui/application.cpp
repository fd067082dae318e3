#include "application.h"

#include "carelinksignin.h"

#include "common/privatefiles.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/activityview.h"
#include "logging/categories.h"
#include "notify/notificationcenter.h"
#include "plaintextpolicy.h"
#include "platform/urlschemeregistration.h"
#include "popup/statuspopup.h"
#include "runtime/diagnostics.h"
#include "settings/settings.h"
#include "sync/notificationpolicy.h"
#include "sync/statusmapping.h"
#include "sync/syncservice.h"
#include "sync/syncstate.h"
#include "viewmodels/activitylog.h"
#include "viewmodels/minuteticker.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QMetaMethod>

namespace nb::gui {

namespace {
constexpr int kLockRetryMs = 60 * 1000;
} // namespace

Application::Application(ApplicationOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    ui::PlainTextPolicy::install(); // nothing a vendor or a redirect sent is shown as rich text
    m_settingsDebounce.setSingleShot(true);
    m_settingsDebounce.setInterval(0); // one re-apply for a burst of changes (the dialog's OK)
    connect(&m_settingsDebounce, &QTimer::timeout, this, &Application::applySettings);
    m_lockRetry.setSingleShot(true);
    m_lockRetry.setInterval(kLockRetryMs);
    m_lockRetry.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_lockRetry, &QTimer::timeout, this, &Application::startAccounts);
    buildUi();
}

Application::~Application()
{
    stopService();
    m_signIn.reset();
    m_tray.reset();
    m_runtime.reset();
}

void Application::buildUi()
{
    m_tray = std::make_unique<ui::TrayController>(m_status, m_clock, m_options.tray);
    m_notifications = std::make_unique<ui::NotificationCenter>(m_status, m_clock);
    m_about = std::make_unique<ui::AboutDialog>();
    m_activity = std::make_unique<ui::ActivityLog>(m_status, m_clock);
    ui::TrayController *tray = m_tray.get();
    connect(m_notifications.get(), &ui::NotificationCenter::notify, tray, &ui::TrayController::showMessage);
    connect(tray->ticker(), &ui::MinuteTicker::tick, m_notifications.get(), &ui::NotificationCenter::evaluate);
    connect(m_notifications.get(), &ui::NotificationCenter::urgentLowChanged, tray, &ui::TrayController::setUrgentLow);
    connect(tray, &ui::TrayController::accountSyncNowRequested, this, [this](const QString &id) {
        if (m_service)
            m_service->syncNow(id);
    });
    connect(tray, &ui::TrayController::accountPauseRequested, this, [this](const QString &id) {
        if (m_service)
            m_service->pause(id);
    });
    connect(tray, &ui::TrayController::accountResumeRequested, this, [this](const QString &id) {
        if (m_service)
            m_service->resume(id);
    });
    connect(tray, &ui::TrayController::acknowledgeUrgentLowRequested, m_notifications.get(),
            &ui::NotificationCenter::acknowledgeUrgentLow);
    connect(tray, &ui::TrayController::snoozeUrgentLowRequested, m_notifications.get(),
            &ui::NotificationCenter::snoozeUrgentLow);
    connect(this, &Application::backfillFinished, m_notifications.get(),
            &ui::NotificationCenter::announceBackfillFinished);
    connect(tray, &ui::TrayController::setupRequested, this, [this] {
        requestOrPlaceholder(&Application::firstRunRequested, tr("Set up Nightbridge"),
                             tr("The setup wizard is not part of this build. Add an account with "
                                "`nightbridge-cli accounts add`."));
    });
    connect(tray, &ui::TrayController::syncNowRequested, this, &Application::syncNow);
    connect(tray, &ui::TrayController::pauseRequested, this, &Application::pause);
    connect(tray, &ui::TrayController::resumeRequested, this, &Application::resume);
    connect(tray, &ui::TrayController::openNightscoutRequested, this, &Application::openNightscout);
    connect(tray, &ui::TrayController::viewLogsRequested, this, &Application::viewLogs);
    connect(tray, &ui::TrayController::activityRequested, this, &Application::showActivity);
    connect(tray, &ui::TrayController::copyDiagnosticsRequested, this, &Application::copyDiagnostics);
    connect(tray, &ui::TrayController::aboutRequested, m_about.get(), [this] {
        m_about->show();
        m_about->raise();
        m_about->activateWindow();
    });
    connect(tray, &ui::TrayController::quitRequested, this, &Application::quit);
    connect(tray, &ui::TrayController::accountActionRequested, this, &Application::requestAccountAction);
    connect(tray, &ui::TrayController::settingsRequested, this, [this] {
        requestOrPlaceholder(&Application::settingsRequested, tr("Settings"),
                             tr("The settings dialog is not part of this build yet. Until it is, the settings are "
                                "in %1 (or use nightbridge-cli).")
                                 .arg(m_runtime ? m_runtime->settings().filePath() : QString()));
    });
    connect(tray, &ui::TrayController::backfillRequested, this, [this] {
        requestOrPlaceholder(&Application::backfillRequested, tr("Backfill"),
                             tr("The backfill dialog is not part of this build yet. Until it is, use "
                                "`nightbridge-cli backfill --days N`."));
    });
}

bool Application::hasNoAccounts() const
{
    if (m_runtime)
        return Runtime::hasNoAccounts(m_runtime->settings(), m_runtime->environment());
    const Settings probe(Runtime::basePaths(m_options.configDir).settingsFile);
    return Runtime::hasNoAccounts(probe, EnvConfig::fromVariables(EnvConfig::systemVariables()));
}

// The demo is a choice (--demo, or "Try demo mode"), never what an empty setup falls into: a saved site
// without an account is the user's own setup waiting for an account.
bool Application::wantsDemo() const
{
    return m_options.demo || (m_demoChosen && hasNoAccounts());
}

bool Application::isDemo() const
{
    return m_runtime && m_runtime->isDemo();
}

Result<void> Application::openRuntime()
{
    RuntimeOptions options;
    options.configDir = m_options.configDir;
    options.demo = wantsDemo();
    options.verbose = m_options.verbose;
    options.echoLog = m_options.echoLog;
    options.cliHints = false;
    options.logBaseName = QStringLiteral("nightbridge");
    if (m_options.credentialStore)
        options.credentialStore = m_options.credentialStore();
    m_runtime = std::make_unique<Runtime>(std::move(options));
    return m_runtime->open();
}

Result<void> Application::start()
{
    if (m_started)
        return {};
    if (auto opened = openRuntime(); !opened.ok()) {
        qCCritical(lcUi).noquote() << "cannot start:" << opened.error().toLogString();
        return opened;
    }
    m_started = true;
    m_status.setDemo(isDemo()); // labelled from the first frame on
    qCInfo(lcUi).noquote() << "Nightbridge" << QStringLiteral(NIGHTBRIDGE_VERSION) << "starting"
                           << (isDemo() ? "in demo mode" : "");
    m_signIn = std::make_unique<CareLinkSignIn>(*m_runtime, [this](const QUrl &url) { return openUrl(url); });
    connect(m_signIn.get(), &CareLinkSignIn::finished, this, [this](const QString &id, const Result<void> &result) {
        if (!result.ok()) {
            showPlaceholder(tr("CareLink sign-in"), result.error().userMessage);
            return;
        }
        if (m_service)
            m_service->credentialsChanged(id);
    });
    connect(&m_runtime->settings(), &Settings::changed, this, &Application::onSettingChanged);
    applySettings();
    m_tray->start();
    showStateWarning();
    // The engine (and the demo's fakes, which generate their history) after the icon had its turn.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            startAccounts();
    });
    if (!isDemo() && hasNoAccounts()) {
        QTimer::singleShot(0, this, [this] {
            if (isSignalConnected(QMetaMethod::fromSignal(&Application::firstRunRequested)))
                emit firstRunRequested();
            else
                qCInfo(lcUi) << "no account configured: waiting for the setup";
        });
    }
    return {};
}

// A damaged state was set aside and the app started from scratch: say so once, as a tray message (when the
// icon is up; it may come a moment after start).
void Application::showStateWarning()
{
    const QString warning = m_runtime->takeStateWarning();
    if (warning.isEmpty())
        return;
    m_stateWarning = warning;
    qCWarning(lcUi).noquote() << "state reset:" << warning;
    const QString title = tr("Nightbridge started from scratch");
    if (m_tray->isTrayShown()) {
        m_tray->showMessage(title, warning, NotificationKind::SyncFailing);
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_tray.get(), &ui::TrayController::trayShown, this, [this, title, warning, once] {
        disconnect(*once);
        m_tray->showMessage(title, warning, NotificationKind::SyncFailing);
    });
}

// Pending uploads that could not be read were set aside: the user hears of it (once per set of files), they
// are not just logged.
void Application::reportDamagedUploads(const QString &accountId, const RunReport &report)
{
    if (report.damagedItems.isEmpty() || m_damagedReported.value(accountId) == report.damagedItems)
        return;
    m_damagedReported.insert(accountId, report.damagedItems);
    m_tray->showMessage(tr("Nightbridge"),
                        tr("%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data "
                           "is fetched again from the vendor; check the disk, then delete those files.",
                           nullptr, int(report.damagedItems.size()))
                            .arg(accountId, QDir::toNativeSeparators(m_runtime->paths().outboxFor(accountId)),
                                 report.damagedItems.join(QStringLiteral(", "))),
                        NotificationKind::SyncFailing);
}

void Application::onSettingChanged(const QString &key)
{
    m_changedKeys << key;
    m_settingsDebounce.start();
}

void Application::applySettings()
{
    if (!m_runtime)
        return;
    const QStringList changed = std::exchange(m_changedKeys, {});
    const Settings &settings = m_runtime->settings();
    if (std::any_of(changed.cbegin(), changed.cend(), [](const QString &k) { return k.startsWith(u"log/"); }))
        m_runtime->applyLogLevel();
    m_display = ui::DisplayOptions::fromSettings(settings);
    m_tray->setDisplayOptions(m_display);
    m_tray->popup()->setChartHours(ui::DisplayOptions::chartHours(settings));
    m_tray->setNightscoutAvailable(!m_runtime->nightscoutSiteUrl().isEmpty());
    m_notifications->setDisplayOptions(m_display);
    m_notifications->setConfig(notificationConfigFromSettings(settings));
    if (m_service) {
        const bool fixed = settings.enumValue<SyncCadence>(keys::syncCadence) == SyncCadence::Fixed;
        m_service->scheduler().setFixedInterval(fixed ? settings.intValue(keys::syncIntervalMinutes) * 60 : 0);
    }
}

void Application::startAccounts()
{
    const int generation = ++m_generation;
    m_status.setDemo(m_runtime->isDemo());
    const QList<AccountConfig> accounts = m_runtime->allAccounts();
    // Without an account (waiting for the setup) nothing syncs here: the data folder stays free for the CLI.
    if (!accounts.isEmpty()) {
        if (auto locked = m_runtime->lock(); !locked.ok()) {
            showAccountsWaitingForLock(locked.error());
            m_lockRetry.start();
            return;
        }
    }
    m_lockRetry.stop();
    // Disabled accounts too: they are listed (as switched off) and not scheduled.
    m_runtime->prepare(accounts, true, [this, generation](const Result<QList<PreparedAccount>> &prepared) {
        if (generation == m_generation)
            onPrepared(prepared);
    });
}

void Application::onPrepared(const Result<QList<PreparedAccount>> &prepared)
{
    if (!prepared.ok()) {
        qCWarning(lcUi).noquote() << "accounts not started:" << prepared.error().toLogString();
        showPlaceholder(tr("Nightbridge"), prepared.error().userMessage);
        return;
    }
    m_service = std::make_unique<SyncService>(m_runtime->clock(), m_runtime->syncState(), m_status, m_runtime->paths());
    connect(m_service.get(), &SyncService::runFinished, this, &Application::reportDamagedUploads);
    applySettings(); // the cadence, now that there is a scheduler
    const Settings &settings = m_runtime->settings();
    for (const PreparedAccount &p : prepared.value()) {
        if (p.error) {
            // Listed with the reason and the way out (usually the settings); nothing runs for it.
            AccountStatus s =
                StatusMapping::accountStatus(p.config, m_runtime->syncState().account(p.config.id), nullptr, false);
            s.nextRun = QDateTime();
            if (p.config.enabled) {
                s.state = AccountState::NeedsAttention;
                s.lastError = p.error;
                s.errorSource = p.errorSource;
                s.action = AccountAction::OpenSettings;
            }
            m_status.setAccount(s);
            qCWarning(lcUi).noquote() << p.config.id << "cannot run:" << p.error->toLogString();
            continue;
        }
        EngineOptions options;
        options.batchSize = settings.intValue(keys::nightscoutUploadBatchSize);
        options.initialDays = p.config.initialDays;
        m_service->addAccount(p.config, p.source, *p.nightscout, options);
    }
    m_service->startContinuous();
    qCInfo(lcUi) << "syncing" << m_service->accountIds().size() << "account(s)" << (isDemo() ? "(demo)" : "");
    emit accountsReloaded();
}

void Application::showAccountsWaitingForLock(const SyncError &error)
{
    qCWarning(lcUi).noquote() << "not syncing:" << error.toLogString();
    for (const AccountConfig &config : m_runtime->allAccounts()) {
        AccountStatus s =
            StatusMapping::accountStatus(config, m_runtime->syncState().account(config.id), nullptr, false);
        if (config.enabled) {
            s.state = AccountState::Retrying;
            s.lastError = error;
            s.errorSource = ErrorSource::Local;
            s.nextRun = m_clock.nowUtc().addMSecs(kLockRetryMs);
        }
        m_status.setAccount(s);
    }
}

void Application::stopService()
{
    ++m_generation; // preparations in flight belong to the old set of accounts
    if (!m_service)
        return;
    m_service->stop();
    m_service.reset();
}

void Application::reloadAccounts()
{
    if (!m_runtime)
        return;
    qCInfo(lcUi) << "reloading the accounts";
    stopService();
    m_lockRetry.stop();
    m_runtime->forgetNightscoutClients();
    if (const bool demo = wantsDemo(); demo != m_runtime->isDemo()) {
        // The sign-in in progress holds the old credential store: start over.
        m_signIn = std::make_unique<CareLinkSignIn>(*m_runtime, [this](const QUrl &url) { return openUrl(url); });
        if (auto switched = m_runtime->setDemo(demo); !switched.ok()) {
            showPlaceholder(tr("Nightbridge"), switched.error().userMessage);
            return;
        }
        showStateWarning();
        if (!demo)
            m_demoChosen = false; // a later "no account" asks for the setup again, it does not fall into the demo
        qCInfo(lcUi) << (demo ? "running the demo" : "leaving the demo");
    }
    m_status.clear();
    m_changedKeys << QStringLiteral("log/level");
    applySettings();
    startAccounts();
}

void Application::startDemo()
{
    if (!m_runtime || isDemo())
        return;
    m_demoChosen = true;
    reloadAccounts();
}

void Application::notifyBackfillFinished(const QString &accountId, int documents)
{
    emit backfillFinished(accountId, documents);
}

void Application::syncNow()
{
    if (m_service)
        m_service->syncNow();
}

void Application::pause(int minutes)
{
    if (!m_service)
        return;
    const QDateTime until = minutes > 0 ? m_clock.nowUtc().addSecs(qint64(minutes) * 60) : QDateTime();
    for (const QString &id : m_service->accountIds()) {
        if (const AccountConfig *c = m_service->config(id); c && c->enabled)
            m_service->pause(id, until);
    }
    qCInfo(lcUi) << "paused"
                 << (minutes > 0 ? QStringLiteral("for %1 min").arg(minutes) : QStringLiteral("until resumed"));
}

void Application::resume()
{
    if (!m_service)
        return;
    for (const QString &id : m_service->accountIds())
        m_service->resume(id);
    qCInfo(lcUi) << "resumed";
}

void Application::openNightscout()
{
    const QUrl url = m_runtime ? m_runtime->nightscoutSiteUrl() : QUrl();
    if (!url.isEmpty())
        openUrl(url);
}

void Application::viewLogs()
{
    // Never silently nothing: without a file manager, the in-app activity view.
    if (!m_runtime || !openUrl(QUrl::fromLocalFile(m_runtime->paths().logDir))) {
        qCInfo(lcUi) << "no file manager opened the log folder: showing the activity view";
        showActivity();
    }
}

void Application::showActivity()
{
    if (!m_activityView)
        m_activityView = std::make_unique<ui::ActivityView>(*m_activity);
    m_activityView->show();
    m_activityView->raise();
    m_activityView->activateWindow();
}

QString Application::diagnostics() const
{
    return m_runtime ? Diagnostics::report(*m_runtime, m_status, m_clock.nowUtc()) : QString();
}

void Application::copyDiagnostics()
{
    QApplication::clipboard()->setText(diagnostics());
    qCInfo(lcUi) << "diagnostics copied to the clipboard";
    const QString title = tr("Diagnostics copied");
    const QString text = tr("The diagnostics (without passwords or secrets) are on the clipboard; paste them into "
                            "your message.");
    if (!m_tray->showInfo(title, text))
        showPlaceholder(title, text);
    emit diagnosticsCopied();
}

void Application::quit()
{
    qCInfo(lcUi) << "quitting";
    emit quitting();
    stopService();
    QCoreApplication::quit();
}

void Application::requestAccountAction(const QString &accountId, AccountAction action)
{
    const std::optional<AccountConfig> config = [&]() -> std::optional<AccountConfig> {
        if (m_runtime) {
            for (const AccountConfig &a : m_runtime->allAccounts()) {
                if (a.id == accountId)
                    return a;
            }
        }
        return std::nullopt;
    }();
    if (action == AccountAction::SignInAgain && config && config->vendor == AccountVendor::CareLink) {
        m_signIn->begin(*config);
        return;
    }
    if (action == AccountAction::None) {
        m_tray->showStatusWindow();
        return;
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&Application::accountSettingsRequested))) {
        emit accountSettingsRequested(accountId);
        return;
    }
    requestOrPlaceholder(&Application::settingsRequested, tr("Account"),
                         tr("Check the account's password and the Nightscout address and secret in Settings. The "
                            "settings dialog is not part of this build yet; until it is, use `nightbridge-cli "
                            "accounts set %1`.")
                             .arg(accountId));
}

void Application::handleArguments(const QStringList &arguments)
{
    const UrlSchemeSpec spec;
    if (const std::optional<QUrl> redirect = UrlSchemeRegistration::redirectFromArguments(arguments, spec.scheme)) {
        // The redirect carries a one-time code: never log the URL itself.
        qCInfo(lcUi) << "received a CareLink sign-in redirect";
        if (m_redirectHandler && m_redirectHandler(*redirect))
            return;
        if (!m_signIn || !m_signIn->complete(*redirect)) {
            showPlaceholder(tr("CareLink sign-in"),
                            tr("Nightbridge received a CareLink sign-in, but no sign-in was started here or it was "
                               "already completed. Use \u201cSign in again\u201d in the status window to start "
                               "a new one."));
        }
        return;
    }
    m_tray->showStatusWindow(); // a later launch without a task means "show yourself"
}

bool Application::requestOrPlaceholder(void (Application::*signal)(), const QString &title, const QString &text)
{
    if (isSignalConnected(QMetaMethod::fromSignal(signal))) {
        emit(this->*signal)();
        return true;
    }
    showPlaceholder(title, text);
    return false;
}

void Application::showPlaceholder(const QString &title, const QString &text)
{
    if (m_options.showMessage) {
        m_options.showMessage(title, text);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show(); // not modal: the tray keeps working
}

bool Application::openUrl(const QUrl &url)
{
    if (m_options.openUrl)
        return m_options.openUrl(url);
    const PrivateFiles::ForChildProcess userDefaults; // the browser must not inherit umask 077
    return QDesktopServices::openUrl(url);
}

} // namespace nb::gui
