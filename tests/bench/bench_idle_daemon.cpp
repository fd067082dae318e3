// The idle daemon (nightbridge-cli sync --auto-update with one Tandem and one CareLink account, after its
// first sync) as the OS sees it: peak RSS (VmHWM) and wakeups per minute over IDLE_SECONDS (default 120):
//  - context switches of each thread (/proc/PID/task/*/status; an upper bound of wakeups);
//  - with strace installed (BENCH_STRACE=0 turns it off): the event-loop waits (poll/ppoll/epoll) of each
//    thread, split into those that ended by timeout (timer wakeups) and those woken by a file descriptor.
// Sync runs that fall into the window are counted and printed (they are not idle time). BENCH_DEMO=1
// measures `nightbridge-cli --demo sync --auto-update` instead (the fakes in the process itself).
// The fakes run in nb_test_services. Printed, not asserted. Linux only (/proc).
#include "../integration/synctestharness.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace nb::test;

namespace {

QHash<QString, qint64> procStatus(const QString &path)
{
    QFile f(path);
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

struct ThreadSwitches {
    QString name;
    qint64 switches = 0;
};

// tid -> name and voluntary + involuntary context switches.
QHash<QString, ThreadSwitches> threadSwitches(qint64 pid)
{
    QHash<QString, ThreadSwitches> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto status = procStatus(tasks.filePath(tid + QStringLiteral("/status")));
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        ThreadSwitches t;
        if (comm.open(QIODevice::ReadOnly))
            t.name = QString::fromLocal8Bit(comm.readAll().trimmed());
        t.switches = status.value(QStringLiteral("voluntary_ctxt_switches")) +
                     status.value(QStringLiteral("nonvoluntary_ctxt_switches"));
        out.insert(tid, t);
    }
    return out;
}

struct Waits {
    int timeouts = 0; // the wait ended because its timeout expired: a timer woke the thread
    int woken = 0;    // a file descriptor (socket, eventfd of another thread, signal pipe) woke it
};

// strace -f output lines: "<tid> <time> ppoll(...) = 0 (Timeout)" and the resumed halves.
QHash<QString, Waits> parseStrace(const QString &file)
{
    QHash<QString, Waits> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression result(
        QStringLiteral(R"(^(\d+)\s.*\b(poll|ppoll|epoll_wait|epoll_pwait|select|pselect6)\b.*=\s*(-?\d+))"));
    static const QRegularExpression resumed(QStringLiteral(
        R"(^(\d+)\s.*<\.\.\. (poll|ppoll|epoll_wait|epoll_pwait|select|pselect6) resumed>.*=\s*(-?\d+))"));
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromLocal8Bit(raw);
        if (line.contains(QLatin1String("unfinished ...>")))
            continue;
        QRegularExpressionMatch m = resumed.match(line);
        if (!m.hasMatch())
            m = result.match(line);
        if (!m.hasMatch())
            continue;
        Waits &w = out[m.captured(1)];
        if (m.captured(3) == QLatin1String("0"))
            ++w.timeouts;
        else
            ++w.woken;
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int idleSeconds =
        qEnvironmentVariableIntValue("IDLE_SECONDS") > 0 ? qEnvironmentVariableIntValue("IDLE_SECONDS") : 120;
    const bool demo = qEnvironmentVariableIntValue("BENCH_DEMO") == 1;
    const bool useStrace = qEnvironmentVariable("BENCH_STRACE") != QLatin1String("0") &&
                           !QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty();
    SyncHarness harness;
    QTemporaryDir dir;
    const QStringList cfg{QStringLiteral("--config"), dir.path()};
    if (!demo) {
        if (!harness.start({QStringLiteral("--offset-hours"), QStringLiteral("0"), QStringLiteral("--nightscout-sites"),
                            QStringLiteral("1")}))
            return 1;
        if (!harness.configure(dir.path(), 0))
            return 1;
        SyncHarness::cli(cfg + QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("tandem"),
                                           QStringLiteral("--email"),
                                           harness.hello().value(QStringLiteral("tandemEmail")).toString(),
                                           QStringLiteral("--password-file"),
                                           dir.filePath(QStringLiteral("tandem-password"))});
        SyncHarness::cli(cfg + QStringList{QStringLiteral("accounts"), QStringLiteral("add"),
                                           QStringLiteral("carelink"), QStringLiteral("--country"),
                                           QStringLiteral("DE")});
        SyncHarness::cli(cfg + QStringList{QStringLiteral("accounts"), QStringLiteral("set"),
                                           QStringLiteral("--nightscout-secret-file"),
                                           dir.filePath(QStringLiteral("ns-secret"))});
        if (!harness.careLinkLogin(cfg, QStringLiteral("carelink")))
            return 1;
    }

