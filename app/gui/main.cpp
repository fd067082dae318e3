#include "dialogs/aboutdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

// Minimal tray entry point (the full Application composition root arrives with the desktop shell).
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Nightbridge"));
    QApplication::setApplicationName(QStringLiteral("Nightbridge"));
    QApplication::setApplicationVersion(QStringLiteral(NIGHTBRIDGE_VERSION));
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Syncs CareLink and Tandem Source data to Nightscout from the system tray."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       QApplication::translate("main", "Quit after SECONDS (smoke tests)."),
                                       QStringLiteral("SECONDS"));
    parser.addOption(quitAfter);
    parser.process(app); // exits for --help / --version

    QSystemTrayIcon tray(QIcon::fromTheme(QStringLiteral("appointment-soon")), &app);
    QMenu menu;
    nb::ui::AboutDialog about;
    menu.addAction(QApplication::translate("main", "About Nightbridge"), &about, &QDialog::show);
    menu.addSeparator();
    menu.addAction(QApplication::translate("main", "Quit"), &app, &QApplication::quit);
    tray.setContextMenu(&menu);
    tray.setToolTip(QStringLiteral("Nightbridge"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray.show();
    } else {
        // No tray (yet): show the window so the app is not invisible; quitting closes it.
        QApplication::setQuitOnLastWindowClosed(true);
        about.show();
    }

    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt() * 1000, &app, &QApplication::quit);
    return app.exec();
}
