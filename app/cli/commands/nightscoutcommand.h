#pragma once

#include "command.h"

#include <memory>

namespace nb {
class HttpClient;
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
// never from the command line (--token is refused with the alternatives). Secrets never
// appear in the output.
class NightscoutCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(NightscoutCommand)
public:
    NightscoutCommand();
    ~NightscoutCommand() override;

    QString name() const override { return QStringLiteral("nightscout"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

private:
    bool buildConfig(const QCommandLineParser &parser, CommandIo &io, ns::NsClientConfig *config, bool needCredentials);
    void check(const ns::NsClientConfig &config, bool json, CommandIo &io);
    void upload(const ns::NsClientConfig &config, const QString &file, bool pretend, bool json, CommandIo &io);
    void finish(int code);
    ns::NightscoutClient *makeClient(const ns::NsClientConfig &config);

    std::function<void(int)> m_done;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ns::NightscoutClient> m_client;
};

} // namespace nb::cli
