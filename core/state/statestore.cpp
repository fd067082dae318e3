#include "statestore.h"

#include "common/clock.h"
#include "logging/categories.h"
#include "logging/redactor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace nb {

namespace {

const QByteArray kFormat = "nightbridge-state";
// The state is written last and verbatim after this marker, so its checksum covers the exact bytes.
const QByteArray kStateMarker = ",\"state\":";

std::optional<QString> findSensitiveKey(const QJsonValue &value, const QString &path)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto found = findSensitiveKey(array.at(i), path + QStringLiteral("[%1]").arg(i)))
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (redact::isSensitiveName(it.key()))
                return child;
            if (auto found = findSensitiveKey(it.value(), child))
                return found;
        }
    }
    return std::nullopt;
}

// Replaces `to` by `from` in one step where the platform allows it (POSIX rename, MoveFileEx on Windows).
bool replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), ec);
    return !ec;
}

} // namespace

StateStore::StateStore(QString filePath, const Clock *clock)
    : m_path(std::move(filePath))
    , m_clock(clock)
{}

QString StateStore::backupPath() const
{
    return m_path + QStringLiteral(".bak");
}

QString StateStore::damagedPath() const
{
    return m_path + QStringLiteral(".damaged");
}

StateStore::Parsed StateStore::parse(const QString &path) const
{
    Parsed p;
    QFile file(path);
    if (!file.exists())
        return p;
    p.check = Check::Damaged;
    if (!file.open(QIODevice::ReadOnly)) {
        p.problem = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return p;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        p.problem = QStringLiteral("%1 is not valid JSON (%2 at offset %3, %4 bytes)")
                        .arg(path, error.errorString())
                        .arg(error.offset)
                        .arg(bytes.size());
        return p;
    }
    const QJsonObject envelope = doc.object();
    if (envelope.value(QLatin1String("format")).toString() != QLatin1String(kFormat)) {
        p.problem = QStringLiteral("%1 is not a Nightbridge state file").arg(path);
        return p;
    }
    const int version = envelope.value(QLatin1String("version")).toInt();
    if (version > FormatVersion) {
        p.check = Check::TooNew;
        p.problem = QStringLiteral("%1 has format version %2, newer than %3").arg(path).arg(version).arg(FormatVersion);
        return p;
    }
    const qsizetype marker = bytes.indexOf(kStateMarker);
    const qsizetype end = bytes.lastIndexOf('}');
    const QByteArray stateBytes =
        marker < 0 ? QByteArray() : bytes.mid(marker + kStateMarker.size(), end - marker - kStateMarker.size());
    const QByteArray expected = envelope.value(QLatin1String("sha256")).toString().toLatin1();
    if (QCryptographicHash::hash(stateBytes, QCryptographicHash::Sha256).toHex() != expected ||
        !envelope.value(QLatin1String("state")).isObject()) {
        p.problem = QStringLiteral("%1 fails its checksum").arg(path);
        return p;
    }
    p.check = Check::Good;
    p.state = envelope.value(QLatin1String("state")).toObject();
    return p;
}

QByteArray StateStore::serialise(const QJsonObject &state) const
{
    const QByteArray stateBytes = QJsonDocument(state).toJson(QJsonDocument::Compact);
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    return "{\"format\":\"" + kFormat + "\",\"version\":" + QByteArray::number(FormatVersion) + ",\"savedAt\":\"" +
           now.toString(Qt::ISODateWithMs).toLatin1() + "\",\"sha256\":\"" +
           QCryptographicHash::hash(stateBytes, QCryptographicHash::Sha256).toHex() + '"' + kStateMarker + stateBytes +
           "}\n";
}

Result<QJsonObject> StateStore::load()
{
    m_recovered = false;
    m_mainGood = false;
    m_readOnly = false;
    m_current = QJsonObject();

    Parsed main = parse(m_path);
    if (main.check == Check::Good) {
        m_mainGood = true;
        m_current = main.state;
        return m_current;
    }
    if (main.check == Check::TooNew) {
        m_readOnly = true;
        qCWarning(lcState) << main.problem;
        return storageError(tr("The sync state was saved by a newer version of Nightbridge. Update Nightbridge to "
                               "continue syncing."),
                            main.problem);
    }
    if (main.check == Check::Damaged) {
        qCWarning(lcState) << "state file damaged:" << main.problem << "- keeping it as" << damagedPath();
        QFile::remove(damagedPath());
        if (!QFile::rename(m_path, damagedPath()))
            qCWarning(lcState) << "could not set aside" << m_path;
    }

    const Parsed backup = parse(backupPath());
    if (backup.check == Check::Good) {
        // Also the normal path after a crash between moving the old file aside and committing the new one.
        qCInfo(lcState) << "using the previous good copy" << backupPath();
        m_recovered = true;
        m_current = backup.state;
        return m_current;
    }
    if (main.check == Check::Missing && backup.check == Check::Missing)
        return m_current; // first run

    const QString detail = main.problem.isEmpty() ? backup.problem : main.problem;
    return storageError(tr("The saved sync state in %1 is damaged and no good copy exists. Nightbridge will start "
                           "from scratch; documents already uploaded are recognised and not duplicated.")
                            .arg(QFileInfo(m_path).absolutePath()),
                        detail + (backup.problem.isEmpty() ? QString() : QStringLiteral("; ") + backup.problem));
}

bool StateStore::mainFileIsGood() const
{
    return m_mainGood || parse(m_path).check == Check::Good;
}

Result<void> StateStore::save(const QJsonObject &state)
{
    if (m_readOnly)
        return storageError(tr("The sync state was saved by a newer version of Nightbridge and is not overwritten."),
                            QStringLiteral("refusing to overwrite %1 (newer format)").arg(m_path));
    if (const auto key = findSensitiveKey(state, QString())) {
        return SyncError::make(SyncError::Kind::Config, tr("Nightbridge refused to store a secret in its state file."),
                               QStringLiteral("state key '%1' looks like a secret").arg(*key));
    }
    const QByteArray bytes = serialise(state);

    // The current good file becomes the previous copy. If we die right after this, load() finds no file
    // and uses the copy: the old state, intact.
    const bool movedToBackup = QFile::exists(m_path) && mainFileIsGood() && replaceFile(m_path, backupPath());

    QSaveFile file(m_path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly))
        problem = file.errorString();
    else if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) // cursors are nobody's business
        problem = file.errorString();
    else if (file.write(bytes) != bytes.size())
        problem = file.errorString();
    else if (!file.commit())
        problem = file.errorString();
    if (!problem.isEmpty()) {
        file.cancelWriting();
        if (movedToBackup && !QFile::exists(m_path))
            QFile::copy(backupPath(), m_path);
        return storageError(tr("Nightbridge cannot save its sync state to %1. Check free disk space and that the "
                               "folder is writable.")
                                .arg(QFileInfo(m_path).absolutePath()),
                            QStringLiteral("writing %1 failed: %2").arg(m_path, problem));
    }
    m_mainGood = true;
    m_current = state;
    return {};
}

Result<void> StateStore::setValue(const QString &key, const QJsonValue &value)
{
    QJsonObject next = m_current;
    next.insert(key, value);
    return save(next);
}

Result<void> StateStore::remove(const QString &key)
{
    if (!m_current.contains(key))
        return {};
    QJsonObject next = m_current;
    next.remove(key);
    return save(next);
}

SyncError StateStore::storageError(const QString &userMessage, const QString &detail) const
{
    return SyncError::make(SyncError::Kind::Storage, userMessage, detail);
}

} // namespace nb
