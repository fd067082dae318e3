#pragma once

#include "carelinkendpoints.h"

#include <QObject>

#include <functional>

namespace nb {
class HttpClient;
}

namespace nb::carelink {

// Finds where an account signs in and where its data is: discovery (android/3.6) -> the region for the
// account's country -> the SSO configuration the entry names (UseSSOConfiguration) -> ServiceConfig.
// Whatever fails (network, an unknown shape, no Auth0 entry), the built-in table for the region is used
// instead, with the reason logged and kept in ServiceConfig::source. Overrides apply last.
class CareLinkDiscovery : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const ServiceConfig &)>;

    explicit CareLinkDiscovery(HttpClient &http, QObject *parent = nullptr);

    // country: ISO 3166 alpha-2 of the CareLink account (the patient's country).
    void resolve(const QString &country, const CareLinkOverrides &overrides, QObject *context, Callback callback);

private:
    HttpClient &m_http;
};

} // namespace nb::carelink
