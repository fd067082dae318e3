#include "synclock.h"

#include <QByteArray>
#include <QFile>
#include <QLockFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace nb {

SyncLock::SyncLock(QString path)
    : m_path(std::move(path))
{}

SyncLock::~SyncLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
#endif
    delete static_cast<QLockFile *>(m_qlock);
}

bool SyncLock::tryLock(qint64 *holderPid)
{
    *holderPid = 0;
    m_error.clear();
#ifdef Q_OS_UNIX
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(m_fd);
            m_fd = -1;
            return false;
        }
        char buffer[32] = {};
        const ssize_t n = ::pread(m_fd, buffer, sizeof buffer - 1, 0);
        if (n > 0)
            *holderPid = QByteArray(buffer, int(n)).trimmed().toLongLong();
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    // Who holds it, for the other process's message (best effort).
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(m_fd, 0) == 0) [[maybe_unused]]
        const ssize_t written = ::pwrite(m_fd, pid.constData(), size_t(pid.size()), 0);
    return true;
#else
    auto *lock = new QLockFile(m_path);
    m_qlock = lock;
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return true;
    if (lock->error() != QLockFile::LockFailedError) {
        m_error = lock->error() == QLockFile::PermissionError ? QStringLiteral("permission denied")
                                                              : QStringLiteral("cannot create the lock file");
        return false;
    }
    QString host, app;
    lock->getLockInfo(holderPid, &host, &app);
    return false;
#endif
}

} // namespace nb
