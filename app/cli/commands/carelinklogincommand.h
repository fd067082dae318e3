#pragma once

#include "command.h"
#include "sources/carelink/carelinkendpoints.h"
#include "sync/accountconfig.h"

#include <QList>
#include <QObject>

#include <memory>

namespace nb {
class CredentialStore;
class HttpClient;
class SystemClock;
namespace carelink {
class CareLinkAuth;
class CareLinkClient;
class CareLinkDiscovery;
struct ServiceConfig;
} // namespace carelink
} // namespace nb

class QCommandLineParser;

namespace nb::cli {

// nightbridge-cli carelink login --country CC [--account ID] [options]
// Headless CareLink sign-in: prints the authorize URL (PKCE + state), reads the redirect URL the browser
// ended on (com.medtronic.carepartner:/sso?code=...&state=...) from standard input, verifies the state,
// exchanges the code and stores the refresh token in the credential store; then shows who signed in.
class CareLinkLoginCommand final : public QObject, public Command {
    Q_OBJECT
public:
    CareLinkLoginCommand();
    ~CareLinkLoginCommand() override;

    QString name() const override { return QStringLiteral("carelink"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

    // The CareLink accounts of the settings: without --account, the only one is signed in, or the user is
    // asked which (without a terminal: the list is printed, exit code 2).
    void setCareLinkAccounts(QList<AccountConfig> accounts) { m_careLinkAccounts = std::move(accounts); }

private:
    void start(QString country, QString region);
    void onConfig(const carelink::ServiceConfig &config);
    void readRedirect();
    void onRedirectLine(const QString &line);
    void showIdentity();
    void finish(int code);

    CommandIo *m_io = nullptr;
    std::function<void(int)> m_done;
    QString m_account;
    QList<AccountConfig> m_careLinkAccounts;
    carelink::CareLinkOverrides m_overrides;
    qint64 m_pasteDeadlineMs = 0;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<carelink::CareLinkDiscovery> m_discovery;
    std::unique_ptr<carelink::CareLinkAuth> m_auth;
    std::unique_ptr<carelink::CareLinkClient> m_client;
};

} // namespace nb::cli
