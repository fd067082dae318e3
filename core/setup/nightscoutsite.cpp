#include "nightscoutsite.h"

#include "credentials/credentialstore.h"
#include "nightscout/nsurl.h"
#include "settings/settings.h"
#include "sync/accountconfig.h"

namespace nb::setup {

void NightscoutSite::load(Settings &settings, CredentialStore &store, QObject *context, Callback done)
{
    const QString url = settings.stringValue(keys::nightscoutUrl);
    if (url.isEmpty()) {
        done(SyncError::make(SyncError::Kind::Config, tr("No Nightscout site is set up yet (Nightscout page)."),
                             QStringLiteral("no nightscout url")));
        return;
    }
    const Result<QUrl> base = ns::NsUrl::normalize(url, settings.boolValue(keys::nightscoutAllowInsecureHttp));
    if (!base.ok()) {
        done(base.error());
        return;
    }
    ns::NsClientConfig config;
    config.baseUrl = base.value();
    config.batchSize = settings.intValue(keys::nightscoutUploadBatchSize);
    const bool token = settings.enumValue<NightscoutAuthMode>(keys::nightscoutAuthMode) == NightscoutAuthMode::Token;
    const QString key =
        token ? CredentialKeys::nightscoutToken(defaultSiteId()) : CredentialKeys::nightscoutSecret(defaultSiteId());
    store.read(key, context, [config, token, done](const Result<std::optional<Secret>> &secret) mutable {
        if (!secret.ok()) {
            done(secret.error());
            return;
        }
        if (secret->has_value() && !secret->value().isEmpty())
            config.credentials =
                token ? ns::NsCredentials::accessToken(secret->value()) : ns::NsCredentials::apiSecret(secret->value());
        done(config);
    });
}

} // namespace nb::setup
