#pragma once

#include "command.h"

#include <memory>

namespace nb {
class HttpClient;
class Runtime;
class SystemClock;
namespace ns {
class NightscoutClient;
struct NsClientConfig;
} // namespace ns
} // namespace nb

class QCommandLineParser;

namespace nb::cli {

// nightbridge-cli nightscout check                 connection test: version, units, write permission
// nightbridge-cli nightscout upload FILE [--pretend] upload {"entries":[],"treatments":[],...}
// The site comes from --url, NS_URL or the settings file (--settings); the API secret from
// --secret-file or NS_SECRET, an access token from --token-file (or "-", standard input) or NS_TOKEN;
// never from the command line (--token is refused with the alternatives). Without --url and NS_URL,
// `check` tests the configured site (of --account A, else the shared one) with its stored secret.
// Secrets never appear in the output.
class NightscoutCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(NightscoutCommand)
public:
    // configDir: --config (empty: NIGHTBRIDGE_CONFIG_DIR, else the standard folders), for `check` without
    // --url / NS_URL: the configured site and its stored secret.
    explicit NightscoutCommand(QString configDir = {});
    ~NightscoutCommand() override;

    QString name() const override { return QStringLiteral("nightscout"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

private:
    bool buildConfig(const QCommandLineParser &parser, CommandIo &io, ns::NsClientConfig *config, bool needCredentials);
    void check(const ns::NsClientConfig &config, bool json, CommandIo &io);
    void checkConfiguredSite(const ns::NsClientConfig &fromFlags, const QString &accountId, bool json, CommandIo &io);
    void upload(const ns::NsClientConfig &config, const QString &file, bool pretend, bool json, CommandIo &io);
    void finish(int code);
    ns::NightscoutClient *makeClient(const ns::NsClientConfig &config);

    std::function<void(int)> m_done;
    QString m_configDir;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ns::NightscoutClient> m_client;
};

} // namespace nb::cli
