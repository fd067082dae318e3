// Helper for tst_statestore's kill test: saves large states in a loop through StateStore until it is
// killed. Prints "begin N" before and "saved N" after each save (flushed), so the test can aim its
// kill -9 at the middle of a write.
#include "state/statestore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

namespace {

// Deterministic content for sequence number n: the test regenerates it to check integrity.
QString payloadFor(qint64 n, int kib)
{
    const QString unit = QStringLiteral("%1-").arg(n);
    QString s;
    s.reserve(kib * 1024 + unit.size());
    while (s.size() < kib * 1024)
        s += unit;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: statewriter_helper <state file> <payload KiB>\n");
        return 2;
    }
    nb::StateStore store(args.at(1));
    const int kib = args.at(2).toInt();
    const auto loaded = store.load();
    if (!loaded.ok()) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(loaded.error().detail));
        return 3;
    }
    qint64 seq = store.current().value(QLatin1String("seq")).toInteger(-1);
    std::printf("loaded %lld\n", static_cast<long long>(seq));
    std::fflush(stdout);
    for (;;) {
        ++seq;
        QJsonObject state;
        state.insert(QLatin1String("seq"), seq);
        state.insert(QLatin1String("payload"), payloadFor(seq, kib));
        // Printed as late as possible so a kill aimed after it lands inside save().
        std::printf("begin %lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
        const auto saved = store.save(state);
        if (!saved.ok()) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().detail));
            return 4;
        }
        std::printf("saved %lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    }
}
