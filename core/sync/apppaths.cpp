#include "apppaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace nb {

QString AppPaths::outboxFor(const QString &accountId) const
{
    return QDir(outboxDir).filePath(accountId);
}

AppPaths AppPaths::standard()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    AppPaths p;
    p.settingsFile = QDir(config).filePath(QStringLiteral("nightbridge.ini"));
    p.stateFile = QDir(data).filePath(QStringLiteral("state.json"));
    p.outboxDir = QDir(data).filePath(QStringLiteral("outbox"));
    p.logDir = QDir(data).filePath(QStringLiteral("logs"));
    p.credentialFile = QDir(data).filePath(QStringLiteral("credentials.json"));
    p.lockFile = QDir(data).filePath(QStringLiteral("sync.lock"));
    return p;
}

AppPaths AppPaths::inDirectory(const QString &directory)
{
    const QDir dir(QFileInfo(directory).absoluteFilePath());
    AppPaths p;
    p.settingsFile = dir.filePath(QStringLiteral("nightbridge.ini"));
    p.stateFile = dir.filePath(QStringLiteral("state.json"));
    p.outboxDir = dir.filePath(QStringLiteral("outbox"));
    p.logDir = dir.filePath(QStringLiteral("logs"));
    p.credentialFile = dir.filePath(QStringLiteral("credentials.json"));
    p.lockFile = dir.filePath(QStringLiteral("sync.lock"));
    return p;
}

AppPaths AppPaths::demo() const
{
    const QString base = QFileInfo(stateFile).absolutePath() + QStringLiteral("/demo");
    AppPaths p = inDirectory(base);
    p.settingsFile = settingsFile; // read (the Nightscout site), never written by the demo
    p.logDir = logDir;
    return p;
}

} // namespace nb
