// Runs against a real gnome-keyring in a private D-Bus session (run-with-keyring.sh).
#include "credentialwait.h"
#include "credentials/keychaincredentialstore.h"

#include <QElapsedTimer>
#include <QUuid>

using namespace nb;
using namespace std::chrono_literals;

class TestKeychainCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void notFound();
    void binaryAndUnicodeValues();
    void servicesAreSeparate();
    void manyCallsAtOnce();
    void droppedWhenContextDies();
    void storeDestroyedWhileJobRuns();
    void ownTimeoutLeavesJobToFinish();
    void describesItself();

private:
    QString uniqueKey(const QString &what) const { return QStringLiteral("test/%1/%2").arg(m_run, what); }
    KeychainCredentialStore::Options options() const
    {
        KeychainCredentialStore::Options o;
        o.service = QStringLiteral("Nightbridge test ") + m_run;
        o.timeout = 15s;
        o.backendRetryDelay = 500ms;
        return o;
    }
    QString m_run;
};

void TestKeychainCredentialStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/keychain/run-with-keyring.sh (ctest does)");
    m_run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

void TestKeychainCredentialStore::writeReadOverwriteDelete()
{
    KeychainCredentialStore store(options());
    const QString key = uniqueKey(QStringLiteral("password"));

    const auto written = test::waitWrite(store, key, Secret(QStringLiteral("first-value")), this);
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().detail));

    auto read = test::waitRead(store, key, this);
    QVERIFY(read && read->ok());
    QVERIFY(read->value().has_value());
    QCOMPARE(read->value()->reveal(), QStringLiteral("first-value"));

    QVERIFY(test::waitWrite(store, key, Secret(QStringLiteral("second-value")), this).value().ok());
    read = test::waitRead(store, key, this);
    QVERIFY(read && read->ok() && read->value());
    QCOMPARE(read->value()->reveal(), QStringLiteral("second-value"));

    // A second store instance (the next app start) sees the same entry.
    KeychainCredentialStore other(options());
    read = test::waitRead(other, key, this);
    QVERIFY(read && read->ok() && read->value());
    QCOMPARE(read->value()->reveal(), QStringLiteral("second-value"));

    const auto removed = test::waitRemove(store, key, this);
    QVERIFY(removed && removed->ok());
    read = test::waitRead(store, key, this);
    QVERIFY(read && read->ok());
    QVERIFY(!read->value().has_value());
}

void TestKeychainCredentialStore::notFound()
{
    KeychainCredentialStore store(options());
    const auto read = test::waitRead(store, uniqueKey(QStringLiteral("never-written")), this);
    QVERIFY(read);
    QVERIFY(read->ok());
    QVERIFY(!read->value().has_value());
    const auto removed = test::waitRemove(store, uniqueKey(QStringLiteral("never-written")), this);
    QVERIFY(removed);
    QVERIFY(removed->ok()); // deleting what is not there is not an error
}

void TestKeychainCredentialStore::binaryAndUnicodeValues()
{
    KeychainCredentialStore store(options());
    const QByteArray binary("\x00\x01\xfe\xff token \xc3\xa9", 14);
    QVERIFY(test::waitWrite(store, uniqueKey(QStringLiteral("bin")), Secret(binary), this).value().ok());
    const QString unicode = QStringLiteral("p\u00e4ss w\u00f6rd \U0001F511");
    QVERIFY(test::waitWrite(store, uniqueKey(QStringLiteral("uni")), Secret(unicode), this).value().ok());
    const QByteArray longValue(2000, 'x'); // a long token
    QVERIFY(test::waitWrite(store, uniqueKey(QStringLiteral("long")), Secret(longValue), this).value().ok());

    QCOMPARE(test::waitRead(store, uniqueKey(QStringLiteral("bin")), this).value().value()->revealBytes(), binary);
    QCOMPARE(test::waitRead(store, uniqueKey(QStringLiteral("uni")), this).value().value()->reveal(), unicode);
    QCOMPARE(test::waitRead(store, uniqueKey(QStringLiteral("long")), this).value().value()->revealBytes(), longValue);
}

