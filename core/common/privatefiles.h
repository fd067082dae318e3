#pragma once

#include <QFileDevice>
#include <QString>

namespace nb::PrivateFiles {

// Health data and the sign-in material around it are the user's alone: every folder Nightbridge creates is
// 0700, every file 0600 from the moment it exists (POSIX; elsewhere the user profile's ACLs apply).
constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kFolderMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// For main(): umask 077, so whatever a library creates is private too, and a file size limit
// (RLIMIT_FSIZE) makes a write fail like a full disk instead of killing the process with SIGXFSZ.
void applyProcessDefaults();

// Creates `path` and any missing parents with mode 0700. With tightenExisting, an existing folder of ours
// loses its group and other permissions (an older Nightbridge created it with the umask's mode); nothing is
// ever added. False when it is not a folder afterwards.
bool makeFolder(const QString &path, bool tightenExisting = true);

// While it lives, the process has the umask and SIGXFSZ handling it started with: for programs Nightbridge
// starts (the browser, a file manager), which must not inherit our private defaults. Keep it short: our
// own files are created with explicit modes anyway.
class ForChildProcess {
public:
    ForChildProcess();
    ~ForChildProcess();
    ForChildProcess(const ForChildProcess &) = delete;
    ForChildProcess &operator=(const ForChildProcess &) = delete;
};

} // namespace nb::PrivateFiles
