#include "demomode.h"

#include "fakeworld.h"
#include "net/httpclient.h"
#include "revealingsource.h"
#include "sources/carelink/carelinkauth.h"
#include "sources/carelink/carelinkdiscovery.h"
#include "sources/carelink/carelinksource.h"
#include "sources/tandem/tandemsource.h"

#include <QPointer>

namespace nb {

DemoMode::DemoMode(const Clock &clock, HttpClient &http, CredentialStore &memoryStore, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_http(http)
    , m_store(memoryStore)
{}

DemoMode::~DemoMode() = default;

Result<void> DemoMode::start()
{
    sim::FakeWorld::Options options;
    options.tandemHistoryDays = 2;
    options.nightscoutSites = 1;
    m_world = std::make_unique<sim::FakeWorld>(m_clock, options);
    if (!m_world->start())
        return SyncError::make(
            SyncError::Kind::Network,
            QCoreApplication::translate("nb::DemoMode", "The demo could not start its built-in services."),
            QStringLiteral("demo: cannot listen on loopback"));
    // The history advances when a demo source is asked (RevealingSource), not on a timer: an idle demo
    // process does not wake up.
    return {};
}

void DemoMode::prepare(std::function<void(const Result<void> &)> done)
{
    carelink::CareLinkOverrides overrides;
    overrides.discoveryUrl = m_world->careLinkDiscovery();
    m_discovery = std::make_unique<carelink::CareLinkDiscovery>(m_http);
    m_discovery->resolve(QStringLiteral("DE"), overrides, this, [this, done](const carelink::ServiceConfig &config) {
        m_signIn =
            std::make_unique<carelink::CareLinkAuth>(m_http, m_store, m_clock, QStringLiteral("demo-carelink"), config);
        const QUrl redirect = m_world->careLink().approve(m_signIn->beginSignIn(), sim::FakeWorld::careLinkUser());
        m_signIn->completeSignIn(redirect, this, [done](const Result<void> &r) { done(r); });
    });
}

QList<AccountConfig> DemoMode::accounts() const
{
    AccountConfig tandem;
    tandem.id = QStringLiteral("demo-tandem");
    tandem.vendor = AccountVendor::Tandem;
    tandem.name = QStringLiteral("Demo Tandem pump");
    tandem.timezone = QStringLiteral("America/New_York");
    tandem.features = QStringLiteral("BASAL,BOLUS,PUMP_EVENTS,PROFILES,CGM,DEVICE_STATUS");
    tandem.initialDays = 1;
    AccountConfig careLink;
    careLink.id = QStringLiteral("demo-carelink");
    careLink.vendor = AccountVendor::CareLink;
    careLink.name = QStringLiteral("Demo CareLink 780G");
    careLink.country = QStringLiteral("DE");
    careLink.initialDays = 1;
    return {careLink, tandem};
}

Result<std::unique_ptr<DataSource>> DemoMode::createSource(const AccountConfig &account)
{
    if (account.vendor == AccountVendor::Tandem) {
        tandem::TandemSource::Config c;
        c.accountId = account.id;
        c.endpoints = tandem::TandemEndpoints::onBase(m_world->tandemBase(), sim::FakeWorld::tandemClientId());
        c.email = sim::FakeWorld::tandemEmail();
        c.password = Secret(sim::FakeWorld::tandemPassword());
        c.zone = QTimeZone(account.timezone.toUtf8());
        auto features = tandem::parseFeatures(account.features);
        if (features.ok())
            c.features = features.value();
        return revealing(std::make_unique<tandem::TandemSource>(m_http, m_store, m_clock, c));
    }
    carelink::CareLinkSource::Config c;
    c.accountId = account.id;
    c.country = account.country;
    c.overrides.discoveryUrl = m_world->careLinkDiscovery();
    return revealing(std::make_unique<carelink::CareLinkSource>(m_http, m_store, m_clock, c));
}

std::unique_ptr<DataSource> DemoMode::revealing(std::unique_ptr<DataSource> source)
{
    QPointer<sim::FakeWorld> world(m_world.get());
    return std::make_unique<RevealingSource>(std::move(source), [world] {
        if (world)
            world->reveal();
    });
}

ns::NsClientConfig DemoMode::nightscoutConfig() const
{
    ns::NsClientConfig config;
    if (!m_world || m_world->nightscoutSites() == 0)
        return config;
    config.baseUrl = m_world->nightscout(0).baseUrl();
    config.credentials = ns::NsCredentials::apiSecret(Secret(m_world->nightscout(0).options().apiSecret));
    return config;
}

} // namespace nb
