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
    m_config = config;
    m_secrets.clear();
    m_summary = {};
    m_summary.notes = config.notes;
    m_summary.credentialBackend = m_store.backendName();
    m_matchedIds.clear();
    m_matching = 0;
    // A read of a key that may not exist: answers "not found" when the store works, an error when it
    // cannot be used. Asked before anything is written, so a missing keychain changes nothing.
    m_store.read(CredentialKeys::nightscoutSecret(QStringLiteral("default")), this,
                 [this](const Result<std::optional<Secret>> &probe) {
                     if (!probe.ok()) {
                         finish(probe.error());
                         return;
                     }
                     matchNext();
                 });
}

// For each account of the file, the account an earlier import of it made, if any.
void EnvImport::matchNext()
{
    if (m_matching >= m_config.accounts.size()) {
        applySettings();
        return;
    }
    const AccountConfig &wanted = m_config.accounts.at(m_matching);
    QList<AccountConfig> candidates;
    for (const AccountConfig &existing : AccountRepository(m_settings).load()) {
        if (existing.vendor != wanted.vendor || m_matchedIds.contains(existing.id))
            continue;
        if (wanted.vendor == AccountVendor::CareLink &&
            (existing.country != wanted.country || existing.region != wanted.region))
            continue;
        candidates.append(existing);
    }
    matchCandidate(candidates);
}

void EnvImport::matchCandidate(QList<AccountConfig> candidates)
{
    if (candidates.isEmpty()) {
        m_matchedIds.append(QString());
        ++m_matching;
        matchNext();
        return;
    }
    const AccountConfig candidate = candidates.takeFirst();
    const AccountConfig &wanted = m_config.accounts.at(m_matching);
    const bool tandem = wanted.vendor == AccountVendor::Tandem;
    const QString key = tandem ? CredentialKeys::email(candidate.id) : CredentialKeys::patient(candidate.id);
    const QString expected = tandem ? wanted.email : wanted.patient;
    m_store.read(key, this, [this, candidates, candidate, expected](const Result<std::optional<Secret>> &stored) {
        if (!stored.ok()) {
            finish(stored.error());
            return;
        }
        const QString have = stored.value() ? stored.value()->reveal() : QString();
        if (have.compare(expected, Qt::CaseInsensitive) == 0) {
            m_matchedIds.append(candidate.id);
            ++m_matching;
            matchNext();
            return;
        }
        matchCandidate(candidates);
    });
}

void EnvImport::applySettings()
{
    const EnvConfig &config = m_config;
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
    for (qsizetype i = 0; i < config.accounts.size(); ++i) {
        AccountConfig account = config.accounts.at(i);
        account.fromEnvironment = false;
        const QString existingId = m_matchedIds.value(i);
        if (const auto existing = existingId.isEmpty() ? std::nullopt : accounts.find(existingId)) {
            // What the user changed since (name, enabled, own site, history) stays; the file's fields win.
            account.id = existing->id;
            account.name = account.name.isEmpty() ? existing->name : account.name;
            account.enabled = existing->enabled;
            account.nightscoutUrl = existing->nightscoutUrl;
            account.initialDays = existing->initialDays;
        } else {
            account.id = accounts.newId(account.vendor);
        }
        if (auto saved = accounts.save(account); !saved.ok()) {
            finish(saved.error());
            return;
        }
        (existingId.isEmpty() ? m_summary.createdAccounts : m_summary.updatedAccounts).append(account.id);
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
