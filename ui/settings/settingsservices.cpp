#include "settingsservices.h"

#include "common/privatefiles.h"
#include "platform/autostart.h"

#include <QDesktopServices>

namespace nb::ui {

namespace {
AutostartSpec autostartSpec()
{
    AutostartSpec spec;
    spec.executable = Autostart::currentExecutable();
    return spec;
}
} // namespace

SettingsServices::SettingsServices(Settings &settings, CredentialStore &credentials, HttpClient &http,
                                   const Clock &clock, AppPaths paths)
    : settings(settings)
    , credentials(credentials)
    , http(http)
    , clock(clock)
    , paths(std::move(paths))
{}

bool SettingsServices::open(const QUrl &url) const
{
    if (openUrl)
        return openUrl(url);
    const PrivateFiles::ForChildProcess userDefaults; // the browser must not inherit umask 077
    return QDesktopServices::openUrl(url);
}

Result<void> SettingsServices::applyAutostart(bool enabled) const
{
    return setAutostart ? setAutostart(enabled) : Autostart::setEnabled(autostartSpec(), enabled);
}

bool SettingsServices::isAutostartEnabled() const
{
    return autostartEnabled ? autostartEnabled() : Autostart::isEnabled(autostartSpec());
}

} // namespace nb::ui
