#include "envcommand.h"

#include "exitcodes.h"
#include "featurelist.h"
#include "sources/datasource.h"

#include <QTimer>

namespace nb::cli {

EnvCommand::EnvCommand(const GlobalOptions &global)
    : m_global(global)
{}

EnvCommand::~EnvCommand() = default;

bool EnvCommand::begin(CommandIo &io, std::function<void(int)> done)
{
    m_io = &io;
    m_done = std::move(done);
    m_env = std::make_unique<CliEnvironment>(m_global, io);
    if (auto opened = m_env->open(); !opened.ok()) {
        fail(opened.error());
        return false;
    }
    return true;
}

void EnvCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_io->out.flush();
    m_io->err.flush();
    QTimer::singleShot(0, [done = m_done, code] { done(code); });
}

void EnvCommand::fail(const SyncError &error)
{
    m_io->err << error.userMessage << '\n';
    if (m_global.verbose && !error.detail.isEmpty())
        m_io->err << QStringLiteral("  (") << error.toLogString() << QStringLiteral(")\n");
    finish(exitCodeFor(error));
}

void EnvCommand::usageError(const QString &message)
{
    m_io->err << message << '\n' << usage();
    finish(Usage);
}

void EnvCommand::prepareAccounts(bool needNightscout, PreparedCallback done)
{
    const auto accounts = m_env->selectedAccounts();
    if (!accounts.ok()) {
        fail(accounts.error());
        return;
    }
    if (accounts->isEmpty()) {
        fail(SyncError::make(SyncError::Kind::Config,
                             tr("No accounts are configured. Add one with `nightbridge-cli accounts add tandem` (or "
                                "carelink), import a tconnectsync .env with `nightbridge-cli import-env`, set "
                                "TCONNECT_EMAIL/TCONNECT_PASSWORD, or try `nightbridge-cli --demo`."),
                             QStringLiteral("no accounts")));
        return;
    }
    QList<AccountConfig> todo;
    for (AccountConfig a : accounts.value()) {
        if (!m_global.features.isEmpty()) {
            const std::optional<QString> known = FeatureList::forVendor(m_global.features, a.vendor);
            if (!known) {
                m_io->err << tr("%1: none of the features %2 is a %3 feature; this account is left out.")
                                 .arg(a.id, m_global.features, a.vendorName())
                          << '\n';
                continue;
            }
            a.features = *known;
        }
        todo.append(a);
    }
    if (todo.isEmpty()) {
        fail(SyncError::make(SyncError::Kind::Config,
                             tr("No selected account knows the features %1.").arg(m_global.features),
                             QStringLiteral("no account for the features")));
        return;
    }
    m_env->runtime().prepare(todo, needNightscout,
                             [this, done = std::move(done)](const Result<QList<Prepared>> &prepared) {
                                 if (!prepared.ok()) {
                                     fail(prepared.error());
                                     return;
                                 }
                                 // The CLI runs all of them or none: the first problem ends the command.
                                 for (const Prepared &p : prepared.value()) {
                                     if (p.error) {
                                         fail(*p.error);
                                         return;
                                     }
                                 }
                                 done(prepared.value());
                             });
}

} // namespace nb::cli
