#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace nb {

// What to register: Nightbridge as the handler of a private-use URL scheme (RFC 8252 §7.1), here
// com.medtronic.carepartner, so the browser hands CareLink's sign-in redirect to us.
struct UrlSchemeSpec {
    QString scheme = QStringLiteral("com.medtronic.carepartner");
    QString executable;                                              // absolute path of the app
    QStringList arguments = {QStringLiteral("--carelink-redirect")}; // given before the URL
    QString applicationName = QStringLiteral("Nightbridge");
    QString desktopFileName = QStringLiteral("nightbridge-carelink-redirect.desktop");
    QString bundleUrlName = QStringLiteral("org.nightbridge.carelink-redirect");
    QString iconName = QStringLiteral("nightbridge");
};

// The registration for each platform, as pure functions of the spec (testable anywhere); the few
// functions that touch the system write only where they are told to.
//  - Linux: a .desktop file with MimeType=x-scheme-handler/<scheme>, made the default with
//    `xdg-mime default <file> x-scheme-handler/<scheme>` (or the mimeapps.list line it writes);
//  - Windows: HKCU\Software\Classes\<scheme> with "URL Protocol" and shell\open\command;
//  - macOS: CFBundleURLTypes in the bundle's Info.plist (registered by Launch Services on install).
class UrlSchemeRegistration {
    Q_DECLARE_TR_FUNCTIONS(UrlSchemeRegistration)
public:
    // Linux
    static QString desktopEntry(const UrlSchemeSpec &spec);
    static QStringList xdgMimeCommand(const UrlSchemeSpec &spec); // program first
    static QString mergeMimeAppsList(const QString &existing, const UrlSchemeSpec &spec);
    // Writes desktopEntry() to <applicationsDir>/<desktopFileName> (atomically); returns the path.
    static Result<QString> writeDesktopFile(const UrlSchemeSpec &spec, const QString &applicationsDir);

    // Windows: values under HKEY_CURRENT_USER\Software\Classes; an empty name is the key's default value.
    struct RegistryValue {
        QString key;
        QString name;
        QString value;
    };
    static QList<RegistryValue> windowsRegistryValues(const UrlSchemeSpec &spec);
    static QString windowsRegFile(const UrlSchemeSpec &spec);            // the same as a .reg file (for support)
    static Result<void> applyWindowsRegistry(const UrlSchemeSpec &spec); // Config error elsewhere than Windows

    // macOS
    static QString macBundleUrlTypes(const UrlSchemeSpec &spec); // <key>CFBundleURLTypes</key><array>...</array>

    // The redirect among a second launch's arguments (how the OS hands it over), if any.
    static std::optional<QUrl> redirectFromArguments(const QStringList &arguments, const QString &scheme);

    // The Exec= form of one argument (Desktop Entry Specification: quoting and %% for a literal %).
    static QString desktopExecArgument(const QString &argument);
};

} // namespace nb
