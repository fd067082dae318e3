#pragma once

#include "common/result.h"
#include "nightscout/nsclientconfig.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace nb {
class CredentialStore;
class Settings;
} // namespace nb

namespace nb::setup {

// The shared Nightscout site as the settings and the credential store describe it (address from
// nightscout/url, secret or token from "nightscout/default/..."), for the checks the settings pages run
// against the saved configuration. Asynchronous because the store is.
class NightscoutSite {
    Q_DECLARE_TR_FUNCTIONS(nb::setup::NightscoutSite)
public:
    using Callback = std::function<void(const Result<ns::NsClientConfig> &)>;

    static QString defaultSiteId() { return QStringLiteral("default"); }

    // Config error when no address is set or it is not usable; no stored secret gives anonymous
    // credentials (reads may still work).
    static void load(Settings &settings, CredentialStore &store, QObject *context, Callback done);
};

} // namespace nb::setup
