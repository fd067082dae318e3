#include "cliapp.h"
#include "common/privatefiles.h"
#include "globaloptions.h"
#include "i18n/translations.h"
#include "platform/processhardening.h"
#include "sync/envconfig.h"
#include "sync/apppaths.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define NB_ISATTY _isatty
#define NB_FILENO _fileno
#else
#include <unistd.h>
#define NB_ISATTY isatty
#define NB_FILENO fileno
#endif

namespace {
// Before anything else: no core dumps in release builds, and the secrets of the environment leave it
// before any child process could inherit them (commands read them from EnvConfig::systemVariables()).
void hardenProcess()
{
    nb::platform::disableCoreDumps();
    nb::EnvConfig::takeProcessEnvironment();
}
} // namespace

int main(int argc, char *argv[])
{
    nb::PrivateFiles::applyProcessDefaults(); // before anything is written: health data is the user's alone
    hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Nightbridge"));
    QCoreApplication::setApplicationName(QStringLiteral("Nightbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIGHTBRIDGE_VERSION));

    // The language of general/language in the settings this run uses (--config DIR, NIGHTBRIDGE_CONFIG_DIR, or
    // the standard file), else the system's; English when neither is available.
    QString configDir = nb::cli::GlobalOptions::parse(QCoreApplication::arguments().mid(1)).configDir;
    if (configDir.isEmpty())
        configDir = qEnvironmentVariable("NIGHTBRIDGE_CONFIG_DIR");
    const nb::AppPaths paths = configDir.isEmpty() ? nb::AppPaths::standard() : nb::AppPaths::inDirectory(configDir);
    nb::installTranslations(app, nb::languageSetting(paths.settingsFile));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    nb::cli::CommandIo io{out, err, in, NB_ISATTY(NB_FILENO(stdout)) == 1};

    nb::cli::CliApp cli;
    int exitCode = 0;
    bool finished = false;
    QTimer::singleShot(0, &app, [&] {
        cli.run(QCoreApplication::arguments(), io, [&](int code) {
            exitCode = code;
            finished = true;
            QCoreApplication::exit(code);
        });
    });
    const int loopCode = app.exec();
    out.flush();
    err.flush();
    return finished ? exitCode : loopCode;
}
