#include "nserrors.h"

#include "logging/redactor.h"
#include "nsurl.h"

namespace nb::ns {

namespace {
using Kind = SyncError::Kind;
}

SyncError NsErrors::noCredentials()
{
    return SyncError::make(Kind::Config,
                           tr("No Nightscout API secret or access token is set. Enter one so Nightbridge can upload."),
                           QStringLiteral("no Nightscout credentials configured"));
}

SyncError NsErrors::wrongSecret(int httpStatus)
{
    return SyncError::make(Kind::Auth,
                           tr("Nightscout did not accept the API secret. Enter the API_SECRET exactly as it is set on "
                              "your site (Nightscout waits a few seconds after every wrong attempt)."),
                           QStringLiteral("Nightscout refused the API secret"), false, httpStatus);
}

SyncError NsErrors::wrongToken(int httpStatus)
{
    return SyncError::make(Kind::Auth,
                           tr("Nightscout did not accept the access token. Copy the token again from the site's Admin "
                              "Tools (Subjects)."),
                           QStringLiteral("Nightscout refused the access token"), false, httpStatus);
}

SyncError NsErrors::noWritePermission(const QStringList &missing)
{
    return SyncError::make(Kind::Auth,
                           tr("The access token may read but not upload. In the site's Admin Tools give its subject "
                              "the \"admin\" role or a role that allows creating entries and treatments, or use the "
                              "API secret."),
                           QStringLiteral("token lacks write permission: %1")
                               .arg(missing.isEmpty() ? QStringLiteral("canWrite false") : missing.join(u',')),
                           false, 401);
}

SyncError NsErrors::apiDisabled(bool ourSecretTooShort)
{
    QString message = tr("Your Nightscout site is read-only: its API_SECRET is missing or shorter than %1 "
                         "characters, so it accepts no uploads. Set an API_SECRET of at least %1 characters in the "
                         "site's settings and restart it.")
                          .arg(kMinApiSecretLength);
    if (ourSecretTooShort)
        message += QLatin1Char(' ') + tr("The API secret entered in Nightbridge is also too short.");
    return SyncError::make(Kind::Config, message, QStringLiteral("Nightscout apiEnabled is false"));
}

SyncError NsErrors::careportalDisabled()
{
    return SyncError::make(Kind::Config,
                           tr("Your Nightscout site does not accept treatments: enable the \"careportal\" feature "
                              "(ENABLE setting) and restart it."),
                           QStringLiteral("Nightscout careportal disabled; POST /treatments absent"));
}

SyncError NsErrors::httpsRequired(const QUrl &httpsUrl)
{
    return SyncError::make(
        Kind::Config,
        tr("Your Nightscout site only works over https. Change the address to %1.").arg(NsUrl::displayString(httpsUrl)),
        QStringLiteral("plain http redirected to https"), false, 307);
}

SyncError NsErrors::redirected(const QUrl &from, const QUrl &to)
{
    return SyncError::make(Kind::Config,
                           tr("The Nightscout address %1 redirects to %2. Check the address in the settings.")
                               .arg(NsUrl::displayString(from), NsUrl::displayString(to)),
                           QStringLiteral("redirect to %1").arg(redact::url(to)));
}

SyncError NsErrors::notNightscout(const QUrl &base, const QString &detail)
{
    return SyncError::make(Kind::Config,
                           tr("No Nightscout site answered at %1. Check the address.").arg(NsUrl::displayString(base)),
                           QStringLiteral("not a Nightscout site: %1").arg(detail));
}

SyncError NsErrors::unexpected(const QString &purpose, const QByteArray &body)
{
    return SyncError::make(
        Kind::Protocol,
        tr("Nightscout answered in a way Nightbridge does not understand (the server may have "
           "changed something)."),
        QStringLiteral("%1: unexpected response: %2").arg(purpose, QString::fromUtf8(redact::body(body, 400))));
}

SyncError NsErrors::tooLarge(const QString &collection, qsizetype bytes)
{
    return SyncError::make(Kind::Protocol, tr("A %1 document is too large for Nightscout to accept.").arg(collection),
                           QStringLiteral("%1 document of %2 bytes refused as too large").arg(collection).arg(bytes),
                           false, 413);
}

SyncError NsErrors::refusedDocument(const QString &collection, const QString &reason)
{
    return SyncError::make(Kind::Config,
                           tr("Nightbridge refused to upload a %1 document it did not create itself.").arg(collection),
                           QStringLiteral("refused %1 document: %2").arg(collection, reason));
}

SyncError NsErrors::cancelled()
{
    return SyncError::make(Kind::Cancelled, tr("Cancelled."), QStringLiteral("Nightscout operation cancelled"));
}

std::optional<SyncError> NsErrors::fromResponse(const HttpResponse &response, const QUrl &base,
                                                NsCredentials::Kind credentials, bool isWrite)
{
    if (response.redirectTarget.isValid() && response.status >= 300 && response.status < 400) {
        const QUrl to = response.redirectTarget.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (base.scheme() == QLatin1String("http") && to.scheme() == QLatin1String("https") &&
            to.host() == base.host()) {
            QUrl httpsBase = base;
            httpsBase.setScheme(QStringLiteral("https"));
            httpsBase.setPort(to.port());
            return httpsRequired(httpsBase);
        }
        return redirected(base, to);
    }
    if (!response.error)
        return std::nullopt;
    const SyncError &error = *response.error;
    if (response.status == 401 || response.status == 403) {
        switch (credentials) {
        case NsCredentials::Kind::None:
            return noCredentials();
        case NsCredentials::Kind::ApiSecret:
            return wrongSecret(response.status);
        case NsCredentials::Kind::AccessToken:
            // A valid token that lacks the permission gets the same 401 as a wrong one.
            return isWrite ? noWritePermission({}) : wrongToken(response.status);
        }
    }
    if (response.status == 404 && isWrite) {
        return SyncError::make(Kind::Config,
                               tr("Your Nightscout site does not accept this upload (404): it may be read-only "
                                  "(API_SECRET shorter than %1 characters) or have the careportal feature off.")
                                   .arg(kMinApiSecretLength),
                               error.detail, false, 404);
    }
    return error;
}

} // namespace nb::ns
