// Issue 11 §3, nightbridge-cli as a process against the fakes of nb_test_services: what it writes is
// private (0600/0700), a full disk during enqueue loses nothing, a damaged state is set aside with one
// warning, a read-only data folder is exit 7 (not "busy"), and state.json holds nothing derived from a
// password while a changed password is still noticed.
#include "synctestharness.h"

#include "state/statestore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>

#include <functional>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace nb;
using namespace nb::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// SyncHarness::cli with something done in the child between fork and exec (a resource limit, another user).
CliRun runCli(const QStringList &args, const std::function<void()> &inChild = {})
{
    QProcess p;
    p.setProcessEnvironment(SyncHarness::cleanEnvironment());
    if (inChild)
        p.setChildProcessModifier(inChild);
    p.start(QStringLiteral(NB_CLI_BINARY), args);
    CliRun run;
    if (!p.waitForStarted(10000))
        return run;
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject stateOf(const QString &dir)
{
    return QJsonDocument::fromJson(readAll(dir + u"/state.json"_s)).object().value(u"state"_s).toObject();
}

#ifdef Q_OS_UNIX
int modeOf(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Every entry under dir, folders first (for chmod/chown walks).
QStringList entriesUnder(const QString &dir)
{
    QStringList all{dir};
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        all << it.next();
    return all;
}

constexpr uid_t kNobody = 65534;
#endif

} // namespace

class TestStorageCli : public QObject {
    Q_OBJECT
private:
    SyncHarness m_harness;

    QString email() const { return m_harness.hello().value(u"tandemEmail"_s).toString(); }
    QString password() const { return m_harness.hello().value(u"tandemPassword"_s).toString(); }

    // A config folder with one Tandem account syncing to the given fake site.
    bool setUp(const QString &dir, int site, int batchSize = 500)
    {
        if (!m_harness.configure(dir, site, batchSize))
            return false;
        CliRun r = runCli({u"--config"_s, dir, u"accounts"_s, u"add"_s, u"tandem"_s, u"--email"_s, email(),
                           u"--password-file"_s, dir + u"/tandem-password"_s, u"--timezone"_s, u"America/New_York"_s});
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return false;
        }
        r = runCli({u"--config"_s, dir, u"accounts"_s, u"set"_s, u"--nightscout-secret-file"_s, dir + u"/ns-secret"_s});
        return r.exitCode == 0;
    }

    int uploaded(int site)
    {
        return int(m_harness.documents(site, u"entries"_s).size() + m_harness.documents(site, u"treatments"_s).size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_harness.start(
            {u"--offset-hours"_s, u"1"_s, u"--history-days"_s, u"2"_s, u"--nightscout-sites"_s, u"4"_s}));
    }

    // Everything the CLI wrote in a session (settings, credentials file, state, lock, outbox folders, logs
    // with -v) is 0600, every folder 0700, although the test runs it with the usual umask 022.
    void everythingWrittenIsPrivate()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX modes");
#else
        const mode_t old = ::umask(022);
        QTemporaryDir base;
        const QString dir = base.filePath(u"nightbridge"_s);
        // The CLI creates the folder itself.
        QCOMPARE(runCli({u"--config"_s, dir, u"accounts"_s, u"list"_s}).exitCode, 0);
        QVERIFY(setUp(dir, 0));
        const CliRun r = runCli({u"--config"_s, dir, u"-v"_s, u"sync"_s, u"--once"_s});
        ::umask(old);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err.right(2000)));
        QVERIFY(uploaded(0) > 100);
        QVERIFY(QFileInfo(dir + u"/logs"_s).isDir());
        QVERIFY(QFileInfo(dir + u"/outbox/tandem"_s).isDir());
        int files = 0;
        for (const QString &path : entriesUnder(dir)) {
            // The test's own inputs, written by this process.
            if (path.endsWith(u"/ns-secret"_s) || path.endsWith(u"/tandem-password"_s))
                continue;
            const bool folder = QFileInfo(path).isDir();
            files += folder ? 0 : 1;
            QVERIFY2(modeOf(path) == (folder ? 0700 : 0600),
                     qPrintable(u"%1 has mode %2"_s.arg(path).arg(modeOf(path), 0, 8)));
        }
        QVERIFY(files >= 5); // settings, credentials, state (+ its previous copy), lock, logs
