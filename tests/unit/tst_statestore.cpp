#include "manualclock.h"
#include "state/statestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace nb;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QJsonObject cursorState(int n)
{
    QJsonObject account;
    account.insert(QLatin1String("cursor"), QStringLiteral("2026-03-01T12:%1:00Z").arg(n, 2, 10, QLatin1Char('0')));
    account.insert(QLatin1String("lastUploaded"), n * 10);
    QJsonObject state;
    state.insert(QLatin1String("tandem:1234"), account);
    state.insert(QLatin1String("big"), static_cast<qint64>(1) << 60);
    return state;
}

// Same rule as statewriter_helper.cpp.
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

class TestStateStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void missingFileIsEmptyState();
    void roundTrip();
    void keepsPreviousGoodCopy();
    void damagedStateIsSetAsideWithItsBackup_data();
    void damagedStateIsSetAsideWithItsBackup();
    void damagedWithoutBackupStartsFromScratch();
    void damagedBackupAloneIsSetAsideToo();
    void missingFileAfterCrashUsesBackup();
    void newerFormatIsNotOverwritten();
    void secretsRefused();
    void unwritableDirectory();
    void setValueAndRemove();
    void killWriterMidWrite();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("state.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStateStore::missingFileIsEmptyState()
{
    StateStore store(path());
    const auto r = store.load();
    QVERIFY(r.ok());
    QVERIFY(r->isEmpty());
    QVERIFY(!store.recoveredFromBackup());
    QVERIFY(!QFile::exists(path()));
}

void TestStateStore::roundTrip()
{
    test::ManualClock clock;
    StateStore store(path(), &clock);
    QVERIFY(store.save(cursorState(1)).ok());
    QCOMPARE(store.current(), cursorState(1));
    QVERIFY(readAll(path()).contains("\"savedAt\":\"2026-03-01T12:00:00.000Z\""));
    const QFileDevice::Permissions p = QFile::permissions(path());
    QCOMPARE(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());

    StateStore again(path());
    const auto r = again.load();
    QVERIFY(r.ok());
    QCOMPARE(r.value(), cursorState(1));
    QCOMPARE(r->value(QLatin1String("big")).toInteger(), static_cast<qint64>(1) << 60);
}

void TestStateStore::keepsPreviousGoodCopy()
{
    StateStore store(path());
    QVERIFY(store.load().ok());
    QVERIFY(store.save(cursorState(1)).ok());
    QVERIFY(!QFile::exists(store.backupPath()));
    QVERIFY(store.save(cursorState(2)).ok());
    QVERIFY(store.save(cursorState(3)).ok());
    StateStore backup(store.backupPath());
    QCOMPARE(backup.load().value(), cursorState(2));
    StateStore main(path());
    QCOMPARE(main.load().value(), cursorState(3));
}

void TestStateStore::damagedStateIsSetAsideWithItsBackup_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("garbage") << 0;
    QTest::newRow("truncated") << 1;
    QTest::newRow("checksum mismatch") << 2;
    QTest::newRow("empty") << 3;
    QTest::newRow("other json") << 4;
}

