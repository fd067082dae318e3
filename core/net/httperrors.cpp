#include "httperrors.h"

#include "logging/redactor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nb {

namespace {
using Kind = SyncError::Kind;

// A short, redacted excerpt of what the server said, for the English detail.
QString excerpt(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject()) {
        const QJsonObject o = json.object();
        for (const char *key : {"message", "error_description", "error", "description"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                return redact::text(v.toString()).left(200);
        }
    }
    return QString::fromUtf8(redact::body(body, 200)).simplified();
}

// A sync tries again by itself; a test the user started does not, so its wording must not promise it.
SyncError oneShot(SyncError e, const QString &oneShotMessage)
{
    e.oneShotMessage = oneShotMessage;
    e.oneShotOf = e.userMessage;
    return e;
}

// Only the Nightscout address is typed by the user; the vendors' addresses are built in, so "check the
// address" would send the user looking for something they cannot change.
bool userTypedAddress(const QString &service)
{
    return service == QLatin1String("Nightscout");
}

SyncError transportError(QNetworkReply::NetworkError error, const QString &service, const QString &purpose)
{
    using E = QNetworkReply::NetworkError;
    const QString what = purpose.isEmpty() ? service : purpose;
    switch (error) {
    case E::HostNotFoundError:
        return SyncError::make(
            Kind::Network,
            userTypedAddress(service)
                ? HttpErrors::tr("Cannot find %1's server. Check the address and your internet "
                                 "connection.")
                      .arg(service)
                : HttpErrors::tr("Cannot find %1's server. Check your internet connection.").arg(service),
            QStringLiteral("%1: host not found").arg(what), true);
    case E::ConnectionRefusedError:
        return oneShot(
            SyncError::make(Kind::Network,
                            HttpErrors::tr("%1 refused the connection. The server may be down; "
                                           "Nightbridge will try again.")
                                .arg(service),
                            QStringLiteral("%1: connection refused").arg(what), true),
            HttpErrors::tr("%1 refused the connection. The server may be down; try again later.").arg(service));
    case E::RemoteHostClosedError:
    case E::NetworkSessionFailedError:
    case E::TemporaryNetworkFailureError:
    case E::UnknownNetworkError:
    case E::ProxyConnectionClosedError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::BackgroundRequestNotAllowedError:
        return oneShot(
            SyncError::make(
                Kind::Network,
                HttpErrors::tr("The connection to %1 was interrupted. Nightbridge will try again.").arg(service),
                QStringLiteral("%1: network error %2").arg(what).arg(int(error)), true),
            HttpErrors::tr("The connection to %1 was interrupted. Try again.").arg(service));
    case E::TimeoutError:
        return HttpErrors::timeout(service, purpose, false);
    case E::SslHandshakeFailedError:
    case E::UnknownServerError:
        if (error == E::SslHandshakeFailedError) {
            return SyncError::make(
                Kind::Tls,
                userTypedAddress(service)
                    ? HttpErrors::tr("The secure connection to %1 failed: its certificate is not trusted. Check the "
                                     "address; if it is right, the site's certificate needs fixing.")
                          .arg(service)
                    : HttpErrors::tr("The secure connection to %1 failed: its certificate is not trusted. A proxy "
                                     "or filter on your network may be in the way.")
                          .arg(service),
                QStringLiteral("%1: TLS handshake failed").arg(what));
        }
        return oneShot(
            SyncError::make(Kind::Server,
                            HttpErrors::tr("%1 reported an unknown error. Nightbridge will try again.").arg(service),
                            QStringLiteral("%1: unknown server error").arg(what), true),
            HttpErrors::tr("%1 reported an unknown error. Try again later.").arg(service));
    case E::InsecureRedirectError:
        return SyncError::make(Kind::Tls,
                               HttpErrors::tr("%1 tried to redirect a secure connection to an insecure one. "
                                              "Nightbridge refused for your safety.")
                                   .arg(service),
                               QStringLiteral("%1: insecure redirect refused").arg(what));
    case E::TooManyRedirectsError:
        return SyncError::make(Kind::Protocol,
                               userTypedAddress(service)
                                   ? HttpErrors::tr("%1 keeps redirecting. Check the address.").arg(service)
                                   : HttpErrors::tr("%1 keeps redirecting.").arg(service),
                               QStringLiteral("%1: too many redirects").arg(what));
    case E::OperationCanceledError:
        return SyncError::make(Kind::Cancelled, HttpErrors::tr("Cancelled."),
                               QStringLiteral("%1: cancelled").arg(what));
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
    case E::ProtocolFailure:
        return SyncError::make(Kind::Protocol,
                               HttpErrors::tr("%1 answered in a way Nightbridge does not understand.").arg(service),
                               QStringLiteral("%1: protocol failure %2").arg(what).arg(int(error)), true);
    default:
        return oneShot(
            SyncError::make(Kind::Network,
                            HttpErrors::tr("Could not reach %1. Nightbridge will try again.").arg(service),
                            QStringLiteral("%1: network error %2").arg(what).arg(int(error)), true),
            HttpErrors::tr("Could not reach %1. Check your internet connection and try again.").arg(service));
    }
}
} // namespace

