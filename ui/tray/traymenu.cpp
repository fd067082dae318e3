#include "traymenu.h"

#include "sync/glucosedisplay.h"
#include "sync/synchealth.h"
#include "viewmodels/statustext.h"

#include <QAction>
#include <QMenu>

#include <algorithm>

namespace nb::ui {

TrayMenu::TrayMenu(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_demo = m_menu->addAction(tr("Demo data \u2014 not real readings"));
    m_demo->setObjectName(QStringLiteral("demoAction"));
    m_demo->setEnabled(false);
    m_demo->setVisible(false);
    m_setup = addCommand(m_menu.get(), QStringLiteral("setupAction"), tr("Set up Nightbridge\u2026"));
    m_setup->setVisible(false);
    connect(m_setup, &QAction::triggered, this, &TrayMenu::setupRequested);
    m_urgent = m_menu->addAction(QString());
    m_urgent->setObjectName(QStringLiteral("urgentLowAction"));
    m_urgent->setEnabled(false);
    m_acknowledge =
        addCommand(m_menu.get(), QStringLiteral("acknowledgeUrgentLowAction"), tr("Acknowledge urgent low"));
    connect(m_acknowledge, &QAction::triggered, this, &TrayMenu::acknowledgeUrgentLowRequested);
    m_snoozeMenu = m_menu->addMenu(tr("Snooze urgent low"));
    m_snoozeMenu->menuAction()->setObjectName(QStringLiteral("snoozeMenuAction"));
    for (const int minutes : {15, 30, 60}) {
        connect(addCommand(m_snoozeMenu, QStringLiteral("snooze%1Action").arg(minutes),
                           tr("For %n minute(s)", nullptr, minutes)),
                &QAction::triggered, this, [this, minutes] { emit snoozeUrgentLowRequested(minutes); });
    }
    setUrgentLow({});
    m_reading = m_menu->addAction(tr("No reading yet"));
    m_reading->setObjectName(QStringLiteral("readingAction"));
    m_reading->setEnabled(false);
    m_recentMenu = m_menu->addMenu(tr("Recent readings"));
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("recentMenuAction"));
    m_recentMenu->menuAction()->setEnabled(false);
    m_menu->addSeparator();
    m_noAccounts = m_menu->addAction(StatusText::noAccountText());
    m_noAccounts->setObjectName(QStringLiteral("noAccountsAction"));
    m_noAccounts->setEnabled(false);
    m_accountsEnd = m_menu->addSeparator();

    connect(addCommand(m_menu.get(), QStringLiteral("syncNowAction"), tr("Sync now")), &QAction::triggered, this,
            &TrayMenu::syncNowRequested);
    m_pauseMenu = m_menu->addMenu(tr("Pause"));
    m_pauseMenu->menuAction()->setObjectName(QStringLiteral("pauseMenuAction"));
    connect(addCommand(m_pauseMenu, QStringLiteral("pause30Action"), tr("For 30 minutes")), &QAction::triggered, this,
            [this] { emit pauseRequested(30); });
    connect(addCommand(m_pauseMenu, QStringLiteral("pause60Action"), tr("For 1 hour")), &QAction::triggered, this,
            [this] { emit pauseRequested(60); });
    connect(addCommand(m_pauseMenu, QStringLiteral("pauseUntilResumedAction"), tr("Until resumed")),
            &QAction::triggered, this, [this] { emit pauseRequested(0); });
    connect(addCommand(m_menu.get(), QStringLiteral("resumeAction"), tr("Resume")), &QAction::triggered, this,
            &TrayMenu::resumeRequested);
    m_menu->addSeparator();
    connect(addCommand(m_menu.get(), QStringLiteral("backfillAction"), tr("Backfill\u2026")), &QAction::triggered, this,
            &TrayMenu::backfillRequested);
    connect(addCommand(m_menu.get(), QStringLiteral("settingsAction"), tr("Settings\u2026")), &QAction::triggered, this,
            &TrayMenu::settingsRequested);
    connect(addCommand(m_menu.get(), QStringLiteral("openNightscoutAction"), tr("Open Nightscout")),
            &QAction::triggered, this, &TrayMenu::openNightscoutRequested);
    m_menu->addSeparator();
    connect(addCommand(m_menu.get(), QStringLiteral("viewLogsAction"), tr("View logs\u2026")), &QAction::triggered,
            this, &TrayMenu::viewLogsRequested);
    connect(addCommand(m_menu.get(), QStringLiteral("activityAction"), tr("Activity\u2026")), &QAction::triggered, this,
            &TrayMenu::activityRequested);
    connect(addCommand(m_menu.get(), QStringLiteral("copyDiagnosticsAction"), tr("Copy diagnostics")),
            &QAction::triggered, this, &TrayMenu::copyDiagnosticsRequested);
    connect(addCommand(m_menu.get(), QStringLiteral("aboutAction"), tr("About Nightbridge")), &QAction::triggered, this,
            &TrayMenu::aboutRequested);
    m_menu->addSeparator();
    QAction *quit = addCommand(m_menu.get(), QStringLiteral("quitAction"), tr("Quit Nightbridge"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &TrayMenu::quitRequested);
    action(QStringLiteral("openNightscoutAction"))->setEnabled(false);
}

TrayMenu::~TrayMenu() = default;

QAction *TrayMenu::addCommand(QMenu *menu, const QString &name, const QString &text)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    return action;
}