#endif
    }

    // A file size limit fails writes the way a full disk does. The fetched documents cannot be queued: the
    // run fails with a Storage error (exit 7) that says where, nothing truncated stays in the outbox, the
    // cursor is not moved, and the next run with room uploads everything.
    void diskFullDuringEnqueueLosesNothing()
    {
#ifndef Q_OS_UNIX
        QSKIP("RLIMIT_FSIZE is POSIX");
#else
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path(), 1));
        const CliRun full = runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s}, [] {
            rlimit limit{32 * 1024, 32 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        QVERIFY2(full.exitCode == 7, qPrintable(u"exit %1: %2"_s.arg(full.exitCode).arg(full.err)));
        QVERIFY2(full.err.contains(QDir::toNativeSeparators(dir.filePath(u"outbox/tandem"_s))), qPrintable(full.err));
        QCOMPARE(uploaded(1), 0);
        const QStringList left = QDir(dir.filePath(u"outbox/tandem"_s)).entryList(QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        const QJsonObject account = stateOf(dir.path()).value(u"account:tandem"_s).toObject();
        QVERIFY(account.value(u"cursor"_s).toObject().isEmpty()); // not moved past what was not stored
        QCOMPARE(account.value(u"lastError"_s).toObject().value(u"kind"_s).toString(), u"Storage"_s);

        const CliRun room = runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s});
        QVERIFY2(room.exitCode == 0, qPrintable(room.err));
        QVERIFY(uploaded(1) > 100);
        QVERIFY(!stateOf(dir.path()).value(u"account:tandem"_s).toObject().value(u"cursor"_s).toObject().isEmpty());
#endif
    }

    // A read-only data folder is a Storage error naming the folder (exit 7), never "another process is
    // syncing" (exit 8, which the timer unit counts as success).
    void readOnlyDataFolderIsExit7()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions");
#else
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path(), 2));
        QCOMPARE(runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s}).exitCode, 0);
        const bool root = ::geteuid() == 0;
        // Read-only for its owner. Root ignores modes: then the folder belongs to "nobody" and the CLI runs
        // as nobody.
        const QStringList entries = entriesUnder(dir.path());
        for (const QString &path : entries) {
            if (root)
                QCOMPARE(::chown(QFile::encodeName(path).constData(), kNobody, kNobody), 0);
            QCOMPARE(::chmod(QFile::encodeName(path).constData(), QFileInfo(path).isDir() ? 0500 : 0400), 0);
        }
        const auto restore = qScopeGuard([&] {
            for (const QString &path : entries) {
                ::chmod(QFile::encodeName(path).constData(), QFileInfo(path).isDir() ? 0700 : 0600);
                if (root)
                    (void)!::chown(QFile::encodeName(path).constData(), 0, 0);
            }
        });
        const CliRun r = runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s}, [root] {
            if (root) {
                (void)!::setgroups(0, nullptr);
                (void)!::setgid(kNobody);
                (void)!::setuid(kNobody);
            }
        });
        QVERIFY2(r.exitCode == 7, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(dir.path())), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"Another Nightbridge process"_s));
