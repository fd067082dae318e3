#include "clienvironment.h"

#include "exitcodes.h"

namespace nb::cli {

namespace {

RuntimeOptions runtimeOptions(const GlobalOptions &global)
{
    RuntimeOptions options;
    options.configDir = global.configDir;
    options.demo = global.demo;
    options.verbose = global.verbose;
    options.echoLog = global.verbose;
    options.cliHints = true;
    options.logBaseName = QStringLiteral("nightbridge-cli");
    return options;
}

} // namespace

CliEnvironment::CliEnvironment(const GlobalOptions &global, CommandIo &io, QObject *parent)
    : QObject(parent)
    , m_global(global)
    , m_io(io)
    , m_runtime(std::make_unique<Runtime>(runtimeOptions(global)))
{}

Result<void> CliEnvironment::open()
{
    auto opened = m_runtime->open();
    if (const QString warning = m_runtime->takeStateWarning(); !warning.isEmpty()) {
        m_io.err << tr("Warning: %1").arg(warning) << '\n';
        m_io.err.flush();
    }
    return opened;
}

int CliEnvironment::lockFailureCode(const SyncError &error) const
{
    return m_runtime->lockHeldElsewhere() ? int(Busy) : int(exitCodeFor(error));
}

CliEnvironment::~CliEnvironment() = default;

} // namespace nb::cli
