#pragma once

#include "common/result.h"
#include "datasource.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace nb {

class Clock;
class CredentialStore;
class HttpClient;
class Settings;
struct AccountConfig;

namespace tandem {
struct TandemEndpoints;
}
namespace carelink {
struct CareLinkOverrides;
}

// Builds the DataSource of an account (the one place that knows every vendor; a third vendor adds a
// case here). Vendor endpoint overrides come from the settings' tandem/... and carelink/... keys.
class SourceFactory {
    Q_DECLARE_TR_FUNCTIONS(nb::SourceFactory)
public:
    struct Services {
        HttpClient &http;
        CredentialStore &store;
        const Clock &clock;
        const Settings *settings = nullptr; // overrides; null: built-in values
    };

    static Result<std::unique_ptr<DataSource>> create(const AccountConfig &account, const Services &services);

    // Every address among the vendor overrides must be https, or http to a literal loopback address (a
    // local simulator such as nightbridge-sim): a Config error naming the setting otherwise.
    static Result<void> checkEndpointOverrides(const Settings *settings);
    static bool isAllowedEndpoint(const QUrl &url);

    static tandem::TandemEndpoints tandemEndpoints(const QString &region, const Settings *settings);
    static carelink::CareLinkOverrides careLinkOverrides(const QString &region, const Settings *settings);
};

} // namespace nb