#endif
    }

    // A pending upload that cannot be read is set aside and the user hears of it: in the sync's output and
    // in every `status` until the file is removed.
    void damagedPendingUploadsAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path(), 2));
        QCOMPARE(runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s}).exitCode, 0);
        const QString outbox = dir.filePath(u"outbox/tandem"_s);
        QVERIFY(SyncHarness::writeFile(outbox + u"/000000000001.json"_s, u"{\"version\":1,\"batch\":{\"entr"_s));
        const CliRun sync = runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.err.contains(u"000000000001.json.damaged"_s) &&
                     sync.err.contains(QDir::toNativeSeparators(outbox)),
                 qPrintable(sync.err));
        QVERIFY(QFile::exists(outbox + u"/000000000001.json.damaged"_s));
        const CliRun status = runCli({u"--config"_s, dir.path(), u"status"_s});
        QVERIFY2(status.out.contains(u"000000000001.json.damaged"_s), qPrintable(status.out));
        const CliRun json = runCli({u"--config"_s, dir.path(), u"status"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(u"damagedUploads"_s)
                     .toArray()
                     .size(),
                 1);
    }

    // The main copy damaged (with and without its previous copy): both set aside with a timestamp, the run
    // starts from scratch and succeeds, the warning comes once.
    void damagedStateIsSetAsideWithOneWarning_data()
    {
        QTest::addColumn<bool>("withBackup");
        QTest::newRow("with backup") << true;
        QTest::newRow("without backup") << false;
    }
    void damagedStateIsSetAsideWithOneWarning()
    {
        QFETCH(bool, withBackup);
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path(), 3));
        QCOMPARE(runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s}).exitCode, 0);
        const QString state = dir.filePath(u"state.json"_s);
        QVERIFY(QFile::exists(state + u".bak"_s));
        if (!withBackup)
            QVERIFY(QFile::remove(state + u".bak"_s));
        QByteArray bytes = readAll(state);
        bytes.truncate(bytes.size() / 2); // a torn write on a failing disk
        QVERIFY(SyncHarness::writeFile(state, QString::fromUtf8(bytes)));

        const CliRun first = runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(u"damaged"_s) && first.err.contains(u"from scratch"_s), qPrintable(first.err));
        const QStringList aside = QDir(dir.path()).entryList({u"state.json*.damaged-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), withBackup ? 2 : 1);
        for (const QString &name : aside)
            QVERIFY2(first.err.contains(name), qPrintable(first.err));
        QVERIFY(stateOf(dir.path()).contains(u"account:tandem"_s)); // a new state was written

        const CliRun second = runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(!second.err.contains(u"damaged"_s), qPrintable(second.err));
    }

    // state.json keeps no value derived from the password (the old marker was a plain SHA-256 of e-mail and
    // password: guessable offline), and a password changed in the credential store is still noticed.
    void noPasswordDerivedValueInTheState()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path(), 0));
        QCOMPARE(runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s}).exitCode, 0);
        // The password changes on the website; the stored session is gone, so the next run signs in again.
        m_harness.control("POST", u"/tandem-password?value=changed-elsewhere"_s);
        const auto restorePassword = qScopeGuard([&] {
            m_harness.control(
                "POST", u"/tandem-password?value=%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(password()))));
        });
        const QString storePath = dir.filePath(u"credentials.json"_s);
        const auto editStore = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject root = QJsonDocument::fromJson(readAll(storePath)).object();
            QJsonObject secrets = root.value(u"secrets"_s).toObject();
            change(secrets);
            root.insert(u"secrets"_s, secrets);
            QFile f(storePath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(root).toJson());
        };
        editStore([](QJsonObject &s) { s.remove(u"account/tandem/token"_s); });
        QCOMPARE(runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s}).exitCode, 4);
        QCOMPARE(runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s}).exitCode, 4); // paused: not tried

        const QByteArray stateBytes = readAll(dir.filePath(u"state.json"_s));
        const QJsonObject account = stateOf(dir.path()).value(u"account:tandem"_s).toObject();
        QVERIFY(account.value(u"authPaused"_s).toBool());
        const QString marker = account.value(u"authFingerprint"_s).toString();
        QVERIFY2(marker.startsWith(u"hmac1:"_s), qPrintable(marker));
        // What the old marker was, and plain hashes of the password: none of them is in the file.
        QCryptographicHash legacy(QCryptographicHash::Sha256);
        legacy.addData(QByteArrayLiteral("nightbridge-tandem-login|"));
        legacy.addData(email().trimmed().toLower().toUtf8());
        legacy.addData(QByteArrayView("\0", 1));
        legacy.addData(password().toUtf8());
        const QByteArray legacyHex = legacy.result().toHex();
        QVERIFY(!stateBytes.contains(legacyHex));
        QVERIFY(!stateBytes.contains(legacyHex.toHex())); // how it was stored
        for (auto algorithm : {QCryptographicHash::Sha256, QCryptographicHash::Sha1, QCryptographicHash::Md5})
            QVERIFY(!stateBytes.contains(QCryptographicHash::hash(password().toUtf8(), algorithm).toHex()));
        QVERIFY(!stateBytes.contains(password().toUtf8()));
        // The key behind the marker lives with the secrets, not in the state.
        QVERIFY(QJsonDocument::fromJson(readAll(storePath))
                    .object()
                    .value(u"secrets"_s)
                    .toObject()
                    .contains(u"nightbridge/marker-key"_s));

        // The user fixes the password in the store (here by hand, as a keyring tool would): noticed, synced.
        editStore([](QJsonObject &s) {
            s.insert(u"account/tandem/password"_s, QString::fromLatin1(QByteArray("changed-elsewhere").toBase64()));
        });
        const CliRun fixed = runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s});
        QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.err));
        QVERIFY(!stateOf(dir.path()).value(u"account:tandem"_s).toObject().value(u"authPaused"_s).toBool());
    }

    // A state written by an older version with the old marker: the marker is dropped when read, the account
    // checks its sign-in once (the password is right: it syncs), and the value is gone from the file.
    void legacyMarkerIsDroppedAndCheckedOnce()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path(), 1));
        QCOMPARE(runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s}).exitCode, 0);
        QCryptographicHash legacy(QCryptographicHash::Sha256);
        legacy.addData(QByteArrayLiteral("nightbridge-tandem-login|"));
        legacy.addData(email().trimmed().toLower().toUtf8());
        legacy.addData(QByteArrayView("\0", 1));
        legacy.addData(password().toUtf8());
        const QString oldMarker = QString::fromLatin1(legacy.result().toHex().toHex());
        {
            StateStore store(dir.filePath(u"state.json"_s));
            QVERIFY(store.load().ok());
            QJsonObject account = store.value(u"account:tandem"_s).toObject();
            account.insert(u"authPaused"_s, true);
            account.insert(u"authFingerprint"_s, oldMarker);
            QVERIFY(store.setValue(u"account:tandem"_s, account).ok());
        }
        const CliRun r = runCli({u"--config"_s, dir.path(), u"sync"_s, u"--once"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!readAll(dir.filePath(u"state.json"_s)).contains(oldMarker.toLatin1()));
        QVERIFY(!stateOf(dir.path()).value(u"account:tandem"_s).toObject().value(u"authPaused"_s).toBool());
    }

    void cleanupTestCase()
    {
        m_harness.stop();
    }
};

QTEST_GUILESS_MAIN(TestStorageCli)
#include "tst_storagecli.moc"
