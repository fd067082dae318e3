#include "outbox.h"

#include "common/privatefiles.h"
#include "logging/categories.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace nb {

namespace {

const QString kSuffix = QStringLiteral(".json");
const QString kDamagedSuffix = QStringLiteral(".damaged");

QString fileNameFor(quint64 sequence)
{
    return QStringLiteral("%1").arg(sequence, 12, 10, QLatin1Char('0')) + kSuffix;
}

} // namespace

Outbox::Outbox(QString directory)
    : m_dir(std::move(directory))
{}

SyncError Outbox::storageError(const QString &detail) const
{
    return SyncError::make(SyncError::Kind::Storage,
                           tr("Nightbridge cannot keep its pending uploads in %1. Check that the disk is not full "
                              "and the folder is writable.")
                               .arg(QDir::toNativeSeparators(m_dir)),
                           detail);
}

QStringList Outbox::itemFiles() const
{
    QDir dir(m_dir);
    QStringList names = dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    // Only our own names: QSaveFile's temporary files and anything else are not items.
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &n) {
                                   bool ok = false;
                                   n.chopped(kSuffix.size()).toULongLong(&ok);
                                   return !ok;
                               }),
                names.end());
    return names;
}

quint64 Outbox::nextSequence() const
{
    // After the damaged ones too: a new item never takes the name of one set aside.
    quint64 last = 0;
    for (const QString &name : itemFiles() + damagedItems())
        last = std::max(last, name.left(name.indexOf(QLatin1Char('.'))).toULongLong());
    return last + 1;
}

QList<NsBatch> Outbox::split(const NsBatch &batch, int maxDocuments)
{
    const int limit = std::max(1, maxDocuments);
    QList<NsBatch> parts;
    for (NsCollection collection : {NsCollection::Entries, NsCollection::Treatments}) {
        const QList<QJsonObject> &docs = batch.of(collection);
        for (qsizetype i = 0; i < docs.size(); i += limit) {
            NsBatch part;
            part.of(collection) = docs.mid(i, limit);
            parts.append(part);
        }
    }
    if (parts.isEmpty())
        parts.append(NsBatch{});
    parts.last().devicestatus = batch.devicestatus;
    parts.last().profile = batch.profile;
    return parts;
}

QString Outbox::write(const OutboxItem &item) const
{
    QJsonObject json{{QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("kind"), item.kind},
                     {QStringLiteral("batch"), item.batch.toJson()},
                     {QStringLiteral("meta"), item.meta}};
    if (item.cursor)
        json.insert(QStringLiteral("cursor"), *item.cursor);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    // QSaveFile: the item appears under its name complete or not at all; a short write (disk full, quota,
    // file size limit) fails the commit and leaves no file.
    QSaveFile file(item.path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::kFileMode))
        problem = QStringLiteral("cannot open %1: %2").arg(item.path, file.errorString());
    else if (file.write(bytes) != bytes.size() || !file.commit())
        problem =
            QStringLiteral("cannot write %1 (%2 bytes): %3").arg(item.path).arg(bytes.size()).arg(file.errorString());
    if (!problem.isEmpty())
        file.cancelWriting();
    return problem;
}

Result<QList<OutboxItem>> Outbox::enqueue(const NsBatch &batch, const std::optional<QJsonObject> &cursor,
                                          const QString &kind, int maxDocuments, const QJsonObject &meta)
{
    if (!PrivateFiles::makeFolder(m_dir))
        return storageError(QStringLiteral("cannot create outbox directory %1").arg(m_dir));
    if (batch.isEmpty() && !cursor)
        return QList<OutboxItem>{};
    const QList<NsBatch> parts = split(batch, maxDocuments);
    quint64 sequence = nextSequence();
    QList<OutboxItem> written;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        OutboxItem item;
        item.sequence = sequence++;
        item.path = QDir(m_dir).filePath(fileNameFor(item.sequence));
        item.kind = kind;
        item.batch = parts.at(i);
        item.meta = meta;
        if (i == parts.size() - 1)
            item.cursor = cursor;
        if (const QString problem = write(item); !problem.isEmpty()) {
            // All or nothing: the items of this batch already written go too, so the caller can simply try
            // the whole fetch again (the cursor rides in the last item and was never stored).
            for (const OutboxItem &done : std::as_const(written))
                QFile::remove(done.path);
            qCWarning(lcSync).noquote() << "outbox" << m_dir << "enqueue failed:" << problem;
            return storageError(problem);
        }
        written.append(item);
    }
    qCDebug(lcSync) << "outbox" << m_dir << "queued" << batch.size() << "documents in" << written.size() << "items";
    return written;
}

