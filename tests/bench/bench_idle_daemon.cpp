// The idle daemon (nightbridge-cli sync --auto-update with one Tandem and one CareLink account, after its
// first sync) as the OS sees it: peak RSS (VmHWM) and wakeups per minute (context switches of the whole
// process, all threads, over IDLE_SECONDS; an upper bound of timer wakeups). The fakes run in
// nb_test_services. Printed, not asserted. Linux only (/proc).
#include "../integration/synctestharness.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <csignal>

using namespace nb::test;

namespace {

QHash<QString, qint64> procStatus(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    QHash<QString, qint64> values;
    if (!f.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2)
            values.insert(QString::fromLatin1(parts.at(0)).chopped(1), parts.at(1).toLongLong());
    }
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int idleSeconds =
        qEnvironmentVariableIntValue("IDLE_SECONDS") > 0 ? qEnvironmentVariableIntValue("IDLE_SECONDS") : 120;
    SyncHarness harness;
    if (!harness.start({QStringLiteral("--offset-hours"), QStringLiteral("0"), QStringLiteral("--nightscout-sites"),
                        QStringLiteral("1")}))
        return 1;
    QTemporaryDir dir;
    const QStringList cfg{QStringLiteral("--config"), dir.path()};
    if (!harness.configure(dir.path(), 0))
        return 1;
    SyncHarness::cli(
        cfg + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("tandem"),
                          QStringLiteral("--email"), harness.hello().value(QStringLiteral("tandemEmail")).toString(),
                          QStringLiteral("--password-file"), dir.filePath(QStringLiteral("tandem-password"))});
    SyncHarness::cli(cfg + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("carelink"),
                                       QStringLiteral("--country"), QStringLiteral("DE")});
    SyncHarness::cli(cfg + QStringList{QStringLiteral("accounts"), QStringLiteral("set"),
                                       QStringLiteral("--nightscout-secret-file"),
                                       dir.filePath(QStringLiteral("ns-secret"))});
    if (!harness.careLinkLogin(cfg, QStringLiteral("carelink")))
        return 1;

    QProcess daemon;
    daemon.setProcessEnvironment(SyncHarness::cleanEnvironment());
    daemon.start(QStringLiteral(NB_CLI_BINARY),
                 cfg + QStringList{QStringLiteral("sync"), QStringLiteral("--auto-update")});
    if (!daemon.waitForStarted())
        return 1;
    int lines = 0;
    (void)QTest::qWaitFor(
        [&] {
            while (daemon.canReadLine()) {
                daemon.readLine();
                ++lines;
            }
            return lines >= 2;
        },
        60000);
    QThread::sleep(2); // the first runs' tails
    const qint64 pid = daemon.processId();
    const auto before = procStatus(pid);
    QElapsedTimer t;
    t.start();
    (void)QTest::qWaitFor([&] { return false; }, idleSeconds * 1000);
    const auto after = procStatus(pid);
    const double minutes = double(t.elapsed()) / 60000.0;
    const qint64 switches = (after.value(QStringLiteral("voluntary_ctxt_switches")) -
                             before.value(QStringLiteral("voluntary_ctxt_switches"))) +
                            (after.value(QStringLiteral("nonvoluntary_ctxt_switches")) -
                             before.value(QStringLiteral("nonvoluntary_ctxt_switches")));
    std::printf("idle daemon (2 accounts): peak RSS %lld kB (VmHWM), RSS now %lld kB, %.1f context switches per "
                "minute over %.1f min (all threads; runs due meanwhile included: %d output lines)\n",
                after.value(QStringLiteral("VmHWM")), after.value(QStringLiteral("VmRSS")), double(switches) / minutes,
                minutes, lines);
    ::kill(pid_t(pid), SIGTERM);
    daemon.waitForFinished(10000);
    return 0;
}
