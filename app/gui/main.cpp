#include "application.h"
#include "backfillwizard.h"
#include "dialoghost.h"
#include "firstrunwizard.h"
#include "settingsdialog.h"
#include "screenshotter.h"

#include "common/privatefiles.h"
#include "common/clock.h"
#include "dialogs/activityview.h"
#include "popup/statuspopup.h"

#include "i18n/translations.h"
#include "platform/processhardening.h"
#include "platform/singleinstance.h"
#include "runtime/runtime.h"
#include "sync/envconfig.h"
#include "sync/statusmodel.h"
#include "tray/traycontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstring>
#include <memory>

namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

struct Options {
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Run the demo (simulated CareLink and Tandem data) "
                                                                "even when accounts are configured.")};
    QCommandLineOption config{QStringLiteral("config"),
                              QCoreApplication::translate("main", "Keep settings, state and logs in DIR."),
                              QStringLiteral("DIR")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               QCoreApplication::translate("main", "Log at debug level (the log file and stderr).")};
    QCommandLineOption quitAfter{QStringLiteral("quit-after"),
                                 QCoreApplication::translate("main", "Quit after SECONDS (smoke tests)."),
                                 QStringLiteral("SECONDS")};
    // Developer and OS-facing options, not for users.
    QCommandLineOption screenshot =
        hidden(QCommandLineOption(QStringLiteral("screenshot"),
                                  QStringLiteral("Save PNG screenshots to DIR, then quit."), QStringLiteral("DIR")));
    QCommandLineOption instance = hidden(QCommandLineOption(
        QStringLiteral("instance"), QStringLiteral("Single-instance name (tests)."), QStringLiteral("NAME")));
    QCommandLineOption autostart = hidden(QCommandLineOption(QStringLiteral("autostart")));
    QCommandLineOption carelinkRedirect = hidden(QCommandLineOption(QStringLiteral("carelink-redirect")));

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Syncs CareLink and Tandem Source data to Nightscout from the system tray."));
        parser.addHelpOption();
        parser.addVersionOption();
        for (const QCommandLineOption &option :
             {demo, config, verbose, quitAfter, screenshot, instance, autostart, carelinkRedirect})
            parser.addOption(option);
        parser.addPositionalArgument(
            QStringLiteral("url"),
            QCoreApplication::translate("main", "A CareLink sign-in address handed over by the browser."),
            QStringLiteral("[url]"));
    }
};

// --help and --version must work without a display (packaging checks, SSH sessions).
bool wantsInfoOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Nightbridge"));
    QCoreApplication::setApplicationName(QStringLiteral("Nightbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIGHTBRIDGE_VERSION));
}

// Without a usable data folder nothing can run: say why (stderr and a window), then exit.
void failToStart(const QString &message, bool interactive)
{
    QTextStream(stderr) << message << '\n';
    if (!interactive) {
        QCoreApplication::exit(1);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, QCoreApplication::translate("main", "Nightbridge"), message,
                                QMessageBox::Close);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(1); });
    box->show();
}

// A scripted family for the urgent-low shot: Alex (shown in the tray) urgently low, Sam in range.
nb::StatusModel &urgentLowFamily(const nb::Clock &clock)
{
    static nb::StatusModel model;
    if (!model.accounts().isEmpty())
        return model;
    const QDateTime now = clock.nowUtc();
    nb::AccountStatus alex;
    alex.accountId = QStringLiteral("alex");
    alex.displayName = QStringLiteral("Alex");
    alex.vendor = QStringLiteral("carelink");
    alex.lastSuccess = now.addSecs(-120);
    alex.lastUploadAt = alex.lastSuccess;
    alex.lastUploadCount = 3;
    nb::AccountStatus sam = alex;
    sam.accountId = QStringLiteral("sam");
    sam.displayName = QStringLiteral("Sam");
    sam.vendor = QStringLiteral("tandem");
    sam.lastSuccess = now.addSecs(-31 * 60);
    model.setAccount(alex);
    model.setAccount(sam);
    QList<nb::GlucoseReading> readings;
    for (int i = 36; i >= 0; --i) {
        const QDateTime t = now.addSecs(-qint64(i) * 5 * 60 - 60);
        readings.append(
            {t, 150 - (36 - i) * 5 / 2 + (i < 6 ? -8 : 0), QStringLiteral("SingleDown"), QStringLiteral("alex")});
        if (i >= 7) // Tandem's readings arrive 30+ minutes late
            readings.append({t, 120 + (i % 9) * 6, QStringLiteral("Flat"), QStringLiteral("sam")});
    }
    model.addReadings(readings);
    model.addMarkers({{now.addSecs(-100 * 60), 3.5, 40, QStringLiteral("alex")},
                      {now.addSecs(-95 * 60), 1.0, 15, QStringLiteral("sam")}});
    return model;
}

