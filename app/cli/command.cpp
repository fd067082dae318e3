#include "command.h"
#include "exitcodes.h"

namespace nb::cli {

ExitCode exitCodeFor(const SyncError &error)
{
    switch (error.kind) {
    case SyncError::Kind::Auth:
        return AuthFailed;
    case SyncError::Kind::Network:
    case SyncError::Kind::Timeout:
    case SyncError::Kind::Tls:
    case SyncError::Kind::RateLimited:
    case SyncError::Kind::Server:
        return Unavailable;
    case SyncError::Kind::Protocol:
        return VendorChanged;
    case SyncError::Kind::Config:
        return Config;
    case SyncError::Kind::Keychain:
    case SyncError::Kind::Storage:
        return LocalStorage;
    case SyncError::Kind::Cancelled:
        return Cancelled;
    }
    return Failure;
}

} // namespace nb::cli
