#pragma once

#include "common/result.h"
#include "sync/accountconfig.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace nb {
class Runtime;
namespace carelink {
class CareLinkAuth;
class CareLinkDiscovery;
struct ServiceConfig;
} // namespace carelink
} // namespace nb

namespace nb::gui {

// The browser sign-in of a CareLink account from the tray app: begin() resolves the account's region,
// starts the PKCE sign-in and hands the authorize address to the browser; the redirect comes back
// through the URL-scheme handler (a second launch, forwarded by the single-instance server) to
// complete(), which verifies it and stores the refresh token through the core CareLinkAuth. One
// sign-in at a time; a new begin() replaces the previous one. Never logs the redirect (one-time code).
class CareLinkSignIn : public QObject {
    Q_OBJECT
public:
    using OpenUrl = std::function<bool(const QUrl &)>;

    CareLinkSignIn(Runtime &runtime, OpenUrl openUrl, QObject *parent = nullptr);
    ~CareLinkSignIn() override;

    void begin(const AccountConfig &account);
    bool isPending() const;
    QString pendingAccount() const { return m_accountId; }
    // False when no sign-in is waiting for a redirect (nothing is done then).
    bool complete(const QUrl &redirect);

signals:
    void browserOpened(const QString &accountId);
    void finished(const QString &accountId, const nb::Result<void> &result);

private:
    void onConfig(const carelink::ServiceConfig &config);

    Runtime &m_runtime;
    OpenUrl m_openUrl;
    QString m_accountId;
    std::unique_ptr<carelink::CareLinkDiscovery> m_discovery;
    std::unique_ptr<carelink::CareLinkAuth> m_auth;
};

} // namespace nb::gui
