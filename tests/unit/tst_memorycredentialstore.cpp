#include "credentials/memorycredentialstore.h"
#include "credentialwait.h"

using namespace nb;

class TestMemoryCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void writeReadOverwriteRemove();
    void notFound();
    void answersAsynchronously();
    void injectedFailure();
    void droppedWhenContextDies();
    void describesItself();
};

void TestMemoryCredentialStore::writeReadOverwriteRemove()
{
    MemoryCredentialStore store;
    QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("one")), this).value().ok());
    QVERIFY(store.contains(QStringLiteral("k")));
    QCOMPARE(test::waitRead(store, QStringLiteral("k"), this).value().value()->reveal(), QStringLiteral("one"));
    QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("two")), this).value().ok());
    QCOMPARE(test::waitRead(store, QStringLiteral("k"), this).value().value()->reveal(), QStringLiteral("two"));
    QCOMPARE(store.writeCount(), 2);
    QVERIFY(test::waitRemove(store, QStringLiteral("k"), this).value().ok());
    QVERIFY(!store.contains(QStringLiteral("k")));
}

void TestMemoryCredentialStore::notFound()
{
    MemoryCredentialStore store;
    const auto read = test::waitRead(store, QStringLiteral("missing"), this);
    QVERIFY(read && read->ok());
    QVERIFY(!read->value().has_value());
    QVERIFY(test::waitRemove(store, QStringLiteral("missing"), this).value().ok());
}

void TestMemoryCredentialStore::answersAsynchronously()
{
    MemoryCredentialStore store;
    bool answered = false;
    store.write(QStringLiteral("k"), Secret(QStringLiteral("v")), this,
                [&answered](const Result<void> &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

void TestMemoryCredentialStore::injectedFailure()
{
    MemoryCredentialStore store;
    store.setFailure(SyncError::make(SyncError::Kind::Keychain, QStringLiteral("locked"), QStringLiteral("test")));
    const auto written = test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v")), this);
    QVERIFY(written && !written->ok());
    QCOMPARE(written->error().kind, SyncError::Kind::Keychain);
    QVERIFY(!store.contains(QStringLiteral("k")));
    const auto read = test::waitRead(store, QStringLiteral("k"), this);
    QVERIFY(read && !read->ok());
    store.setFailure(std::nullopt);
    QVERIFY(test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("v")), this).value().ok());
}

void TestMemoryCredentialStore::droppedWhenContextDies()
{
    MemoryCredentialStore store;
    auto *context = new QObject;
    bool called = false;
    store.read(QStringLiteral("k"), context, [&called](const Result<std::optional<Secret>> &) { called = true; });
    delete context;
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestMemoryCredentialStore::describesItself()
{
    MemoryCredentialStore store;
    QCOMPARE(store.backendName(), QStringLiteral("memory"));
    QVERIFY(!store.isEncrypted());
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
