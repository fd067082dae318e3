#include "platform/singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using nb::SingleInstance;
using nb::SingleInstanceOptions;

namespace {
const QString kRedirect = QStringLiteral("com.medtronic.carepartner:/sso?code=abc123&state=xyz%2F");
}

class TestSingleInstance : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_name;

    SingleInstanceOptions options(int timeoutMs = 5000) const
    {
        SingleInstanceOptions o;
        o.directory = m_dir.path();
        o.name = m_name;
        o.handOffTimeoutMs = timeoutMs;
        return o;
    }

    // Runs the helper and waits for it (event loop keeps running, so an in-process primary answers).
    std::unique_ptr<QProcess> startHelper(const QString &mode, const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(NB_SINGLEINSTANCE_HELPER));
        process->setArguments(QStringList{m_dir.path(), m_name, mode} + arguments);
        process->start();
        return process;
    }

    static bool waitForLine(QProcess &process, const QByteArray &prefix, QByteArray *line = nullptr)
    {
        QByteArray buffer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (process.canReadLine()) {
                buffer = process.readLine().trimmed();
                if (buffer.startsWith(prefix)) {
                    if (line)
                        *line = buffer;
                    return true;
                }
                continue;
            }
            QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
            if (!process.canReadLine())
                ready.wait(500);
        }
        return false;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_name = QStringLiteral("nbtest%1").arg(++m_counter);
    }

    void secondProcessForwardsTheSignInRedirect()
    {
        SingleInstance primary(options());
        QSignalSpy becamePrimary(&primary, &SingleInstance::becamePrimary);
        QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
        primary.start({});
        QCOMPARE(becamePrimary.count(), 1);
        QCOMPARE(primary.role(), SingleInstance::Role::Primary);

        auto helper = startHelper(QStringLiteral("secondary"), {QStringLiteral("--carelink-redirect"), kRedirect});
        QVERIFY(received.wait(10000));
        QCOMPARE(received.first().first().toStringList(),
                 (QStringList{QStringLiteral("--carelink-redirect"), kRedirect}));
        QTRY_COMPARE_WITH_TIMEOUT(helper->state(), QProcess::NotRunning, 10000);
        QCOMPARE(helper->exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper->exitCode(), 0);
    }

    void aLaunchWithoutArgumentsForwardsAnEmptyList()
    {
        SingleInstance primary(options());
        QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
        primary.start({});
        auto helper = startHelper(QStringLiteral("secondary"), {});
        QVERIFY(received.wait(10000));
        QVERIFY(received.first().first().toStringList().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(helper->state(), QProcess::NotRunning, 10000);
        QCOMPARE(helper->exitCode(), 0);
    }

    void weHandOffToAPrimaryInAnotherProcess()
    {
        auto primary = startHelper(QStringLiteral("primary"), {});
        QVERIFY(waitForLine(*primary, "primary"));
        SingleInstance second(options());
        QSignalSpy handedOff(&second, &SingleInstance::handedOff);
        second.start({kRedirect});
        QCOMPARE(second.role(), SingleInstance::Role::Secondary);
        QVERIFY(handedOff.wait(10000));
        QByteArray line;
        QVERIFY(waitForLine(*primary, "received", &line));
        QCOMPARE(line, QByteArray("received [\"") + kRedirect.toUtf8() + QByteArray("\"]"));
        primary->kill();
        QTRY_COMPARE(primary->state(), QProcess::NotRunning);
    }

    void aCrashedPrimaryLeavesNothingThatBlocksTheNext()
    {
        auto crashed = startHelper(QStringLiteral("primary"), {});
        QVERIFY(waitForLine(*crashed, "primary"));
        SingleInstance probe(options());
        crashed->kill(); // SIGKILL: no cleanup at all
        QTRY_COMPARE(crashed->state(), QProcess::NotRunning);
        QVERIFY(QFile::exists(probe.lockFilePath()));
        QVERIFY(QFile::exists(probe.serverName())); // the stale socket file is still there

        SingleInstance next(options());
        QSignalSpy becamePrimary(&next, &SingleInstance::becamePrimary);
        QSignalSpy received(&next, &SingleInstance::argumentsReceived);
        next.start({});
        QCOMPARE(becamePrimary.count(), 1);
        auto helper = startHelper(QStringLiteral("secondary"), {QStringLiteral("hello")});
        QVERIFY(received.wait(10000));
        QCOMPARE(received.first().first().toStringList(), QStringList{QStringLiteral("hello")});
        QTRY_COMPARE_WITH_TIMEOUT(helper->state(), QProcess::NotRunning, 10000);
        QCOMPARE(helper->exitCode(), 0);
    }

    void aPrimaryThatNeverAnswersMakesTheLaunchFailInTime()
    {
        SingleInstance shape(options());
        QLockFile lock(shape.lockFilePath()); // someone holds the lock ...
        QVERIFY(lock.tryLock(0));
        QLocalServer mute; // ... and accepts connections but never answers
        QLocalServer::removeServer(shape.serverName());
        QVERIFY(mute.listen(shape.serverName()));

        SingleInstance second(options(600));
        QSignalSpy failed(&second, &SingleInstance::failed);
        QSignalSpy handedOff(&second, &SingleInstance::handedOff);
        second.start({QStringLiteral("x")});
        QVERIFY(failed.wait(5000));
        QCOMPARE(handedOff.count(), 0);
        const auto error = failed.first().first().value<nb::SyncError>();
        QVERIFY(!error.userMessage.isEmpty());

        mute.close(); // lock held, nobody listening: keeps retrying, then fails too
        SingleInstance third(options(500));
        QSignalSpy thirdFailed(&third, &SingleInstance::failed);
        third.start({});
        QVERIFY(thirdFailed.wait(5000));
    }

    void malformedOrOversizedMessagesAreDropped()
    {
        SingleInstance primary(options());
        QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
        primary.start({});

        QLocalSocket garbage;
        garbage.connectToServer(primary.serverName());
        QTRY_COMPARE(garbage.state(), QLocalSocket::ConnectedState);
        garbage.write("this is not json\n");
        QTRY_COMPARE(garbage.state(), QLocalSocket::UnconnectedState);

        QLocalSocket flood;
        flood.connectToServer(primary.serverName());
        QTRY_COMPARE(flood.state(), QLocalSocket::ConnectedState);
        flood.write(QByteArray(SingleInstance::MaxMessageBytes + 1024, 'a')); // no newline, ever
        QTRY_COMPARE_WITH_TIMEOUT(flood.state(), QLocalSocket::UnconnectedState, 10000);
        QCOMPARE(received.count(), 0);

        auto helper = startHelper(QStringLiteral("secondary"), {QStringLiteral("still works")});
        QVERIFY(received.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(helper->state(), QProcess::NotRunning, 10000);
    }

    void theDefaultPlaceIsPerUser()
    {
        QTemporaryDir runtime;
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
        SingleInstanceOptions o;
        o.name = m_name;
        SingleInstance instance(o);
        QVERIFY2(instance.serverName().startsWith(runtime.path()), qPrintable(instance.serverName()));
        QVERIFY(instance.lockFilePath().startsWith(runtime.path()));
        qputenv("XDG_RUNTIME_DIR", saved);
    }

#ifdef Q_OS_UNIX
    void neverTheSharedTempDirectory()
    {
        QStandardPaths::setTestModeEnabled(true); // <app data> under ~/.qttest
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        QTemporaryDir shared;
        QVERIFY(QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                         QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                         QFile::ExeOther));
        // Unset, and set to a directory others may enter: neither is used.
        for (const QByteArray &runtime : {QByteArray(), shared.path().toUtf8()}) {
            if (runtime.isEmpty())
                qunsetenv("XDG_RUNTIME_DIR");
            else
                qputenv("XDG_RUNTIME_DIR", runtime);
            SingleInstanceOptions o;
            o.name = m_name;
            SingleInstance instance(o);
            const QString dir = QFileInfo(instance.serverName()).absolutePath();
            QVERIFY2(!instance.serverName().isEmpty(), "no socket at all");
            QVERIFY2(!dir.startsWith(QDir::tempPath()) && !dir.startsWith(shared.path()), qPrintable(dir));
            QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                                     QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                     QFile::Permissions());
        }
        qputenv("XDG_RUNTIME_DIR", saved);
        QStandardPaths::setTestModeEnabled(false);
    }

    void peersAreCheckedForTheSameUser()
    {
        QLocalServer server;
        QVERIFY(server.listen(QDir(m_dir.path()).filePath(QStringLiteral("peer.sock"))));
        QLocalSocket client;
        client.connectToServer(server.fullServerName());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QLocalSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        QVERIFY(SingleInstance::peerIsThisUser(client.socketDescriptor()));
        QVERIFY(SingleInstance::peerIsThisUser(accepted->socketDescriptor()));
        QVERIFY(!SingleInstance::peerIsThisUser(-1));
    }
#endif
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
