// The keychain when no D-Bus session bus is reachable (a headless login, a broken session): every call
// must end with a clear Keychain error, after one retry on Linux, and never hang.
#include "credentialwait.h"
#include "credentials/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>

using namespace nb;
using namespace std::chrono_literals;

class TestKeychainNoBus : public QObject {
    Q_OBJECT

private slots:
    void readFailsClearly();
    void writeAndRemoveFailClearly();
    void noRetryWhenDisabled();
    void silentBusHitsOurTimeout(); // last: it leaves a D-Bus handshake hanging in GLib's worker thread

private:
    static KeychainCredentialStore::Options options()
    {
        KeychainCredentialStore::Options o;
        o.service = QStringLiteral("Nightbridge test no bus");
        o.timeout = 10s;
        o.backendRetryDelay = 300ms;
        o.retryWhenBackendDown = true;
        return o;
    }
    static void verifyClearError(const SyncError &e)
    {
        QCOMPARE(e.kind, SyncError::Kind::Keychain);
        QVERIFY2(!e.userMessage.isEmpty(), qPrintable(e.detail));
        QVERIFY2(e.userMessage.contains(QLatin1String("keychain")), qPrintable(e.userMessage));
    }
};

void TestKeychainNoBus::readFailsClearly()
{
    KeychainCredentialStore store(options());
    QElapsedTimer clock;
    clock.start();
    const auto read = test::waitRead(store, QStringLiteral("nightscout/x/secret"), this, 30000);
    QVERIFY2(read, "no answer: the store hung");
    QVERIFY(!read->ok());
    verifyClearError(read->error());
    qInfo() << "no-bus read answered after" << clock.elapsed() << "ms:" << read->error().detail;
    QVERIFY(read->error().userMessage.contains(QLatin1String("No keychain service is running")));
    QVERIFY(read->error().detail.contains(QLatin1String("after 2 attempt(s)"))); // retried once
    QVERIFY(clock.elapsed() >= 300);
    QVERIFY(read->error().retryable);
}

void TestKeychainNoBus::writeAndRemoveFailClearly()
{
    KeychainCredentialStore store(options());
    const auto written =
        test::waitWrite(store, QStringLiteral("k"), Secret(QStringLiteral("TestSecret-nobus")), this, 30000);
    QVERIFY2(written, "no answer: the store hung");
    QVERIFY(!written->ok());
    verifyClearError(written->error());
    QVERIFY(!written->error().detail.contains(QLatin1String("TestSecret")));
    const auto removed = test::waitRemove(store, QStringLiteral("k"), this, 30000);
    QVERIFY2(removed, "no answer: the store hung");
    QVERIFY(!removed->ok());
    verifyClearError(removed->error());
}

void TestKeychainNoBus::noRetryWhenDisabled()
{
    KeychainCredentialStore::Options o = options();
    o.retryWhenBackendDown = false;
    KeychainCredentialStore store(o);
    const auto read = test::waitRead(store, QStringLiteral("k"), this, 30000);
    QVERIFY(read && !read->ok());
    QVERIFY(read->error().detail.contains(QLatin1String("after 1 attempt(s)")));
}

// A "bus" that accepts connections and never says a word: without our own timeout the call would wait
// forever (GLib has no timeout on the D-Bus handshake).
void TestKeychainNoBus::silentBusHitsOurTimeout()
{
    QTemporaryDir dir;
    QLocalServer silent;
    QVERIFY(silent.listen(dir.filePath(QStringLiteral("bus"))));
    QList<QLocalSocket *> held;
    connect(&silent, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket *s = silent.nextPendingConnection())
            held.append(s);
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(silent.fullServerName()));

    KeychainCredentialStore::Options o = options();
    o.timeout = 1500ms;
    KeychainCredentialStore store(o);
    QElapsedTimer clock;
    clock.start();
    const auto read = test::waitRead(store, QStringLiteral("k"), this, 30000);
    QVERIFY2(read, "no answer: the store hung");
    QVERIFY(!read->ok());
    verifyClearError(read->error());
    QVERIFY2(read->error().detail.contains(QLatin1String("timed out")), qPrintable(read->error().detail));
    QVERIFY(read->error().userMessage.contains(QLatin1String("did not answer")));
    QVERIFY(clock.elapsed() >= 1400);
    QVERIFY(clock.elapsed() < 10000);
    QVERIFY(!held.isEmpty()); // the client really reached our silent bus
}

int main(int argc, char **argv)
{
    // Before anything can open the session bus: an address where nothing listens.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/nightbridge-test-no-bus");
    QCoreApplication app(argc, argv);
    TestKeychainNoBus test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainnobus.moc"
