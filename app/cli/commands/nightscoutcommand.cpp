#include "nightscoutcommand.h"

#include "common/clock.h"
#include "exitcodes.h"
#include "model/nsbatch.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsdocuments.h"
#include "nightscout/nserrors.h"
#include "nightscout/nsurl.h"
#include "runtime/runtime.h"
#include "settings/settings.h"
#include "sync/envconfig.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTimer>

namespace nb::cli {

namespace {

// "-" is standard input (a secret piped in never appears in the process list).
QString readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    const bool opened =
        path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = file.errorString();
        return {};
    }
    // Only the first line counts: files written by `echo` end with a newline.
    return QString::fromUtf8(file.readLine()).trimmed();
}

QString yesNo(bool value)
{
    return value ? NightscoutCommand::tr("yes") : NightscoutCommand::tr("no");
}

QJsonObject errorJson(const SyncError &error)
{
    return QJsonObject{{QStringLiteral("kind"), syncErrorKindName(error.kind)},
                       {QStringLiteral("message"), error.userMessage}};
}

} // namespace

NightscoutCommand::NightscoutCommand(QString configDir)
    : m_configDir(std::move(configDir))
{}

NightscoutCommand::~NightscoutCommand() = default;

QString NightscoutCommand::summary() const
{
    return tr("Test the Nightscout connection, or upload a JSON file to it");
}

QString NightscoutCommand::usage() const
{
    return tr("Usage:\n"
              "  nightbridge-cli nightscout check [options]\n"
              "  nightbridge-cli nightscout upload FILE [--pretend] [options]\n\n"
              "check   Connects to the site and prints its version, units and whether Nightbridge may upload,\n"
              "        or what is wrong (wrong secret, read-only site, https required, not Nightscout, ...).\n"
              "upload  Uploads FILE (\"-\": standard input), {\"entries\":[], \"treatments\":[], \"devicestatus\":[],\n"
              "        \"profile\":[]} as printed by `nightbridge-cli convert`, or any valid Nightscout documents in\n"
              "        that shape: one without an identifier gets a stable one from its collection and time, so\n"
              "        uploading the same file twice stores everything once. Invalid documents are listed and\n"
              "        make the command exit with code 6 (the valid ones are uploaded). --pretend prints the\n"
              "        requests that would be made, without any network access.\n\n"
              "Options:\n"
              "  --url URL           the site (else NS_URL, else the configured site with its stored secret)\n"
              "  --account A         check: the site of account A (its own, else the shared one)\n"
              "  --secret-file FILE  file holding the API secret (else NS_SECRET)\n"
              "  --token-file FILE   file holding an access token (\"-\": standard input; else NS_TOKEN)\n"
              "  --allow-http        allow plain http:// to a non-loopback address (the secret travels in clear)\n"
              "  --settings FILE     read url, allow-http and batch size from this settings file\n"
              "  --batch-size N      documents per upload request (default 500)\n"
              "  --json              machine-readable output\n"
              "  --verbose           log progress to standard error\n\n"
              "Exit codes: 0 ok, 2 usage, 3 configuration (address, read-only site, input file),\n"
              "4 secret or token refused / no permission, 5 site unreachable or failing (try again later),\n"
              "6 unexpected answer or malformed input file, 130 cancelled.\n");
}

void NightscoutCommand::finish(int code)
{
    // Later: the command is deleted by `done`, possibly while a client callback is on the stack.
    QTimer::singleShot(0, [done = m_done, code] { done(code); });
}

