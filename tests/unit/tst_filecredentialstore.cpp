#include "credentials/filecredentialstore.h"
#include "credentialwait.h"

#include <QFile>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace nb;

namespace {

constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFileCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void labelledNotEncrypted();
    void writeReadOverwriteRemove();
    void notFound();
    void fileIsOwnerOnly();
    void widenedPermissionsAreTightened();
    void secondInstanceSeesValues();
    void binaryValues();
    void damagedFileIsClearError();
    void unwritableLocationIsClearError();
    void answersAsynchronously();
    void droppedWhenContextDies();
    void changesWaitForAnotherProcessesLock();
    void removeIfEqualKeepsANewerValue();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("secrets/credentials.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFileCredentialStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFileCredentialStore::labelledNotEncrypted()
{
    FileCredentialStore store(path());
    QVERIFY(!store.isEncrypted());
    QVERIFY(store.backendName().contains(QLatin1String("not encrypted")));
    QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v")), this).value().ok());
    QVERIFY(readAll(path()).contains("NOT ENCRYPTED"));
}

void TestFileCredentialStore::writeReadOverwriteRemove()
{
    FileCredentialStore store(path());
    QVERIFY(test::waitWrite(store, QStringLiteral("nightscout/a/secret"), Secret(QStringLiteral("one")), this)
                .value()
                .ok());
    QVERIFY(
        test::waitWrite(store, QStringLiteral("account/b/password"), Secret(QStringLiteral("two")), this).value().ok());
    QCOMPARE(test::waitRead(store, QStringLiteral("nightscout/a/secret"), this).value().value()->reveal(),
             QStringLiteral("one"));
    QVERIFY(test::waitWrite(store, QStringLiteral("nightscout/a/secret"), Secret(QStringLiteral("three")), this)
                .value()
                .ok());
    QCOMPARE(test::waitRead(store, QStringLiteral("nightscout/a/secret"), this).value().value()->reveal(),
             QStringLiteral("three"));
    QVERIFY(test::waitRemove(store, QStringLiteral("nightscout/a/secret"), this).value().ok());
    QVERIFY(!test::waitRead(store, QStringLiteral("nightscout/a/secret"), this).value().value().has_value());
    QCOMPARE(test::waitRead(store, QStringLiteral("account/b/password"), this).value().value()->reveal(),
             QStringLiteral("two"));
}

void TestFileCredentialStore::notFound()
{
    FileCredentialStore store(path());
    const auto read = test::waitRead(store, QStringLiteral("missing"), this);
    QVERIFY(read && read->ok());
    QVERIFY(!read->value().has_value());
    QVERIFY(test::waitRemove(store, QStringLiteral("missing"), this).value().ok());
    QVERIFY(!QFile::exists(path())); // nothing written for nothing
}

void TestFileCredentialStore::fileIsOwnerOnly()
{
    FileCredentialStore store(path());
    QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v")), this).value().ok());
    const QFileDevice::Permissions p = QFile::permissions(path());
    QVERIFY(p.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(p & kOthers, QFileDevice::Permissions());
    // Still private after a rewrite.
    QVERIFY(test::waitWrite(store, QStringLiteral("k2"), Secret(QStringLiteral("v2")), this).value().ok());
    QCOMPARE(QFile::permissions(path()) & kOthers, QFileDevice::Permissions());
}

void TestFileCredentialStore::widenedPermissionsAreTightened()
{
    FileCredentialStore store(path());
    QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v")), this).value().ok());
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("readable by others")));
    QCOMPARE(test::waitRead(store, QStringLiteral("k"), this).value().value()->reveal(), QStringLiteral("v"));
    QCOMPARE(QFile::permissions(path()) & kOthers, QFileDevice::Permissions());
}

void TestFileCredentialStore::secondInstanceSeesValues()
{
    {
        FileCredentialStore store(path());
        QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("persisted")), this).value().ok());
    }
    FileCredentialStore again(path());
    QCOMPARE(test::waitRead(again, QStringLiteral("k"), this).value().value()->reveal(), QStringLiteral("persisted"));
}

void TestFileCredentialStore::binaryValues()
{
    FileCredentialStore store(path());
    const QByteArray value("\x00\xff\"quoted\"\n", 11);
    QVERIFY(test::waitWrite(store, QStringLiteral("bin"), Secret(value), this).value().ok());
    QCOMPARE(test::waitRead(store, QStringLiteral("bin"), this).value().value()->revealBytes(), value);
}

