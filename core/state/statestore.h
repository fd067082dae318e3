#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace nb {

class Clock;

// Machine-written state (per-account cursors, last results) in one JSON file, written atomically:
// QSaveFile writes a temporary file and renames it over the old one, and the previous good copy is kept
// as "<file>.bak". A crash or kill -9 at any moment leaves either the old or the new state, never a mix.
// Each file carries a SHA-256 of its state so a damaged file (disk error, hand edit) is recognised, set
// aside as "<file>.damaged" and the previous good copy used instead.
//
// Not thread-safe; one instance per file. Values must not be secrets: keys that look like one
// (redact::isSensitiveName) are refused.
class StateStore {
    Q_DECLARE_TR_FUNCTIONS(nb::StateStore)
public:
    static constexpr int FormatVersion = 1;

    explicit StateStore(QString filePath, const Clock *clock = nullptr);

    QString filePath() const { return m_path; }
    QString backupPath() const;
    QString damagedPath() const;

    // Reads the newest good copy into current(). A missing file is an empty state. Storage error when the
    // file is damaged and no good previous copy exists (current() is then empty and the damaged file is
    // kept as damagedPath()), or when the file was written by a newer Nightbridge (saving is then refused
    // so that file is not destroyed).
    Result<QJsonObject> load();
    bool recoveredFromBackup() const { return m_recovered; }

    // Replaces the whole state on disk; current() follows only on success.
    Result<void> save(const QJsonObject &state);

    const QJsonObject &current() const { return m_current; }
    QJsonValue value(const QString &key) const { return m_current.value(key); }
    Result<void> setValue(const QString &key, const QJsonValue &value); // current() with one key changed, saved
    Result<void> remove(const QString &key);

private:
    enum class Check { Good, Missing, Damaged, TooNew };
    struct Parsed {
        Check check = Check::Missing;
        QJsonObject state;
        QString problem; // English, for logs
    };
    Parsed parse(const QString &path) const;
    QByteArray serialise(const QJsonObject &state) const;
    bool mainFileIsGood() const;
    SyncError storageError(const QString &userMessage, const QString &detail) const;

    QString m_path;
    const Clock *m_clock = nullptr;
    QJsonObject m_current;
    bool m_recovered = false;
    bool m_mainGood = false; // the file on disk is known to hold a good state (so it may become the backup)
    bool m_readOnly = false;
};

} // namespace nb