QAction *TrayMenu::action(const QString &objectName) const
{
    const QList<QAction *> all = m_menu->findChildren<QAction *>(objectName);
    if (!all.isEmpty())
        return all.constFirst();
    // Submenus' own actions (menuAction) are children of the submenu, not of the top menu.
    for (QMenu *sub : m_menu->findChildren<QMenu *>()) {
        if (sub->menuAction()->objectName() == objectName)
            return sub->menuAction();
    }
    return nullptr;
}

void TrayMenu::setNightscoutAvailable(bool available)
{
    m_nightscoutAvailable = available;
    action(QStringLiteral("openNightscoutAction"))->setEnabled(available);
}

void TrayMenu::setUrgentLow(const QStringList &people)
{
    const bool on = !people.isEmpty();
    m_urgent->setText(tr("URGENT LOW: %1").arg(people.join(QStringLiteral(", "))));
    m_urgent->setVisible(on);
    m_acknowledge->setVisible(on);
    m_snoozeMenu->menuAction()->setVisible(on);
}

void TrayMenu::update(const StatusModel &model, const DisplayOptions &options, const QDateTime &now)
{
    m_demo->setVisible(model.isDemo());
    m_setup->setVisible(model.isDemo() || model.accounts().isEmpty());
    const QString person = options.trayPerson(model);
    m_reading->setText(model.latestReading(person) ? StatusText::personLine(model, options, now, person)
                                                   : StatusText::readingLine(model, options, now, person));
    updateRecent(model, options, person);
    const QList<AccountStatus> &accounts = model.accounts();
    updateAccounts(accounts, now);

    const int enabled = SyncHealthSummary::enabledCount(accounts);
    const bool allPaused = SyncHealthSummary::allPaused(accounts);
    const bool allSyncing = enabled > 0 && std::all_of(accounts.cbegin(), accounts.cend(), [](const AccountStatus &a) {
                                return a.state == AccountState::Disabled || a.state == AccountState::Syncing;
                            });
    action(QStringLiteral("syncNowAction"))->setEnabled(enabled > 0 && !allPaused && !allSyncing);
    m_pauseMenu->menuAction()->setEnabled(enabled > 0 && !allPaused);
    action(QStringLiteral("resumeAction"))->setEnabled(SyncHealthSummary::anyPaused(accounts));
    action(QStringLiteral("backfillAction"))->setEnabled(enabled > 0);
    action(QStringLiteral("openNightscoutAction"))->setEnabled(m_nightscoutAvailable);
}