bool NightscoutCommand::buildConfig(const QCommandLineParser &parser, CommandIo &io, ns::NsClientConfig *config,
                                    bool needCredentials)
{
    const QHash<QString, QString> env = EnvConfig::systemVariables(); // secrets are no longer in the live one
    QString url = parser.value(QStringLiteral("url"));
    bool allowHttp = parser.isSet(QStringLiteral("allow-http"));
    int batchSize = 500;
    if (parser.isSet(QStringLiteral("settings"))) {
        Settings settings(parser.value(QStringLiteral("settings")));
        if (url.isEmpty())
            url = settings.stringValue(keys::nightscoutUrl);
        allowHttp = allowHttp || settings.boolValue(keys::nightscoutAllowInsecureHttp);
        batchSize = settings.intValue(keys::nightscoutUploadBatchSize);
    }
    if (url.isEmpty())
        url = env.value(QStringLiteral("NS_URL"));
    if (parser.isSet(QStringLiteral("batch-size"))) {
        bool ok = false;
        batchSize = parser.value(QStringLiteral("batch-size")).toInt(&ok);
        if (!ok || batchSize < 1) {
            io.err << tr("--batch-size needs a positive number.") << '\n';
            finish(Usage);
            return false;
        }
    }
    config->batchSize = batchSize;

    if (url.isEmpty() && needCredentials) {
        io.err << tr("No Nightscout address: use --url or set NS_URL.") << '\n';
        finish(Config);
        return false;
    }
    if (!url.isEmpty()) {
        const Result<QUrl> base = ns::NsUrl::normalize(url, allowHttp);
        if (!base.ok()) {
            io.err << base.error().userMessage << '\n';
            finish(Config);
            return false;
        }
        config->baseUrl = base.value();
    }

    QString error;
    QString token;
    if (parser.isSet(QStringLiteral("token"))) {
        // Anything on a command line can be read by every user of this computer (ps, /proc).
        io.err << tr("--token is no longer accepted: a command line is visible to other users of this computer. "
                     "Put the token in a file and use --token-file FILE, pipe it in with --token-file -, or set "
                     "NS_TOKEN.")
               << '\n';
        finish(Usage);
        return false;
    }
    if (parser.isSet(QStringLiteral("token-file")))
        token = readSecretFile(parser.value(QStringLiteral("token-file")), &error);
    QString secret;
    if (parser.isSet(QStringLiteral("secret-file")))
        secret = readSecretFile(parser.value(QStringLiteral("secret-file")), &error);
    if (!error.isEmpty()) {
        io.err << tr("Cannot read the secret file: %1").arg(error) << '\n';
        finish(Config);
        return false;
    }
    if (token.isEmpty() && secret.isEmpty()) {
        token = env.value(QStringLiteral("NS_TOKEN"));
        secret = env.value(QStringLiteral("NS_SECRET"));
    }
    if (!token.isEmpty())
        config->credentials = ns::NsCredentials::accessToken(Secret(token));
    else if (!secret.isEmpty())
        config->credentials = ns::NsCredentials::apiSecret(Secret(secret));
    if (needCredentials && config->credentials.isEmpty()) {
        io.err << ns::NsErrors::noCredentials().userMessage << '\n';
        finish(Config);
        return false;
    }
    return true;
}

ns::NightscoutClient *NightscoutCommand::makeClient(const ns::NsClientConfig &config)
{
    m_clock = std::make_unique<SystemClock>();
    m_http = std::make_unique<HttpClient>(*m_clock);
    m_client = std::make_unique<ns::NightscoutClient>(*m_http, *m_clock, config);
    return m_client.get();
}

void NightscoutCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    m_done = std::move(done);
    QCommandLineParser parser;
    for (const char *valued : {"url", "secret-file", "token-file", "token", "settings", "batch-size", "account"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(valued), QString(), QStringLiteral("value")));
    for (const char *flag : {"allow-http", "pretend", "json", "verbose"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(flag)));
    if (!parser.parse(QStringList{name()} + arguments)) {
        io.err << parser.errorText() << '\n' << usage();
        finish(Usage);
        return;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("nightbridge.*.info=false"));

    if (action == QLatin1String("check") && positional.size() == 1) {
        ns::NsClientConfig config;
        const bool explicitSite = parser.isSet(QStringLiteral("url")) ||
                                  !QProcessEnvironment::systemEnvironment().value(QStringLiteral("NS_URL")).isEmpty();
        if (!explicitSite) {
            if (buildConfig(parser, io, &config, false))
                checkConfiguredSite(config, parser.value(QStringLiteral("account")), json, io);
            return;
        }
        if (buildConfig(parser, io, &config, false)) {
            if (config.baseUrl.isEmpty()) {
                io.err << tr("No Nightscout address: use --url or set NS_URL.") << '\n';
                finish(Config);
                return;
            }
            check(config, json, io);
        }
        return;
    }
    if (action == QLatin1String("upload") && positional.size() == 2) {
        const bool pretend = parser.isSet(QStringLiteral("pretend"));
        ns::NsClientConfig config;
        if (buildConfig(parser, io, &config, !pretend))
            upload(config, positional.at(1), pretend, json, io);
        return;
    }
    io.err << usage();
    finish(Usage);
}

