#include "platform/autostart.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using nb::Autostart;
using nb::AutostartSpec;

namespace {
AutostartSpec linuxSpec()
{
    AutostartSpec spec;
    spec.executable = QStringLiteral("/opt/Night Bridge/bin/nightbridge");
    return spec;
}

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

class TestAutostart : public QObject {
    Q_OBJECT
private slots:
    void desktopEntryHasTrayReadyHints()
    {
        const QString entry = Autostart::xdgDesktopEntry(linuxSpec());
        const QStringList lines = entry.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("[Desktop Entry]"));
        QVERIFY(lines.contains(QStringLiteral("Type=Application")));
        QVERIFY(lines.contains(QStringLiteral("Name=Nightbridge")));
        // Quoted because of the space (Desktop Entry Specification), then the autostart flag.
        QVERIFY(lines.contains(QStringLiteral("Exec=\"/opt/Night Bridge/bin/nightbridge\" --autostart")));
        QVERIFY(lines.contains(QStringLiteral("X-GNOME-Autostart-enabled=true")));
        QVERIFY(lines.contains(QStringLiteral("X-GNOME-Autostart-Delay=5")));
        QVERIFY(lines.contains(QStringLiteral("X-KDE-autostart-after=panel")));
        QVERIFY(lines.contains(QStringLiteral("X-LXQt-Need-Tray=true")));
        QVERIFY(lines.contains(QStringLiteral("Terminal=false")));
        QVERIFY(entry.endsWith(QLatin1Char('\n')));

        AutostartSpec noDelay = linuxSpec();
        noDelay.delaySeconds = 0;
        QVERIFY(!Autostart::xdgDesktopEntry(noDelay).contains(QStringLiteral("X-GNOME-Autostart-Delay")));
    }

    void desktopEntryEscapesPercentSigns()
    {
        AutostartSpec spec = linuxSpec();
        spec.executable = QStringLiteral("/home/u/100%/nightbridge");
        QVERIFY(
            Autostart::xdgDesktopEntry(spec).contains(QStringLiteral("Exec=/home/u/100%%/nightbridge --autostart")));
    }

