#pragma once

#include "envcommand.h"

#include "credentialpresence.h"
#include "sync/accountconfig.h"

namespace nb::cli {

// nightbridge-cli status [--json]: each account's state from state.json (no network): last success,
// last error, next run, counts, latest reading, IOB. Works while a daemon is running.
class StatusCommand final : public EnvCommand {
    Q_OBJECT
public:
    using EnvCommand::EnvCommand;

    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

private:
    void print(const QList<AccountConfig> &accounts, const QList<CredentialPresence> &presence);
    bool m_json = false;
};

} // namespace nb::cli
