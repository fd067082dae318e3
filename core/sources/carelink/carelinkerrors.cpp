#include "carelinkerrors.h"

namespace nb::carelink {

SyncError CareLinkErrors::unexpectedResponse(const QString &detail)
{
    return SyncError::make(SyncError::Kind::Protocol,
                           tr("CareLink answered in a way Nightbridge does not understand (the vendor may have "
                              "changed something). If this persists, look for an update of Nightbridge."),
                           QStringLiteral("CareLink: ") + detail);
}

SyncError CareLinkErrors::signInNeeded(const QString &detail)
{
    return SyncError::make(SyncError::Kind::Auth,
                           tr("CareLink sign-in needed: sign in again in the browser. Remember that each app needs "
                              "its own CareLink follower account, because signing in elsewhere ends this session."),
                           QStringLiteral("CareLink: ") + detail);
}

SyncError CareLinkErrors::appVersionTooOld(const QString &appVersion)
{
    return SyncError::make(SyncError::Kind::Config,
                           tr("CareLink requires a newer app version (Nightbridge sent %1); update Nightbridge or "
                              "raise the CareLink app version in the settings.")
                               .arg(appVersion),
                           QStringLiteral("CareLink: display/message answered 206 (upgrade application) for "
                                          "appVersion %1")
                               .arg(appVersion),
                           false, 206);
}

SyncError CareLinkErrors::signInRejected(const QString &userReason, const QString &detail)
{
    return SyncError::make(SyncError::Kind::Auth, tr("CareLink sign-in failed: %1").arg(userReason),
                           QStringLiteral("CareLink sign-in: ") + detail);
}

SyncError CareLinkErrors::tokenRefusedForNow(int httpStatus, const QString &detail)
{
    const bool blocked = httpStatus == 401 || httpStatus == 403;
    return SyncError::make(blocked ? SyncError::Kind::RateLimited : SyncError::Kind::Protocol,
                           blocked ? tr("CareLink's sign-in service blocked the request for now (HTTP %1, perhaps a "
                                        "firewall). Nightbridge keeps the sign-in and tries again later.")
                                         .arg(httpStatus)
                                   : tr("CareLink's sign-in service answered in a way Nightbridge does not understand "
                                        "(HTTP %1; the vendor may have changed something). Nightbridge keeps the "
                                        "sign-in and tries again later.")
                                         .arg(httpStatus),
                           QStringLiteral("CareLink token refresh: ") + detail, true, httpStatus);
}

SyncError CareLinkErrors::blockedByFirewall(int httpStatus, const QString &detail)
{
    return SyncError::make(SyncError::Kind::RateLimited,
                           tr("CareLink blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps "
                              "the sign-in and tries again later.")
                               .arg(httpStatus),
                           QStringLiteral("CareLink: firewall page: ") + detail, true, httpStatus);
}

SyncError CareLinkErrors::configuration(const QString &userMessage, const QString &detail)
{
    return SyncError::make(SyncError::Kind::Config, userMessage, QStringLiteral("CareLink: ") + detail);
}

} // namespace nb::carelink
