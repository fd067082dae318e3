#include "tandemendpoints.h"

namespace nb::tandem {

namespace {
// A current desktop browser: the WAF in front of the SSO and data hosts rejects obvious bots.
const char kUserAgent[] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/138.0.0.0 Safari/537.36";

void deriveFromIssuer(TandemEndpoints &e)
{
    e.authorize = QUrl(e.issuer + QStringLiteral("/connect/authorize"));
    e.token = QUrl(e.issuer + QStringLiteral("/connect/token"));
    e.jwks = QUrl(e.issuer + QStringLiteral("/.well-known/openid-configuration/jwks"));
}
} // namespace

QString regionName(TandemRegion region)
{
    return region == TandemRegion::EU ? QStringLiteral("EU") : QStringLiteral("US");
}

bool parseRegion(const QString &name, TandemRegion *out)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("US")) {
        *out = TandemRegion::US;
        return true;
    }
    if (n == QLatin1String("EU")) {
        *out = TandemRegion::EU;
        return true;
    }
    return false;
}

TandemEndpoints TandemEndpoints::forRegion(TandemRegion region)
{
    TandemEndpoints e;
    e.ssoPage = QUrl(QStringLiteral("https://sso.tandemdiabetes.com/"));
    e.userAgent = QByteArray(kUserAgent);
    if (region == TandemRegion::EU) {
        e.loginApi = QUrl(QStringLiteral("https://tdcservices.eu.tandemdiabetes.com/accounts/api/login"));
        e.issuer = QStringLiteral("https://tdcservices.eu.tandemdiabetes.com/accounts/api");
        // Not re-verified by any capture after the EU cut-over on 2026-07-16 (vendor-2026.md).
        e.clientId = QStringLiteral("1519e414-eeec-492e-8c5e-97bea4815a10");
        e.redirectUri = QStringLiteral("https://source.eu.tandemdiabetes.com/authorize/callback");
        e.sourceBase = QUrl(QStringLiteral("https://source.eu.tandemdiabetes.com/"));
    } else {
        e.loginApi = QUrl(QStringLiteral("https://tdcservices.tandemdiabetes.com/accounts/api/login"));
        e.issuer = QStringLiteral("https://tdcservices.tandemdiabetes.com/accounts/api");
        // Changed on 2026-07-01 (was 0oa27ho9tpZE9Arjy4h7).
        e.clientId = QStringLiteral("0oa4wnbvtladeyVZX4h7");
        e.redirectUri = QStringLiteral("https://sso.tandemdiabetes.com/auth/callback");
        e.sourceBase = QUrl(QStringLiteral("https://source.tandemdiabetes.com/"));
    }
    deriveFromIssuer(e);
    return e;
}

TandemEndpoints TandemEndpoints::withOverrides(const QHash<QString, QString> &overrides) const
{
    TandemEndpoints e = *this;
    auto value = [&](const char *key) { return overrides.value(QLatin1String(key)).trimmed(); };
    if (!value("issuer").isEmpty()) {
        e.issuer = value("issuer");
        deriveFromIssuer(e);
    }
    const struct {
        const char *key;
        QUrl *url;
    } urls[] = {{"ssoPage", &e.ssoPage}, {"loginApi", &e.loginApi}, {"authorize", &e.authorize},
                {"token", &e.token},     {"jwks", &e.jwks},         {"sourceBase", &e.sourceBase}};
    for (const auto &u : urls) {
        if (!value(u.key).isEmpty())
            *u.url = QUrl(value(u.key));
    }
    if (!value("clientId").isEmpty())
        e.clientId = value("clientId");
    if (!value("redirectUri").isEmpty())
        e.redirectUri = value("redirectUri");
    if (!value("userAgent").isEmpty())
        e.userAgent = value("userAgent").toUtf8();
    if (!e.sourceBase.path().endsWith(QLatin1Char('/')))
        e.sourceBase.setPath(e.sourceBase.path() + QLatin1Char('/'));
    return e;
}

TandemEndpoints TandemEndpoints::onBase(const QUrl &base, const QString &clientId)
{
    const QString root = base.toString(QUrl::StripTrailingSlash);
    TandemEndpoints e;
    e.ssoPage = QUrl(root + QStringLiteral("/"));
    e.loginApi = QUrl(root + QStringLiteral("/accounts/api/login"));
    e.issuer = root + QStringLiteral("/accounts/api");
    deriveFromIssuer(e);
    e.clientId = clientId;
    e.redirectUri = root + QStringLiteral("/auth/callback");
    e.sourceBase = QUrl(root + QStringLiteral("/"));
    e.userAgent = QByteArray(kUserAgent);
    return e;
}

QByteArray TandemEndpoints::origin() const
{
    return sourceBase.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::StripTrailingSlash)
        .toUtf8();
}

QByteArray TandemEndpoints::referer() const
{
    return origin() + '/';
}

bool TandemEndpoints::isValid() const
{
    for (const QUrl &u : {ssoPage, loginApi, authorize, token, jwks, sourceBase}) {
        if (!u.isValid() || u.host().isEmpty())
            return false;
    }
    return !clientId.isEmpty() && !redirectUri.isEmpty() && !issuer.isEmpty();
}

} // namespace nb::tandem
