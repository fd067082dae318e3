#include "statestore.h"

#include "common/clock.h"
#include "logging/categories.h"
#include "logging/redactor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
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

StateStore::Parsed StateStore::parse(const QString &path) const
{
    Parsed p;
    QFile file(path);
    if (!file.exists())
        return p;
    if (!file.open(QIODevice::ReadOnly)) {
        // Not damage: wrong owner or permissions, or an I/O error. Setting it aside would not help.
        p.check = Check::Unreadable;
        p.problem = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return p;
    }
    p.check = Check::Damaged;
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
    m_resetNotice.clear();
    m_setAside.clear();

    const Parsed main = parse(m_path);
    if (main.check == Check::Good) {
        m_mainGood = true;
        m_current = main.state;
        return m_current;
    }
    const Parsed backup = main.check == Check::Missing || main.check == Check::Damaged ? parse(backupPath()) : Parsed{};
    for (const Parsed *p : {&main, &backup}) {
        if (p->check == Check::TooNew) {
            m_readOnly = true;
            qCWarning(lcState) << p->problem;
            return storageError(tr("The sync state was saved by a newer version of Nightbridge. Update Nightbridge "
                                   "to continue syncing."),
                                p->problem);
        }
        if (p->check == Check::Unreadable) {
            qCWarning(lcState) << p->problem;
            return storageError(tr("Nightbridge cannot read its sync state in %1. Check that the folder and its "
                                   "files belong to you and are readable.")
                                    .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath())),
                                p->problem);
        }
    }
    if (main.check == Check::Missing) {
        if (backup.check == Check::Missing)
            return m_current; // first run
        if (backup.check == Check::Good) {
            // A crash between moving the old file aside and committing the new one: the old state, intact.
            qCInfo(lcState) << "using the previous copy" << backupPath() << "(the last save was interrupted)";
            m_recovered = true;
            m_current = backup.state;
            return m_current;
        }
    }

    // Damage: one policy. Both copies go aside with the time in their names (nothing is deleted, earlier
    // damage is not overwritten) and the state starts from scratch.
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    const QString stamp = QStringLiteral(".damaged-") + now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    qCWarning(lcState).noquote() << "state damaged:" << (main.problem.isEmpty() ? backup.problem : main.problem)
                                 << (backup.problem.isEmpty() || main.problem.isEmpty()
                                         ? QString()
                                         : QStringLiteral("; ") + backup.problem);
    for (const QString &path : {m_path, backupPath()}) {
        if (!QFile::exists(path))
            continue;
        QString target = path + stamp;
        for (int n = 2; QFile::exists(target); ++n)
            target = path + stamp + QStringLiteral("-%1").arg(n);
        if (!QFile::rename(path, target)) {
            return storageError(tr("The saved sync state in %1 is damaged and cannot be set aside. Check that the "
                                   "folder is writable.")
                                    .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath())),
                                QStringLiteral("cannot rename %1 to %2").arg(path, target));
        }
        m_setAside << target;
    }
    qCWarning(lcState).noquote() << "set aside:" << m_setAside.join(QStringLiteral(", ")) << "- starting from scratch";
    QStringList names;
    for (const QString &path : std::as_const(m_setAside))
        names << QDir::toNativeSeparators(path);
    m_resetNotice = tr("The saved sync state was damaged. Nightbridge set it aside (%1) and started from scratch: "
                       "each account is read again from the vendor, and documents Nightscout already has are "
                       "recognised and not uploaded twice.")
                        .arg(names.join(QStringLiteral(", ")));
    return m_current;
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
