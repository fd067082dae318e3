#include "filecredentialstore.h"

#include "logging/categories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QTimer>

namespace nb {

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
const QString kFormat = QStringLiteral("nightbridge-credentials");

} // namespace

FileCredentialStore::FileCredentialStore(QString filePath, QObject *parent)
    : CredentialStore(parent)
    , m_path(std::move(filePath))
{}

QString FileCredentialStore::backendName() const
{
    return tr("Plain file, not encrypted (%1)").arg(QDir::toNativeSeparators(m_path));
}

template<typename R, typename F>
void FileCredentialStore::reply(QObject *context, F callback, R result)
{
    // Asynchronous like the keychain, so callers cannot come to rely on an immediate answer.
    QTimer::singleShot(0, context ? context : this,
                       [callback = std::move(callback), result = std::move(result)] { callback(result); });
}

void FileCredentialStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    const Result<QJsonObject> secrets = loadSecrets();
    Result<std::optional<Secret>> result = std::optional<Secret>();
    if (!secrets.ok()) {
        result = secrets.error();
    } else if (secrets->contains(key)) {
        result = std::optional<Secret>(Secret(QByteArray::fromBase64(secrets->value(key).toString().toLatin1())));
    }
    reply(context, std::move(callback), std::move(result));
}

void FileCredentialStore::write(const QString &key, const Secret &value, QObject *context, WriteCallback callback)
{
    Result<void> result = modify([&](QJsonObject &secrets) {
        secrets.insert(key, QString::fromLatin1(value.revealBytes().toBase64()));
        return true;
    });
    reply(context, std::move(callback), std::move(result));
}

void FileCredentialStore::remove(const QString &key, QObject *context, WriteCallback callback)
{
    Result<void> result = modify([&](QJsonObject &secrets) {
        if (!secrets.contains(key))
            return false;
        secrets.remove(key);
        return true;
    });
    reply(context, std::move(callback), std::move(result));
}

void FileCredentialStore::removeIfEqual(const QString &key, const Secret &expected, QObject *context,
                                        WriteCallback callback)
{
    Result<void> result = modify([&](QJsonObject &secrets) {
        if (!secrets.contains(key) ||
            QByteArray::fromBase64(secrets.value(key).toString().toLatin1()) != expected.revealBytes())
            return false; // someone stored a newer value: it stays
        secrets.remove(key);
        return true;
    });
    reply(context, std::move(callback), std::move(result));
}

Result<void> FileCredentialStore::modify(const std::function<bool(QJsonObject &)> &change)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return fileError(QStringLiteral("cannot create %1").arg(dir));
    QLockFile lock(lockFilePath());
    if (!lock.tryLock(m_lockTimeoutMs)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return fileError(QStringLiteral("%1 is locked by another process (PID %2, error %3)")
                             .arg(lockFilePath())
                             .arg(pid)
                             .arg(int(lock.error())));
    }
    Result<QJsonObject> secrets = loadSecrets();
    if (!secrets.ok())
        return secrets.error();
    QJsonObject next = secrets.value();
    if (!change(next))
        return {};
    return saveSecrets(next);
}

Result<QJsonObject> FileCredentialStore::loadSecrets() const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonObject();
    if (file.permissions() & kOthers) {
        // Someone widened the permissions (copy, restore from backup): close them again before reading.
        qCWarning(lcKeychain) << "credentials file" << m_path << "was readable by others; restricting it to the owner";
        if (!file.setPermissions(kOwnerOnly))
            return fileError(QStringLiteral("cannot restrict permissions of %1: %2").arg(m_path, file.errorString()));
    }
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toString() != kFormat ||
        !root.value(QLatin1String("secrets")).isObject())
        return fileError(QStringLiteral("%1 is damaged or not a Nightbridge credentials file").arg(m_path));
    return root.value(QLatin1String("secrets")).toObject();
}

Result<void> FileCredentialStore::saveSecrets(const QJsonObject &secrets) const
{
    QJsonObject root;
    root.insert(QLatin1String("warning"), QStringLiteral("NOT ENCRYPTED. Anyone who can read this file can read the "
                                                         "secrets in it. Keep it private (mode 0600)."));
    root.insert(QLatin1String("format"), kFormat);
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("secrets"), secrets);

    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return fileError(QStringLiteral("cannot create %1").arg(dir));
    QSaveFile file(m_path);
    // Permissions are set on the temporary file before any secret is written to it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
        return fileError(QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fileError(QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    if (QFile::permissions(m_path) & kOthers)
        return fileError(QStringLiteral("%1 could not be made private").arg(m_path));
    return {};
}

SyncError FileCredentialStore::fileError(const QString &detail) const
{
    return SyncError::make(SyncError::Kind::Keychain,
                           tr("Nightbridge cannot use its credentials file %1. Check that the file and its folder "
                              "belong to you and are writable, or switch back to the system keychain.")
                               .arg(QDir::toNativeSeparators(m_path)),
                           detail);
}

} // namespace nb
