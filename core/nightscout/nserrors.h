#pragma once

#include "common/syncerror.h"
#include "nscredentials.h"
#include "net/httptypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace nb::ns {

// The Nightscout-specific errors, each with a translated message that says what to do, and the
// mapping from an HTTP response of the site to them. Details are English and redacted.
class NsErrors {
    Q_DECLARE_TR_FUNCTIONS(NsErrors)
public:
    static SyncError noCredentials();
    static SyncError wrongSecret(int httpStatus = 0);
    static SyncError wrongToken(int httpStatus = 0);
    static SyncError noWritePermission(const QStringList &missing);
    static SyncError apiDisabled(bool ourSecretTooShort);
    static SyncError careportalDisabled();
    static SyncError httpsRequired(const QUrl &httpsUrl);
    static SyncError redirected(const QUrl &from, const QUrl &to);
    static SyncError notNightscout(const QUrl &base, const QString &detail);
    static SyncError unexpected(const QString &purpose, const QByteArray &body);
    static SyncError tooLarge(const QString &collection, qsizetype bytes);
    static SyncError refusedDocument(const QString &collection, const QString &reason);
    static SyncError cancelled();

    // A response of the site (transport error, non-2xx, redirect) -> error, or nullopt for a 2xx.
    // 401 becomes wrong secret / wrong token / missing permission depending on the credentials.
    static std::optional<SyncError> fromResponse(const HttpResponse &response, const QUrl &base,
                                                 NsCredentials::Kind credentials, bool isWrite);
};

} // namespace nb::ns
