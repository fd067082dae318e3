// Tandem decode + map throughput on a generated 30-day stream (~18k events), in process, for both
// input forms; then whole-process `nightbridge-cli convert` time and peak RSS for the same 30 days
// (via /usr/bin/time -v). Prints figures; asserts nothing.
//
// Usage: bench_tandem [REPEATS] [--keep DIR]   (--keep: also write the generated 30-day inputs to DIR, for
// comparing `convert` output between builds)

#include "simulation/tandem/tandemstreamgenerator.h"
#include "sources/tandem/binarydecoder.h"
#include "sources/tandem/jsondecoder.h"
#include "sources/tandem/transform.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>
#include <vector>

using namespace nb;
using namespace nb::tandem;

namespace {

struct Timing {
    double bestMs = 0;
    double medianMs = 0;
    double cpuMedianMs = 0; // this thread's CPU time: steadier than wall time on a shared, loaded machine
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Timing measure(int repeats, const std::function<qsizetype()> &work)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    qsizetype sink = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        const double cpuStart = threadCpuMs();
        t.start();
        sink += work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    if (sink < 0)
        std::printf("?\n");
    return {ms.front(), ms[ms.size() / 2], cpu[cpu.size() / 2]};
}

void report(const char *what, qsizetype events, const Timing &t)
{
    std::printf("  %-30s best %8.2f ms  median %8.2f ms (CPU %8.2f ms)  -> %6.2f M events/s (best), %6.2f "
                "(median), %6.2f (CPU)\n",
                what, t.bestMs, t.medianMs, t.cpuMedianMs, double(events) / t.bestMs / 1000.0,
                double(events) / t.medianMs / 1000.0, double(events) / t.cpuMedianMs / 1000.0);
}

void convertProcess(const QString &cli, const QString &file, const char *label)
{
    if (!QFile::exists(QStringLiteral("/usr/bin/time")) || !QFile::exists(cli)) {
        std::printf("  %s: skipped (needs /usr/bin/time and %s)\n", label, qPrintable(cli));
        return;
    }
    double bestSeconds = 1e9;
    double bestCpuSeconds = 1e9;
    long bestRssKb = 0;
    int exitCode = -1;
    qint64 outputBytes = 0;
    for (int i = 0; i < 5; ++i) {
        QProcess p;
        p.setStandardOutputFile(file + QStringLiteral(".out"));
        p.start(QStringLiteral("/usr/bin/time"),
                {QStringLiteral("-v"), cli, QStringLiteral("convert"), QStringLiteral("--source"),
                 QStringLiteral("tandem"), QStringLiteral("--input"), file, QStringLiteral("--timezone"),
                 QStringLiteral("America/New_York"), QStringLiteral("--features"), QStringLiteral("all"),
                 QStringLiteral("--compact")});
        p.waitForFinished(120000); // a benchmark, not product code
        exitCode = p.exitCode();
        outputBytes = QFileInfo(file + QStringLiteral(".out")).size();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const auto rss =
            QRegularExpression(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)")).match(err);
        // "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:00.45"
        const qsizetype at = err.indexOf(QLatin1String("Elapsed (wall clock)"));
        if (!rss.hasMatch() || at < 0)
            continue;
        const QString clock = err.mid(at).section(QLatin1Char('\n'), 0, 0).section(QLatin1String(": "), -1).trimmed();
        double seconds = 0;
        for (const QString &part : clock.split(QLatin1Char(':')))
            seconds = seconds * 60 + part.toDouble();
        double cpuSeconds = 0;
        for (const char *what : {"User time (seconds): ", "System time (seconds): "}) {
            const qsizetype from = err.indexOf(QLatin1String(what));
            if (from >= 0)
                cpuSeconds += err.mid(from + qsizetype(qstrlen(what))).section(QLatin1Char('\n'), 0, 0).toDouble();
        }
        bestCpuSeconds = std::min(bestCpuSeconds, cpuSeconds);
        if (seconds < bestSeconds) {
            bestSeconds = seconds;
            bestRssKb = rss.captured(1).toLong();
        }
    }
    std::printf("  %-30s best of 5: %6.0f ms wall, %6.0f ms CPU (user+sys), peak RSS %6.1f MB (exit %d, %lld bytes "
                "of JSON out)\n",
                label, bestSeconds * 1000, bestCpuSeconds * 1000, double(bestRssKb) / 1024.0, exitCode, outputBytes);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    const QString keepDir = keepAt > 0 && keepAt + 1 < args.size() ? args.at(keepAt + 1) : QString();
    const int repeats = argc > 1 && keepAt != 1 ? std::max(1, atoi(argv[1])) : 15;

    nb::sim::TandemStreamOptions options;
    options.days = 30;
    options.dailyStatus = true;
    const nb::sim::TandemStream stream = nb::sim::TandemStreamGenerator::generate(options);
    const QList<PumpEvent> all = stream.allEventsInSequence();
    const qsizetype n = all.size();
    TransformContext context;
    context.features = allFeatures();
    context.pumpKey = QStringLiteral("90556643");

    const QByteArray raw = BinaryDecoder::encodeRecords(all);
    const QByteArray base64Body = '"' + raw.toBase64() + '"';
    const QByteArray jsonBody =
        QJsonDocument(JsonDecoder::encodePumpLogs(stream.events, stream.clockChanges, QStringLiteral("bench")))
            .toJson(QJsonDocument::Compact);
    const NsBatch sample = TandemTransform::run(*BinaryDecoder::decodeRecords(raw), context).batch;
    std::printf("Tandem decode + map, generated 30-day stream: %lld events -> %lld documents "
                "(%lld entries, %lld treatments); inputs: %lld B raw, %lld B base64, %lld B JSON\n",
                qlonglong(n), qlonglong(sample.size()), qlonglong(sample.entries.size()),
                qlonglong(sample.treatments.size()), qlonglong(raw.size()), qlonglong(base64Body.size()),
                qlonglong(jsonBody.size()));

    report("binary decode only", n, measure(repeats, [&] { return BinaryDecoder::decodeRecords(raw)->events.size(); }));
    const DecodedLog decoded = *BinaryDecoder::decodeRecords(raw);
    report("map only (transform)", n,
           measure(repeats, [&] { return TandemTransform::run(decoded, context).batch.size(); }));
    report("binary decode + map", n, measure(repeats, [&] {
               return TandemTransform::run(*BinaryDecoder::decodeRecords(raw), context).batch.size();
           }));
    report("base64 decode + map", n, measure(repeats, [&] {
               return TandemTransform::run(*BinaryDecoder::decodeBase64(base64Body), context).batch.size();
           }));
    report("JSON decode only", n,
           measure(repeats, [&] { return JsonDecoder::decodePumpLogs(jsonBody)->events.size(); }));
    report("JSON decode + map", n, measure(repeats, [&] {
               return TandemTransform::run(*JsonDecoder::decodePumpLogs(jsonBody), context).batch.size();
           }));
    // What `convert` does: the same documents written straight to JSON text, no QJsonObject per document.
    report("map + stream JSON (convert)", n, measure(repeats, [&] {
               qsizetype bytes = 0;
               TandemTransform::writeJson(decoded, context, true, [&](const QByteArray &b) { bytes += b.size(); });
               return bytes;
           }));
    report("base64 decode + stream JSON", n, measure(repeats, [&] {
               qsizetype bytes = 0;
               TandemTransform::writeJson(*BinaryDecoder::decodeBase64(base64Body), context, true,
                                          [&](const QByteArray &b) { bytes += b.size(); });
               return bytes;
           }));
    report("map + serialise NsBatch JSON", n, measure(repeats, [&] {
               return QJsonDocument(TandemTransform::run(decoded, context).batch.toJson()).toJson().size();
           }));

    QTemporaryDir tempDir;
    const QDir dir(keepDir.isEmpty() ? tempDir.path() : keepDir);
    const QString jsonFile = dir.filePath(QStringLiteral("tandem-30d.pumplogs.json"));
    const QString base64File = dir.filePath(QStringLiteral("tandem-30d.pumpevents.json"));
    for (const auto &[path, bytes] : {std::pair{jsonFile, jsonBody}, std::pair{base64File, base64Body}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            std::printf("cannot write %s\n", qPrintable(path));
    }
    std::printf("Whole process: nightbridge-cli convert --source tandem --features all --compact\n");
    const QString cli = QStringLiteral(NB_CLI_PATH);
    convertProcess(cli, base64File, "legacy base64 file (30 days)");
    convertProcess(cli, jsonFile, "pump-logs JSON file (30 days)");
    return 0;
}
