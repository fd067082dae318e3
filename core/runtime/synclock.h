#pragma once

#include <QString>

namespace nb {

// One syncing process per data folder. On POSIX an flock() on the lock file: the kernel drops it when the
// holder dies, so a process killed with SIGKILL (at any instant, even while writing the file) never
// leaves a lock behind. Elsewhere QLockFile (stale detection by the holder's PID).
class SyncLock {
public:
    explicit SyncLock(QString path);
    ~SyncLock();
    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    bool tryLock(qint64 *holderPid); // holderPid: the other process, when known (0 otherwise)
    // After a failed tryLock(): why the lock file could not be opened (empty: another process holds it).
    QString error() const { return m_error; }

private:
    QString m_path;
    int m_fd = -1;
    QString m_error;
    void *m_qlock = nullptr;
};

} // namespace nb
