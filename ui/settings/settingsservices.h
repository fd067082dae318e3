#pragma once

#include "common/result.h"
#include "sync/apppaths.h"

#include <QUrl>

#include <functional>

namespace nb {
class Clock;
class CredentialStore;
class HttpClient;
class Settings;
} // namespace nb

namespace nb::ui {

// What the settings pages work with, handed in by the composition root (Application) or a test. The
// platform hooks default to the real thing when empty (system browser / file manager, start at login);
// tests set them so nothing outside the test's own directories is touched.
struct SettingsServices {
    SettingsServices(Settings &settings, CredentialStore &credentials, HttpClient &http, const Clock &clock,
                     AppPaths paths);

    Settings &settings;
    CredentialStore &credentials;
    HttpClient &http;
    const Clock &clock;
    AppPaths paths;

    std::function<bool(const QUrl &)> openUrl;      // empty: QDesktopServices::openUrl
    std::function<Result<void>(bool)> setAutostart; // empty: Autostart::setEnabled for this executable
    std::function<bool()> autostartEnabled;         // empty: Autostart::isEnabled

    bool open(const QUrl &url) const;
    Result<void> applyAutostart(bool enabled) const;
    bool isAutostartEnabled() const;
};

} // namespace nb::ui
