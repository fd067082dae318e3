#include "cliapp.h"

#include "commands/carelinklogincommand.h"
#include "commands/convertcommand.h"
#include "commands/nightscoutcommand.h"
#include "exitcodes.h"

namespace nb::cli {

CliApp::CliApp()
{
    // One line per command; the order is the order of --help.
    m_factories = {
        [] { return std::unique_ptr<Command>(new ConvertCommand); },
        [] { return std::unique_ptr<Command>(new NightscoutCommand); },
        [] { return std::unique_ptr<Command>(new CareLinkLoginCommand); },
    };
}

QString CliApp::helpText() const
{
    QString text = tr("Usage: nightbridge-cli <command> [options]\n\n"
                      "Syncs Medtronic CareLink and Tandem Source data to Nightscout.\n\n"
                      "Commands:\n");
    for (const CommandFactory &factory : m_factories) {
        const auto command = factory();
        text += QStringLiteral("  %1%2\n").arg(command->name(), -14).arg(command->summary());
    }
    text += tr("\nGlobal options:\n"
               "  --help, -h    Show this help, or `nightbridge-cli help <command>`\n"
               "  --version     Show the version\n\n"
               "Exit codes: 0 ok, 1 failure, 2 usage, 3 configuration, 4 authentication,\n"
               "5 network or server unavailable (try again later), 6 unexpected data (the vendor\n"
               "changed something, or a malformed input file), 7 keychain or local storage, 130 cancelled.\n");
    return text;
}

void CliApp::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        io.out << helpText();
        io.out.flush();
        done(args.isEmpty() ? Usage : Ok);
        return;
    }
    if (args.first() == QLatin1String("--version")) {
        io.out << QStringLiteral("nightbridge-cli %1\n").arg(QStringLiteral(NIGHTBRIDGE_VERSION));
        io.out.flush();
        done(Ok);
        return;
    }
    const bool helpFor = args.first() == QLatin1String("help");
    const QString verb = helpFor ? args.value(1) : args.first();
    for (const CommandFactory &factory : m_factories) {
        std::unique_ptr<Command> command = factory();
        if (command->name() != verb)
            continue;
        if (helpFor || args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
            io.out << command->usage();
            io.out.flush();
            done(Ok);
            return;
        }
        Command *raw = command.release();
        raw->run(args.mid(1), io, [raw, done](int code) {
            delete raw;
            done(code);
        });
        return;
    }
    io.err << tr("Unknown command \"%1\". Run `nightbridge-cli --help` for the list.").arg(verb) << '\n';
    io.err.flush();
    done(Usage);
}

} // namespace nb::cli
