#include "carelinksignin.h"

#include "logging/categories.h"
#include "runtime/runtime.h"
#include "sources/carelink/carelinkauth.h"
#include "sources/carelink/carelinkdiscovery.h"
#include "sources/carelink/carelinkendpoints.h"
#include "sources/sourcefactory.h"

namespace nb::gui {

CareLinkSignIn::CareLinkSignIn(Runtime &runtime, OpenUrl openUrl, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_openUrl(std::move(openUrl))
{}

CareLinkSignIn::~CareLinkSignIn() = default;

void CareLinkSignIn::begin(const AccountConfig &account)
{
    m_auth.reset();
    m_accountId = account.id;
    const QString region =
        !account.region.isEmpty()
            ? account.region
            : (account.country.isEmpty() ? QStringLiteral("US")
                                         : carelink::CareLinkEndpoints::regionForCountry(account.country));
    const carelink::CareLinkOverrides overrides = SourceFactory::careLinkOverrides(region, &m_runtime.settings());
    m_discovery = std::make_unique<carelink::CareLinkDiscovery>(m_runtime.http());
    qCInfo(lcUi) << "CareLink sign-in started for" << account.id;
    m_discovery->resolve(account.country.isEmpty() ? region : account.country, overrides, this,
                         [this](const carelink::ServiceConfig &config) { onConfig(config); });
}

void CareLinkSignIn::onConfig(const carelink::ServiceConfig &config)
{
    m_auth = std::make_unique<carelink::CareLinkAuth>(m_runtime.http(), m_runtime.credentials(), m_runtime.clock(),
                                                      m_accountId, config);
    const QUrl url = m_auth->beginSignIn();
    if (!m_openUrl(url)) {
        const QString id = m_accountId;
        m_auth.reset();
        emit finished(id, SyncError::make(SyncError::Kind::Config,
                                          tr("Nightbridge could not open the browser for the CareLink sign-in."),
                                          QStringLiteral("carelink sign-in: openUrl failed")));
        return;
    }
    emit browserOpened(m_accountId);
}

bool CareLinkSignIn::isPending() const
{
    return m_auth && m_auth->hasPendingSignIn();
}

bool CareLinkSignIn::complete(const QUrl &redirect)
{
    if (!isPending())
        return false;
    const QString id = m_accountId;
    m_auth->completeSignIn(redirect, this, [this, id](const Result<void> &result) {
        if (result.ok())
            qCInfo(lcUi) << "CareLink sign-in completed for" << id;
        else
            qCWarning(lcUi).noquote() << "CareLink sign-in failed for" << id << result.error().toLogString();
        emit finished(id, result);
    });
    return true;
}

} // namespace nb::gui
