#pragma once

#include "common/syncerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nb::tandem {

// The Tandem module's error values, with translated user messages in one place.
class TandemErrors {
    Q_DECLARE_TR_FUNCTIONS(TandemErrors)
public:
    // Data we cannot decode. `where` names the spot ("events[3].pumpDateTime", "record 5 at byte 130"),
    // `what` says what is wrong there; `raw` is kept (redacted, shortened) for diagnostics.
    static SyncError malformed(const QString &where, const QString &what, const QByteArray &raw = {});
    // A response of the wrong shape from the live service (the vendor changed something).
    static SyncError unexpectedResponse(const QString &purpose, const QString &what, const QByteArray &raw = {});
    static SyncError wrongCredentials(int httpStatus, const QString &detail);
    // The sign-in was blocked (a WAF page, 403) or answered in an unknown way (a changed API): retryable,
    // never a wrong password.
    static SyncError signInBlocked(int httpStatus, const QString &detail, const QByteArray &raw = {});
    static SyncError lockedOut(int failedAttempts);
    static SyncError noPump();
    static SyncError pumpNotFound(const QString &serial);
    static SyncError badConfig(const QString &what);
    static SyncError idTokenRejected(const QString &why);
};

} // namespace nb::tandem
