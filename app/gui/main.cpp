#include "previewfeed.h"
#include "previewshell.h"
#include "screenshotter.h"

#include "platform/singleinstance.h"
#include "tray/traycontroller.h"

#include <QApplication>
#include <QCommandLineParser>
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
    QCommandLineOption quitAfter{QStringLiteral("quit-after"),
                                 QCoreApplication::translate("main", "Quit after SECONDS (smoke tests)."),
                                 QStringLiteral("SECONDS")};
    // Developer and OS-facing options, not for users.
    QCommandLineOption screenshot =
        hidden(QCommandLineOption(QStringLiteral("screenshot"),
                                  QStringLiteral("Save PNG screenshots to DIR, then quit."), QStringLiteral("DIR")));
    QCommandLineOption instance = hidden(QCommandLineOption(
        QStringLiteral("instance"), QStringLiteral("Single-instance name (tests)."), QStringLiteral("NAME")));
    QCommandLineOption scenario = hidden(QCommandLineOption(
        QStringLiteral("preview-scenario"), QStringLiteral("Demo preview: ok, attention, stale, empty."),
        QStringLiteral("NAME"), QStringLiteral("ok")));
    QCommandLineOption autostart = hidden(QCommandLineOption(QStringLiteral("autostart")));
    QCommandLineOption carelinkRedirect = hidden(QCommandLineOption(QStringLiteral("carelink-redirect")));

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Syncs CareLink and Tandem Source data to Nightscout from the system tray."));
        parser.addHelpOption();
        parser.addVersionOption();
        for (const QCommandLineOption &option :
             {quitAfter, screenshot, instance, scenario, autostart, carelinkRedirect})
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

} // namespace

// Tray entry point. Until the sync engine lands, the shell runs on PreviewShell (demo data); the
// `Application` composition root replaces it and keeps this file's single-instance and option handling.
int main(int argc, char *argv[])
{
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

    if (parser.isSet(options.quitAfter))
        QTimer::singleShot(parser.value(options.quitAfter).toInt() * 1000, &app, &QApplication::quit);

    nb::SingleInstanceOptions instanceOptions;
    if (parser.isSet(options.instance))
        instanceOptions.name = parser.value(options.instance);
    nb::SingleInstance single(instanceOptions);
    std::unique_ptr<nb::gui::PreviewShell> shell;
    std::unique_ptr<nb::gui::Screenshotter> screenshotter;

    QObject::connect(&single, &nb::SingleInstance::handedOff, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&single, &nb::SingleInstance::failed, &app, [](const nb::SyncError &error) {
        QTextStream(stderr) << error.userMessage << '\n';
        QCoreApplication::exit(1);
    });
    QObject::connect(&single, &nb::SingleInstance::becamePrimary, &app, [&] {
        shell = std::make_unique<nb::gui::PreviewShell>(parser.value(options.scenario));
        QObject::connect(&single, &nb::SingleInstance::argumentsReceived, shell.get(),
                         &nb::gui::PreviewShell::handleArguments);
        if (parser.isSet(options.screenshot)) {
            screenshotter = std::make_unique<nb::gui::Screenshotter>(*shell->tray(), parser.value(options.screenshot));
            // Shoot once the tray is up; without a tray, after a while (the window is shot instead).
            QObject::connect(shell->tray(), &nb::ui::TrayController::trayShown, screenshotter.get(),
                             &nb::gui::Screenshotter::start);
            QTimer::singleShot(8000, screenshotter.get(), &nb::gui::Screenshotter::start);
        }
        shell->start();
        if (!parser.positionalArguments().isEmpty())
            shell->handleArguments(parser.positionalArguments());
    });
    single.start(app.arguments().mid(1));
    const int code = app.exec();
    screenshotter.reset();
    shell.reset();
    return code;
}