void TestFileCredentialStore::damagedFileIsClearError()
{
    FileCredentialStore store(path());
    QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v")), this).value().ok());
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
    }
    const auto read = test::waitRead(store, QStringLiteral("k"), this);
    QVERIFY(read && !read->ok());
    QCOMPARE(read->error().kind, SyncError::Kind::Keychain);
    QVERIFY(read->error().userMessage.contains(QLatin1String("credentials file")));
    // A write must not silently replace the damaged file (and lose the other secrets in it).
    const auto written = test::waitWrite(store, QStringLiteral("k2"), Secret(QStringLiteral("v2")), this);
    QVERIFY(written && !written->ok());
    QCOMPARE(readAll(path()), QByteArray("{ not json"));
}

void TestFileCredentialStore::unwritableLocationIsClearError()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    FileCredentialStore store(m_dir->filePath(QStringLiteral("file/credentials.json")));
    const auto written = test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v")), this);
    QVERIFY(written && !written->ok());
    QCOMPARE(written->error().kind, SyncError::Kind::Keychain);
}

void TestFileCredentialStore::answersAsynchronously()
{
    FileCredentialStore store(path());
    bool answered = false;
    store.read(QStringLiteral("k"), this, [&answered](const Result<std::optional<Secret>> &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

void TestFileCredentialStore::droppedWhenContextDies()
{
    FileCredentialStore store(path());
    auto *context = new QObject;
    bool called = false;
    store.write(QStringLiteral("k"), Secret(QStringLiteral("v")), context,
                [&called](const Result<void> &) { called = true; });
    delete context;
    QTest::qWait(20);
    QVERIFY(!called);
    // The write itself happened: the callback is dropped, not the operation.
    QCOMPARE(test::waitRead(store, QStringLiteral("k"), this).value().value()->reveal(), QStringLiteral("v"));
}

// Another process (the tray app, the CLI) holds the store's lock while it changes the file: a change here
// waits for it and, when it does not end, fails instead of overwriting the other's write.
void TestFileCredentialStore::changesWaitForAnotherProcessesLock()
{
    FileCredentialStore store(path());
    QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v1")), this).value().ok());
    QCOMPARE(store.lockFilePath(), path() + QStringLiteral(".lock"));
    {
        QLockFile other(store.lockFilePath());
        QVERIFY(other.tryLock(0));
        store.setLockTimeout(200);
        const auto blocked = test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v2")), this);
        QVERIFY(blocked && !blocked->ok());
        QCOMPARE(blocked->error().kind, SyncError::Kind::Keychain);
        const auto removed = test::waitRemove(store, QStringLiteral("k"), this);
        QVERIFY(removed && !removed->ok());
        QCOMPARE(test::waitRead(store, QStringLiteral("k"), this).value().value()->reveal(), QStringLiteral("v1"));
    }
    QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v2")), this).value().ok());
    QCOMPARE(test::waitRead(store, QStringLiteral("k"), this).value().value()->reveal(), QStringLiteral("v2"));
    QVERIFY(!QFile::exists(store.lockFilePath())); // released after each change
}

// Compare-and-delete: a process removes a value only while it is the one it knows to be dead.
void TestFileCredentialStore::removeIfEqualKeepsANewerValue()
{
    FileCredentialStore mine(path());
    FileCredentialStore theirs(path()); // another process on the same file
    const QString key = QStringLiteral("carelink/a/refresh_token");
    QVERIFY(test::waitWrite(mine, key, Secret(QStringLiteral("old")), this).value().ok());
    QVERIFY(test::waitWrite(theirs, key, Secret(QStringLiteral("new")), this).value().ok());
    QVERIFY(test::waitRemoveIfEqual(mine, key, Secret(QStringLiteral("old")), this).value().ok());
    QCOMPARE(test::waitRead(mine, key, this).value().value()->reveal(), QStringLiteral("new"));
    QVERIFY(test::waitRemoveIfEqual(mine, key, Secret(QStringLiteral("new")), this).value().ok());
    QVERIFY(!test::waitRead(mine, key, this).value().value().has_value());
    QVERIFY(test::waitRemoveIfEqual(mine, key, Secret(QStringLiteral("new")), this).value().ok()); // not found: OK
}

QTEST_GUILESS_MAIN(TestFileCredentialStore)
#include "tst_filecredentialstore.moc"
