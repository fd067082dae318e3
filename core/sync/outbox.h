#pragma once

#include "common/result.h"
#include "model/nsbatch.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace nb {

// One durable piece of pending upload work.
struct OutboxItem {
    quint64 sequence = 0;
    QString path;
    QString kind; // "sync" or "backfill"
    NsBatch batch;
    // Set on the last item of a fetch: the source cursor to commit once this item is confirmed.
    std::optional<QJsonObject> cursor;
    QJsonObject meta; // e.g. healed count, backfill chunk
};

// Documents waiting for Nightscout's confirmation, one JSON file per item in a directory of their
// own (one directory per account), written with QSaveFile so a crash leaves either the whole file
// or none. Items are uploaded in sequence order and removed only after the server confirmed them;
// the cursor travels in the last item of a fetch, so it advances only when everything before it is
// stored. A kill -9 anywhere therefore repeats at most one item, and stable identifiers make that
// repeat harmless. A file that cannot be read (disk damage, hand edit) is set aside as
// "<name>.damaged" and reported, never silently dropped. Enqueue is all or nothing: a short write (disk
// full) leaves none of the batch's items, and the caller's cursor therefore does not move.
class Outbox {
    Q_DECLARE_TR_FUNCTIONS(nb::Outbox)
public:
    static constexpr int FormatVersion = 1;

    explicit Outbox(QString directory);

    QString directory() const { return m_dir; }

    // Splits the batch into items of at most maxDocuments entries/treatments each (devicestatus and
    // profile ride with the last one), writes them in order and puts the cursor into the last one.
    // An empty batch with a cursor still writes one item, so the cursor commit stays in order.
    Result<QList<OutboxItem>> enqueue(const NsBatch &batch, const std::optional<QJsonObject> &cursor,
                                      const QString &kind, int maxDocuments, const QJsonObject &meta = {});

    // Every readable item in sequence order. An unreadable one is set aside as "<name>.damaged" (damaged,
    // optional, receives the names) and the items after it lose their cursors, on disk too: the cursor never
    // moves past documents that were not uploaded.
    Result<QList<OutboxItem>> pending(QStringList *damaged = nullptr) const;
    // Items set aside as damaged (file names, oldest first): their documents never reached the site. They stay
    // until the user removes them, and every run reports them.
    QStringList damagedItems() const;
    bool isEmpty() const;
    int pendingDocuments() const;

    Result<void> remove(const OutboxItem &item);
    Result<void> clear(); // drops everything (an account was removed)

    static QList<NsBatch> split(const NsBatch &batch, int maxDocuments);

private:
    QStringList itemFiles() const;
    Result<QList<OutboxItem>> read(QStringList *setAside) const; // null: count only, set nothing aside
    QString write(const OutboxItem &item) const;                 // empty, or what went wrong
    quint64 nextSequence() const;
    SyncError storageError(const QString &detail) const;

    QString m_dir;
};

} // namespace nb
