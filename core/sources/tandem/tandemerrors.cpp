#include "tandemerrors.h"

#include "logging/redactor.h"

namespace nb::tandem {

namespace {
QString withRaw(QString detail, const QByteArray &raw)
{
    if (!raw.isEmpty())
        detail += QStringLiteral(" | response: ") + QString::fromUtf8(redact::body(raw, 512));
    return detail;
}
} // namespace

SyncError TandemErrors::malformed(const QString &where, const QString &what, const QByteArray &raw)
{
    return SyncError::make(SyncError::Kind::Protocol,
                           tr("Tandem Source data that Nightbridge does not understand (the vendor may have changed "
                              "something): %1: %2. Nothing from it was uploaded.")
                               .arg(where, what),
                           withRaw(QStringLiteral("malformed Tandem data at %1: %2").arg(where, what), raw));
}

SyncError TandemErrors::unexpectedResponse(const QString &purpose, const QString &what, const QByteArray &raw)
{
    return SyncError::make(SyncError::Kind::Protocol,
                           tr("Tandem Source answered in a way Nightbridge does not understand (the vendor may "
                              "have changed something)."),
                           withRaw(QStringLiteral("%1: %2").arg(purpose, what), raw));
}

SyncError TandemErrors::wrongCredentials(int httpStatus, const QString &detail)
{
    return SyncError::make(SyncError::Kind::Auth,
                           tr("Tandem Source did not accept the e-mail address and password. Check them in the "
                              "account settings."),
                           detail, false, httpStatus);
}

SyncError TandemErrors::signInBlocked(int httpStatus, const QString &detail, const QByteArray &raw)
{
    const bool blocked = httpStatus == 403 || httpStatus == 429;
    return SyncError::make(blocked ? SyncError::Kind::RateLimited : SyncError::Kind::Protocol,
                           blocked ? tr("Tandem Source blocked the sign-in for now (HTTP %1, perhaps a firewall). "
                                        "This is not a wrong password; Nightbridge tries again later.")
                                         .arg(httpStatus)
                                   : tr("Tandem Source answered the sign-in in a way Nightbridge does not understand "
                                        "(HTTP %1; the vendor may have changed something). This is not a wrong "
                                        "password; Nightbridge tries again later.")
                                         .arg(httpStatus),
                           withRaw(detail, raw), true, httpStatus);
}

SyncError TandemErrors::lockedOut(int failedAttempts)
{
    return SyncError::make(SyncError::Kind::Auth,
                           tr("Sign-in to Tandem Source failed %n time(s) in a row, so Nightbridge stopped trying to "
                              "protect your account from being locked. Check your e-mail and password, then save "
                              "them again.",
                              nullptr, failedAttempts),
                           QStringLiteral("login budget exhausted after %1 failed attempts").arg(failedAttempts));
}

SyncError TandemErrors::noPump()
{
    return SyncError::make(SyncError::Kind::Config,
                           tr("This Tandem Source account has no pump with uploaded data yet. Upload from the pump "
                              "(t:slim X2 or Mobi app) first."),
                           QStringLiteral("no pump with maxDateOfEvents in the pumper response"));
}

SyncError TandemErrors::pumpNotFound(const QString &serial)
{
    return SyncError::make(SyncError::Kind::Config,
                           tr("No pump with serial number %1 in this Tandem Source account. Check the serial "
                              "number in the account settings, or leave it empty to use the most recent pump.")
                               .arg(serial),
                           QStringLiteral("pump serial %1 not in pumper response").arg(serial));
}

SyncError TandemErrors::badConfig(const QString &what)
{
    return SyncError::make(SyncError::Kind::Config, tr("The Tandem Source settings are not valid: %1.").arg(what),
                           QStringLiteral("config: %1").arg(what));
}

SyncError TandemErrors::idTokenRejected(const QString &why)
{
    return SyncError::make(SyncError::Kind::Auth,
                           tr("Tandem Source sign-in returned an identity token that Nightbridge could not "
                              "verify. Try again later; if it persists, the vendor may have changed something."),
                           QStringLiteral("id_token rejected: %1").arg(why));
}

} // namespace nb::tandem
