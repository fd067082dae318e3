#include "clienvironment.h"

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

CliEnvironment::CliEnvironment(const GlobalOptions &global, CommandIo & /*io*/, QObject *parent)
    : QObject(parent)
    , m_global(global)
    , m_runtime(std::make_unique<Runtime>(runtimeOptions(global)))
{}

CliEnvironment::~CliEnvironment() = default;

} // namespace nb::cli
