#include "model/identifier.h"
#include "sync/outbox.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using namespace nb;
using namespace Qt::Literals::StringLiterals;

namespace {
NsBatch batch(int entries, int treatments)
{
    NsBatch b;
    for (int i = 0; i < entries; ++i)
        b.entries.append(QJsonObject{{u"type"_s, u"sgv"_s}, {u"date"_s, double(1000 + i)}});
    for (int i = 0; i < treatments; ++i)
        b.treatments.append(QJsonObject{{u"eventType"_s, u"Note"_s}, {u"n"_s, i}});
    b.devicestatus.append(QJsonObject{{u"device"_s, u"x"_s}});
    return b;
}
} // namespace

class TestOutbox : public QObject {
    Q_OBJECT
private slots:
    void splitsIntoItemsWithTheCursorLast()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(u"a"_s));
        QVERIFY(outbox.isEmpty());
        const QJsonObject cursor{{u"last"_s, 42}};
        const auto items = outbox.enqueue(batch(250, 30), cursor, u"sync"_s, 100, {{u"healed"_s, 3}});
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 4); // 100 + 100 + 50 entries, 30 treatments (+ devicestatus)
        QVERIFY(!items->at(0).cursor);
        QCOMPARE(*items->last().cursor, cursor);
        QCOMPARE(items->last().batch.devicestatus.size(), 1);
        QCOMPARE(outbox.pendingDocuments(), 281);
        // What a restarted process finds: the same items, in order.
        Outbox again(dir.filePath(u"a"_s));
        const auto pending = again.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 4);
        QCOMPARE(pending->at(0).batch.entries.size(), 100);
        QCOMPARE(pending->at(0).kind, u"sync"_s);
        QCOMPARE(pending->at(3).meta.value(u"healed"_s).toInt(), 3);
        QVERIFY(pending->at(0).sequence < pending->at(1).sequence);
        QVERIFY(again.remove(pending->at(0)).ok());
        QCOMPARE(again.pending()->size(), 3);
        // New work queues after the old.
        const auto more = again.enqueue(batch(1, 0), std::nullopt, u"backfill"_s, 100);
        QVERIFY(more->first().sequence > pending->last().sequence);
        QVERIFY(again.clear().ok());
        QVERIFY(again.isEmpty());
    }

    void emptyBatchWithCursorStillQueuesTheCommit()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        const auto items = outbox.enqueue(NsBatch{}, QJsonObject{{u"last"_s, 1}}, u"sync"_s, 100);
        QCOMPARE(items->size(), 1);
        QVERIFY(items->first().cursor.has_value());
        QVERIFY(outbox.enqueue(NsBatch{}, std::nullopt, u"sync"_s, 100)->isEmpty());
    }

    void damagedItemsAreSetAsideNotLost()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        QVERIFY(outbox.enqueue(batch(3, 0), std::nullopt, u"sync"_s, 100).ok());
        QFile bad(QDir(dir.path()).filePath(u"000000000099.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ truncated");
        bad.close();
        QFile stray(QDir(dir.path()).filePath(u"notes.json"_s)); // not ours: ignored
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QStringList damaged;
        const auto pending = outbox.pending(&damaged);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(damaged, QStringList{u"000000000099.json"_s});
        QVERIFY(QFile::exists(bad.fileName() + u".damaged"_s));
        QVERIFY(QFile::exists(stray.fileName()));
        // Still listed on the next look, so every run can report them until someone removes them.
        QCOMPARE(outbox.damagedItems(), QStringList{u"000000000099.json.damaged"_s});
        QCOMPARE(Outbox(dir.path()).damagedItems(), QStringList{u"000000000099.json.damaged"_s});
    }

    // The documents of a damaged item never reached the site: no later item may move the cursor past them,
    // not in this run and not in a later one. Counting for `status` sets nothing aside.
    void noCursorMovesPastADamagedItem()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        QVERIFY(outbox.enqueue(batch(3, 0), QJsonObject{{u"last"_s, 1}}, u"sync"_s, 100).ok()); // 1
        QFile bad(QDir(dir.path()).filePath(u"000000000002.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"version\":1,\"batch\":{\"entr");
        bad.close();
        QVERIFY(outbox.enqueue(batch(2, 0), QJsonObject{{u"last"_s, 3}}, u"sync"_s, 100).ok()); // 3
        QCOMPARE(outbox.pendingDocuments(), 3 + 1 + 2 + 1); // counted without touching anything
        QVERIFY(bad.exists());
        QStringList damaged;
        const auto items = outbox.pending(&damaged);
        QVERIFY(items.ok());
        QCOMPARE(damaged, QStringList{u"000000000002.json"_s});
        QCOMPARE(items->size(), 2);
        QCOMPARE(*items->at(0).cursor, (QJsonObject{{u"last"_s, 1}})); // before the damage: kept
        QVERIFY(!items->at(1).cursor);                                 // after it: dropped
        const auto later = Outbox(dir.path()).pending();               // and so for the next process
        QVERIFY(later.ok());
        QCOMPARE(later->size(), 2);
        QVERIFY(!later->at(1).cursor);
        // A new item never takes the damaged one's name.
        QVERIFY(outbox.remove(later->at(1)).ok());
        const auto next = outbox.enqueue(batch(1, 0), std::nullopt, u"sync"_s, 100);
        QVERIFY(next->first().sequence > 2);
    }

    // Items hold health data: 0600 in a 0700 folder, whatever the process's umask says.
    void itemsArePrivateFromTheStart()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX modes");
