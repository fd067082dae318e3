#pragma once

#include "envcommand.h"

#include "credentials/credentialstore.h"
#include "setup/envimport.h"

#include <memory>

namespace nb::cli {

// nightbridge-cli import-env [FILE]: reads a tconnectsync .env (default: ./.env, then
// ~/.config/tconnectsync/.env) or minimed-connect-to-nightscout's variables, creates the accounts and
// the Nightscout site, moves the secrets into the credential store, and asks the user to delete the
// plain-text file. The import itself is setup::EnvImport (the settings dialog uses it too).
class ImportEnvCommand final : public EnvCommand {
    Q_OBJECT
public:
    using EnvCommand::EnvCommand;

    QString name() const override { return QStringLiteral("import-env"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

private:
    void report(const setup::EnvImportSummary &summary);

    QString m_file;
    std::unique_ptr<CredentialStore> m_fileStore; // --credential-store file
    setup::EnvImport *m_import = nullptr;
};

} // namespace nb::cli
