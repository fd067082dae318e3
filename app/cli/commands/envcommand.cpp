#include "envcommand.h"

#include "demo/demomode.h"
#include "exitcodes.h"
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
    if (DemoMode *demo = m_env->demo(); demo && !m_demoReady) {
        demo->prepare([this, needNightscout, done](const Result<void> &ready) {
            if (!ready.ok()) {
                fail(ready.error());
                return;
            }
            m_demoReady = true;
            prepareAccounts(needNightscout, done);
        });
        return;
    }
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
    QList<AccountConfig> todo = accounts.value();
    if (!m_global.features.isEmpty()) {
        for (AccountConfig &a : todo)
            a.features = m_global.features;
    }
    prepareNext(todo, needNightscout, std::make_shared<QList<Prepared>>(), std::move(done));
}

void EnvCommand::prepareNext(QList<AccountConfig> todo, bool needNightscout, std::shared_ptr<QList<Prepared>> ready,
                             PreparedCallback done)
{
    if (todo.isEmpty()) {
        done(*ready);
        return;
    }
    const AccountConfig account = todo.takeFirst();
    auto source = m_env->createSource(account);
    if (!source.ok()) {
        fail(source.error());
        return;
    }
    Prepared prepared{account, std::shared_ptr<DataSource>(std::move(source).value()), nullptr};
    if (!needNightscout) {
        ready->append(prepared);
        prepareNext(todo, needNightscout, ready, std::move(done));
        return;
    }
    m_env->nightscoutClient(account, [this, todo, needNightscout, ready, done,
                                      prepared](const Result<ns::NightscoutClient *> &client) mutable {
        if (!client.ok()) {
            fail(client.error());
            return;
        }
        prepared.nightscout = client.value();
        ready->append(prepared);
        prepareNext(todo, needNightscout, ready, done);
    });
}

} // namespace nb::cli
