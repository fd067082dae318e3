#include "importenvcommand.h"

#include "credentials/credentialstore.h"
#include "exitcodes.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nb::cli {

QString ImportEnvCommand::summary() const
{
    return tr("Import a tconnectsync .env (or minimed-connect variables) into accounts and the keychain");
}

QString ImportEnvCommand::usage() const
{
    return tr("Usage: nightbridge-cli import-env [FILE]\n\n"
              "Reads FILE (default: ./.env, else ~/.config/tconnectsync/.env), the configuration of tconnectsync\n"
              "(TCONNECT_EMAIL, TCONNECT_PASSWORD, TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER, NS_URL,\n"
              "NS_SECRET) or of minimed-connect-to-nightscout (CARELINK_USERNAME, CARELINK_PATIENT,\n"
              "MMCONNECT_SERVER, MMCONNECT_COUNTRYCODE, API_SECRET, NS). Creates the accounts and the Nightscout\n"
              "site, and stores the passwords and secrets in the credential store. The file itself is left alone:\n"
              "delete it afterwards, it holds your passwords in plain text.\n");
}

void ImportEnvCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    if (!begin(io, std::move(done)))
        return;
    QCommandLineParser parser;
    if (!parser.parse(QStringList{name()} + arguments) || parser.positionalArguments().size() > 1) {
        usageError(parser.errorText());
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_file = parser.positionalArguments().first();
    } else {
        for (const QString &candidate : DotEnv::defaultLocations()) {
            if (QFileInfo::exists(candidate)) {
                m_file = candidate;
                break;
            }
        }
    }
    if (m_file.isEmpty()) {
        fail(SyncError::make(SyncError::Kind::Config,
                             tr("No .env file found (looked at %1). Name the file to import.")
                                 .arg(DotEnv::defaultLocations().join(QStringLiteral(", "))),
                             QStringLiteral("no env file")));
        return;
    }
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(SyncError::make(SyncError::Kind::Config, tr("Cannot read %1: %2").arg(m_file, file.errorString()),
                             QStringLiteral("cannot read env file")));
        return;
    }
    const auto variables = DotEnv::parse(file.readAll());
    if (!variables.ok()) {
        fail(variables.error());
        return;
    }
    const EnvConfig config = EnvConfig::fromVariables(variables.value());
    if (config.isEmpty()) {
        fail(SyncError::make(SyncError::Kind::Config, tr("%1 has nothing Nightbridge can use.").arg(m_file),
                             QStringLiteral("empty env config")));
        return;
    }
    m_notes = config.notes;
    if (!config.nightscoutUrl.isEmpty()) {
        if (auto r = env().settings().setValue(keys::nightscoutUrl, config.nightscoutUrl); !r.ok()) {
            fail(r.error());
            return;
        }
        if (!config.nightscoutToken.isEmpty()) {
            (void)env().settings().setEnum(keys::nightscoutAuthMode, NightscoutAuthMode::Token);
            m_secrets.append({CredentialKeys::nightscoutToken(QStringLiteral("default")), config.nightscoutToken});
        } else if (!config.nightscoutSecret.isEmpty()) {
            (void)env().settings().setEnum(keys::nightscoutAuthMode, NightscoutAuthMode::Secret);
            m_secrets.append({CredentialKeys::nightscoutSecret(QStringLiteral("default")), config.nightscoutSecret});
        }
    }
    for (AccountConfig account : config.accounts) {
        account.fromEnvironment = false;
        account.id = env().accounts().newId(account.vendor);
        if (auto saved = env().accounts().save(account); !saved.ok()) {
            fail(saved.error());
            return;
        }
        m_created.append(account.id);
        if (!account.email.isEmpty() && account.vendor == AccountVendor::Tandem)
            m_secrets.append({CredentialKeys::email(account.id), Secret(account.email)});
        if (!account.password.isEmpty())
            m_secrets.append({CredentialKeys::password(account.id), account.password});
        if (!account.patient.isEmpty())
            m_secrets.append({CredentialKeys::patient(account.id), Secret(account.patient)});
        if (account.vendor == AccountVendor::CareLink)
            m_notes.append(tr("CareLink account \"%1\": sign in once with `nightbridge-cli carelink login --account %1 "
                              "--%2 %3`.")
                               .arg(account.id,
                                    account.country.isEmpty() ? QStringLiteral("region") : QStringLiteral("country"),
                                    account.country.isEmpty() ? account.region : account.country));
    }
    if (auto synced = env().settings().sync(); !synced.ok()) {
        fail(synced.error());
        return;
    }
    writeNext();
}

void ImportEnvCommand::writeNext()
{
    if (m_secrets.isEmpty()) {
        report();
        return;
    }
    const auto [key, value] = m_secrets.takeFirst();
    env().credentials().write(key, value, this, [this](const Result<void> &written) {
        if (!written.ok()) {
            fail(written.error());
            return;
        }
        writeNext();
    });
}

void ImportEnvCommand::report()
{
    io().out << tr("Imported %1.").arg(QDir::toNativeSeparators(m_file)) << '\n';
    for (const QString &id : m_created)
        io().out << tr("  account \"%1\" created").arg(id) << '\n';
    io().out << tr("  secrets stored in: %1").arg(env().credentials().backendName()) << '\n';
    for (const QString &note : m_notes)
        io().out << tr("Note: %1").arg(note) << '\n';
    io().out << tr("Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.")
                    .arg(QDir::toNativeSeparators(m_file))
             << '\n';
    finish(Ok);
}

} // namespace nb::cli