Result<QList<OutboxItem>> Outbox::pending(QStringList *damaged) const
{
    QStringList setAside;
    auto items = read(&setAside);
    if (!items.ok() || setAside.isEmpty())
        return items;
    if (damaged)
        *damaged << setAside;
    // The documents of a damaged item never reach the site, so no later item may move the cursor past them:
    // those cursors are dropped, on disk too (a later run must not find them again). The next fetch starts
    // from the last committed cursor and brings the lost documents again.
    const quint64 firstDamaged = setAside.first().chopped(kSuffix.size()).toULongLong();
    for (OutboxItem &item : items.value()) {
        if (!item.cursor || item.sequence < firstDamaged)
            continue;
        item.cursor.reset();
        if (const QString problem = write(item); !problem.isEmpty())
            return storageError(problem);
    }
    return items;
}

Result<QList<OutboxItem>> Outbox::read(QStringList *setAside) const
{
    QList<OutboxItem> items;
    for (const QString &name : itemFiles()) {
        const QString path = QDir(m_dir).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return storageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        file.close();
        const QJsonObject json = doc.object();
        OutboxItem item;
        QString problem;
        if (!doc.isObject())
            problem = error.errorString();
        else if (json.value(QLatin1String("version")).toInt() > FormatVersion)
            problem = QStringLiteral("written by a newer Nightbridge");
        else if (!NsBatch::fromJson(json.value(QLatin1String("batch")).toObject(), &item.batch, &problem))
            problem = QStringLiteral("bad batch: ") + problem;
        if (!problem.isEmpty()) {
            if (!setAside) // only counting: leave it for the run that handles it
                continue;
            qCWarning(lcSync) << "outbox item" << path << "cannot be read (" << problem << "); set aside";
            QFile::remove(path + kDamagedSuffix);
            if (!QFile::rename(path, path + kDamagedSuffix))
                return storageError(QStringLiteral("cannot set aside %1").arg(path));
            setAside->append(name);
            continue;
        }
        item.sequence = name.chopped(kSuffix.size()).toULongLong();
        item.path = path;
        item.kind = json.value(QLatin1String("kind")).toString();
        item.meta = json.value(QLatin1String("meta")).toObject();
        if (json.contains(QLatin1String("cursor")))
            item.cursor = json.value(QLatin1String("cursor")).toObject();
        items.append(item);
    }
    return items;
}

QStringList Outbox::damagedItems() const
{
    return QDir(m_dir).entryList({QStringLiteral("*") + kSuffix + kDamagedSuffix}, QDir::Files, QDir::Name);
}

bool Outbox::isEmpty() const
{
    return itemFiles().isEmpty();
}

int Outbox::pendingDocuments() const
{
    const auto items = read(nullptr);
    if (!items.ok())
        return 0;
    int count = 0;
    for (const OutboxItem &item : items.value())
        count += int(item.batch.size());
    return count;
}

Result<void> Outbox::remove(const OutboxItem &item)
{
    if (QFile::exists(item.path) && !QFile::remove(item.path))
        return storageError(QStringLiteral("cannot remove %1").arg(item.path));
    return {};
}

Result<void> Outbox::clear()
{
    for (const QString &name : itemFiles()) {
        if (!QFile::remove(QDir(m_dir).filePath(name)))
            return storageError(QStringLiteral("cannot remove %1").arg(name));
    }
    return {};
}

} // namespace nb
