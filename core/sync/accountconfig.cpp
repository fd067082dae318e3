#include "accountconfig.h"

#include "settings/settings.h"

namespace nb {

QString vendorName(AccountVendor vendor)
{
    return vendor == AccountVendor::CareLink ? QStringLiteral("carelink") : QStringLiteral("tandem");
}

AccountVendor vendorFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    const bool known = n == QLatin1String("tandem") || n == QLatin1String("carelink");
    if (ok)
        *ok = known;
    return n == QLatin1String("carelink") ? AccountVendor::CareLink : AccountVendor::Tandem;
}

QString AccountConfig::vendorName() const
{
    return nb::vendorName(vendor);
}

QString AccountConfig::displayName() const
{
    if (!name.isEmpty())
        return name;
    return vendor == AccountVendor::CareLink ? QStringLiteral("CareLink (%1)").arg(id)
                                             : QStringLiteral("Tandem (%1)").arg(id);
}

namespace CredentialKeys {

QString email(const QString &accountId)
{
    return QStringLiteral("account/%1/email").arg(accountId);
}
QString password(const QString &accountId)
{
    return QStringLiteral("account/%1/password").arg(accountId);
}
QString patient(const QString &accountId)
{
    return QStringLiteral("account/%1/patient").arg(accountId);
}
QString nightscoutSecret(const QString &siteId)
{
    return QStringLiteral("nightscout/%1/secret").arg(siteId);
}
QString nightscoutToken(const QString &siteId)
{
    return QStringLiteral("nightscout/%1/token").arg(siteId);
}
QStringList allForAccount(const QString &accountId)
{
    return {email(accountId),
            password(accountId),
            patient(accountId),
            QStringLiteral("account/%1/token").arg(accountId),
            QStringLiteral("account/%1/login-guard").arg(accountId),
            QStringLiteral("carelink/%1/refresh_token").arg(accountId),
            nightscoutSecret(accountId),
            nightscoutToken(accountId)};
}

} // namespace CredentialKeys

AccountRepository::AccountRepository(Settings &settings)
    : m_settings(settings)
{}

QList<AccountConfig> AccountRepository::load() const
{
    QList<AccountConfig> accounts;
    for (const QString &id : m_settings.childGroups(keys::accountsGroup)) {
        if (auto account = find(id))
            accounts.append(*account);
    }
    return accounts;
}

bool AccountRepository::contains(const QString &id) const
{
    return isValidAccountId(id) && m_settings.childGroups(keys::accountsGroup).contains(id);
}

std::optional<AccountConfig> AccountRepository::find(const QString &id) const
{
    if (!contains(id))
        return std::nullopt;
    const auto value = [&](const char *field) { return m_settings.value(keys::account(id, QLatin1String(field))); };
    AccountConfig a;
    a.id = id;
    a.vendor = static_cast<AccountVendor>(m_settings.enumIndex(keys::account(id, QStringLiteral("vendor"))));
    a.name = value("name").toString();
    a.enabled = value("enabled").toBool();
    a.region = value("region").toString().toUpper();
    a.country = value("country").toString();
    a.timezone = value("timezone").toString();
    a.features = value("features").toString();
    a.pumpSerial = value("pumpSerial").toString();
    const QString url = value("nightscoutUrl").toString();
    a.nightscoutUrl = url.isEmpty() ? QUrl() : QUrl::fromUserInput(url);
    a.initialDays = value("initialDays").toInt();
    return a;
}

Result<void> AccountRepository::setField(const QString &id, const QString &field, const QString &value)
{
    if (!isValidAccountId(id))
        return SyncError::make(SyncError::Kind::Config,
                               tr("\"%1\" is not a valid account id (lower-case letters, digits, - and _).").arg(id),
                               QStringLiteral("invalid account id"));
    if (!keys::accountFields().contains(field))
        return SyncError::make(SyncError::Kind::Config,
                               tr("Accounts have no setting \"%1\". Known: %2.")
                                   .arg(field, keys::accountFields().join(QStringLiteral(", "))),
                               QStringLiteral("unknown account field %1").arg(field));
    if (auto r = m_settings.setValue(keys::account(id, field), value); !r.ok())
        return r;
    return m_settings.sync();
}

namespace {
QList<QPair<QString, QVariant>> fieldsOf(const AccountConfig &a)
{
    return {
        {QStringLiteral("vendor"), a.vendorName()},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("enabled"), a.enabled},
        {QStringLiteral("region"), a.region},
        {QStringLiteral("country"), a.country},
        {QStringLiteral("timezone"), a.timezone},
        {QStringLiteral("features"), a.features},
        {QStringLiteral("pumpSerial"), a.pumpSerial},
        {QStringLiteral("nightscoutUrl"), a.nightscoutUrl.isEmpty() ? QString() : a.nightscoutUrl.toString()},
        {QStringLiteral("initialDays"), a.initialDays},
    };
}
} // namespace

Result<void> AccountRepository::validate(const AccountConfig &a) const
{
    if (!isValidAccountId(a.id))
        return SyncError::make(SyncError::Kind::Config,
                               tr("\"%1\" is not a valid account id (lower-case letters, digits, - and _).").arg(a.id),
                               QStringLiteral("invalid account id"));
    for (const auto &[field, value] : fieldsOf(a)) {
        if (auto r = m_settings.normalise(keys::account(a.id, field), value); !r.ok())
            return r.error();
    }
    return {};
}

Result<void> AccountRepository::save(const AccountConfig &a)
{
    if (a.fromEnvironment)
        return SyncError::make(SyncError::Kind::Config, tr("Accounts from the environment are not saved."),
                               QStringLiteral("refusing to save an environment account"));
    if (auto valid = validate(a); !valid.ok())
        return valid;
    for (const auto &[field, value] : fieldsOf(a)) {
        if (auto r = m_settings.setValue(keys::account(a.id, field), value); !r.ok())
            return r;
    }
    return m_settings.sync();
}

Result<void> AccountRepository::remove(const QString &id)
{
    if (!contains(id))
        return SyncError::make(SyncError::Kind::Config, tr("There is no account \"%1\".").arg(id),
                               QStringLiteral("no account %1").arg(id));
    m_settings.removeGroup(keys::account(id, QString()).chopped(1));
    return m_settings.sync();
}

QString AccountRepository::newId(AccountVendor vendor) const
{
    const QString base = nb::vendorName(vendor);
    if (!contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString id = base + QLatin1Char('-') + QString::number(n);
        if (!contains(id))
            return id;
    }
}

} // namespace nb
