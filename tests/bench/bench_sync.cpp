// Sync engine figures (printed, not asserted), in process against the fakes (FakeWorld):
//  1. steady-state cycle per account: CPU time and HTTP requests of one run when 5 minutes of new data
//     arrived (Tandem: the phone app uploaded; CareLink: a new reading);
//  2. a 30-day Tandem backfill into the fake Nightscout: requests and wall time.
#include "credentials/memorycredentialstore.h"
#include "fakeworld.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "sources/carelink/carelinkauth.h"
#include "sources/carelink/carelinkdiscovery.h"
#include "sources/carelink/carelinksource.h"
#include "sources/tandem/tandemsource.h"
#include "state/statestore.h"
#include "sync/backfilljob.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <ctime>

using namespace nb;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

template<typename F>
bool waitFor(F done)
{
    return QTest::qWaitFor(done, 300000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    test::ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-3600));
    sim::FakeWorld::Options options;
    options.tandemHistoryDays = 31;
    options.nightscoutSites = 2;
    sim::FakeWorld world(clock, options);
    if (!world.start())
        return 1;
    HttpClient http(clock);
    MemoryCredentialStore store;
    QTemporaryDir dir;
    StateStore stateStore(dir.filePath(QStringLiteral("state.json")));
    (void)stateStore.load();
    SyncState state(stateStore);

    // CareLink sign-in, as the browser would.
    carelink::CareLinkOverrides overrides;
    overrides.discoveryUrl = world.careLinkDiscovery();
    carelink::CareLinkDiscovery discovery(http);
    std::unique_ptr<carelink::CareLinkAuth> signIn;
    bool signedIn = false;
    discovery.resolve(QStringLiteral("DE"), overrides, nullptr, [&](const carelink::ServiceConfig &config) {
        signIn = std::make_unique<carelink::CareLinkAuth>(http, store, clock, QStringLiteral("cl"), config);
        signIn->completeSignIn(world.careLink().approve(signIn->beginSignIn(), sim::FakeWorld::careLinkUser()), nullptr,
                               [&](const Result<void> &) { signedIn = true; });
    });
    if (!waitFor([&] { return signedIn; }))
        return 1;

    tandem::TandemSource::Config tc;
    tc.accountId = QStringLiteral("td");
    tc.endpoints = tandem::TandemEndpoints::onBase(world.tandemBase(), sim::FakeWorld::tandemClientId());
    tc.email = sim::FakeWorld::tandemEmail();
    tc.password = Secret(sim::FakeWorld::tandemPassword());
    tc.zone = QTimeZone(QByteArrayLiteral("America/New_York"));
    tc.features = tandem::allFeatures();
    tandem::TandemSource tandemSource(http, store, clock, tc);
    carelink::CareLinkSource::Config cc;
    cc.accountId = QStringLiteral("cl");
    cc.country = QStringLiteral("DE");
    cc.overrides = overrides;
    carelink::CareLinkSource careLinkSource(http, store, clock, cc);

    ns::NsClientConfig nsConfig;
    nsConfig.baseUrl = world.nightscout(0).baseUrl();
    nsConfig.credentials = ns::NsCredentials::apiSecret(Secret(world.nightscout(0).options().apiSecret));
    ns::NightscoutClient nightscout(http, clock, nsConfig);
    Outbox tandemOutbox(dir.filePath(QStringLiteral("outbox/td")));
    Outbox careLinkOutbox(dir.filePath(QStringLiteral("outbox/cl")));
    SyncEngine tandemEngine(QStringLiteral("td"), tandemSource, nightscout, tandemOutbox, state, clock);
    SyncEngine careLinkEngine(QStringLiteral("cl"), careLinkSource, nightscout, careLinkOutbox, state, clock);

    const auto run = [&](SyncEngine &engine) {
        std::optional<RunReport> report;
        engine.run([&](const RunReport &r) { report = r; });
        if (!waitFor([&] { return report.has_value(); }) || !report->ok())
            std::fprintf(stderr, "run failed: %s\n",
                         report && report->error ? qPrintable(report->error->toLogString()) : "?");
        return report.value_or(RunReport{});
    };
    run(tandemEngine);
    run(careLinkEngine);

    constexpr int kCycles = 24;
    for (SyncEngine *engine : {&tandemEngine, &careLinkEngine}) {
        const bool isTandem = engine == &tandemEngine;
        double cpu = 0;
        double vendorRequests = 0;
        double nsRequests = 0;
        int uploaded = 0;
        for (int i = 0; i < kCycles; ++i) {
            clock.advance(5 * 60 * 1000);
            world.reveal();
            const int vendorBefore =
                isTandem ? world.tandem().server().requestCount() : world.careLink().server().requestCount();
            const int nsBefore = nightscout.requestCount();
            const double before = cpuMs();
            uploaded += run(*engine).uploaded;
            cpu += cpuMs() - before;
            vendorRequests +=
                (isTandem ? world.tandem().server().requestCount() : world.careLink().server().requestCount()) -
                vendorBefore;
            nsRequests += nightscout.requestCount() - nsBefore;
        }
        std::printf("steady-state cycle, %s: %.2f ms CPU per cycle (whole process, fakes included), "
                    "%.2f vendor requests + %.2f Nightscout requests per cycle, %.1f documents uploaded per cycle\n",
                    isTandem ? "Tandem" : "CareLink", cpu / kCycles, vendorRequests / kCycles, nsRequests / kCycles,
                    double(uploaded) / kCycles);
    }

    // 30-day Tandem backfill into a fresh site.
    ns::NsClientConfig freshConfig = nsConfig;
    freshConfig.baseUrl = world.nightscout(1).baseUrl();
    ns::NightscoutClient fresh(http, clock, freshConfig);
    Outbox backfillOutbox(dir.filePath(QStringLiteral("outbox/bf")));
    BackfillJob job(QStringLiteral("td"), tandemSource, fresh, backfillOutbox, state, clock);
    const int pumpLogsBefore = world.tandem().pumpLogRequests();
    const int tandemBefore = world.tandem().server().requestCount();
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = cpuMs();
    std::optional<BackfillResult> result;
    job.start(BackfillOptions{clock.nowUtc().addDays(-30), clock.nowUtc(), false, 500},
              [&](const BackfillResult &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); }))
        return 1;
    std::printf("30-day Tandem backfill: %lld ms wall, %.0f ms CPU, %d documents found, %d uploaded, "
                "%d Tandem requests (%d pump-log windows), %d Nightscout requests%s\n",
                qint64(wall.elapsed()), cpuMs() - cpuBefore, result->progress.found, result->progress.uploaded,
                world.tandem().server().requestCount() - tandemBefore,
                world.tandem().pumpLogRequests() - pumpLogsBefore, fresh.requestCount(),
                result->ok() ? "" : " (FAILED)");
    return 0;
}
