#include "autostart.h"

#include "urlschemeregistration.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace nb {

namespace {

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QString windowsPath(QString path)
{
    return path.replace(QLatin1Char('/'), QLatin1Char('\\'));
}

// Windows command-line quoting (CommandLineToArgvW rules) for one argument.
QString windowsArgument(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')) && !argument.contains(QLatin1Char('\t')) &&
        !argument.contains(QLatin1Char('"')))
        return argument;
    QString out = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"'))
            out += QString(backslashes * 2 + 1, QLatin1Char('\\'));
        else
            out += QString(backslashes, QLatin1Char('\\'));
        backslashes = 0;
        out += c;
    }
    out += QString(backslashes * 2, QLatin1Char('\\'));
    return out + QLatin1Char('"');
}

Result<QString> writeFile(const QString &directory, const QString &fileName, const QString &contents)
{
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')))
        return SyncError::make(SyncError::Kind::Config, Autostart::tr("The autostart entry has no valid name."),
                               QStringLiteral("autostart: bad file name"));
    if (!QDir().mkpath(directory))
        return SyncError::make(SyncError::Kind::Storage, Autostart::tr("Cannot create the folder %1.").arg(directory),
                               QStringLiteral("autostart: mkpath failed"));
    const QString path = QDir(directory).filePath(fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents.toUtf8()) < 0 || !file.commit())
        return SyncError::make(SyncError::Kind::Storage,
                               Autostart::tr("Cannot write %1: %2").arg(path, file.errorString()),
                               QStringLiteral("autostart: file not written"));
    return path;
}

Result<void> removeFile(const QString &directory, const QString &fileName)
{
    const QString path = QDir(directory).filePath(fileName);
    if (QFile::exists(path) && !QFile::remove(path))
        return SyncError::make(SyncError::Kind::Storage, Autostart::tr("Cannot remove %1.").arg(path),
                               QStringLiteral("autostart: file not removed"));
    return {};
}

Result<void> missingExecutable()
{
    return SyncError::make(SyncError::Kind::Config, Autostart::tr("The application path is unknown."),
                           QStringLiteral("autostart: no executable"));
}

} // namespace

QString Autostart::xdgDesktopEntry(const AutostartSpec &spec)
{
    QStringList exec{UrlSchemeRegistration::desktopExecArgument(spec.executable)};
    for (const QString &argument : spec.arguments)
        exec.append(UrlSchemeRegistration::desktopExecArgument(argument));
    QString entry = QStringLiteral("[Desktop Entry]\n"
                                   "Type=Application\n"
                                   "Name=%1\n"
                                   "Comment=%2\n"
                                   "Exec=%3\n"
                                   "Icon=%4\n"
                                   "Terminal=false\n"
                                   "StartupNotify=false\n"
                                   "X-GNOME-Autostart-enabled=true\n")
                        .arg(spec.applicationName, spec.comment, exec.join(QLatin1Char(' ')), spec.iconName);
    if (spec.delaySeconds > 0)
        entry += QStringLiteral("X-GNOME-Autostart-Delay=%1\n").arg(spec.delaySeconds);
    entry += QStringLiteral("X-KDE-autostart-after=panel\n"
                            "X-LXQt-Need-Tray=true\n");
    return entry;
}

QString Autostart::xdgAutostartDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart"));
}

QString Autostart::windowsRunKey()
{
    return QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
}

QString Autostart::windowsRunCommand(const AutostartSpec &spec)
{
    // The program path is always quoted: an unquoted path with spaces is a classic hijack vector.
    QStringList parts{QLatin1Char('"') + windowsPath(spec.executable) + QLatin1Char('"')};
    for (const QString &argument : spec.arguments)
        parts.append(windowsArgument(argument));
    return parts.join(QLatin1Char(' '));
}

QString Autostart::launchAgentPlist(const AutostartSpec &spec)
{
    QString arguments = QStringLiteral("        <string>%1</string>\n").arg(xmlEscaped(spec.executable));
    for (const QString &argument : spec.arguments)
        arguments += QStringLiteral("        <string>%1</string>\n").arg(xmlEscaped(argument));
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "%2"
                          "    </array>\n"
                          "    <key>RunAtLoad</key>\n"
                          "    <true/>\n"
                          "    <key>ProcessType</key>\n"
                          "    <string>Interactive</string>\n"
                          "    <key>LimitLoadToSessionType</key>\n"
                          "    <string>Aqua</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(xmlEscaped(spec.launchAgentLabel), arguments);
}

QString Autostart::launchAgentsDirectory()
{
    return QDir::home().filePath(QStringLiteral("Library/LaunchAgents"));
}

Result<QString> Autostart::writeXdgEntry(const AutostartSpec &spec, const QString &directory)
{
    if (spec.executable.isEmpty())
        return missingExecutable().error();
    return writeFile(directory, spec.desktopFileName, xdgDesktopEntry(spec));
}

Result<void> Autostart::removeXdgEntry(const AutostartSpec &spec, const QString &directory)
{
    return removeFile(directory, spec.desktopFileName);
}

bool Autostart::isXdgEntryEnabled(const AutostartSpec &spec, const QString &directory)
{
    QFile file(QDir(directory).filePath(spec.desktopFileName));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.compare(QLatin1String("Hidden=true"), Qt::CaseInsensitive) == 0 ||
            line.compare(QLatin1String("X-GNOME-Autostart-enabled=false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

Result<QString> Autostart::writeLaunchAgent(const AutostartSpec &spec, const QString &directory)
{
    if (spec.executable.isEmpty())
        return missingExecutable().error();
    return writeFile(directory, launchAgentFileName(spec), launchAgentPlist(spec));
}

Result<void> Autostart::removeLaunchAgent(const AutostartSpec &spec, const QString &directory)
{
    return removeFile(directory, launchAgentFileName(spec));
}

Result<void> Autostart::setEnabled(const AutostartSpec &spec, bool enabled)
{
#if defined(Q_OS_WIN)
    QSettings run(windowsRunKey(), QSettings::NativeFormat);
    if (enabled) {
        if (spec.executable.isEmpty())
            return missingExecutable();
        run.setValue(windowsRunValueName(spec), windowsRunCommand(spec));
    } else {
        run.remove(windowsRunValueName(spec));
    }
    run.sync();
    if (run.status() != QSettings::NoError)
        return SyncError::make(SyncError::Kind::Storage, tr("Cannot change the Windows start-up entry."),
                               QStringLiteral("autostart: registry write failed"));
    return {};
#elif defined(Q_OS_MACOS)
    if (!enabled)
        return removeLaunchAgent(spec, launchAgentsDirectory());
    const Result<QString> written = writeLaunchAgent(spec, launchAgentsDirectory());
    if (!written)
        return written.error();
    return {};
#else
    if (!enabled)
        return removeXdgEntry(spec, xdgAutostartDirectory());
    const Result<QString> written = writeXdgEntry(spec, xdgAutostartDirectory());
    if (!written)
        return written.error();
    return {};
#endif
}

bool Autostart::isEnabled(const AutostartSpec &spec)
{
#if defined(Q_OS_WIN)
    const QSettings run(windowsRunKey(), QSettings::NativeFormat);
    return run.contains(windowsRunValueName(spec));
#elif defined(Q_OS_MACOS)
    return QFile::exists(QDir(launchAgentsDirectory()).filePath(launchAgentFileName(spec)));
#else
    return isXdgEntryEnabled(spec, xdgAutostartDirectory());
#endif
}

QString Autostart::currentExecutable()
{
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty())
        return appImage;
    return QCoreApplication::applicationFilePath();
}

} // namespace nb
