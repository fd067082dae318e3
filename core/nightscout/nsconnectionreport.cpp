#include "nsconnectionreport.h"

namespace nb::ns {

QString nsCheckOutcomeName(NsCheckOutcome outcome)
{
    switch (outcome) {
    case NsCheckOutcome::Ok:
        return QStringLiteral("ok");
    case NsCheckOutcome::NoCredentials:
        return QStringLiteral("no-credentials");
    case NsCheckOutcome::WrongSecret:
        return QStringLiteral("wrong-secret");
    case NsCheckOutcome::WrongToken:
        return QStringLiteral("wrong-token");
    case NsCheckOutcome::NoWritePermission:
        return QStringLiteral("no-write-permission");
    case NsCheckOutcome::ApiDisabled:
        return QStringLiteral("api-disabled");
    case NsCheckOutcome::HttpsRequired:
        return QStringLiteral("https-required");
    case NsCheckOutcome::Redirected:
        return QStringLiteral("redirected");
    case NsCheckOutcome::NotNightscout:
        return QStringLiteral("not-nightscout");
    case NsCheckOutcome::Unreachable:
        return QStringLiteral("unreachable");
    case NsCheckOutcome::TlsFailure:
        return QStringLiteral("tls-failure");
    case NsCheckOutcome::Timeout:
        return QStringLiteral("timeout");
    case NsCheckOutcome::ServerError:
        return QStringLiteral("server-error");
    case NsCheckOutcome::Unexpected:
        return QStringLiteral("unexpected");
    case NsCheckOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unexpected");
}

NsCheckOutcome outcomeForError(const SyncError &error)
{
    switch (error.kind) {
    case SyncError::Kind::Network:
        return NsCheckOutcome::Unreachable;
    case SyncError::Kind::Tls:
        return NsCheckOutcome::TlsFailure;
    case SyncError::Kind::Timeout:
        return NsCheckOutcome::Timeout;
    case SyncError::Kind::RateLimited:
    case SyncError::Kind::Server:
        return NsCheckOutcome::ServerError;
    case SyncError::Kind::Cancelled:
        return NsCheckOutcome::Cancelled;
    case SyncError::Kind::Auth:
        return NsCheckOutcome::WrongSecret;
    case SyncError::Kind::Config:
        return NsCheckOutcome::NotNightscout;
    case SyncError::Kind::Protocol:
    case SyncError::Kind::Keychain:
    case SyncError::Kind::Storage:
        break;
    }
    return NsCheckOutcome::Unexpected;
}

} // namespace nb::ns
