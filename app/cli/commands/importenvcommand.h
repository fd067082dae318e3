#pragma once

#include "envcommand.h"

#include <QList>
#include <QPair>

namespace nb::cli {

// nightbridge-cli import-env [FILE]: reads a tconnectsync .env (default: ./.env, then
// ~/.config/tconnectsync/.env) or minimed-connect-to-nightscout's variables, creates the accounts and
// the Nightscout site, moves the secrets into the credential store, and asks the user to delete the
// plain-text file.
class ImportEnvCommand final : public EnvCommand {
    Q_OBJECT
public:
    using EnvCommand::EnvCommand;

    QString name() const override { return QStringLiteral("import-env"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

private:
    void writeNext();
    void report();

    QString m_file;
    QList<QPair<QString, Secret>> m_secrets;
    QStringList m_created;
    QStringList m_notes;
};

} // namespace nb::cli