void TestKeychainCredentialStore::servicesAreSeparate()
{
    KeychainCredentialStore a(options());
    KeychainCredentialStore::Options otherService = options();
    otherService.service += QStringLiteral(" other");
    KeychainCredentialStore b(otherService);
    const QString key = uniqueKey(QStringLiteral("shared-name"));
    QVERIFY(test::waitWrite(a, key, Secret(QStringLiteral("a-value")), this).value().ok());
    const auto read = test::waitRead(b, key, this);
    QVERIFY(read && read->ok());
    QVERIFY(!read->value().has_value());
}

// QtKeychain runs jobs one at a time; many calls issued together must all be answered, in order.
void TestKeychainCredentialStore::manyCallsAtOnce()
{
    KeychainCredentialStore store(options());
    constexpr int count = 12;
    auto answers = std::make_shared<QList<int>>();
    for (int i = 0; i < count; ++i) {
        store.write(uniqueKey(QStringLiteral("many/%1").arg(i)), Secret(QStringLiteral("value %1").arg(i)), this,
                    [answers, i](const Result<void> &r) {
                        if (r.ok())
                            answers->append(i);
                    });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers->size(), count, 30000);
    for (int i = 0; i < count; ++i)
        QCOMPARE(answers->at(i), i);
    for (int i = 0; i < count; ++i) {
        const auto read = test::waitRead(store, uniqueKey(QStringLiteral("many/%1").arg(i)), this);
        QVERIFY(read && read->ok() && read->value());
        QCOMPARE(read->value()->reveal(), QStringLiteral("value %1").arg(i));
    }
}

void TestKeychainCredentialStore::droppedWhenContextDies()
{
    KeychainCredentialStore store(options());
    auto *context = new QObject;
    bool called = false;
    store.write(uniqueKey(QStringLiteral("ctx")), Secret(QStringLiteral("v")), context,
                [&called](const Result<void> &) { called = true; });
    delete context;
    // The job still runs; a later call is answered after it (one queue), and the dropped one never is.
    const auto read = test::waitRead(store, uniqueKey(QStringLiteral("ctx")), this);
    QVERIFY(read && read->ok() && read->value());
    QVERIFY(!called);
}

void TestKeychainCredentialStore::storeDestroyedWhileJobRuns()
{
    const QString key = uniqueKey(QStringLiteral("orphan"));
    {
        KeychainCredentialStore store(options());
        store.write(key, Secret(QStringLiteral("written by a dead store")), this,
                    [](const Result<void> &) { QFAIL("callback of a destroyed store must not run"); });
    } // destroyed while its job is queued or running: the job must finish on its own (ASan watches)
    KeychainCredentialStore next(options());
    const auto read = test::waitRead(next, key, this);
    QVERIFY(read && read->ok() && read->value());
    QCOMPARE(read->value()->reveal(), QStringLiteral("written by a dead store"));
}

void TestKeychainCredentialStore::ownTimeoutLeavesJobToFinish()
{
    KeychainCredentialStore::Options o = options();
    o.timeout = 0ms; // fires before any D-Bus round trip can complete
    KeychainCredentialStore impatient(o);
    const QString key = uniqueKey(QStringLiteral("late"));
    QElapsedTimer clock;
    clock.start();
    const auto answer = test::waitWrite(impatient, key, Secret(QStringLiteral("late value")), this);
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().kind, SyncError::Kind::Keychain);
    QVERIFY(answer->error().detail.contains(QLatin1String("timed out")));
    QVERIFY(answer->error().userMessage.contains(QLatin1String("did not answer")));
    QVERIFY(clock.elapsed() < 5000);
    // The abandoned job was not deleted while running: it completes and its write lands.
    KeychainCredentialStore patient(options());
    const auto read = test::waitRead(patient, key, this);
    QVERIFY(read && read->ok() && read->value());
    QCOMPARE(read->value()->reveal(), QStringLiteral("late value"));
}

void TestKeychainCredentialStore::describesItself()
{
    KeychainCredentialStore store(options());
    QVERIFY(store.isEncrypted());
    QVERIFY(!store.backendName().isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