    QProcess daemon;
    daemon.setProcessEnvironment(SyncHarness::cleanEnvironment()); // demo: no NS_URL, so its own fake site
    daemon.start(QStringLiteral(NB_CLI_BINARY),
                 (demo ? QStringList{QStringLiteral("--demo")} : QStringList()) + cfg +
                     QStringList{QStringLiteral("sync"), QStringLiteral("--auto-update")});
    if (!daemon.waitForStarted())
        return 1;
    int lines = 0;
    const auto readLines = [&] {
        while (daemon.canReadLine()) {
            daemon.readLine();
            ++lines;
        }
    };
    (void)QTest::qWaitFor(
        [&] {
            readLines();
            return lines >= 2;
        },
        60000);
    QThread::sleep(2); // the first runs' tails
    readLines();
    const int linesBefore = lines;
    const qint64 pid = daemon.processId();

    QProcess strace;
    const QString traceFile = dir.filePath(QStringLiteral("strace.txt"));
    if (useStrace) {
        strace.start(QStringLiteral("strace"),
                     {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                      QStringLiteral("trace=poll,ppoll,epoll_wait,epoll_pwait,select,pselect6"), QStringLiteral("-o"),
                      traceFile, QStringLiteral("-p"), QString::number(pid)});
        if (!strace.waitForStarted())
            std::printf("strace did not start\n");
        QThread::msleep(500);
    }
    const auto before = procStatus(QStringLiteral("/proc/%1/status").arg(pid));
    const auto threadsBefore = threadSwitches(pid);
    QElapsedTimer t;
    t.start();
    (void)QTest::qWaitFor(
        [&] {
            readLines();
            return false;
        },
        idleSeconds * 1000);
    const auto after = procStatus(QStringLiteral("/proc/%1/status").arg(pid));
    const auto threadsAfter = threadSwitches(pid);
    const double minutes = double(t.elapsed()) / 60000.0;
    if (useStrace) {
        strace.terminate();
        strace.waitForFinished(5000);
    }
    readLines();
    const qint64 switches = (after.value(QStringLiteral("voluntary_ctxt_switches")) -
                             before.value(QStringLiteral("voluntary_ctxt_switches"))) +
                            (after.value(QStringLiteral("nonvoluntary_ctxt_switches")) -
                             before.value(QStringLiteral("nonvoluntary_ctxt_switches")));
    std::printf("idle daemon (%s): peak RSS %lld kB (VmHWM), RSS now %lld kB (%lld kB anonymous, %lld kB file-backed: "
                "code and data of the binary and its libraries), %.1f context switches per minute over %.1f min (main "
                "thread; sync runs in the window: %d output lines)\n",
                demo ? "demo mode" : "2 accounts against the fakes", after.value(QStringLiteral("VmHWM")),
                after.value(QStringLiteral("VmRSS")), after.value(QStringLiteral("RssAnon")),
                after.value(QStringLiteral("RssFile")), double(switches) / minutes, minutes, lines - linesBefore);
    QStringList perThread;
    for (auto it = threadsAfter.cbegin(); it != threadsAfter.cend(); ++it) {
        const qint64 delta = it->switches - threadsBefore.value(it.key()).switches;
        perThread.append(
            QStringLiteral("%1[%2] %3/min").arg(it->name, it.key()).arg(double(delta) / minutes, 0, 'f', 1));
    }
    perThread.sort();
    std::printf("  context switches per thread: %s\n", qPrintable(perThread.join(QStringLiteral(", "))));
    if (useStrace) {
        const auto waits = parseStrace(traceFile);
        int timeouts = 0;
        int woken = 0;
        QStringList parts;
        for (auto it = waits.cbegin(); it != waits.cend(); ++it) {
            timeouts += it->timeouts;
            woken += it->woken;
            parts.append(QStringLiteral("%1[%2] %3 timer + %4 fd")
                             .arg(threadsAfter.value(it.key()).name, it.key())
                             .arg(double(it->timeouts) / minutes, 0, 'f', 1)
                             .arg(double(it->woken) / minutes, 0, 'f', 1));
        }
        parts.sort();
        std::printf("  event-loop wakeups per minute (strace): %.1f by timers, %.1f by file descriptors; per thread: "
                    "%s\n",
                    double(timeouts) / minutes, double(woken) / minutes, qPrintable(parts.join(QStringLiteral(", "))));
    }
    ::kill(pid_t(pid), SIGTERM);
    daemon.waitForFinished(10000);
    return 0;
}