void NightscoutCommand::checkConfiguredSite(const ns::NsClientConfig &fromFlags, const QString &accountId, bool json,
                                            CommandIo &io)
{
    RuntimeOptions options;
    options.configDir = m_configDir;
    options.logBaseName = QStringLiteral("nightbridge-cli");
    m_runtime = std::make_unique<Runtime>(std::move(options));
    if (auto opened = m_runtime->open(); !opened.ok()) {
        io.err << opened.error().userMessage << '\n';
        finish(exitCodeFor(opened.error()));
        return;
    }
    AccountConfig account; // no --account: the shared site
    if (!accountId.isEmpty()) {
        const auto selected = m_runtime->selectAccounts({accountId});
        if (!selected.ok()) {
            io.err << selected.error().userMessage << '\n';
            finish(exitCodeFor(selected.error()));
            return;
        }
        account = selected->first();
    }
    m_runtime->nightscoutConfig(account, [this, fromFlags, json, &io](const Result<ns::NsClientConfig> &stored) {
        // A secret or token given on the line still wins over the stored one.
        if (!stored.ok() && !(stored.error().kind == SyncError::Kind::Config && !fromFlags.credentials.isEmpty() &&
                              !fromFlags.baseUrl.isEmpty())) {
            io.err << stored.error().userMessage << '\n';
            io.err.flush();
            finish(exitCodeFor(stored.error()));
            return;
        }
        ns::NsClientConfig config = stored.ok() ? stored.value() : fromFlags;
        if (!fromFlags.credentials.isEmpty())
            config.credentials = fromFlags.credentials;
        QTimer::singleShot(0, [this, config, json, &io] { check(config, json, io); });
    });
}

