#pragma once

#include "envcommand.h"

#include <QList>
#include <QPair>

class QCommandLineParser;

namespace nb::cli {

// nightbridge-cli accounts list [--json]
// nightbridge-cli accounts add tandem|carelink [options]
// nightbridge-cli accounts set [ID] [field=value ...] [options]
// nightbridge-cli accounts remove ID
// Settings go to the settings file; e-mail, passwords, the CareLink patient and Nightscout secrets go to
// the credential store only (prompted without echo, or read from files). Never printed.
class AccountsCommand final : public EnvCommand {
    Q_OBJECT
public:
    using EnvCommand::EnvCommand;

    QString name() const override { return QStringLiteral("accounts"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

private:
    void list(bool json);
    void add(const QCommandLineParser &parser, const QString &vendor);
    void set(const QCommandLineParser &parser, const QString &id, const QStringList &assignments);
    void remove(const QString &id);
    void removeSecrets(QStringList keys, const QString &id);
    // Collects the secrets the options ask for (files or prompts), then writes them in order.
    void gatherSecrets(const QCommandLineParser &parser, const QString &accountId, bool tandemNeedsLogin,
                       std::function<void()> then);
    void writeSecrets(std::function<void()> then);
    void askEmail(std::function<void()> then);
    void askPassword(std::function<void()> then);

    QList<QPair<QString, Secret>> m_secrets; // key -> value, written by writeSecrets()
    QString m_accountId;
    bool m_needEmail = false;
    bool m_needPassword = false;
};

} // namespace nb::cli