// One policy for damage (issue 11): both copies set aside with the time in their names, the state starts
// from scratch, and the store says so exactly once.
void TestStateStore::damagedStateIsSetAsideWithItsBackup()
{
    QFETCH(int, kind);
    {
        StateStore store(path());
        QVERIFY(store.save(cursorState(1)).ok());
        QVERIFY(store.save(cursorState(2)).ok());
    }
    const QByteArray backupBytes = readAll(path() + QStringLiteral(".bak"));
    QByteArray bytes = readAll(path());
    switch (kind) {
    case 0:
        bytes = "\x00\xff garbage";
        break;
    case 1:
        bytes.truncate(bytes.size() / 2);
        break;
    case 2:
        bytes.replace("\"lastUploaded\":20", "\"lastUploaded\":90"); // valid JSON, wrong content
        break;
    case 3:
        bytes.clear();
        break;
    case 4:
        bytes = "{\"hello\":1}";
        break;
    }
    writeFile(path(), bytes);

    test::ManualClock clock(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::utc()));
    StateStore store(path(), &clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("state damaged")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("set aside")));
    const auto r = store.load();
    QVERIFY(r.ok());
    QVERIFY(r.value().isEmpty());
    QVERIFY(!store.recoveredFromBackup());
    QVERIFY(!QFile::exists(path()));
    QVERIFY(!QFile::exists(store.backupPath()));
    const QString mainAside = path() + QStringLiteral(".damaged-20260304T050607Z");
    const QString backupAside = store.backupPath() + QStringLiteral(".damaged-20260304T050607Z");
    QCOMPARE(store.setAsidePaths(), (QStringList{mainAside, backupAside}));
    QCOMPARE(readAll(mainAside), bytes); // kept for diagnostics
    QCOMPARE(readAll(backupAside), backupBytes);
    QVERIFY(store.resetNotice().contains(QLatin1String("damaged")));
    QVERIFY(store.resetNotice().contains(QLatin1String("from scratch")));
    QVERIFY(store.resetNotice().contains(QDir::toNativeSeparators(mainAside)));
    // Saving works; the next start finds a good state and says nothing.
    QVERIFY(store.save(cursorState(3)).ok());
    StateStore again(path());
    QCOMPARE(again.load().value(), cursorState(3));
    QVERIFY(again.resetNotice().isEmpty());
    QVERIFY(again.setAsidePaths().isEmpty());
}

void TestStateStore::damagedWithoutBackupStartsFromScratch()
{
    writeFile(path(), "{\"format\":\"nightbridge-state\",\"version\":1,\"sha256\":\"00\",\"state\":{}}");
    test::ManualClock clock(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::utc()));
    // An earlier damage set aside at the same second is not overwritten.
    writeFile(path() + QStringLiteral(".damaged-20260304T050607Z"), "earlier");
    StateStore store(path(), &clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("checksum")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("set aside")));
    const auto r = store.load();
    QVERIFY(r.ok());
    QVERIFY(store.current().isEmpty());
    QCOMPARE(store.setAsidePaths(), QStringList{path() + QStringLiteral(".damaged-20260304T050607Z-2")});
    QCOMPARE(readAll(path() + QStringLiteral(".damaged-20260304T050607Z")), QByteArray("earlier"));
    QVERIFY(!store.resetNotice().isEmpty());
    QVERIFY(store.save(cursorState(1)).ok());
    // The next process: a good state, no warning again.
    StateStore next(path(), &clock);
    QVERIFY(next.load().ok());
    QVERIFY(next.resetNotice().isEmpty());
}

void TestStateStore::damagedBackupAloneIsSetAsideToo()
{
    writeFile(path() + QStringLiteral(".bak"), "{ not json");
    StateStore store(path());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("state damaged")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("set aside")));
    QVERIFY(store.load().ok());
    QCOMPARE(store.setAsidePaths().size(), 1);
    QVERIFY(store.setAsidePaths().first().startsWith(store.backupPath() + QStringLiteral(".damaged-")));
    QVERIFY(!store.resetNotice().isEmpty());
}

void TestStateStore::missingFileAfterCrashUsesBackup()
{
    {
        StateStore store(path());
        QVERIFY(store.save(cursorState(1)).ok());
        QVERIFY(store.save(cursorState(2)).ok());
    }
    // What a crash between "move the old file aside" and "commit the new one" leaves behind.
    QVERIFY(QFile::remove(path()));
    StateStore store(path());
    const auto r = store.load();
    QVERIFY(r.ok());
    QVERIFY(store.recoveredFromBackup());
    QCOMPARE(r.value(), cursorState(1));
}

void TestStateStore::newerFormatIsNotOverwritten()
{
    const QByteArray future = "{\"format\":\"nightbridge-state\",\"version\":7,\"state\":{\"x\":1}}";
    writeFile(path(), future);
    StateStore store(path());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("newer")));
    const auto r = store.load();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, SyncError::Kind::Storage);
    QVERIFY(!store.save(cursorState(1)).ok());
    QCOMPARE(readAll(path()), future);
}

