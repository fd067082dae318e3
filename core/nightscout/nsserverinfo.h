#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace nb::ns {

// What GET /api/v1/status.json says about a site.
struct NsServerStatus {
    Q_DECLARE_TR_FUNCTIONS(NsServerStatus)
public:
    QString version; // "15.0.7"
    QString units;   // "mg/dl" or "mmol"
    bool apiEnabled = false;
    bool careportalEnabled = false;
    QDateTime serverTime;
    QStringList enabledPlugins;

    QVersionNumber versionNumber() const { return QVersionNumber::fromString(version); }
    // 15.0.7 dedupes treatments by identifier; older servers by (created_at, eventType) only.
    bool dedupesTreatmentsByIdentifier() const;

    // A body that is not a Nightscout status (an HTML page, another app's JSON) -> Protocol error;
    // callers turn that into "not a Nightscout site".
    static Result<NsServerStatus> fromJson(const QByteArray &body);
};

// What GET /api/v1/verifyauth says about our credentials.
struct NsAuthStatus {
    Q_DECLARE_TR_FUNCTIONS(NsAuthStatus)
public:
    bool authorized = false; // message == "OK"
    bool canRead = false;
    bool canWrite = false;
    bool isAdmin = false;
    QString permissions; // "DEFAULT" or "ROLE"

    static Result<NsAuthStatus> fromJson(const QByteArray &body);
};

} // namespace nb::ns
