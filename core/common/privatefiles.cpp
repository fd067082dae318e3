#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace nb::PrivateFiles {

namespace {
#ifdef Q_OS_UNIX
bool g_applied = false;
mode_t g_startUmask = 022;
void (*g_startXfsz)(int) = SIG_DFL;
#endif
} // namespace

void applyProcessDefaults()
{
#ifdef Q_OS_UNIX
    g_startUmask = ::umask(077);
    g_startXfsz = ::signal(SIGXFSZ, SIG_IGN);
    g_applied = true;
#endif
}

ForChildProcess::ForChildProcess()
{
#ifdef Q_OS_UNIX
    if (g_applied) {
        ::umask(g_startUmask);
        ::signal(SIGXFSZ, g_startXfsz);
    }
#endif
}

ForChildProcess::~ForChildProcess()
{
#ifdef Q_OS_UNIX
    if (g_applied) {
        ::umask(077);
        ::signal(SIGXFSZ, SIG_IGN);
    }
#endif
}

bool makeFolder(const QString &path, bool tightenExisting)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute.isEmpty())
        return false;
    QStringList missing;
    QString at = QDir::cleanPath(absolute);
    while (!QFileInfo(at).exists()) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        // mkdir with the mode: never visible to others, not even for an instant.
        if (!QDir().mkdir(folder, kFolderMode) && !QFileInfo(folder).isDir())
            return false;
    }
    const QFileInfo info(absolute);
    if (!info.isDir())
        return false;
#ifdef Q_OS_UNIX
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (tightenExisting && missing.isEmpty() && info.ownerId() == ::geteuid() && (info.permissions() & others))
        QFile::setPermissions(absolute, info.permissions() & ~others); // only narrower: a read-only one stays so
#endif
    return true;
}

} // namespace nb::PrivateFiles
