// Prints how long CareLink's parser and transform take in process for 24 h payloads (288 readings with
// markers): the generator's v11 and v13 payloads and the largest shared fixture. Figures only, no
// assertions (the aim is <= 2 ms for the transform of one payload).
#include "carelinkdatagenerator.h"
#include "sources/carelink/carelinktransform.h"
#include "sources/carelink/payloadparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nb;
using namespace nb::carelink;

namespace {

struct Figures {
    double median = 0;
    double best = 0;
};

template<typename F>
Figures measure(int runs, F work)
{
    std::vector<double> ms;
    ms.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front()};
}

void bench(const char *name, const QByteArray &payload, int runs)
{
    const Result<PatientData> parsed = PayloadParser::parse(payload);
    if (!parsed.ok()) {
        std::printf("%-28s parse failed: %s\n", name, qPrintable(parsed.error().toLogString()));
        return;
    }
    TransformContext defaults;
    defaults.nowMs = parsed->currentServerTimeMs;
    defaults.patientKey = QStringLiteral("bench");
    TransformContext all = defaults;
    all.features = *Features::fromList({QStringLiteral("all")});
    qsizetype documents = 0;
    const Figures parse = measure(runs, [&] { (void)PayloadParser::parse(payload); });
    const Figures entries = measure(runs, [&] { documents = CareLinkTransform::transform(*parsed, defaults).size(); });
    qsizetype allDocuments = 0;
    const Figures everything = measure(runs, [&] { allDocuments = CareLinkTransform::transform(*parsed, all).size(); });
    std::printf("%-28s %7lld B  parse %6.3f ms (best %6.3f)  transform default %6.3f ms (best %6.3f, %lld docs)  "
                "all features %6.3f ms (best %6.3f, %lld docs)\n",
                name, qint64(payload.size()), parse.median, parse.best, entries.median, entries.best, qint64(documents),
                everything.median, everything.best, qint64(allDocuments));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    std::printf("CareLink in-process timings, median of %d runs\n", runs);
    for (const auto &[name, era] : {std::pair{"generated v11 (780G)", sim::CareLinkEra::V11},
                                    std::pair{"generated v13 (Simplera)", sim::CareLinkEra::V13},
                                    std::pair{"generated 2021 BLE (770G)", sim::CareLinkEra::Ble2021}}) {
        sim::CareLinkScenario s;
        s.era = era;
        s.end = QDateTime(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC);
        s.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        s.family = era == sim::CareLinkEra::V13 ? QString() : QStringLiteral("NGP");
        bench(name, QJsonDocument(sim::CareLinkDataGenerator::generate(s).payload).toJson(QJsonDocument::Compact),
              runs);
    }
    QFile fixture(QStringLiteral(NB_SHARED_DIR) +
                  QStringLiteral("/fixtures/carelink/paul1956-2025-03-27-780g-v11-bg-timechange-tempbasal.json"));
    if (fixture.open(QIODevice::ReadOnly))
        bench("fixture 2025-03-27 v11", fixture.readAll(), runs);
    return 0;
}