void TrayMenu::updateRecent(const StatusModel &model, const DisplayOptions &options, const QString &person)
{
    constexpr int kRecent = 6;
    m_recentMenu->clear();
    QList<GlucoseReading> readings = model.readingsOf(person);
    readings.removeIf([](const GlucoseReading &r) { return r.mgdl <= 0; });
    const bool several = model.readingAccounts().size() > 1;
    m_recentMenu->setTitle(several ? tr("Recent readings (%1)").arg(model.personName(person)) : tr("Recent readings"));
    for (qsizetype i = readings.size() - 1; i >= 0 && i >= readings.size() - kRecent; --i) {
        const GlucoseReading &r = readings.at(i);
        QString text =
            StatusText::clockTime(r.time) + QStringLiteral("   ") + StatusText::valueWithUnit(r.mgdl, options);
        const QString arrow = GlucoseDisplay::trendArrow(GlucoseDisplay::trendFromDirection(r.direction));
        if (!arrow.isEmpty())
            text += QLatin1Char(' ') + arrow;
        QAction *line = m_recentMenu->addAction(text);
        line->setObjectName(QStringLiteral("recentReading"));
        line->setEnabled(false);
    }
    m_recentMenu->menuAction()->setEnabled(!readings.isEmpty());
}

void TrayMenu::updateAccounts(const QList<AccountStatus> &accounts, const QDateTime &now)
{
    QStringList ids;
    for (const AccountStatus &a : accounts)
        ids << a.accountId;
    for (auto it = m_accountMenus.begin(); it != m_accountMenus.end();) {
        if (!ids.contains(it.key())) {
            m_menu->removeAction(it.value()->menuAction());
            delete it.value();
            it = m_accountMenus.erase(it);
        } else {
            ++it;
        }
    }
    for (const AccountStatus &a : accounts) {
        QMenu *sub = m_accountMenus.value(a.accountId);
        if (!sub) {
            sub = new QMenu(m_menu.get());
            sub->menuAction()->setObjectName(QStringLiteral("account:") + a.accountId);
            m_menu->insertMenu(m_accountsEnd, sub);
            m_accountMenus.insert(a.accountId, sub);
        }
        sub->setTitle(StatusText::accountLine(a, now));
        fillAccountMenu(sub, a, now);
    }
    m_noAccounts->setVisible(accounts.isEmpty());
}

void TrayMenu::fillAccountMenu(QMenu *menu, const AccountStatus &account, const QDateTime &now)
{
    menu->clear();
    for (const QString &line : StatusText::accountDetails(account, now))
        menu->addAction(line)->setEnabled(false);
    menu->addSeparator();
    const QString id = account.accountId;
    if (account.action != AccountAction::None) {
        QAction *fix = menu->addAction(StatusText::actionLabel(account.action));
        fix->setObjectName(QStringLiteral("accountAction:") + id);
        const AccountAction what = account.action;
        connect(fix, &QAction::triggered, this, [this, id, what] { emit accountActionRequested(id, what); });
    }
    // What one can do with this account alone.
    const bool off = account.state == AccountState::Disabled;
    const bool paused = account.state == AccountState::Paused;
    QAction *sync = menu->addAction(tr("Sync now"));
    sync->setObjectName(QStringLiteral("accountSyncNow:") + id);
    sync->setEnabled(!off && !paused && account.state != AccountState::Syncing);
    connect(sync, &QAction::triggered, this, [this, id] { emit accountSyncNowRequested(id); });
    QAction *pause = menu->addAction(paused ? tr("Resume") : tr("Pause"));
    pause->setObjectName(QStringLiteral("accountPause:") + id);
    pause->setEnabled(!off);
    connect(pause, &QAction::triggered, this, [this, id, paused] {
        if (paused)
            emit accountResumeRequested(id);
        else
            emit accountPauseRequested(id);
    });
    if (account.action != AccountAction::SignInAgain && account.vendor == QLatin1String("carelink")) {
        QAction *signIn = menu->addAction(StatusText::actionLabel(AccountAction::SignInAgain));
        signIn->setObjectName(QStringLiteral("accountSignIn:") + id);
        connect(signIn, &QAction::triggered, this,
                [this, id] { emit accountActionRequested(id, AccountAction::SignInAgain); });
    }
    if (account.action != AccountAction::OpenSettings) {
        QAction *settings = menu->addAction(StatusText::actionLabel(AccountAction::OpenSettings));
        settings->setObjectName(QStringLiteral("accountSettings:") + id);
        connect(settings, &QAction::triggered, this,
                [this, id] { emit accountActionRequested(id, AccountAction::OpenSettings); });
    }
}

} // namespace nb::ui
