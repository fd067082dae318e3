#include "envimport.h"

#include "credentials/credentialstore.h"
#include "settings/settings.h"
#include "sync/accountconfig.h"

#include <QFile>

namespace nb::setup {

EnvImport::EnvImport(Settings &settings, CredentialStore &store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
{}

Result<EnvConfig> EnvImport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SyncError::make(SyncError::Kind::Config, tr("Cannot read %1: %2").arg(path, file.errorString()),
                               QStringLiteral("cannot read env file"));
    const auto variables = DotEnv::parse(file.readAll());
    if (!variables.ok())
        return variables.error();
    EnvConfig config = EnvConfig::fromVariables(variables.value());
    if (config.isEmpty())
        return SyncError::make(SyncError::Kind::Config, tr("%1 has nothing Nightbridge can use.").arg(path),
                               QStringLiteral("empty env config"));
    return config;
}

void EnvImport::apply(const EnvConfig &config, Callback done)
{
    m_done = std::move(done);
    m_secrets.clear();
    m_summary = {};
    m_summary.notes = config.notes;
    m_summary.credentialBackend = m_store.backendName();
    if (!config.nightscoutUrl.isEmpty()) {
        if (auto r = m_settings.setValue(keys::nightscoutUrl, config.nightscoutUrl); !r.ok()) {
            finish(r.error());
            return;
        }
        m_summary.nightscoutConfigured = true;
        const QString site = QStringLiteral("default");
        if (!config.nightscoutToken.isEmpty()) {
            (void)m_settings.setEnum(keys::nightscoutAuthMode, NightscoutAuthMode::Token);
            m_secrets.append({CredentialKeys::nightscoutToken(site), config.nightscoutToken});
        } else if (!config.nightscoutSecret.isEmpty()) {
            (void)m_settings.setEnum(keys::nightscoutAuthMode, NightscoutAuthMode::Secret);
            m_secrets.append({CredentialKeys::nightscoutSecret(site), config.nightscoutSecret});
        }
    }
    AccountRepository accounts(m_settings);
    for (AccountConfig account : config.accounts) {
        account.fromEnvironment = false;
        account.id = accounts.newId(account.vendor);
        if (auto saved = accounts.save(account); !saved.ok()) {
            finish(saved.error());
            return;
        }
        m_summary.createdAccounts.append(account.id);
        if (account.vendor == AccountVendor::CareLink)
            m_summary.careLinkAccounts.append(account.id);
        if (!account.email.isEmpty() && account.vendor == AccountVendor::Tandem)
            m_secrets.append({CredentialKeys::email(account.id), Secret(account.email)});
        if (!account.password.isEmpty())
            m_secrets.append({CredentialKeys::password(account.id), account.password});
        if (!account.patient.isEmpty())
            m_secrets.append({CredentialKeys::patient(account.id), Secret(account.patient)});
    }
    if (auto synced = m_settings.sync(); !synced.ok()) {
        finish(synced.error());
        return;
    }
    writeNext();
}

void EnvImport::writeNext()
{
    if (m_secrets.isEmpty()) {
        finish(m_summary);
        return;
    }
    const auto [key, value] = m_secrets.takeFirst();
    m_store.write(key, value, this, [this](const Result<void> &written) {
        if (!written.ok()) {
            finish(written.error());
            return;
        }
        ++m_summary.secretsStored;
        writeNext();
    });
}

void EnvImport::finish(const Result<EnvImportSummary> &result)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

} // namespace nb::setup
