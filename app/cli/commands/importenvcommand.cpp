#include "importenvcommand.h"

#include "credentials/credentialstore.h"
#include "credentials/filecredentialstore.h"
#include "runtime/runtime.h"
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
    return tr("Usage: nightbridge-cli import-env [FILE] [--credential-store file]\n\n"
              "Reads FILE (default: ./.env, else ~/.config/tconnectsync/.env), the configuration of tconnectsync\n"
              "(TCONNECT_EMAIL, TCONNECT_PASSWORD, TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER, NS_URL,\n"
              "NS_SECRET) or of minimed-connect-to-nightscout (CARELINK_USERNAME, CARELINK_PATIENT,\n"
              "MMCONNECT_SERVER, MMCONNECT_COUNTRYCODE, API_SECRET, NS). Creates the accounts and the Nightscout\n"
              "site, and stores the passwords and secrets in the credential store. The file itself is left alone:\n"
              "delete it afterwards, it holds your passwords in plain text.\n\n"
              "Importing the same file again updates the accounts it made instead of adding new ones.\n"
              "Without a keychain (a server without a desktop session) nothing is imported: use\n"
              "--credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file) to keep the secrets in\n"
              "credentials.json in the configuration folder instead (readable by your user only, not encrypted).\n");
}

void ImportEnvCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    if (!begin(io, std::move(done)))
        return;
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("credential-store"), QString(), QStringLiteral("kind")));
    if (!parser.parse(QStringList{name()} + arguments) || parser.positionalArguments().size() > 1) {
        usageError(parser.errorText());
        return;
    }
    const QString storeKind = parser.value(QStringLiteral("credential-store")).trimmed().toLower();
    if (!storeKind.isEmpty() && storeKind != QLatin1String("file") && storeKind != QLatin1String("keychain")) {
        usageError(tr("--credential-store must be keychain or file."));
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
    const Result<EnvConfig> config = setup::EnvImport::readFile(m_file);
    if (!config.ok()) {
        fail(config.error());
        return;
    }
    CredentialStore *store = &env().credentials();
    if (storeKind == QLatin1String("file")) {
        // The choice is kept in the settings, so sync and the tray app find the secrets there too.
        if (auto r = env().settings().setEnum(keys::credentialBackend, CredentialBackend::File); !r.ok()) {
            fail(r.error());
            return;
        }
        if (auto r = env().settings().sync(); !r.ok()) {
            fail(r.error());
            return;
        }
        m_fileStore = std::make_unique<FileCredentialStore>(Runtime::basePaths(m_global.configDir).credentialFile);
        store = m_fileStore.get();
    }
    m_import = new setup::EnvImport(env().settings(), *store, this);
    m_import->apply(config.value(), [this](const Result<setup::EnvImportSummary> &summary) {
        if (!summary.ok()) {
            if (summary.error().kind == SyncError::Kind::Keychain) {
                this->io().err
                    << summary.error().userMessage << '\n'
                    << tr("Nothing was imported. Without a keychain, keep the secrets in a file instead: run "
                          "again with --credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file); the file "
                          "is readable by your user only, but not encrypted.")
                    << '\n';
                finish(exitCodeFor(summary.error()));
                return;
            }
            fail(summary.error());
            return;
        }
        report(summary.value());
    });
}

void ImportEnvCommand::report(const setup::EnvImportSummary &summary)
{
    io().out << tr("Imported %1.").arg(QDir::toNativeSeparators(m_file)) << '\n';
    for (const QString &id : summary.createdAccounts)
        io().out << tr("  account \"%1\" created").arg(id) << '\n';
    for (const QString &id : summary.updatedAccounts)
        io().out << tr("  account \"%1\" updated (imported before)").arg(id) << '\n';
    io().out << tr("  secrets stored in: %1").arg(summary.credentialBackend) << '\n';
    QStringList notes = summary.notes;
    for (const QString &id : summary.careLinkAccounts) {
        const auto account = env().accounts().find(id);
        const bool byCountry = account && !account->country.isEmpty();
        notes.append(tr("CareLink account \"%1\": sign in once with `nightbridge-cli carelink login --account %1 "
                        "--%2 %3`.")
                         .arg(id, byCountry ? QStringLiteral("country") : QStringLiteral("region"),
                              byCountry ? account->country : (account ? account->region : QString())));
    }
    for (const QString &note : notes)
        io().out << tr("Note: %1").arg(note) << '\n';
    io().out << tr("Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.")
                    .arg(QDir::toNativeSeparators(m_file))
             << '\n';
    finish(Ok);
}

} // namespace nb::cli