SyncError HttpErrors::fromReply(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                                const QString &service, const QString &purpose)
{
    const QString what = purpose.isEmpty() ? service : purpose;
    if (httpStatus == 0)
        return transportError(networkError, service, purpose);

    const QString said = excerpt(body);
    const QString detail = said.isEmpty() ? QStringLiteral("%1: HTTP %2").arg(what).arg(httpStatus)
                                          : QStringLiteral("%1: HTTP %2: %3").arg(what).arg(httpStatus).arg(said);
    SyncError e;
    e.httpStatus = httpStatus;
    e.detail = detail;
    if (httpStatus == 401 || httpStatus == 403) {
        e.kind = Kind::Auth;
        e.userMessage = tr("%1 refused the credentials. Check them in the settings.").arg(service);
    } else if (httpStatus == 408 || httpStatus == 504) {
        e.kind = Kind::Timeout;
        e.retryable = true;
        e.userMessage = tr("%1 took too long to answer. Nightbridge will try again.").arg(service);
        e = oneShot(e, tr("%1 took too long to answer. Try again later.").arg(service));
    } else if (httpStatus == 429) {
        e.kind = Kind::RateLimited;
        e.retryable = true;
        e.userMessage = tr("%1 asks Nightbridge to slow down. It will try again later.").arg(service);
        e = oneShot(e, tr("%1 asks Nightbridge to slow down. Wait a few minutes before testing again.").arg(service));
    } else if (httpStatus >= 500) {
        e.kind = Kind::Server;
        e.retryable = true;
        e.userMessage =
            tr("%1 has a problem (server error %2). Nightbridge will try again.").arg(service).arg(httpStatus);
        e = oneShot(e, tr("%1 has a problem (server error %2). Try again later.").arg(service).arg(httpStatus));
    } else if (httpStatus == 404) {
        e.kind = Kind::Config;
        e.userMessage = tr("%1 does not know this address (404). Check the URL in the settings.").arg(service);
    } else if (httpStatus == 413) {
        e.kind = Kind::Protocol;
        e.userMessage = tr("%1 refused the upload as too large.").arg(service);
    } else if (httpStatus >= 400) {
        e.kind = Kind::Protocol;
        e.userMessage = tr("%1 rejected a request (HTTP %2). This may mean the service changed; see the log for "
                           "details.")
                            .arg(service)
                            .arg(httpStatus);
    } else {
        e.kind = Kind::Protocol;
        e.userMessage = tr("%1 answered unexpectedly (HTTP %2).").arg(service).arg(httpStatus);
    }
    return e;
}

SyncError HttpErrors::timeout(const QString &service, const QString &purpose, bool overallDeadline)
{
    return oneShot(
        SyncError::make(Kind::Timeout, tr("%1 did not answer in time. Nightbridge will try again.").arg(service),
                        QStringLiteral("%1: %2").arg(purpose.isEmpty() ? service : purpose,
                                                     overallDeadline ? QStringLiteral("deadline exceeded")
                                                                     : QStringLiteral("no data (inactivity timeout)")),
                        true),
        tr("%1 did not answer in time. Try again later.").arg(service));
}

SyncError HttpErrors::insecureRedirect(const QString &service, const QUrl &from, const QUrl &to)
{
    return SyncError::make(
        Kind::Tls,
        tr("%1 tried to redirect a secure connection to an insecure one. Nightbridge refused for "
           "your safety.")
            .arg(service),
        QStringLiteral("insecure redirect refused: %1 -> %2").arg(redact::url(from), redact::url(to)));
}

SyncError HttpErrors::tooManyRedirects(const QString &service, const QUrl &url)
{
    return SyncError::make(Kind::Protocol,
                           userTypedAddress(service) ? tr("%1 keeps redirecting. Check the address.").arg(service)
                                                     : tr("%1 keeps redirecting.").arg(service),
                           QStringLiteral("too many redirects at %1").arg(redact::url(url)));
}

SyncError HttpErrors::bodyTooLarge(const QString &service, const QString &purpose, qint64 limitBytes)
{
    const QString what = purpose.isEmpty() ? service : purpose;
    return SyncError::make(Kind::Protocol,
                           tr("%1 sent an answer larger than %2 MB. Nightbridge stopped reading it; the server "
                              "or something between you and it is misbehaving.")
                               .arg(service)
                               .arg(limitBytes / (1024 * 1024)),
                           QStringLiteral("%1: answer larger than %2 bytes refused").arg(what).arg(limitBytes));
}

SyncError HttpErrors::crossOriginBodyRedirect(const QString &service, const QUrl &from, const QUrl &to)
{
    return SyncError::make(
        Kind::Protocol, tr("%1 tried to send your data on to another server. Nightbridge refused.").arg(service),
        QStringLiteral("cross-origin redirect with a body refused: %1 -> %2").arg(redact::url(from), redact::url(to)));
}

} // namespace nb