void NightscoutCommand::check(const ns::NsClientConfig &config, bool json, CommandIo &io)
{
    makeClient(config)->checkConnection([this, &io, json, config](const ns::NsConnectionReport &report) {
        const QString site = ns::NsUrl::displayString(config.baseUrl);
        if (json) {
            QJsonObject out{{QStringLiteral("site"), site},
                            {QStringLiteral("outcome"), ns::nsCheckOutcomeName(report.outcome)},
                            {QStringLiteral("canWrite"), report.canWrite},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
            if (report.status) {
                out.insert(QStringLiteral("version"), report.status->version);
                out.insert(QStringLiteral("units"), report.status->units);
                out.insert(QStringLiteral("apiEnabled"), report.status->apiEnabled);
                out.insert(QStringLiteral("careportalEnabled"), report.status->careportalEnabled);
            }
            if (report.error)
                out.insert(QStringLiteral("error"), errorJson(*report.error));
            io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        } else {
            io.out << tr("Site:              %1").arg(site) << '\n';
            if (report.status) {
                io.out << tr("Nightscout:        %1").arg(report.status->version) << '\n';
                io.out << tr("Units:             %1").arg(report.status->units) << '\n';
                io.out << tr("API enabled:       %1").arg(yesNo(report.status->apiEnabled)) << '\n';
                io.out << tr("Careportal:        %1").arg(yesNo(report.status->careportalEnabled)) << '\n';
            }
            io.out << tr("Write permission:  %1").arg(yesNo(report.canWrite)) << '\n';
            for (const QString &warning : report.warnings)
                io.err << tr("Warning: %1").arg(warning) << '\n';
            if (report.error)
                io.err << tr("Problem: %1").arg(report.error->userMessage) << '\n';
            else
                io.out << tr("Connection OK.") << '\n';
        }
        io.out.flush();
        io.err.flush();
        finish(report.error ? exitCodeFor(*report.error) : Ok);
    });
}

void NightscoutCommand::upload(const ns::NsClientConfig &config, const QString &path, bool pretend, bool json,
                               CommandIo &io)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        io.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        finish(Config);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    NsBatch batch;
    QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
    if (error.isEmpty() && !doc.isObject())
        error = tr("the file must hold one JSON object");
    if (error.isEmpty() && !NsBatch::fromJson(doc.object(), &batch, &error))
        error = error.isEmpty() ? tr("unexpected structure") : error;
    if (!error.isEmpty()) {
        io.err << tr("%1 is not a Nightscout batch: %2").arg(path, error) << '\n';
        finish(VendorChanged);
        return;
    }

    // Any uploader's documents: each gets a stable identifier; invalid ones are reported one by one.
    NsBatch valid;
    QJsonArray refused;
    for (NsCollection c :
         {NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus, NsCollection::Profile}) {
        const QList<QJsonObject> &docs = batch.of(c);
        for (qsizetype i = 0; i < docs.size(); ++i) {
            QString why;
            const QJsonObject prepared = ns::NsDocuments::prepareImported(c, docs.at(i), &why);
            if (why.isEmpty()) {
                valid.of(c).append(prepared);
                continue;
            }
            refused.append(QJsonObject{{QStringLiteral("collection"), nsCollectionName(c)},
                                       {QStringLiteral("index"), int(i)},
                                       {QStringLiteral("reason"), why}});
            if (!json)
                io.err << tr("Invalid document %1[%2]: %3").arg(nsCollectionName(c)).arg(i).arg(why) << '\n';
        }
    }
    const int exitCode = refused.isEmpty() ? Ok : VendorChanged;

    if (pretend) {
        // Offline: what would be posted and how it would be cut. The reads the real upload makes first
        // (what exists already, the latest devicestatus/profile) can only drop documents from this.
        QJsonArray requests;
        for (NsCollection c :
             {NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus, NsCollection::Profile}) {
            QList<QList<QJsonObject>> groups;
            if (c == NsCollection::Entries || c == NsCollection::Treatments) {
                for (qsizetype i = 0; i < valid.of(c).size(); i += config.batchSize)
                    groups.append(valid.of(c).mid(i, config.batchSize));
            } else {
                QList<QJsonObject> tooLarge;
                groups = ns::NsDocuments::packBySize(valid.of(c), config.maxSmallBodyBytes, &tooLarge);
                for (qsizetype i = 0; i < tooLarge.size(); ++i)
                    refused.append(
                        QJsonObject{{QStringLiteral("collection"), nsCollectionName(c)},
                                    {QStringLiteral("reason"), QStringLiteral("larger than the 1 MB limit")}});
            }
            for (const QList<QJsonObject> &group : std::as_const(groups))
                requests.append(
                    QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("path"), QStringLiteral("/api/v1/%1.json").arg(nsCollectionName(c))},
                                {QStringLiteral("documents"), int(group.size())},
                                {QStringLiteral("bytes"), int(ns::NsDocuments::bodySize(group))}});
        }
        const QJsonObject out{{QStringLiteral("site"),
                               config.baseUrl.isEmpty() ? QJsonValue() : ns::NsUrl::displayString(config.baseUrl)},
                              {QStringLiteral("requests"), requests},
                              {QStringLiteral("refused"), refused},
                              {QStringLiteral("documents"), valid.toJson()}};
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        io.out.flush();
        io.err.flush();
        finish(exitCode);
        return;
    }

    ns::NsClientConfig importConfig = config;
    importConfig.importMode = true;
    makeClient(importConfig)
        ->upload(valid, [this, &io, json, refused, exitCode](const Result<ns::NsUploadReport> &result) {
            if (!result.ok()) {
                if (json)
                    io.out << QString::fromUtf8(
                        QJsonDocument(QJsonObject{{QStringLiteral("error"), errorJson(result.error())}}).toJson());
                io.err << tr("Upload failed: %1").arg(result.error().userMessage) << '\n';
                io.out.flush();
                io.err.flush();
                finish(exitCodeFor(result.error()));
                return;
            }
            const ns::NsUploadReport &r = result.value();
            if (json) {
                io.out << QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("posted"), r.posted},
                                              {QStringLiteral("unchanged"), r.skippedUnchanged},
                                              {QStringLiteral("foreign"), r.skippedForeign},
                                              {QStringLiteral("refused"), r.refused + int(refused.size())},
                                              {QStringLiteral("invalid"), refused},
                                              {QStringLiteral("requests"), r.requests}})
                        .toJson());
            } else {
                for (const QString &note : r.notes) {
                    if (note.contains(QLatin1String("refused")) || note.contains(QLatin1String("too large")))
                        io.err << note << '\n';
                }
                io.out << tr("Uploaded %1 documents (%2 unchanged, %3 left to other uploaders, %4 refused) in %5 "
                             "requests.")
                              .arg(r.posted)
                              .arg(r.skippedUnchanged)
                              .arg(r.skippedForeign)
                              .arg(r.refused + int(refused.size()))
                              .arg(r.requests)
                       << '\n';
            }
            io.out.flush();
            io.err.flush();
            finish(r.refused > 0 ? VendorChanged : exitCode);
        });
}

} // namespace nb::cli
