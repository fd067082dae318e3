// Uploads 10,000 entries to the fake Nightscout over loopback in batches and prints the requests made
// and the wall time. A benchmark prints figures; it asserts nothing about timings.

#include "common/clock.h"
#include "model/identifier.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>

#include <cstdio>

using namespace nb;

namespace {

const QString kSecret = QStringLiteral("benchmark-secret-123");
constexpr int kEntries = 10000;

NsBatch makeEntries(int count)
{
    NsBatch batch;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 300000;
    for (int i = 0; i < count; ++i) {
        const qint64 ms = start + qint64(i) * 300000;
        batch.entries.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("sgv")},
            {QStringLiteral("sgv"), 80 + (i * 7) % 200},
            {QStringLiteral("direction"), QStringLiteral("Flat")},
            {QStringLiteral("date"), double(ms)},
            {QStringLiteral("dateString"),
             QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
            {QStringLiteral("device"), QStringLiteral("nightbridge-bench")},
            {QStringLiteral("identifier"), stableIdentifier(QStringLiteral("bench"), {QString::number(ms)})}});
    }
    return batch;
}

struct Figures {
    bool ok = false;
    int clientRequests = 0;
    int posts = 0;
    int gets = 0;
    qint64 ms = 0;
    qsizetype stored = 0;
};

void print(const char *label, int batchSize, bool guard, const Figures &f)
{
    std::printf("%-27s batch %5d  guard %-3s  %s  requests %4d (POST %3d, GET %3d)  wall %6lld ms  stored %lld\n",
                label, batchSize, guard ? "on" : "off", f.ok ? "ok  " : "FAIL", f.clientRequests, f.posts, f.gets,
                static_cast<long long>(f.ms), static_cast<long long>(f.stored));
    std::fflush(stdout);
}

// Runs the scenarios one after another from the event loop (no nested loops).
class Bench {
public:
    Bench(const Clock &clock, HttpClient &http)
        : m_clock(clock)
        , m_http(http)
        , m_batch(makeEntries(kEntries))
    {
        for (const int batchSize : {500, 100, 1000}) {
            for (const bool guard : {true, false})
                m_plan.append({batchSize, guard});
        }
    }

    void next()
    {
        if (m_plan.isEmpty()) {
            QCoreApplication::exit(m_failed ? 1 : 0);
            return;
        }
        const auto [batchSize, guard] = m_plan.takeFirst();
        sim::FakeNightscout::Options options;
        options.apiSecret = kSecret;
        m_ns = std::make_unique<sim::FakeNightscout>(m_clock, options);
        if (!m_ns->listen()) {
            QCoreApplication::exit(1);
            return;
        }
        upload(batchSize, guard, "first upload", [this, batchSize, guard] {
            upload(batchSize, guard, "same batch again (upsert)",
                   [this] { QTimer::singleShot(0, [this] { next(); }); });
        });
    }

private:
    void upload(int batchSize, bool guard, const char *label, std::function<void()> then)
    {
        m_ns->server().clearRequests();
        ns::NsClientConfig config;
        config.baseUrl = m_ns->baseUrl();
        config.credentials = ns::NsCredentials::apiSecret(Secret(kSecret));
        config.batchSize = batchSize;
        config.guardForeignDocuments = guard;
        m_client = std::make_unique<ns::NightscoutClient>(m_http, m_clock, config);
        m_timer.start();
        m_client->upload(m_batch, [this, batchSize, guard, label, then](const Result<ns::NsUploadReport> &result) {
            Figures f;
            f.ms = m_timer.elapsed();
            f.ok = result.ok();
            if (!result.ok()) {
                m_failed = true;
                std::fprintf(stderr, "upload failed: %s\n", qPrintable(result.error().toLogString()));
            }
            f.clientRequests = m_client->requestCount();
            for (const sim::ServerRequest &r : m_ns->server().requests())
                (r.method == "POST" ? f.posts : f.gets) += 1;
            f.stored = m_ns->store().documents(NsCollection::Entries).size();
            print(label, batchSize, guard, f);
            QTimer::singleShot(0, then); // the client is replaced outside its own callback
        });
    }

    const Clock &m_clock;
    HttpClient &m_http;
    const NsBatch m_batch;
    QList<std::pair<int, bool>> m_plan;
    std::unique_ptr<sim::FakeNightscout> m_ns;
    std::unique_ptr<ns::NightscoutClient> m_client;
    QElapsedTimer m_timer;
    bool m_failed = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SystemClock clock;
    HttpClient http(clock);
    std::printf("Nightscout upload benchmark: %d entries to the fake Nightscout on loopback\n", kEntries);
    Bench bench(clock, http);
    QTimer::singleShot(0, [&bench] { bench.next(); });
    return app.exec();
}
