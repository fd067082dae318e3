#include "dialoghost.h"

#include "application.h"

#include "backfillservices.h"
#include "backfillwizard.h"
#include "firstrunwizard.h"
#include "logging/categories.h"
#include "net/httpclient.h"
#include "runtime/runtime.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "settingsservices.h"
#include "sync/syncservice.h"
#include "sync/syncstate.h"

#include <QDialog>
#include <QSet>

namespace nb::gui {

// The backfill wizard's view of the application: the runtime's accounts, sources and Nightscout clients.
class RuntimeBackfillServices : public BackfillServices {
public:
    explicit RuntimeBackfillServices(Application &app)
        : m_app(app)
    {}

    QList<AccountConfig> accounts() const override
    {
        const Result<QList<AccountConfig>> enabled = m_app.runtime().selectAccounts({}); // no ids: the enabled
        return enabled.ok() ? enabled.value() : QList<AccountConfig>();
    }

    Result<std::unique_ptr<DataSource>> createSource(const AccountConfig &account) override
    {
        return m_app.runtime().createSource(account);
    }

    void nightscoutClient(const AccountConfig &account, ClientCallback done) override
    {
        m_app.runtime().nightscoutClient(account, std::move(done));
    }

    SyncState &syncState() override { return m_app.runtime().syncState(); }
    const Clock &clock() const override { return m_app.runtime().clock(); }
    QString outboxDirFor(const QString &accountId) const override
    {
        return m_app.runtime().paths().outboxFor(accountId);
    }
    int uploadBatchSize() const override
    {
        return m_app.runtime().settings().intValue(keys::nightscoutUploadBatchSize);
    }

    // The account's scheduled syncs wait while a backfill writes through the same outbox. Only the
    // scheduler is paused (not the saved state): a crash mid-backfill must not leave the account paused.
    void setBackfillActive(const QString &accountId, bool active) override
    {
        SyncService *service = m_app.service();
        if (!service)
            return;
        if (active) {
            const std::optional<AccountStatus> status = m_app.status().account(accountId);
            if (status && status->state == AccountState::Paused)
                return; // the user's own pause stays as it is
            service->scheduler().pause(accountId);
            m_held.insert(accountId);
        } else if (m_held.remove(accountId)) {
            service->scheduler().resume(accountId);
        }
    }

private:
    Application &m_app;
    QSet<QString> m_held;
};

DialogHost::DialogHost(Application &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_backfillServices(std::make_unique<RuntimeBackfillServices>(app))
{
    connect(&app, &Application::settingsRequested, this, [this] { showSettings(); });
    connect(&app, &Application::accountSettingsRequested, this, [this] { showSettings(QStringLiteral("accounts")); });
    connect(&app, &Application::backfillRequested, this, &DialogHost::showBackfill);
    connect(&app, &Application::firstRunRequested, this, &DialogHost::showFirstRun);
    app.setRedirectHandler([this](const QUrl &redirect) { return handleRedirect(redirect); });
}

DialogHost::~DialogHost()
{
    m_app.setRedirectHandler({});
    delete m_settings.data();
    delete m_backfill.data();
    delete m_firstRun.data();
}

ui::SettingsDialog *DialogHost::settingsDialog() const
{
    return m_settings;
}

BackfillWizard *DialogHost::backfillWizard() const
{
    return m_backfill;
}

FirstRunWizard *DialogHost::firstRunWizard() const
{
    return m_firstRun;
}

ui::SettingsServices DialogHost::services() const
{
    Runtime &runtime = m_app.runtime();
    // The user's own credential store, also while the demo runs: an account set up now keeps its secrets.
    return ui::SettingsServices(runtime.settings(), runtime.userCredentials(), runtime.http(), runtime.clock(),
                                Runtime::basePaths(m_app.configDir()));
}

// A closed window is gone (the next request builds a fresh one from the saved settings). Not
// WA_DeleteOnClose: its deferred delete would leave the pointer set, and a request in between would
// raise a window that is about to be deleted.
template<typename Window>
void DialogHost::forgetWhenFinished(QPointer<Window> &pointer)
{
    Window *window = pointer.data();
    connect(window, &QDialog::finished, this, [&pointer, window] {
        if (pointer == window)
            pointer.clear();
        window->deleteLater();
    });
}

void DialogHost::raise(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

ui::SettingsDialog *DialogHost::showSettings(const QString &pageName)
{
    if (!m_settings) {
        m_settings = new ui::SettingsDialog(services());
        forgetWhenFinished(m_settings);
        connect(m_settings, &ui::SettingsDialog::applied, &m_app, &Application::reloadAccounts);
    }
    if (!pageName.isEmpty())
        m_settings->showPage(pageName);
    raise(m_settings);
    return m_settings;
}

BackfillWizard *DialogHost::showBackfill()
{
    if (!m_backfill) {
        m_backfill = new BackfillWizard(*m_backfillServices);
        forgetWhenFinished(m_backfill);
        connect(m_backfill, &BackfillWizard::backfillFinished, &m_app, &Application::notifyBackfillFinished);
    }
    raise(m_backfill);
    return m_backfill;
}

FirstRunWizard *DialogHost::showFirstRun()
{
    if (!m_firstRun) {
        m_firstRun = new FirstRunWizard(services());
        forgetWhenFinished(m_firstRun);
        m_firstRun->setStatusModel(&m_app.status());
        connect(m_firstRun, &FirstRunWizard::setupApplied, &m_app, &Application::reloadAccounts);
        connect(m_firstRun, &FirstRunWizard::startSyncRequested, &m_app, &Application::syncNow);
        // "Try demo mode": the wizard closes itself; the demo runs until an account exists.
        connect(m_firstRun, &FirstRunWizard::demoRequested, &m_app, &Application::startDemo);
    }
    raise(m_firstRun);
    return m_firstRun;
}

bool DialogHost::handleRedirect(const QUrl &redirect)
{
    if (m_firstRun && m_firstRun->handleRedirect(redirect))
        return true;
    return m_settings && m_settings->handleRedirect(redirect);
}

} // namespace nb::gui
