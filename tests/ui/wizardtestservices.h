#pragma once

#include "backfillservices.h"
#include "credentials/memorycredentialstore.h"
#include "demo/demomode.h"
#include "fakeworld.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "state/statestore.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace nb::test {

// BackfillServices over demo mode: the deterministic fake Tandem and CareLink services and the demo's own
// fake Nightscout, on a manual clock, with state and outboxes in a temporary directory.
class DemoBackfillServices final : public BackfillServices {
public:
    explicit DemoBackfillServices(ManualClock &clock)
        : m_clock(clock)
        , m_http(clock)
        , m_demo(clock, m_http, m_store)
    {}

    bool start(int historyDays)
    {
        if (!m_dir.isValid() || !m_demo.start().ok())
            return false;
        // The demo generates 2 days before the clock's start; moving the clock on grows the history.
        m_clock.advance(qint64(historyDays) * 24 * 3600 * 1000);
        m_demo.world().reveal();
        reopenState();
        return true;
    }

    // A new process would read state.json again.
    void reopenState()
    {
        m_state.reset();
        m_stateStore = std::make_unique<StateStore>(m_dir.filePath(QStringLiteral("state.json")));
        (void)m_stateStore->load();
        m_state = std::make_unique<SyncState>(*m_stateStore);
    }

    QList<AccountConfig> accounts() const override { return m_demo.accounts(); }
    Result<std::unique_ptr<DataSource>> createSource(const AccountConfig &account) override
    {
        return m_demo.createSource(account);
    }
    void nightscoutClient(const AccountConfig &, ClientCallback done) override
    {
        if (!m_client)
            m_client = std::make_unique<ns::NightscoutClient>(m_http, m_clock, m_demo.nightscoutConfig());
        done(m_client.get());
    }
    SyncState &syncState() override { return *m_state; }
    const Clock &clock() const override { return m_clock; }
    QString outboxDirFor(const QString &accountId) const override
    {
        return m_dir.filePath(QStringLiteral("outbox/") + accountId);
    }
    void setBackfillActive(const QString &accountId, bool active) override
    {
        m_active.append(accountId + (active ? QStringLiteral(":on") : QStringLiteral(":off")));
    }

    sim::FakeNightscout &nightscout() { return m_demo.world().nightscout(0); }
    ns::NightscoutClient &client()
    {
        nightscoutClient({}, [](const Result<ns::NightscoutClient *> &) {});
        return *m_client;
    }
    DemoMode &demo() { return m_demo; }
    HttpClient &http() { return m_http; }
    const QStringList &activeLog() const { return m_active; }

private:
    ManualClock &m_clock;
    QTemporaryDir m_dir;
    HttpClient m_http;
    MemoryCredentialStore m_store;
    DemoMode m_demo;
    std::unique_ptr<StateStore> m_stateStore;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<ns::NightscoutClient> m_client;
    QStringList m_active;
};

} // namespace nb::test
