#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nb {

class Clock;

// Machine-written state (per-account cursors, last results) in one JSON file, written atomically:
// QSaveFile writes a temporary file and renames it over the old one, and the previous good copy is kept
// as "<file>.bak". A crash or kill -9 at any moment leaves either the old or the new state, never a mix.
// Each file carries a SHA-256 of its state so a damaged file (disk error, hand edit) is recognised.
//
// One policy for damage: when the file (or, with the file missing, its previous copy) is damaged, both copies
// are set aside as "<name>.damaged-<UTC time>", the state starts from scratch and resetNotice() says so once
// (the caller shows it). Nothing refuses to start over it; documents already uploaded are recognised by
// their identifiers. The previous copy is used as is only after a crash between its two renames (file
// missing, copy good): that is not damage.
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

    // Reads the state into current(). A missing file is an empty state; a damaged one is set aside (see above)
    // and the state is empty. Storage error when a file cannot be read at all (permissions, I/O) or cannot be
    // set aside (naming the folder), or when the file was written by a newer Nightbridge (saving is then
    // refused so that file is not destroyed).
    Result<QJsonObject> load();
    bool recoveredFromBackup() const { return m_recovered; }
    // After load() set damaged files aside: the translated warning for the user, else empty.
    QString resetNotice() const { return m_resetNotice; }
    QStringList setAsidePaths() const { return m_setAside; }

    // Replaces the whole state on disk; current() follows only on success.
    Result<void> save(const QJsonObject &state);

    const QJsonObject &current() const { return m_current; }
    QJsonValue value(const QString &key) const { return m_current.value(key); }
    Result<void> setValue(const QString &key, const QJsonValue &value); // current() with one key changed, saved
    Result<void> remove(const QString &key);

private:
    enum class Check { Good, Missing, Damaged, Unreadable, TooNew };
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
    QString m_resetNotice;
    QStringList m_setAside;
};

} // namespace nb
