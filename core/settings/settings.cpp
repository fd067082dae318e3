#include "settings.h"

#include "common/privatefiles.h"
#include "logging/categories.h"
#include "logging/redactor.h"

#include <QFile>
#include <QSettings>

namespace nb {

namespace {

const QString kSchemaKey = QStringLiteral("meta/schemaVersion");

std::optional<bool> parseBool(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no"))
        return false;
    return std::nullopt;
}

// Older hand-written spellings of the units that Nightscout itself accepts.
QString canonicalUnitsName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("mmol/l") || n == QLatin1String("mmol"))
        return QStringLiteral("mmol");
    if (n == QLatin1String("mgdl") || n == QLatin1String("mg/dl") || n == QLatin1String("mg"))
        return QStringLiteral("mg/dl");
    return name;
}

} // namespace

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::filePath() const
{
    return m_settings->fileName();
}

int Settings::storedSchemaVersion() const
{
    return m_settings->value(kSchemaKey, 0).toInt();
}

Result<void> Settings::migrate()
{
    const int stored = storedSchemaVersion();
    if (stored > SchemaVersion) {
        m_readOnly = true;
        qCWarning(lcSettings) << "settings file" << filePath() << "has schema" << stored << "newer than"
                              << SchemaVersion << "- leaving it untouched";
        return SyncError::make(
            SyncError::Kind::Config,
            tr("The settings file was written by a newer version of Nightbridge. Settings are "
               "read-only until you update Nightbridge."),
            QStringLiteral("settings schema %1 is newer than supported %2").arg(stored).arg(SchemaVersion));
    }
    if (stored == SchemaVersion)
        return {};
    if (stored < 1)
        migrateFrom0();
    m_settings->setValue(kSchemaKey, SchemaVersion);
    qCInfo(lcSettings) << "settings migrated from schema" << stored << "to" << SchemaVersion;
    return sync();
}

// Schema 0: files written by hand or before the schema key existed.
void Settings::migrateFrom0()
{
    const QStringList allKeys = m_settings->allKeys();
    for (const QString &key : allKeys) {
        const QString leaf = key.section(QLatin1Char('/'), -1);
        if (!findSetting(key) && redact::isSensitiveName(leaf)) {
            // Never copied anywhere: a secret in a plain INI file is removed, the user re-enters it.
            qCWarning(lcSettings) << "removed setting" << key
                                  << "from the settings file: secrets are kept in the keychain only";
            m_settings->remove(key);
        }
    }
    const QString units = m_settings->value(keys::units).toString();
    if (!units.isEmpty())
        m_settings->setValue(keys::units, canonicalUnitsName(units));
    for (const SettingSpec &spec : settingsTable()) {
        if (spec.type != SettingType::Enum || !m_settings->contains(spec.key))
            continue;
        const QString stored = m_settings->value(spec.key).toString().trimmed();
        for (const QString &name : spec.enumNames) {
            if (name.compare(stored, Qt::CaseInsensitive) == 0)
                m_settings->setValue(spec.key, name);
        }
    }
}

Result<QVariant> Settings::normalise(const QString &key, const QVariant &value) const
{
    const SettingSpec *spec = findSetting(key);
    if (!spec)
        return configError(key, QStringLiteral("is not a known setting")).error();
    QVariant canonical;
    switch (spec->type) {
    case SettingType::Bool: {
        const auto b = parseBool(value);
        if (!b)
            return configError(key, QStringLiteral("must be true or false")).error();
        canonical = *b;
        break;
    }
    case SettingType::Int: {
        bool ok = false;
        const int i = value.typeId() == QMetaType::QString ? value.toString().trimmed().toInt(&ok) : value.toInt(&ok);
        if (!ok || i < spec->minimum || i > spec->maximum)
            return configError(
                       key,
                       QStringLiteral("must be a whole number from %1 to %2").arg(spec->minimum).arg(spec->maximum))
                .error();
        canonical = i;
        break;
    }
    case SettingType::Enum: {
        const bool isIndex = value.typeId() == QMetaType::Int;
        const int index = isIndex ? value.toInt() : spec->enumNames.indexOf(value.toString().trimmed());
        if (index < 0 || index >= spec->enumNames.size())
            return configError(key,
                               QStringLiteral("must be one of: %1").arg(spec->enumNames.join(QStringLiteral(", "))))
                .error();
        canonical = spec->enumNames.at(index);
        break;
    }
    case SettingType::Url:
    case SettingType::String:
        canonical = value.toString().trimmed();
        break;
    }
    if (spec->validator) {
        const QString reason = spec->validator(canonical);
        if (!reason.isEmpty())
            return configError(key, reason).error();
    }
    return canonical;
}

