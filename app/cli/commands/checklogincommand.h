#pragma once

#include "envcommand.h"

namespace nb::cli {

// nightbridge-cli check-login [--account A]: signs in to each selected account's vendor and says who it
// is, without fetching history (tconnectsync's --check-login). A success also ends a pause that a
// refused sign-in had caused: checking is how the user says "fixed".
class CheckLoginCommand final : public EnvCommand {
    Q_OBJECT
public:
    using EnvCommand::EnvCommand;

    QString name() const override { return QStringLiteral("check-login"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

private:
    void next();

    QList<Prepared> m_accounts;
    int m_worst = 0;
};

} // namespace nb::cli