    void writesAndRemovesTheLinuxEntry()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString autostartDir = dir.filePath(QStringLiteral("config/autostart")); // created on demand
        const AutostartSpec spec = linuxSpec();
        QVERIFY(!Autostart::isXdgEntryEnabled(spec, autostartDir));
        const nb::Result<QString> written = Autostart::writeXdgEntry(spec, autostartDir);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().detail));
        QCOMPARE(written.value(), autostartDir + QStringLiteral("/nightbridge.desktop"));
        QCOMPARE(readAll(written.value()), Autostart::xdgDesktopEntry(spec));
        QVERIFY(Autostart::isXdgEntryEnabled(spec, autostartDir));
        // writing again replaces, never duplicates
        QVERIFY(Autostart::writeXdgEntry(spec, autostartDir).ok());
        QCOMPARE(QDir(autostartDir).entryList(QDir::Files).size(), 1);

        QVERIFY(Autostart::removeXdgEntry(spec, autostartDir).ok());
        QVERIFY(!QFile::exists(written.value()));
        QVERIFY(!Autostart::isXdgEntryEnabled(spec, autostartDir));
        QVERIFY(Autostart::removeXdgEntry(spec, autostartDir).ok()); // removing twice is fine
    }

    void anEntryDisabledByTheDesktopCountsAsOff()
    {
        QTemporaryDir dir;
        const AutostartSpec spec = linuxSpec();
        QVERIFY(Autostart::writeXdgEntry(spec, dir.path()).ok());
        QFile f(dir.filePath(spec.desktopFileName));
        QVERIFY(f.open(QIODevice::Append));
        f.write("Hidden=true\n");
        f.close();
        QVERIFY(!Autostart::isXdgEntryEnabled(spec, dir.path()));
    }

    void refusesWithoutAnExecutableOrInAnUnwritablePlace()
    {
        QTemporaryDir dir;
        AutostartSpec spec;
        const nb::Result<QString> missing = Autostart::writeXdgEntry(spec, dir.path());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, nb::SyncError::Kind::Config);
        QVERIFY(!missing.error().userMessage.isEmpty());

        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const nb::Result<QString> blocked = Autostart::writeXdgEntry(linuxSpec(), blocker.fileName());
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().kind, nb::SyncError::Kind::Storage);
    }

    void windowsRunEntry()
    {
        AutostartSpec spec;
        spec.executable = QStringLiteral("C:/Program Files/Nightbridge/nightbridge.exe");
        QCOMPARE(Autostart::windowsRunKey(),
                 QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"));
        QCOMPARE(Autostart::windowsRunValueName(spec), QStringLiteral("Nightbridge"));
        QCOMPARE(Autostart::windowsRunCommand(spec),
                 QStringLiteral("\"C:\\Program Files\\Nightbridge\\nightbridge.exe\" --autostart"));
        spec.arguments = {QStringLiteral("--profile"), QStringLiteral("my data"), QStringLiteral("say \"hi\""),
                          QStringLiteral("C:\\dir\\")};
        QCOMPARE(Autostart::windowsRunCommand(spec),
                 QStringLiteral("\"C:\\Program Files\\Nightbridge\\nightbridge.exe\" --profile \"my data\" "
                                "\"say \\\"hi\\\"\" C:\\dir\\"));
        spec.arguments = {QStringLiteral("a dir\\")}; // a trailing backslash before the closing quote is doubled
        QVERIFY(Autostart::windowsRunCommand(spec).endsWith(QStringLiteral(" \"a dir\\\\\"")));
    }

    void macLaunchAgent()
    {
        AutostartSpec spec;
        spec.executable = QStringLiteral("/Applications/Nightbridge & Co.app/Contents/MacOS/nightbridge");
        QCOMPARE(Autostart::launchAgentFileName(spec), QStringLiteral("org.nightbridge.nightbridge.plist"));
        const QString plist = Autostart::launchAgentPlist(spec);
        // Well-formed XML with the expected keys and values, in order.
        QXmlStreamReader xml(plist);
        QStringList keys;
        QStringList strings;
        bool runAtLoad = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("key"))
                keys << xml.readElementText();
            else if (xml.name() == QLatin1String("string"))
                strings << xml.readElementText();
            else if (xml.name() == QLatin1String("true"))
                runAtLoad = keys.last() == QLatin1String("RunAtLoad");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("Label"), QStringLiteral("ProgramArguments"), QStringLiteral("RunAtLoad"),
                              QStringLiteral("ProcessType"), QStringLiteral("LimitLoadToSessionType")}));
        QCOMPARE(strings,
                 (QStringList{QStringLiteral("org.nightbridge.nightbridge"), spec.executable,
                              QStringLiteral("--autostart"), QStringLiteral("Interactive"), QStringLiteral("Aqua")}));
        QVERIFY(runAtLoad);
    }

    void writesAndRemovesALaunchAgentInAGivenDirectory()
    {
        QTemporaryDir dir;
        AutostartSpec spec;
        spec.executable = QStringLiteral("/Applications/Nightbridge.app/Contents/MacOS/nightbridge");
        const nb::Result<QString> written = Autostart::writeLaunchAgent(spec, dir.path());
        QVERIFY(written.ok());
        QCOMPARE(readAll(written.value()), Autostart::launchAgentPlist(spec));
        QVERIFY(Autostart::removeLaunchAgent(spec, dir.path()).ok());
        QVERIFY(!QFile::exists(written.value()));
    }

    void defaultLinuxDirectoryFollowsXdgConfigHome()
    {
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        QCOMPARE(Autostart::xdgAutostartDirectory(), dir.filePath(QStringLiteral("autostart")));
        qunsetenv("XDG_CONFIG_HOME");
    }

    void appImageIsStartedAsItself()
    {
        qputenv("APPIMAGE", "/home/u/Nightbridge-x86_64.AppImage");
        QCOMPARE(Autostart::currentExecutable(), QStringLiteral("/home/u/Nightbridge-x86_64.AppImage"));
        qunsetenv("APPIMAGE");
        QCOMPARE(Autostart::currentExecutable(), QCoreApplication::applicationFilePath());
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
