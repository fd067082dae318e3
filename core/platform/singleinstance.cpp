#include "singleinstance.h"

#include "logging/categories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace nb {

namespace {

constexpr int kServerReadTimeoutMs = 5000;
const QByteArray kAck = QByteArrayLiteral("ok\n");

#ifdef Q_OS_WIN
QString userTag()
{
    // Pipe names are global on Windows: a hash of the user name keeps two users' instances apart.
    const QString user = qEnvironmentVariable("USERDOMAIN") + QLatin1Char('\\') + qEnvironmentVariable("USERNAME");
    return QString::fromLatin1(QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}
#endif

#ifdef Q_OS_UNIX
// A directory of this user that nobody else may enter or list.
bool isPrivateDirectory(const QString &path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
           info.st_uid == ::getuid() && (info.st_mode & 077) == 0;
}
#endif

} // namespace

QString SingleInstance::defaultDirectory()
{
#ifdef Q_OS_UNIX
    // Not QStandardPaths::RuntimeLocation: without XDG_RUNTIME_DIR, Qt makes one under /tmp.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && isPrivateDirectory(runtime))
        return runtime;
    const QString own = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/run");
    if (QDir().mkpath(own) && QFile::setPermissions(own, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
        isPrivateDirectory(own))
        return own;
    qCWarning(lcPlatform) << "single instance: no private directory for the socket";
    return {};
#else
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir().mkpath(dir) ? dir : QString();
#endif
}

bool SingleInstance::peerIsThisUser(qintptr socketDescriptor)
{
#if defined(Q_OS_LINUX)
    ucred peer{};
    socklen_t length = sizeof(peer);
    return ::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &peer, &length) == 0 &&
           length == sizeof(peer) && peer.uid == ::getuid();
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    return ::getpeereid(int(socketDescriptor), &uid, &gid) == 0 && uid == ::getuid();
#else
    Q_UNUSED(socketDescriptor);
    return true;
#endif
}

SingleInstance::SingleInstance(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    const QString dir = m_options.directory.isEmpty() ? defaultDirectory() : m_options.directory;
    if (dir.isEmpty())
        return; // no lock and no socket: start() runs unguarded
    m_lockPath = QDir(dir).filePath(m_options.name + QStringLiteral(".lock"));
#ifdef Q_OS_WIN
    m_serverName = m_options.name + QLatin1Char('-') + userTag();
#else
    m_serverName = QDir(dir).filePath(m_options.name + QStringLiteral(".sock"));
#endif
}

SingleInstance::~SingleInstance() = default;

void SingleInstance::start(const QStringList &arguments)
{
    Q_ASSERT(m_role == Role::Undecided);
    m_arguments = arguments;
    if (m_lockPath.isEmpty()) {
        qCWarning(lcPlatform) << "single instance: running without the single-instance guard";
        m_role = Role::Primary;
        emit becamePrimary();
        return;
    }
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // Staleness by age would let a second copy start next to a primary that has run for a while; Qt
    // still treats the lock as stale when the process that took it is gone.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        becomePrimary();
        return;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        // Cannot even create the lock (read-only dir?): better a second copy than no app at all.
        qCWarning(lcPlatform) << "single instance: lock file unusable, running without the single-instance guard";
        m_lock.reset();
        becomePrimary();
        return;
    }
    m_role = Role::Secondary;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this,
            [this] { failWith(QStringLiteral("single instance: the running instance did not answer in time")); });
    m_deadline->start(m_options.handOffTimeoutMs);
    tryConnect();
}

void SingleInstance::becomePrimary()
{
    m_role = Role::Primary;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so whatever socket is left at that name belongs to a dead instance.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName))
        qCWarning(lcPlatform) << "single instance: cannot listen, later launches will not be forwarded:"
                              << m_server->errorString();
    else
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    emit becamePrimary();
}

void SingleInstance::tryConnect()
{
    if (m_done)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::connected, this, &SingleInstance::onSecondaryConnected);
    connect(m_socket, &QLocalSocket::readyRead, this, &SingleInstance::onSecondaryReadyRead);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &SingleInstance::onSecondaryError);
    m_socket->connectToServer(m_serverName);
}

void SingleInstance::onSecondaryConnected()
{
    // The arguments may carry a sign-in code: only to an instance of this same user.
    if (!peerIsThisUser(m_socket->socketDescriptor())) {
        failWith(QStringLiteral("single instance: the socket is served by another user's process; nothing sent"));
        return;
    }
    const QByteArray message =
        QJsonDocument(QJsonArray::fromStringList(m_arguments)).toJson(QJsonDocument::Compact) + '\n';
    if (message.size() > MaxMessageBytes) {
        failWith(QStringLiteral("single instance: arguments too long to forward"));
        return;
    }
    m_socket->write(message);
    m_sent = true;
}

void SingleInstance::onSecondaryReadyRead()
{
    if (!m_socket->canReadLine())
        return;
    if (m_socket->readLine() != kAck) {
        failWith(QStringLiteral("single instance: unexpected answer from the running instance"));
        return;
    }
    m_done = true;
    m_deadline->stop();
    m_socket->disconnectFromServer();
    qCInfo(lcPlatform) << "single instance: handed" << m_arguments.size() << "argument(s) to the running instance";
    emit handedOff();
}

void SingleInstance::onSecondaryError()
{
    if (m_done)
        return;
    if (m_sent) {
        // The answer may be buffered behind the close; never resend, the primary may have acted on it.
        if (m_socket->canReadLine())
            onSecondaryReadyRead();
        else
            failWith(QStringLiteral("single instance: the running instance closed the connection without an answer"));
        return;
    }
    // The primary may have taken the lock and not be listening yet; keep trying until the deadline.
    QTimer::singleShot(m_options.connectRetryMs, this, &SingleInstance::tryConnect);
}

void SingleInstance::failWith(const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    if (m_socket)
        m_socket->abort();
    qCWarning(lcPlatform).noquote() << detail;
    emit failed(SyncError::make(SyncError::Kind::Config,
                                tr("Nightbridge is already running but does not respond. Quit it and try again."),
                                detail));
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *client = m_server->nextPendingConnection()) {
        if (!peerIsThisUser(client->socketDescriptor())) {
            qCWarning(lcPlatform) << "single instance: refused a connection from another user's process";
            client->abort();
            client->deleteLater();
            continue;
        }
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        // A client that never finishes its line must not stay connected forever.
        auto *timeout = new QTimer(client);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, client, [client] { client->abort(); });
        timeout->start(kServerReadTimeoutMs);
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            if (!client->canReadLine()) {
                if (client->bytesAvailable() > MaxMessageBytes)
                    client->abort();
                return;
            }
            const QByteArray line = client->readLine(MaxMessageBytes + 1);
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
                qCWarning(lcPlatform) << "single instance: ignored a malformed message from a later launch";
                client->abort();
                return;
            }
            QStringList arguments;
            for (const QJsonValue &v : doc.array()) {
                if (v.isString())
                    arguments.append(v.toString());
            }
            client->write(kAck);
            client->disconnectFromServer();
            // Arguments may carry a sign-in code: log the count only.
            qCInfo(lcPlatform) << "single instance: a later launch forwarded" << arguments.size() << "argument(s)";
            emit argumentsReceived(arguments);
        });
    }
}

} // namespace nb
