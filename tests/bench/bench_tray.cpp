// Tray app figures (printed, not asserted) for the REAL app in demo mode (the sync engine in process
// against the in-process fakes, a fresh config dir without accounts): time from process start to "tray
// icon shown", peak and current RSS after an idle period, and wake-ups per minute while idle (context
// switches of all the app's threads, from /proc: every timer or event that wakes the process counts,
// including the demo's sync runs that fall into the window).
// Needs a display with a tray host: run it through tests/bench/bench_tray.sh (Xvfb + trayer).
//
//   bench_tray [--app PATH] [--runs N] [--idle-seconds S] [--settle-seconds S]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace {

QTextStream out(stdout);

// Milliseconds until the app logs that its tray icon is shown; -1 on timeout or exit.
qint64 startAndWaitForTray(QProcess &app, const QString &path, const QStringList &arguments)
{
    QElapsedTimer timer;
    app.setProgram(path);
    app.setArguments(arguments);
    app.setProcessChannelMode(QProcess::MergedChannels);
    timer.start();
    app.start();
    QByteArray seen;
    while (timer.elapsed() < 20000 && app.state() != QProcess::NotRunning) {
        if (app.waitForReadyRead(200))
            seen += app.readAll();
        if (seen.contains("tray icon shown"))
            return timer.elapsed();
    }
    return -1;
}

qint64 statusValueKb(qint64 pid, const char *key)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 contextSwitches(qint64 pid)
{
    qint64 total = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks.filePath(task) + QStringLiteral("/status"));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:"))
                total += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return total;
}

void stop(QProcess &app)
{
    app.terminate();
    if (!app.waitForFinished(5000)) {
        app.kill();
        app.waitForFinished(2000);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The nightbridge binary."),
                                       QStringLiteral("PATH"), QStringLiteral(NB_GUI_PATH));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Start-up runs."), QStringLiteral("N"),
                                        QStringLiteral("5"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"), QStringLiteral("Idle measurement window."),
                                        QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption settleOption(QStringLiteral("settle-seconds"),
                                          QStringLiteral("Wait after start before measuring (first sync runs)."),
                                          QStringLiteral("S"), QStringLiteral("20"));
    parser.addOptions({appOption, runsOption, idleOption, settleOption});
    parser.addHelpOption();
    parser.process(core);
    const QString path = parser.value(appOption);
    if (!QFile::exists(path)) {
        out << "bench_tray: " << path << " not found (build the nightbridge target)\n";
        return 2;
    }
    const QString instance = QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid());
    QTemporaryDir config; // no account configured; --demo: the app runs the demo (else it waits for the setup)
    if (!config.isValid())
        return 2;
    const QStringList common{QStringLiteral("--demo"), QStringLiteral("--instance"), instance,
                             QStringLiteral("--config"), config.path()};

    QList<qint64> startups;
    for (int i = 0; i < parser.value(runsOption).toInt(); ++i) {
        QProcess app;
        const qint64 ms = startAndWaitForTray(app, path, common);
        stop(app);
        if (ms < 0) {
            out << "bench_tray: the tray icon was not shown (is a tray host running on $DISPLAY?)\n";
            return 1;
        }
        startups << ms;
    }
    std::sort(startups.begin(), startups.end());
    out << "start to tray icon shown: median " << startups.at(startups.size() / 2) << " ms, min " << startups.first()
        << " ms, max " << startups.last() << " ms (" << startups.size() << " runs, aim <= 500 ms)\n";
    out.flush();

    const int idleSeconds = parser.value(idleOption).toInt();
    QProcess app;
    if (startAndWaitForTray(app, path, common) < 0)
        return 1;
    const qint64 pid = app.processId();
    // Let start-up work settle: the demo signs in and the first runs fetch and upload a day of history.
    QThread::sleep(parser.value(settleOption).toULong());
    const qint64 before = contextSwitches(pid);
    QElapsedTimer idle;
    idle.start();
    QThread::sleep(idleSeconds);
    const qint64 after = contextSwitches(pid);
    const double minutes = idle.elapsed() / 60000.0;
    const qint64 peakKb = statusValueKb(pid, "VmHWM:");
    const qint64 rssKb = statusValueKb(pid, "VmRSS:");
    const qint64 threads = statusValueKb(pid, "Threads:");
    stop(app);
    out << "idle peak RSS (VmHWM): " << QString::number(peakKb / 1024.0, 'f', 1) << " MB, RSS now "
        << QString::number(rssKb / 1024.0, 'f', 1) << " MB, threads " << threads << " (aim <= 60 MB)\n";
    out << "idle wake-ups (context switches, all threads): " << QString::number((after - before) / minutes, 'f', 1)
        << " per minute over " << idle.elapsed() / 1000 << " s\n";
    return 0;
}
