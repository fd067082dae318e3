#include "cliapp.h"

#include "commands/accountscommand.h"
#include "commands/backfillcommand.h"
#include "commands/carelinklogincommand.h"
#include "commands/checklogincommand.h"
#include "commands/convertcommand.h"
#include "commands/doctorcommand.h"
#include "commands/importenvcommand.h"
#include "commands/nightscoutcommand.h"
#include "commands/statuscommand.h"
#include "commands/synccommand.h"
#include "exitcodes.h"
#include "featurelist.h"
#include "settings/settings.h"
#include "sync/accountconfig.h"
#include "sync/apppaths.h"

#include <QFileInfo>
#include <QProcessEnvironment>

#include <optional>

namespace nb::cli {

CliApp::CliApp()
{
    // One line per command; the order is the order of --help.
    m_factories = {
        [this] { return std::unique_ptr<Command>(new SyncCommand(m_global)); },
        [this] { return std::unique_ptr<Command>(new BackfillCommand(m_global)); },
        [this] { return std::unique_ptr<Command>(new CheckLoginCommand(m_global)); },
        [this] { return std::unique_ptr<Command>(new StatusCommand(m_global)); },
        [this] { return std::unique_ptr<Command>(new DoctorCommand(m_global)); },
        [this] { return std::unique_ptr<Command>(new AccountsCommand(m_global)); },
        [this] { return std::unique_ptr<Command>(new ImportEnvCommand(m_global)); },
        [] { return std::unique_ptr<Command>(new ConvertCommand); },
        [this] { return std::unique_ptr<Command>(new NightscoutCommand(m_global.configDir)); },
        [] { return std::unique_ptr<Command>(new CareLinkLoginCommand); },
    };
}

QString CliApp::helpText() const
{
    QString text = tr("Usage: nightbridge-cli [global options] <command> [options]\n\n"
                      "Syncs Medtronic CareLink and Tandem Source data to Nightscout.\n\n"
                      "Commands:\n");
    for (const CommandFactory &factory : m_factories) {
        const auto command = factory();
        text += QStringLiteral("  %1%2\n").arg(command->name(), -14).arg(command->summary());
    }
    text += tr("\nGlobal options (anywhere on the line):\n"
               "  --config DIR     keep settings, state, logs (and the opt-in credential file) in DIR\n"
               "                   (also NIGHTBRIDGE_CONFIG_DIR; default: the user's config and data folders)\n"
               "  --account A      work on these accounts only (repeat, or A,B)\n"
               "  --features LIST  what to upload this time: vendor feature names, comma- or space-separated\n"
               "                   (--features BASAL,BOLUS or, as tconnectsync takes them, --features BASAL BOLUS)\n"
               "  --pretend        fetch and convert, but upload nothing and change no state\n"
               "  -v, --verbose    log to standard error too (the log file is under the data folder)\n"
               "  --demo           the real engine against built-in fake CareLink and Tandem services\n"
               "  --help, -h       this help, or `nightbridge-cli help <command>`\n"
               "  --version        the version\n\n"
               "tconnectsync's options work too: --auto-update (= sync --auto-update), --check-login\n"
               "(= check-login), --start-date D --end-date D / --days N (= backfill), --pretend, --features.\n"
               "Without a command, those flags run one sync pass as tconnectsync did.\n\n"
               "Environment (containers): NS_URL, NS_SECRET or NS_TOKEN; TCONNECT_EMAIL, TCONNECT_PASSWORD,\n"
               "TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER; CARELINK_COUNTRY, CARELINK_REGION,\n"
               "CARELINK_PATIENT; NIGHTBRIDGE_CONFIG_DIR, NIGHTBRIDGE_CREDENTIAL_STORE=file.\n\n"
               "Exit codes: 0 ok, 1 failure, 2 usage, 3 configuration, 4 authentication (sign-in refused or\n"
               "needed), 5 network or server unavailable (try again later), 6 unexpected data (the vendor\n"
               "changed something, or a malformed input file), 7 keychain or local storage, 8 another\n"
               "Nightbridge process is syncing, 130 cancelled.\n");
    text += tr("\nWhen something does not work, `nightbridge-cli doctor` checks everything in one go.\n\n"
               "Running it regularly (replace the path with where nightbridge-cli is installed):\n"
               "  cron (crontab -e), every 5 minutes:\n"
               "    */5 * * * * /usr/local/bin/nightbridge-cli sync --once >/dev/null 2>&1\n"
               "  systemd user timer: ~/.config/systemd/user/nightbridge.service with\n"
               "    [Service]\n"
               "    Type=oneshot\n"
               "    ExecStart=/usr/local/bin/nightbridge-cli sync --once\n"
               "  and ~/.config/systemd/user/nightbridge.timer with\n"
               "    [Timer]\n"
               "    OnBootSec=2min\n"
               "    OnUnitActiveSec=5min\n"
               "    [Install]\n"
               "    WantedBy=timers.target\n"
               "  then: systemctl --user enable --now nightbridge.timer\n"
               "  Windows Task Scheduler, every 5 minutes:\n"
               "    schtasks /create /tn Nightbridge /sc minute /mo 5 /tr "
               "\"\\\"C:\\Program Files\\Nightbridge\\nightbridge-cli.exe\\\" sync --once\"\n");
    return text;
}

QStringList CliApp::legacyArguments(const QString &verb) const
{
    QStringList args = m_global.arguments;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString dir = m_global.configDir;
    if (dir.isEmpty())
        dir = env.value(QStringLiteral("NIGHTBRIDGE_CONFIG_DIR"));
    const AppPaths paths = dir.isEmpty() ? AppPaths::standard() : AppPaths::inDirectory(dir);
    if (verb == QLatin1String("nightscout") && !args.contains(QLatin1String("--settings")) && !dir.isEmpty())
        args << QStringLiteral("--settings") << paths.settingsFile;
    if (verb == QLatin1String("carelink")) {
        const bool haveSettings = QFileInfo::exists(paths.settingsFile);
        std::optional<Settings> settings;
        if (haveSettings)
            settings.emplace(paths.settingsFile);
        const bool fileStore =
            env.value(QStringLiteral("NIGHTBRIDGE_CREDENTIAL_STORE")).toLower() == QLatin1String("file") ||
            (settings && settings->enumValue<CredentialBackend>(keys::credentialBackend) == CredentialBackend::File);
        if (fileStore && !args.contains(QLatin1String("--credential-store")))
            args << QStringLiteral("--credential-store") << QStringLiteral("file")
                 << QStringLiteral("--credential-file") << paths.credentialFile;
        m_careLinkAccounts.clear();
        if (settings) {
            for (const AccountConfig &a : AccountRepository(*settings).load()) {
                if (a.vendor == AccountVendor::CareLink)
                    m_careLinkAccounts.append(a);
            }
        }
        // The account's own country/region, so `carelink login --account A` is enough.
        const qsizetype at = args.indexOf(QLatin1String("--account"));
        const QString id = at >= 0 ? args.value(at + 1) : QString();
        if (settings) {
            if (const auto account = AccountRepository(*settings).find(id)) {
                if (!args.contains(QLatin1String("--country")) && !account->country.isEmpty())
                    args << QStringLiteral("--country") << account->country;
                if (!args.contains(QLatin1String("--region")) && !account->region.isEmpty())
                    args << QStringLiteral("--region") << account->region;
            }
        }
        // The discovery override of the settings (a vendor change, or a test's fake).
        if (settings && !args.contains(QLatin1String("--discovery-url"))) {
            const QString discovery = settings->stringValue(keys::careLinkOverride(QStringLiteral("discoveryUrl")));
            if (!discovery.isEmpty())
                args << QStringLiteral("--discovery-url") << discovery;
        }
    }
    return args;
}

void CliApp::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    m_global = GlobalOptions::parse(arguments.mid(1));
    const QStringList args = m_global.arguments;
    if (!m_global.error.isEmpty()) {
        io.err << m_global.error << '\n';
        io.err.flush();
        done(Usage);
        return;
    }
    if (!m_global.features.isEmpty()) {
        if (auto known = FeatureList::check(m_global.features); !known.ok()) {
            io.err << known.error().userMessage << '\n';
            io.err.flush();
            done(Usage);
            return;
        }
    }
    if (m_global.verb.isEmpty()) {
        if (args.contains(QLatin1String("--version"))) {
            io.out << QStringLiteral("nightbridge-cli %1\n").arg(QStringLiteral(NIGHTBRIDGE_VERSION));
            io.out.flush();
            done(Ok);
            return;
        }
        io.out << helpText();
        io.out.flush();
        done(args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h")) ? Ok : Usage);
        return;
    }
    const bool helpFor = m_global.verb == QLatin1String("help");
    const QString verb = helpFor ? args.value(0) : m_global.verb;
    if (helpFor && verb.isEmpty()) {
        io.out << helpText();
        io.out.flush();
        done(Ok);
        return;
    }
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
        const bool legacy = verb == QLatin1String("convert") || verb == QLatin1String("nightscout") ||
                            verb == QLatin1String("carelink");
        const QStringList commandArgs = legacy ? legacyArguments(verb) : args;
        if (auto *login = dynamic_cast<CareLinkLoginCommand *>(command.get()))
            login->setCareLinkAccounts(m_careLinkAccounts);
        Command *raw = command.release();
        raw->run(commandArgs, io, [raw, done](int code) {
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