QVariant Settings::value(const QString &key) const
{
    const SettingSpec *spec = findSetting(key);
    Q_ASSERT_X(spec, "Settings::value", "unknown setting key");
    if (!spec)
        return {};
    if (!m_settings->contains(key))
        return spec->defaultValue;
    const Result<QVariant> v = normalise(key, m_settings->value(key));
    if (!v.ok()) {
        // The value itself is not logged: it may be anything a user typed.
        qCWarning(lcSettings) << "ignoring invalid stored value:" << v.error().detail << "- using the default";
        return spec->defaultValue;
    }
    return v.value();
}

QUrl Settings::urlValue(const QString &key) const
{
    const QString text = stringValue(key);
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}

int Settings::enumIndex(const QString &key) const
{
    const SettingSpec *spec = findSetting(key);
    if (!spec || spec->type != SettingType::Enum)
        return -1;
    return spec->enumNames.indexOf(value(key).toString());
}

bool Settings::isSet(const QString &key) const
{
    return m_settings->contains(key);
}

Result<void> Settings::setValue(const QString &key, const QVariant &value)
{
    if (m_readOnly)
        return configError(key, QStringLiteral("cannot be changed: the settings file is from a newer version"));
    const Result<QVariant> canonical = normalise(key, value);
    if (!canonical.ok())
        return canonical.error();
    const bool changedValue = !m_settings->contains(key) || this->value(key) != canonical.value();
    // Bools as "true"/"false" text so the INI stays readable and hand-editable.
    const QVariant stored = canonical->typeId() == QMetaType::Bool
                                ? QVariant(canonical->toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                : canonical.value();
    m_settings->setValue(key, stored);
    if (changedValue)
        emit changed(key);
    return {};
}

void Settings::reset(const QString &key)
{
    if (m_readOnly || !m_settings->contains(key))
        return;
    m_settings->remove(key);
    emit changed(key);
}

Result<void> Settings::sync()
{
    if (m_readOnly)
        return {};
    // QSettings writes through a temporary file that takes an existing file's mode: create the file private
    // first, so the settings are never readable by others, not even for an instant.
    if (!QFile::exists(filePath())) {
        QFile create(filePath());
        if (create.open(QIODevice::WriteOnly, PrivateFiles::kFileMode))
            create.close();
    }
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        return SyncError::make(SyncError::Kind::Storage,
                               tr("Nightbridge cannot save its settings to %1. Check that the folder exists and is "
                                  "writable.")
                                   .arg(filePath()),
                               QStringLiteral("QSettings status %1 for %2").arg(m_settings->status()).arg(filePath()));
    }
    // Not secret, but the site address is nobody else's business.
    if (QFile::exists(filePath()))
        QFile::setPermissions(filePath(), PrivateFiles::kFileMode);
    return {};
}

QStringList Settings::childGroups(const QString &group) const
{
    m_settings->beginGroup(group);
    QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    groups.sort();
    return groups;
}

void Settings::removeGroup(const QString &group)
{
    if (m_readOnly || group.isEmpty())
        return;
    m_settings->beginGroup(group);
    const QStringList keys = m_settings->allKeys();
    m_settings->endGroup();
    m_settings->remove(group);
    for (const QString &key : keys)
        emit changed(group + QLatin1Char('/') + key);
}

Result<void> Settings::configError(const QString &key, const QString &reason) const
{
    return SyncError::make(SyncError::Kind::Config, tr("The setting \"%1\" %2.").arg(key, reason),
                           QStringLiteral("setting %1 %2").arg(key, reason));
}

} // namespace nb
