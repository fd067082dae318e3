#include "syncerror.h"

namespace nb {

SyncError SyncError::make(Kind kind, QString userMessage, QString detail, bool retryable, int httpStatus)
{
    SyncError e;
    e.kind = kind;
    e.userMessage = std::move(userMessage);
    e.detail = std::move(detail);
    e.retryable = retryable;
    e.httpStatus = httpStatus;
    return e;
}

QString SyncError::toLogString() const
{
    QString s = syncErrorKindName(kind) + QStringLiteral(": ") + detail;
    if (httpStatus > 0)
        s += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    return s;
}

QString syncErrorKindName(SyncError::Kind kind)
{
    switch (kind) {
    case SyncError::Kind::Network:
        return QStringLiteral("Network");
    case SyncError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case SyncError::Kind::Tls:
        return QStringLiteral("Tls");
    case SyncError::Kind::Auth:
        return QStringLiteral("Auth");
    case SyncError::Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case SyncError::Kind::Server:
        return QStringLiteral("Server");
    case SyncError::Kind::Protocol:
        return QStringLiteral("Protocol");
    case SyncError::Kind::Config:
        return QStringLiteral("Config");
    case SyncError::Kind::Keychain:
        return QStringLiteral("Keychain");
    case SyncError::Kind::Storage:
        return QStringLiteral("Storage");
    case SyncError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

} // namespace nb
