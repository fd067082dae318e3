// Sync engine figures (printed, not asserted), in process against the fakes (FakeWorld), which run in a
// thread of their own so their work (generating CareLink's 24 h, serving Nightscout) can be told apart:
//  1. steady-state cycle per account: CPU time of everything but the fakes' thread, and HTTP requests of
//     one run when 5 minutes of new data arrived (Tandem: the phone app uploaded; CareLink: a reading);
//  2. a 30-day Tandem backfill into the fake Nightscout: requests and wall time.
#include "credentials/memorycredentialstore.h"
#include "fakeworld.h"
#include "manualclock.h"
#include "simulation/loopbackserver.h"
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
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <pthread.h>

#include <cstdio>
#include <ctime>

using namespace nb;

namespace {

double cpuMs(clockid_t id = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec ts{};
    clock_gettime(id, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// Runs f in the fakes' thread and waits (benchmark only).
template<typename F>
void inFakes(QThread &thread, F f)
{
    QObject context;
    context.moveToThread(&thread);
    QMetaObject::invokeMethod(&context, f, Qt::BlockingQueuedConnection);
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
    QThread fakesThread;
    fakesThread.start();
    std::unique_ptr<sim::FakeWorld> worldPtr;
    bool started = false;
    inFakes(fakesThread, [&] {
        worldPtr = std::make_unique<sim::FakeWorld>(clock, options);
        started = worldPtr->start();
    });
    if (!started)
        return 1;
    sim::FakeWorld &world = *worldPtr;
    clockid_t fakesClock{};
    inFakes(fakesThread, [&] { pthread_getcpuclockid(pthread_self(), &fakesClock); });
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
        const QUrl authorize = signIn->beginSignIn();
        QUrl redirect;
        inFakes(fakesThread, [&] { redirect = world.careLink().approve(authorize, sim::FakeWorld::careLinkUser()); });
        signIn->completeSignIn(redirect, nullptr, [&](const Result<void> &) { signedIn = true; });
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

    // Where the engine's thread spends its time, per step of the run (the last step until the run ends).
    QHash<QString, double> stepCpu;
    QString currentStep;
    double stepStart = 0;
    for (SyncEngine *engine : {&tandemEngine, &careLinkEngine}) {
        QObject::connect(engine, &SyncEngine::stepChanged, engine, [&](const QString &step) {
            const double now = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            if (!currentStep.isEmpty())
                stepCpu[currentStep] += now - stepStart;
            currentStep = step;
            stepStart = now;
        });
    }
    const int kCycles =
        qEnvironmentVariableIntValue("BENCH_CYCLES") > 0 ? qEnvironmentVariableIntValue("BENCH_CYCLES") : 24;
    for (SyncEngine *engine : {&tandemEngine, &careLinkEngine}) {
        const bool isTandem = engine == &tandemEngine;
        double cpu = 0;
        double mainThread = 0;
        QHash<QString, double> totals;
        double vendorRequests = 0;
        double nsRequests = 0;
        int uploaded = 0;
        QMap<QString, int> kinds; // "GET /api/v1/entries" -> count, over all cycles (both servers)
        const auto serverLog = [&](sim::LoopbackServer &server) {
            QList<sim::ServerRequest> log;
            inFakes(fakesThread, [&] { log = server.requests(); });
            return log;
        };
        sim::LoopbackServer &vendorServer = isTandem ? world.tandem().server() : world.careLink().server();
        qsizetype vendorLogBefore = serverLog(vendorServer).size();
        qsizetype nsLogBefore = serverLog(world.nightscout(0).server()).size();
        for (int i = 0; i < kCycles; ++i) {
            inFakes(fakesThread, [&] {
                clock.advance(5 * 60 * 1000);
                world.reveal();
            });
            const int vendorBefore =
                isTandem ? world.tandem().server().requestCount() : world.careLink().server().requestCount();
            const int nsBefore = nightscout.requestCount();
            const double before = cpuMs() - cpuMs(fakesClock);
            const double mainBefore = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            stepCpu.clear();
            currentStep.clear();
            uploaded += run(*engine).uploaded;
            if (!currentStep.isEmpty())
                stepCpu[currentStep] += cpuMs(CLOCK_THREAD_CPUTIME_ID) - stepStart;
            for (auto it = stepCpu.cbegin(); it != stepCpu.cend(); ++it)
                totals[it.key()] += it.value();
            cpu += cpuMs() - cpuMs(fakesClock) - before;
            mainThread += cpuMs(CLOCK_THREAD_CPUTIME_ID) - mainBefore;
            vendorRequests +=
                (isTandem ? world.tandem().server().requestCount() : world.careLink().server().requestCount()) -
                vendorBefore;
            nsRequests += nightscout.requestCount() - nsBefore;
            for (auto *server : {&vendorServer, &world.nightscout(0).server()}) {
                const QList<sim::ServerRequest> log = serverLog(*server);
                qsizetype &before = server == &vendorServer ? vendorLogBefore : nsLogBefore;
                for (qsizetype r = before; r < log.size(); ++r) {
                    QString path = log.at(r).path;
                    if (path.startsWith(QLatin1String("/api/reports/bff/")))
                        path = path.section(QLatin1Char('/'), 0, 4);
                    ++kinds[QString::fromLatin1(log.at(r).method) + QLatin1Char(' ') + path];
                }
                before = log.size();
            }
        }
        std::printf("steady-state cycle, %s: %.2f ms CPU per cycle (Nightbridge's side: the process minus the fakes' "
                    "thread; %.2f ms of it in the engine's own thread), "
                    "%.2f vendor requests + %.2f Nightscout requests per cycle, %.1f documents uploaded per cycle\n",
                    isTandem ? "Tandem" : "CareLink", cpu / kCycles, mainThread / kCycles, vendorRequests / kCycles,
                    nsRequests / kCycles, double(uploaded) / kCycles);
        QStringList steps;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            steps.append(QStringLiteral("%1 %2 ms").arg(it.key()).arg(it.value() / kCycles, 0, 'f', 2));
        steps.sort();
        std::printf("  engine thread per step: %s\n", qPrintable(steps.join(QStringLiteral(", "))));
        QStringList byKind;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            byKind.append(QStringLiteral("%1 %2").arg(it.key()).arg(double(it.value()) / kCycles, 0, 'f', 2));
        std::printf("  requests per cycle by kind: %s\n", qPrintable(byKind.join(QStringLiteral(", "))));
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
    inFakes(fakesThread, [&] { worldPtr.reset(); });
    fakesThread.quit();
    fakesThread.wait();
    return 0;
}
