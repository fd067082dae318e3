#include "previewshell.h"

#include "previewfeed.h"

#include "dialogs/aboutdialog.h"
#include "logging/categories.h"
#include "notify/notificationcenter.h"
#include "platform/urlschemeregistration.h"
#include "tray/traycontroller.h"
#include "viewmodels/minuteticker.h"
#include "viewmodels/statustext.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QSysInfo>

namespace nb::gui {

PreviewShell::PreviewShell(const QString &scenario, QObject *parent)
    : QObject(parent)
    , m_feed(std::make_unique<PreviewFeed>(m_model, m_clock, scenario))
    , m_tray(std::make_unique<ui::TrayController>(m_model, m_clock))
    , m_notifications(std::make_unique<ui::NotificationCenter>(m_model, m_clock))
    , m_about(std::make_unique<ui::AboutDialog>())
{
    ui::TrayController *tray = m_tray.get();
    connect(m_notifications.get(), &ui::NotificationCenter::notify, tray, &ui::TrayController::showMessage);
    connect(tray->ticker(), &ui::MinuteTicker::tick, m_notifications.get(), &ui::NotificationCenter::evaluate);
    connect(tray, &ui::TrayController::syncNowRequested, m_feed.get(), &PreviewFeed::syncNow);
    connect(tray, &ui::TrayController::pauseRequested, m_feed.get(), &PreviewFeed::pause);
    connect(tray, &ui::TrayController::resumeRequested, m_feed.get(), &PreviewFeed::resume);
    connect(tray, &ui::TrayController::aboutRequested, m_about.get(), &QWidget::show);
    connect(tray, &ui::TrayController::quitRequested, qApp, &QApplication::quit);
    connect(tray, &ui::TrayController::copyDiagnosticsRequested, this, &PreviewShell::copyDiagnostics);
    connect(tray, &ui::TrayController::settingsRequested, this, [this] {
        showPlaceholder(tr("Settings"), tr("The settings dialog arrives with the next version of this preview."));
    });
    connect(tray, &ui::TrayController::backfillRequested, this, [this] {
        showPlaceholder(tr("Backfill"), tr("The backfill wizard arrives with the next version of this preview."));
    });
    connect(tray, &ui::TrayController::viewLogsRequested, this, [this] {
        showPlaceholder(tr("Logs"), tr("The log viewer arrives with the next version of this preview."));
    });
    connect(tray, &ui::TrayController::accountActionRequested, this, [this] {
        showPlaceholder(tr("Account"), tr("Signing in arrives with the next version of this preview."));
    });
}

PreviewShell::~PreviewShell() = default;

void PreviewShell::start()
{
    m_feed->start();
    m_tray->start();
}

void PreviewShell::handleArguments(const QStringList &arguments)
{
    const UrlSchemeSpec spec;
    if (UrlSchemeRegistration::redirectFromArguments(arguments, spec.scheme)) {
        // The redirect carries a one-time code: never log the URL itself.
        qCInfo(lcUi) << "received a CareLink sign-in redirect (ignored by the preview shell)";
        showPlaceholder(tr("CareLink sign-in"),
                        tr("Nightbridge received the CareLink sign-in. Signing in arrives with the next version "
                           "of this preview."));
        return;
    }
    m_tray->showStatusWindow(); // a later launch without a task means "show yourself"
}

void PreviewShell::showPlaceholder(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show(); // not modal: the tray keeps working
}

void PreviewShell::copyDiagnostics()
{
    QStringList lines;
    lines << QStringLiteral("Nightbridge %1 (preview shell, demo data)").arg(QStringLiteral(NIGHTBRIDGE_VERSION));
    lines << QStringLiteral("Qt %1, %2").arg(QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
    for (const AccountStatus &account : m_model.accounts())
        lines << ui::StatusText::accountLine(account, m_clock.nowUtc());
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace nb::gui