#else
        const mode_t old = ::umask(022);
        const auto restore = qScopeGuard([old] { ::umask(old); });
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"outbox/acct"_s);
        Outbox outbox(folder);
        QVERIFY(outbox.enqueue(batch(3, 2), QJsonObject{{u"last"_s, 1}}, u"sync"_s, 2).ok());
        const auto mode = [](const QString &path) {
            struct stat st {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
        };
        QCOMPARE(mode(dir.filePath(u"outbox"_s)), 0700);
        QCOMPARE(mode(folder), 0700);
        const QStringList names = QDir(folder).entryList(QDir::Files);
        QCOMPARE(names.size(), 3);
        for (const QString &name : names)
            QCOMPARE(mode(QDir(folder).filePath(name)), 0600);
#endif
    }

    // A disk that fills up (here: a file size limit, which fails writes like a full disk) fails the
    // enqueue with a Storage error and leaves no item of the batch behind: not a truncated one, and not
    // the first items without the one that carries the cursor.
    void aShortWriteLeavesNothingBehind()
    {
#ifndef Q_OS_UNIX
        QSKIP("RLIMIT_FSIZE is POSIX");
#else
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        QVERIFY(outbox.enqueue(batch(2, 0), std::nullopt, u"sync"_s, 100).ok()); // an earlier, complete item
        NsBatch big = batch(0, 0);
        for (int i = 0; i < 40; ++i) // the first two items are small, the last one large
            big.entries.append(QJsonObject{{u"type"_s, u"sgv"_s}, {u"n"_s, i}});
        for (int i = 0; i < 20; ++i)
            big.treatments.append(QJsonObject{{u"eventType"_s, u"Note"_s}, {u"notes"_s, QString(2000, u'x')}});
        const auto oldHandler = ::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 16 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto r = outbox.enqueue(big, QJsonObject{{u"last"_s, 7}}, u"sync"_s, 20);
        ::setrlimit(RLIMIT_FSIZE, &old);
        ::signal(SIGXFSZ, oldHandler);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, SyncError::Kind::Storage);
        QVERIFY(r.error().userMessage.contains(QDir::toNativeSeparators(dir.path())));
        const auto pending = outbox.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1); // only the earlier item
        QCOMPARE(pending->first().batch.entries.size(), 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary or partial file either
        // With room again, the same batch goes in whole.
        const auto again = outbox.enqueue(big, QJsonObject{{u"last"_s, 7}}, u"sync"_s, 20);
        QVERIFY(again.ok());
        QCOMPARE(*again->last().cursor, (QJsonObject{{u"last"_s, 7}}));
#endif
    }

    void unwritableDirectoryIsAStorageError()
    {
        Outbox outbox(u"/proc/nightbridge-cannot-write-here"_s);
        const auto r = outbox.enqueue(batch(1, 0), std::nullopt, u"sync"_s, 10);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, SyncError::Kind::Storage);
        QVERIFY(!r.error().userMessage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
