#pragma once

#include "common/result.h"
#include "nightscout/nsclientconfig.h"
#include "sources/datasource.h"
#include "sync/accountconfig.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

namespace nb {
class Clock;
class CredentialStore;
class HttpClient;
namespace sim {
class FakeWorld;
}
namespace carelink {
class CareLinkAuth;
class CareLinkDiscovery;
} // namespace carelink

// Demo mode (`--demo`, CLI and GUI): the real engine against in-process fake CareLink and Tandem
// services whose history is deterministic (a restart regenerates the same past, so identifiers match)
// and advances in real time. Uploads go only to the in-process fake Nightscout it starts, never to a
// configured site (simulated data there would reach phones, watches and closed loops). Never touches a
// real vendor account: the demo accounts exist only here and their secrets only in the memory store given.
class DemoMode : public QObject {
    Q_OBJECT
public:
    DemoMode(const Clock &clock, HttpClient &http, CredentialStore &memoryStore, QObject *parent = nullptr);
    ~DemoMode() override;

    // Starts the fakes, the fake Nightscout included.
    Result<void> start();
    // Signs the demo CareLink account in, as a browser would (once per process).
    void prepare(std::function<void(const Result<void> &)> done);

    QList<AccountConfig> accounts() const; // "demo-tandem", "demo-carelink"
    Result<std::unique_ptr<DataSource>> createSource(const AccountConfig &account);
    ns::NsClientConfig nightscoutConfig() const; // the in-process fake's; empty before start()
    sim::FakeWorld &world() { return *m_world; }

private:
    std::unique_ptr<DataSource> revealing(std::unique_ptr<DataSource> source);

    const Clock &m_clock;
    HttpClient &m_http;
    CredentialStore &m_store;
    std::unique_ptr<sim::FakeWorld> m_world;
    std::unique_ptr<carelink::CareLinkDiscovery> m_discovery;
    std::unique_ptr<carelink::CareLinkAuth> m_signIn;
};

} // namespace nb
