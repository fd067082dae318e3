#pragma once

#include "common/result.h"
#include "settingsschema.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QSettings;

namespace nb {

// Typed access to the user's settings, one INI file at an explicit path (no QSettings defaults, so
// tests and portable installs never touch the real user's file). Every key must be in
// settingsTable(): unknown keys are refused, stored values that fail their validator read as the
// default. Enums are stored by name. Secrets are refused by design: no key in the table holds one,
// and migrate() removes secret-looking keys someone wrote into the file by hand.
class Settings : public QObject {
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;

    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    QString filePath() const;

    // Brings an older file up to SchemaVersion (call once at start). A file from a newer Nightbridge
    // is left untouched and the settings become read-only (Config error).
    Result<void> migrate();
    int storedSchemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }

    // The stored value converted to its type, or the default when unset or invalid.
    QVariant value(const QString &key) const;
    bool boolValue(const QString &key) const { return value(key).toBool(); }
    int intValue(const QString &key) const { return value(key).toInt(); }
    QString stringValue(const QString &key) const { return value(key).toString(); }
    QUrl urlValue(const QString &key) const;
    int enumIndex(const QString &key) const;
    template<typename E>
    E enumValue(const QString &key) const
    {
        return static_cast<E>(enumIndex(key));
    }
    bool isSet(const QString &key) const;

    // Validates and stores (in memory; sync() writes the file). Config error on unknown key, wrong type,
    // out of range or validator refusal; the stored value is then unchanged.
    Result<void> setValue(const QString &key, const QVariant &value);
    template<typename E>
    Result<void> setEnum(const QString &key, E value)
    {
        return setValue(key, static_cast<int>(value));
    }
    void reset(const QString &key);

    // Checks a value without storing it; on success gives the canonical form that would be stored.
    Result<QVariant> normalise(const QString &key, const QVariant &value) const;

    Result<void> sync(); // writes pending changes; Storage error when the file cannot be written

    // Groups below `group` (e.g. the account ids under "accounts"), sorted.
    QStringList childGroups(const QString &group) const;
    // Removes every key below `group` (e.g. "accounts/<id>"); emits changed() for each.
    void removeGroup(const QString &group);

signals:
    void changed(const QString &key);

private:
    void migrateFrom0();
    Result<void> configError(const QString &key, const QString &reason) const;

    std::unique_ptr<QSettings> m_settings;
    bool m_readOnly = false;
};

} // namespace nb
