#include "credentialpresence.h"

#include "runtime/runtime.h"
#include "settings/settings.h"

namespace nb::cli {

namespace {

// The keys of which any one is enough for the vendor to sign in.
QStringList vendorKeys(const AccountConfig &account)
{
    if (account.vendor == AccountVendor::CareLink)
        return {QStringLiteral("carelink/%1/refresh_token").arg(account.id)};
    return {CredentialKeys::password(account.id), QStringLiteral("account/%1/token").arg(account.id)};
}

} // namespace

QString CredentialPresence::missingText(const AccountConfig &account) const
{
    QStringList missing;
    if (!vendorStored) {
        missing.append(account.vendor == AccountVendor::CareLink
                           ? QCoreApplication::translate("nb::cli::CredentialPresence",
                                                         "no CareLink sign-in is stored: run `nightbridge-cli "
                                                         "carelink login --account %1`")
                                 .arg(account.id)
                           : QCoreApplication::translate("nb::cli::CredentialPresence",
                                                         "no Tandem password is stored: run `nightbridge-cli accounts "
                                                         "set %1 --password-file FILE`")
                                 .arg(account.id));
    }
    if (!nightscoutStored) {
        missing.append(QCoreApplication::translate("nb::cli::CredentialPresence",
                                                   "no Nightscout API secret is stored: run `nightbridge-cli accounts "
                                                   "set --nightscout-secret-file FILE` or set NS_SECRET"));
    }
    return missing.join(QStringLiteral("; "));
}

void CredentialPresenceCheck::check(Runtime &runtime, const QList<AccountConfig> &accounts, QObject *context,
                                    Callback done)
{
    auto *check = new CredentialPresenceCheck(runtime, accounts, std::move(done), context);
    check->next();
}

CredentialPresenceCheck::CredentialPresenceCheck(Runtime &runtime, QList<AccountConfig> accounts, Callback done,
                                                 QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_todo(std::move(accounts))
    , m_done(std::move(done))
{}

void CredentialPresenceCheck::probe(QStringList keys, std::function<void(bool found)> then)
{
    if (keys.isEmpty()) {
        then(false);
        return;
    }
    if (m_storeError) {
        if (!m_results.last().storeError)
            m_results.last().storeError = m_storeError;
        then(false);
        return;
    }
    const QString key = keys.takeFirst();
    m_runtime.credentials().read(key, this, [this, keys, then](const Result<std::optional<Secret>> &r) {
        if (!r.ok()) {
            m_storeError = r.error();
            if (!m_results.last().storeError)
                m_results.last().storeError = r.error();
            then(false);
            return;
        }
        if (r.value() && !r.value()->isEmpty()) {
            then(true);
            return;
        }
        probe(keys, then);
    });
}

void CredentialPresenceCheck::next()
{
    if (m_todo.isEmpty()) {
        Callback done = std::move(m_done);
        deleteLater();
        done(m_results);
        return;
    }
    const AccountConfig account = m_todo.takeFirst();
    CredentialPresence presence;
    presence.accountId = account.id;
    m_results.append(presence);
    const bool ownSite = !account.nightscoutUrl.isEmpty();
    const EnvConfig &env = m_runtime.environment();
    const bool nsFromEnvironment = !ownSite && (!env.nightscoutSecret.isEmpty() || !env.nightscoutToken.isEmpty());
    const QString site = Runtime::siteIdFor(account);
    const QStringList nsKeys = {CredentialKeys::nightscoutSecret(site), CredentialKeys::nightscoutToken(site)};
    const auto afterVendor = [this, nsFromEnvironment, nsKeys](bool vendorFound) {
        m_results.last().vendorStored = vendorFound;
        if (nsFromEnvironment || m_runtime.isDemo()) {
            m_results.last().nightscoutStored = true;
            next();
            return;
        }
        probe(nsKeys, [this](bool found) {
            m_results.last().nightscoutStored = found;
            next();
        });
    };
    // The demo's fakes and an environment password need nothing stored.
    if (m_runtime.isDemo() ||
        (account.fromEnvironment && account.vendor == AccountVendor::Tandem && !account.password.isEmpty())) {
        afterVendor(true);
        return;
    }
    probe(vendorKeys(account), afterVendor);
}

} // namespace nb::cli
