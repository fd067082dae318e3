#include "urlschemeregistration.h"

#include <QDir>
#include <QSaveFile>
#include <QSettings>

namespace nb {

namespace {

// Backslashes whatever the build platform: the values are for Windows (and are generated on Linux in tests).
QString windowsPath(QString path)
{
    return path.replace(QLatin1Char('/'), QLatin1Char('\\'));
}

QString windowsQuoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString windowsCommand(const UrlSchemeSpec &spec)
{
    QStringList parts{windowsQuoted(windowsPath(spec.executable))};
    parts += spec.arguments;
    // "--": whatever the browser hands over as %1 is the URL, never an option (a crafted link cannot
    // smuggle in --config or other switches through quotes in the URL).
    parts.append(QStringLiteral("--"));
    parts.append(QStringLiteral("\"%1\""));
    return parts.join(QLatin1Char(' '));
}

QString regEscaped(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return out;
}

} // namespace

QString UrlSchemeRegistration::desktopExecArgument(const QString &argument)
{
    QString escaped = argument;
    escaped.replace(QLatin1Char('%'), QLatin1String("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = escaped.isEmpty();
    for (const QChar c : escaped)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return escaped;
    QString quoted;
    for (const QChar c : escaped) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString UrlSchemeRegistration::desktopEntry(const UrlSchemeSpec &spec)
{
    QStringList exec{desktopExecArgument(spec.executable)};
    for (const QString &argument : spec.arguments)
        exec.append(desktopExecArgument(argument));
    exec.append(QStringLiteral("%u"));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=%1 (CareLink sign-in)\n"
                          "Comment=Receives the CareLink sign-in in %1\n"
                          "Exec=%2\n"
                          "Icon=%3\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "MimeType=x-scheme-handler/%4;\n")
        .arg(spec.applicationName, exec.join(QLatin1Char(' ')), spec.iconName, spec.scheme);
}

QStringList UrlSchemeRegistration::xdgMimeCommand(const UrlSchemeSpec &spec)
{
    return {QStringLiteral("xdg-mime"), QStringLiteral("default"), spec.desktopFileName,
            QStringLiteral("x-scheme-handler/") + spec.scheme};
}

QString UrlSchemeRegistration::mergeMimeAppsList(const QString &existing, const UrlSchemeSpec &spec)
{
    const QString key = QStringLiteral("x-scheme-handler/") + spec.scheme;
    const QString line = key + QLatin1Char('=') + spec.desktopFileName + QLatin1Char(';');
    QStringList lines = existing.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    qsizetype section = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == QLatin1String("[Default Applications]")) {
            section = i;
            break;
        }
    }
    if (section < 0) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(QStringLiteral("[Default Applications]"));
        lines.append(line);
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    qsizetype end = section + 1;
    while (end < lines.size() && !lines.at(end).trimmed().startsWith(QLatin1Char('[')))
        ++end;
    for (qsizetype i = section + 1; i < end; ++i) {
        if (lines.at(i).trimmed().startsWith(key + QLatin1Char('='))) {
            lines[i] = line; // we are the handler now, replacing whoever was
            return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
    }
    qsizetype insertAt = end;
    while (insertAt > section + 1 && lines.at(insertAt - 1).trimmed().isEmpty())
        --insertAt;
    lines.insert(insertAt, line);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<QString> UrlSchemeRegistration::writeDesktopFile(const UrlSchemeSpec &spec, const QString &applicationsDir)
{
    if (spec.executable.isEmpty() || spec.desktopFileName.contains(QLatin1Char('/')))
        return SyncError::make(SyncError::Kind::Config, tr("The application path is unknown."),
                               QStringLiteral("url scheme: no executable or a bad desktop file name"));
    if (!QDir().mkpath(applicationsDir))
        return SyncError::make(SyncError::Kind::Storage, tr("Cannot create the folder %1.").arg(applicationsDir),
                               QStringLiteral("url scheme: mkpath failed"));
    const QString path = QDir(applicationsDir).filePath(spec.desktopFileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(desktopEntry(spec).toUtf8()) < 0 || !file.commit())
        return SyncError::make(SyncError::Kind::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()),
                               QStringLiteral("url scheme: desktop file not written"));
    return path;
}

QList<UrlSchemeRegistration::RegistryValue> UrlSchemeRegistration::windowsRegistryValues(const UrlSchemeSpec &spec)
{
    const QString key = spec.scheme;
    return {
        {key, QString(), QStringLiteral("URL:%1 CareLink sign-in").arg(spec.applicationName)},
        {key, QStringLiteral("URL Protocol"), QString()},
        {key + QStringLiteral("\\DefaultIcon"), QString(),
         windowsQuoted(windowsPath(spec.executable)) + QStringLiteral(",0")},
        {key + QStringLiteral("\\shell\\open\\command"), QString(), windowsCommand(spec)},
    };
}

QString UrlSchemeRegistration::windowsRegFile(const UrlSchemeSpec &spec)
{
    QString out = QStringLiteral("Windows Registry Editor Version 5.00\r\n");
    QString currentKey;
    for (const RegistryValue &v : windowsRegistryValues(spec)) {
        if (v.key != currentKey) {
            out += QStringLiteral("\r\n[HKEY_CURRENT_USER\\Software\\Classes\\%1]\r\n").arg(v.key);
            currentKey = v.key;
        }
        out += (v.name.isEmpty() ? QStringLiteral("@") : QLatin1Char('"') + regEscaped(v.name) + QLatin1Char('"')) +
               QStringLiteral("=\"") + regEscaped(v.value) + QStringLiteral("\"\r\n");
    }
    return out;
}

Result<void> UrlSchemeRegistration::applyWindowsRegistry(const UrlSchemeSpec &spec)
{
#ifdef Q_OS_WIN
    QSettings classes(QStringLiteral("HKEY_CURRENT_USER\\Software\\Classes"), QSettings::NativeFormat);
    for (const RegistryValue &v : windowsRegistryValues(spec)) {
        QString key = v.key;
        key.replace(QLatin1Char('\\'), QLatin1Char('/'));
        classes.setValue(key + QLatin1Char('/') + (v.name.isEmpty() ? QStringLiteral("Default") : v.name), v.value);
    }
    classes.sync();
    if (classes.status() != QSettings::NoError)
        return SyncError::make(SyncError::Kind::Storage, tr("Cannot register Nightbridge for the CareLink sign-in."),
                               QStringLiteral("url scheme: registry write failed"));
    return {};
#else
    Q_UNUSED(spec)
    return SyncError::make(SyncError::Kind::Config, tr("This registration is for Windows only."),
                           QStringLiteral("url scheme: registry on a non-Windows system"));
#endif
}

QString UrlSchemeRegistration::macBundleUrlTypes(const UrlSchemeSpec &spec)
{
    return QStringLiteral("<key>CFBundleURLTypes</key>\n"
                          "<array>\n"
                          "    <dict>\n"
                          "        <key>CFBundleURLName</key>\n"
                          "        <string>%1</string>\n"
                          "        <key>CFBundleTypeRole</key>\n"
                          "        <string>Viewer</string>\n"
                          "        <key>CFBundleURLSchemes</key>\n"
                          "        <array>\n"
                          "            <string>%2</string>\n"
                          "        </array>\n"
                          "    </dict>\n"
                          "</array>\n")
        .arg(spec.bundleUrlName.toHtmlEscaped(), spec.scheme.toHtmlEscaped());
}

std::optional<QUrl> UrlSchemeRegistration::redirectFromArguments(const QStringList &arguments, const QString &scheme)
{
    const QString prefix = scheme + QLatin1Char(':');
    for (const QString &argument : arguments) {
        if (argument.startsWith(prefix, Qt::CaseInsensitive)) {
            const QUrl url(argument, QUrl::StrictMode);
            if (url.isValid())
                return url;
        }
    }
    return std::nullopt;
}

} // namespace nb
