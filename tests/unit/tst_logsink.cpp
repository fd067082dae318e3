#include "logging/categories.h"
#include "logging/logsink.h"
#include "manualclock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <ranges>
#include <vector>

using namespace nb;

namespace {

LogSink::Options quietOptions(const QString &dir)
{
    LogSink::Options o;
    o.directory = dir;
    o.echoToStderr = false;
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestLogSink : public QObject {
    Q_OBJECT

private slots:
    void formatsWithClockAndCategory();
    void redactsWhatReachesFileAndRing();
    void ringBufferKeepsNewest();
    void rotatesAndKeepsFileCount();
    void fileIsPrivate();
    void ringOnlyWithoutDirectory();
    void unwritableDirectoryKeepsRing();
    void uninstallStopsCapture();
    void concurrentWritersLoseNothing();
};

void TestLogSink::formatsWithClockAndCategory()
{
    QTemporaryDir dir;
    test::ManualClock clock;
    LogSink::Options o = quietOptions(dir.path());
    o.clock = &clock;
    LogSink sink(o);
    sink.install();
    qCInfo(lcSync) << "run finished";
    sink.uninstall();
    const QStringList lines = sink.recentLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first(), QStringLiteral("2026-03-01T12:00:00.000Z info nightbridge.sync: run finished"));
    QCOMPARE(readAll(sink.currentFilePath()), lines.first().toUtf8() + '\n');
}

void TestLogSink::redactsWhatReachesFileAndRing()
{
    QTemporaryDir dir;
    LogSink sink(quietOptions(dir.path()));
    sink.install();
    qCWarning(lcNet) << "login failed for jane@example.com password=hunter2";
    qCInfo(lcNightscout).noquote() << "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
    qCInfo(lcTandem).noquote() << "GET https://x.test/cb?code=oauthcode123&state=s";
    sink.uninstall();

    const QByteArray file = readAll(sink.currentFilePath());
    const QString ring = sink.recentLines().join(QLatin1Char('\n'));
    for (const char *secret : {"jane@example.com", "hunter2", "eyJzdWIiOiJ4In0", "oauthcode123"}) {
        QVERIFY2(!file.contains(secret), secret);
        QVERIFY2(!ring.contains(QLatin1String(secret)), secret);
    }
    QCOMPARE(file.count("<redacted>"), 4);
    QVERIFY(file.contains("state=s"));
}

void TestLogSink::ringBufferKeepsNewest()
{
    LogSink::Options o = quietOptions(QString());
    o.ringLines = 10;
    LogSink sink(o);
    for (int i = 0; i < 25; ++i)
        sink.write(QtInfoMsg, QMessageLogContext(), QStringLiteral("line %1").arg(i));
    const QStringList all = sink.recentLines(-1);
    QCOMPARE(all.size(), 10);
    QVERIFY(all.first().endsWith(QLatin1String("line 15")));
    QVERIFY(all.last().endsWith(QLatin1String("line 24")));
    const QStringList three = sink.recentLines(3);
    QCOMPARE(three.size(), 3);
    QVERIFY(three.first().endsWith(QLatin1String("line 22")));
    QCOMPARE(sink.recentLines(100).size(), 10);
}

void TestLogSink::rotatesAndKeepsFileCount()
{
    QTemporaryDir dir;
    LogSink::Options o = quietOptions(dir.path());
    o.maxFileBytes = 400;
    o.keepFiles = 3;
    LogSink sink(o);
    const int total = 100;
    for (int i = 0; i < total; ++i)
        sink.write(QtInfoMsg, QMessageLogContext(),
                   QStringLiteral("message number %1").arg(i, 4, 10, QLatin1Char('0')));

    const QDir d(dir.path());
    QVERIFY(d.exists(QStringLiteral("nightbridge.log")));
    QVERIFY(d.exists(QStringLiteral("nightbridge.1.log")));
    QVERIFY(d.exists(QStringLiteral("nightbridge.2.log")));
    QVERIFY(!d.exists(QStringLiteral("nightbridge.3.log")));
    QCOMPARE(sink.filePaths().size(), 3);

    // Newest-first files hold consecutive, ordered messages ending with the last one, each file within size.
    QList<int> numbers;
    for (const QString &path : sink.filePaths() | std::views::reverse) {
        const QByteArray content = readAll(path);
        QVERIFY2(content.size() <= o.maxFileBytes, qPrintable(path));
        for (const QByteArray &line : content.split('\n')) {
            if (!line.isEmpty())
                numbers.append(line.right(4).toInt());
        }
    }
    QVERIFY(numbers.size() > 5);
    QCOMPARE(numbers.last(), total - 1);
    for (qsizetype i = 1; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), numbers.at(i - 1) + 1);
}

void TestLogSink::fileIsPrivate()
{
    QTemporaryDir dir;
    LogSink sink(quietOptions(dir.path()));
    sink.write(QtInfoMsg, QMessageLogContext(), QStringLiteral("x"));
    const QFileDevice::Permissions p = QFile::permissions(sink.currentFilePath());
    QVERIFY(p.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestLogSink::ringOnlyWithoutDirectory()
{
    LogSink sink(quietOptions(QString()));
    sink.write(QtWarningMsg, QMessageLogContext(), QStringLiteral("x"));
    QVERIFY(sink.currentFilePath().isEmpty());
    QVERIFY(sink.filePaths().isEmpty());
    QCOMPARE(sink.recentLines().size(), 1);
}

void TestLogSink::unwritableDirectoryKeepsRing()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A directory path below a regular file can never be created.
    LogSink sink(quietOptions(dir.filePath(QStringLiteral("file/logs"))));
    QVERIFY(!sink.fileError().isEmpty());
    sink.write(QtInfoMsg, QMessageLogContext(), QStringLiteral("still kept"));
    QCOMPARE(sink.recentLines().size(), 1);
}

void TestLogSink::uninstallStopsCapture()
{
    LogSink sink(quietOptions(QString()));
    QVERIFY(!sink.isInstalled());
    sink.install();
    QVERIFY(sink.isInstalled());
    qCInfo(lcUi) << "captured";
    sink.uninstall();
    QVERIFY(!sink.isInstalled());
    qCInfo(lcUi) << "not captured";
    QCOMPARE(sink.recentLines().size(), 1);

    {
        LogSink scoped(quietOptions(QString()));
        scoped.install();
    } // the destructor uninstalls: a later message must not reach a dead sink
    qCInfo(lcUi) << "after destruction";
    LogSink again(quietOptions(QString()));
    again.install();
    qCInfo(lcUi) << "new sink";
    again.uninstall();
    QCOMPARE(again.recentLines().size(), 1);
}

void TestLogSink::concurrentWritersLoseNothing()
{
    QTemporaryDir dir;
    LogSink::Options o = quietOptions(dir.path());
    o.ringLines = 100000;
    o.maxFileBytes = 64 * 1024;
    o.keepFiles = 100;
    LogSink sink(o);
    sink.install();
    constexpr int threads = 4;
    constexpr int perThread = 500;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([t] {
            for (int i = 0; i < perThread; ++i)
                qCInfo(lcSync) << "thread" << t << "message" << i;
        }));
        workers.back()->start();
    }
    for (auto &w : workers)
        QVERIFY(w->wait(30000));
    sink.uninstall();
    QCOMPARE(sink.recentLines(-1).size(), threads * perThread);
    qsizetype fileLines = 0;
    for (const QString &path : sink.filePaths())
        fileLines += readAll(path).count('\n');
    QCOMPARE(fileLines, threads * perThread);
}

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"
