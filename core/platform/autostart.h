#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nb {

// What to start at login.
struct AutostartSpec {
    QString executable; // absolute path; see Autostart::currentExecutable()
    QStringList arguments = {QStringLiteral("--autostart")};
    QString applicationName = QStringLiteral("Nightbridge");
    QString comment = QStringLiteral("Sync CareLink and Tandem Source data to Nightscout");
    QString iconName = QStringLiteral("nightbridge");
    QString desktopFileName = QStringLiteral("nightbridge.desktop");
    QString launchAgentLabel = QStringLiteral("org.nightbridge.nightbridge");
    // Desktops start autostart entries in parallel with the panel; a tray app started before the panel
    // finds no tray. The entry asks the session to wait (GNOME delay, KDE/LXQt "after the panel").
    int delaySeconds = 5;
};

// "Start at login" for each OS. The entries are pure functions of the spec (tested on every platform);
// the functions that write touch only the directory they are given, or (Windows) one value under HKCU.
//  - Linux: $XDG_CONFIG_HOME/autostart/<desktopFileName> (XDG Autostart specification)
//  - Windows: HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run, value <applicationName>
//  - macOS: ~/Library/LaunchAgents/<label>.plist (read by launchd at the next login)
class Autostart {
    Q_DECLARE_TR_FUNCTIONS(Autostart)
public:
    // Linux
    static QString xdgDesktopEntry(const AutostartSpec &spec);
    static QString xdgAutostartDirectory(); // $XDG_CONFIG_HOME/autostart, default ~/.config/autostart

    // Windows
    static QString windowsRunKey(); // full HKCU path
    static QString windowsRunValueName(const AutostartSpec &spec) { return spec.applicationName; }
    static QString windowsRunCommand(const AutostartSpec &spec); // "C:\...\nightbridge.exe" --autostart

    // macOS
    static QString launchAgentPlist(const AutostartSpec &spec);
    static QString launchAgentFileName(const AutostartSpec &spec)
    {
        return spec.launchAgentLabel + QStringLiteral(".plist");
    }
    static QString launchAgentsDirectory(); // ~/Library/LaunchAgents

    // File-based entries (Linux .desktop, macOS plist), written atomically into `directory`.
    static Result<QString> writeXdgEntry(const AutostartSpec &spec, const QString &directory);
    static Result<void> removeXdgEntry(const AutostartSpec &spec, const QString &directory);
    // Present and not switched off by the desktop's own settings (Hidden=true or
    // X-GNOME-Autostart-enabled=false, which is how session managers disable an entry).
    static bool isXdgEntryEnabled(const AutostartSpec &spec, const QString &directory);
    static Result<QString> writeLaunchAgent(const AutostartSpec &spec, const QString &directory);
    static Result<void> removeLaunchAgent(const AutostartSpec &spec, const QString &directory);

    // The running platform with its default location (what the settings toggle calls).
    static Result<void> setEnabled(const AutostartSpec &spec, bool enabled);
    static bool isEnabled(const AutostartSpec &spec);
    // The path to start: the AppImage itself when run from one (its mount point changes every run).
    static QString currentExecutable();
};

} // namespace nb
