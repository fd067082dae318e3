#pragma once

#include "common/syncerror.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;
class QTimer;

namespace nb {

struct SingleInstanceOptions {
    QString name = QStringLiteral("nightbridge"); // tests and the screenshot script use their own
    // Where the socket and lock live (Unix). Empty: SingleInstance::defaultDirectory().
    QString directory;
    int handOffTimeoutMs = 5000; // a secondary gives up after this
    int connectRetryMs = 150;    // the primary may hold the lock but not listen yet
};

// Makes the tray app a single instance per user. The first launch takes a lock file and listens on a
// local socket; a later launch finds the lock taken, connects, hands over its arguments (for example
// the CareLink sign-in redirect com.medtronic.carepartner:/sso?code=...) and is told to exit.
//
// Why a lock file as well as the socket: the lock decides who is primary without a race (two launches
// at the same moment), and Qt removes it when its process is gone, so after a crash the next primary
// knows any socket left behind is stale and removes it before listening.
//
// Both ends check that the other runs as the same user before a sign-in redirect changes hands.
//
// Fully asynchronous (no waitFor*): call start() and wait for becamePrimary() or handedOff()/failed().
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Role { Undecided, Primary, Secondary };

    using Options = SingleInstanceOptions;

    explicit SingleInstance(Options options = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // `arguments` without the program name; they travel to the primary when this launch is secondary.
    void start(const QStringList &arguments);

    Role role() const { return m_role; }
    QString serverName() const { return m_serverName; }
    QString lockFilePath() const { return m_lockPath; }

    static constexpr qsizetype MaxMessageBytes = 64 * 1024;

    // Unix: a directory only this user can enter, never the shared temp directory (where another user
    // could take the name first): $XDG_RUNTIME_DIR when it is set and private to this user, else
    // <app data>/run, created 0700. Empty when neither can be had (the app then runs unguarded).
    static QString defaultDirectory();
    // The process at the other end of a local socket runs as this user (SO_PEERCRED / getpeereid).
    // Both ends check before anything is handed over. Windows: the pipe's name is per user and its
    // access list (QLocalServer::UserAccessOption) admits only this user, so true.
    static bool peerIsThisUser(qintptr socketDescriptor);

signals:
    void becamePrimary();
    void handedOff();                        // secondary: the primary has the arguments; exit now
    void failed(const nb::SyncError &error); // secondary could not reach the primary
    // Primary: a later launch's arguments (possibly empty: "show yourself").
    void argumentsReceived(const QStringList &arguments);

private:
    void becomePrimary();
    void tryConnect();
    void onSecondaryConnected();
    void onSecondaryReadyRead();
    void onSecondaryError();
    void onNewConnection();
    void failWith(const QString &detail);

    Options m_options;
    Role m_role = Role::Undecided;
    QString m_serverName;
    QString m_lockPath;
    QStringList m_arguments;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr;
    QTimer *m_deadline = nullptr;
    bool m_sent = false;
    bool m_done = false;
};

} // namespace nb