void TestStateStore::secretsRefused()
{
    StateStore store(path());
    QJsonObject nested;
    nested.insert(QLatin1String("refreshToken"), QStringLiteral("TestSecret-abc"));
    QJsonObject state;
    state.insert(QLatin1String("carelink:1"), nested);
    const auto r = store.save(state);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, SyncError::Kind::Config);
    QVERIFY(r.error().detail.contains(QLatin1String("carelink:1.refreshToken")));
    QVERIFY(!r.error().detail.contains(QLatin1String("TestSecret")));
    QVERIFY(!QFile::exists(path()));
    QVERIFY(store.setValue(QStringLiteral("tokenExpiresAt"), QStringLiteral("2026-03-01T13:00:00Z")).ok());
}

void TestStateStore::unwritableDirectory()
{
    writeFile(m_dir->filePath(QStringLiteral("file")), "x");
    StateStore store(m_dir->filePath(QStringLiteral("file/state.json")));
    const auto r = store.save(cursorState(1));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, SyncError::Kind::Storage);
    QVERIFY(store.current().isEmpty());
}

void TestStateStore::setValueAndRemove()
{
    StateStore store(path());
    QVERIFY(store.setValue(QStringLiteral("a"), 1).ok());
    QVERIFY(store.setValue(QStringLiteral("b"), QStringLiteral("two")).ok());
    QVERIFY(store.remove(QStringLiteral("a")).ok());
    StateStore again(path());
    QVERIFY(again.load().ok());
    QCOMPARE(again.value(QStringLiteral("b")).toString(), QStringLiteral("two"));
    QVERIFY(!again.current().contains(QLatin1String("a")));
}

// Kills a writer process with SIGKILL at several points, many of them while it is in the middle of
// writing a multi-megabyte state, and proves every time that the last completed state survives intact.
void TestStateStore::killWriterMidWrite()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is POSIX");
#else
    constexpr int payloadKiB = 4096;
    const QList<int> delaysMs = {0, 0, 1, 2, 3, 5, 8, 13, 21, 34, 0, 1};
    int killedMidWrite = 0;
    int killedBetweenMoveAndCommit = 0; // the old file was already the backup, the new one not committed
    qint64 previous = -1;

    for (int round = 0; round < delaysMs.size(); ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(NB_STATEWRITER_HELPER), {path(), QString::number(payloadKiB)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

        // Wait until it has saved at least once in this round and begun the following write.
        QByteArray out;
        const auto sawPattern = [&] {
            out += writer.readAllStandardOutput();
            const qsizetype saved = out.indexOf("saved ");
            return saved >= 0 && out.indexOf("begin ", saved) >= 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawPattern(), 60000);
        if (delaysMs.at(round) > 0)
            QTest::qSleep(delaysMs.at(round)); // a plain sleep: the writer runs on regardless
        QCOMPARE(::kill(static_cast<pid_t>(writer.processId()), SIGKILL), 0);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        out += writer.readAllStandardOutput();
        const QByteArray errors = writer.readAllStandardError(); // also carries the writer's log lines
        QVERIFY2(!errors.contains("failed"), errors.constData());

        qint64 lastSaved = -1;
        qint64 lastBegun = -1;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("saved "))
                lastSaved = line.mid(6).toLongLong();
            else if (line.startsWith("begin "))
                lastBegun = line.mid(6).toLongLong();
        }
        QVERIFY(lastSaved >= 0);
        QVERIFY(lastSaved > previous);

        StateStore store(path());
        const auto loaded = store.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail));
        const qint64 seq = loaded->value(QLatin1String("seq")).toInteger(-1);
        // The kill may land just after the commit of the write it interrupted, before "saved" was printed.
        QVERIFY2(seq == lastSaved || seq == lastBegun,
                 qPrintable(QStringLiteral("seq %1, saved %2, begun %3").arg(seq).arg(lastSaved).arg(lastBegun)));
        QVERIFY(loaded->value(QLatin1String("payload")).toString() == payloadFor(seq, payloadKiB));
        if (seq == lastSaved && lastBegun > lastSaved)
            ++killedMidWrite;
        if (store.recoveredFromBackup())
            ++killedBetweenMoveAndCommit;
        previous = seq;
    }
    qInfo() << "kills that interrupted a save:" << killedMidWrite << "of" << delaysMs.size()
            << "- of those, with no committed file (previous copy used):" << killedBetweenMoveAndCommit;
    QVERIFY(killedMidWrite >= 3); // otherwise the test proved nothing
#endif
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