// The settings pages and both wizards' pages, for review (issue 7's screenshot set); the activity view
// and a two-person status window with an urgent low (issue 13).
void addWindowShots(nb::gui::Screenshotter &shooter, nb::gui::DialogHost &dialogs, nb::gui::Application &application)
{
    shooter.addWindow(QStringLiteral("activity.png"), [&application]() -> QWidget * {
        application.showActivity();
        return application.activityView();
    });
    shooter.addWindow(QStringLiteral("popup-urgent-low.png"), [&application]() -> QWidget * {
        static nb::SystemClock clock;
        static auto *popup = new nb::ui::StatusPopup(urgentLowFamily(clock), clock);
        popup->setDisplayOptions(application.displayOptions());
        popup->setHideOnFocusLoss(false);
        popup->setUrgentLow({QStringLiteral("Alex")});
        popup->showNear(QRect());
        return popup;
    });
    for (const QString &page : {QStringLiteral("accounts"), QStringLiteral("nightscout"), QStringLiteral("sync"),
                                QStringLiteral("display"), QStringLiteral("general")}) {
        shooter.addWindow(QStringLiteral("settings-%1.png").arg(page),
                          [&dialogs, page]() -> QWidget * { return dialogs.showSettings(page); });
    }
    for (int id = nb::FirstRunWizard::WelcomePageId; id <= nb::FirstRunWizard::DonePageId; ++id) {
        shooter.addWindow(QStringLiteral("firstrun-%1.png").arg(id), [&dialogs, id]() -> QWidget * {
            nb::FirstRunWizard *wizard = dialogs.showFirstRun();
            wizard->showPage(id);
            return wizard;
        });
    }
    for (int id = nb::BackfillWizard::AccountPageId; id <= nb::BackfillWizard::PreviewPageId; ++id) {
        shooter.addWindow(QStringLiteral("backfill-%1.png").arg(id), [&dialogs, id]() -> QWidget * {
            nb::BackfillWizard *wizard = dialogs.showBackfill();
            wizard->showPage(id);
            return wizard;
        });
    }
}

// Before anything else: no core dumps in release builds, and the secrets of the environment leave it
// before any child process (browser, keychain helper) could inherit them.
void hardenProcess()
{
    nb::platform::disableCoreDumps();
    nb::EnvConfig::takeProcessEnvironment();
}

} // namespace

// Tray entry point: single instance first (a second launch hands its arguments over and exits), then
// the Application composition root builds everything and runs the sync engine in this process.
int main(int argc, char *argv[])
{
    nb::PrivateFiles::applyProcessDefaults(); // before anything is written: health data is the user's alone
    hardenProcess();
    if (wantsInfoOnly(argc, argv)) {
        QCoreApplication info(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        Options().addTo(parser);
        parser.process(info); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setQuitOnLastWindowClosed(false);
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app); // exits on unknown options
    // The language before any window exists: the settings' choice, else the system's.
    nb::installTranslations(app,
                            nb::languageSetting(nb::Runtime::basePaths(parser.value(options.config)).settingsFile));

    if (parser.isSet(options.quitAfter))
        QTimer::singleShot(parser.value(options.quitAfter).toInt() * 1000, &app, &QApplication::quit);

    nb::SingleInstanceOptions instanceOptions;
    if (parser.isSet(options.instance))
        instanceOptions.name = parser.value(options.instance);
    nb::SingleInstance single(instanceOptions);
    std::unique_ptr<nb::gui::Application> application;
    std::unique_ptr<nb::gui::DialogHost> dialogs;
    std::unique_ptr<nb::gui::Screenshotter> screenshotter;

    QObject::connect(&single, &nb::SingleInstance::handedOff, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&single, &nb::SingleInstance::failed, &app, [](const nb::SyncError &error) {
        QTextStream(stderr) << error.userMessage << '\n';
        QCoreApplication::exit(1);
    });
    QObject::connect(&single, &nb::SingleInstance::becamePrimary, &app, [&] {
        nb::gui::ApplicationOptions appOptions;
        appOptions.configDir = parser.value(options.config);
        appOptions.demo = parser.isSet(options.demo);
        appOptions.verbose = parser.isSet(options.verbose);
        application = std::make_unique<nb::gui::Application>(std::move(appOptions));
        QObject::connect(&single, &nb::SingleInstance::argumentsReceived, application.get(),
                         &nb::gui::Application::handleArguments);
        dialogs = std::make_unique<nb::gui::DialogHost>(*application);
        if (parser.isSet(options.screenshot)) {
            nb::ui::TrayController *tray = application->tray();
            screenshotter = std::make_unique<nb::gui::Screenshotter>(*tray, parser.value(options.screenshot));
            // Shoot once the tray is up and every account finished its first run; else after a while.
            auto ready = [tray, status = &application->status(), shooter = screenshotter.get()] {
                bool settled = !status->readings().isEmpty() && !status->accounts().isEmpty();
                for (const nb::AccountStatus &account : status->accounts())
                    settled = settled && account.state != nb::AccountState::Syncing && account.lastAttempt.isValid();
                if (tray->isTrayShown() && settled)
                    shooter->start();
            };
            QObject::connect(tray, &nb::ui::TrayController::trayShown, screenshotter.get(), ready);
            QObject::connect(&application->status(), &nb::StatusModel::accountChanged, screenshotter.get(), ready);
            QTimer::singleShot(20000, screenshotter.get(), &nb::gui::Screenshotter::start);
            addWindowShots(*screenshotter, *dialogs, *application);
            // The shots choose their windows; the setup wizard must not cover the popup.
            QObject::disconnect(application.get(), &nb::gui::Application::firstRunRequested, dialogs.get(), nullptr);
        }
        if (auto started = application->start(); !started.ok()) {
            failToStart(started.error().userMessage,
                        !parser.isSet(options.screenshot) && !parser.isSet(options.quitAfter));
            return;
        }
        if (!parser.positionalArguments().isEmpty())
            application->handleArguments(parser.positionalArguments());
    });
    single.start(app.arguments().mid(1));
    const int code = app.exec();
    screenshotter.reset();
    dialogs.reset();
    application.reset();
    return code;
}
