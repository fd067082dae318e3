#include "checklogincommand.h"

#include "exitcodes.h"
#include "sources/datasource.h"
#include "sync/syncstate.h"

#include <QCommandLineParser>

namespace nb::cli {

QString CheckLoginCommand::summary() const
{
    return tr("Sign in to each account's vendor and show who it is");
}

QString CheckLoginCommand::usage() const
{
    return tr("Usage: nightbridge-cli check-login [--account A]\n\n"
              "Signs in to Tandem Source / CareLink for each selected account and prints the pump or role it\n"
              "found. A sign-in refused earlier paused the account; a successful check lifts that pause.\n"
              "Exit codes: 0 all signed in, 3 configuration (missing password, ...), 4 refused or sign-in needed,\n"
              "5 vendor unreachable, 6 unexpected answer, 8 another Nightbridge process is syncing.\n");
}

void CheckLoginCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    if (!begin(io, std::move(done)))
        return;
    QCommandLineParser parser;
    if (!parser.parse(QStringList{name()} + arguments) || !parser.positionalArguments().isEmpty()) {
        usageError(parser.errorText().isEmpty() ? tr("check-login takes no arguments.") : parser.errorText());
        return;
    }
    // A sign-in may rotate tokens and lifts pauses in the state: never behind a running sync's back.
    if (auto locked = env().lock(); !locked.ok()) {
        io.err << locked.error().userMessage << '\n';
        finish(env().lockFailureCode(locked.error()));
        return;
    }
    prepareAccounts(false, [this](QList<Prepared> accounts) {
        m_accounts = accounts;
        next();
    });
}

void CheckLoginCommand::next()
{
    if (m_accounts.isEmpty()) {
        finish(m_worst);
        return;
    }
    const Prepared account = m_accounts.takeFirst();
    account.source->checkLogin([this, account](const Result<LoginInfo> &info) {
        const QString id = account.config.id;
        if (!info.ok()) {
            io().err << tr("%1: %2").arg(id, info.error().userMessage) << '\n';
            const int code = exitCodeFor(info.error());
            if (m_worst == Ok || code == AuthFailed)
                m_worst = code;
        } else {
            io().out << tr("%1: signed in: %2").arg(id, info->who);
            if (!info->detail.isEmpty())
                io().out << QStringLiteral("; ") << info->detail;
            io().out << '\n';
            AccountRecord record = env().syncState().account(id);
            if (record.authPaused) {
                record.authPaused = false;
                record.authFingerprint.clear();
                record.lastError.reset();
                record.consecutiveFailures = 0;
                (void)env().syncState().setAccount(id, record);
                io().out << tr("%1: the pause after the refused sign-in is lifted.").arg(id) << '\n';
            }
        }
        io().out.flush();
        io().err.flush();
        QMetaObject::invokeMethod(
            this, [this] { next(); }, Qt::QueuedConnection);
    });
}

} // namespace nb::cli
