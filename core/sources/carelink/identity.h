#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nb::carelink {

struct LinkedPatient {
    QString username; // what display/message wants as patientId
    QString firstName;
    QString lastName;
    QString status; // only ACTIVE ones are kept
    QString deviceFamily;
};

// Who signed in: the role decides the data request; care partners pick one of their linked patients
// (several patients -> several Nightbridge accounts).
struct Identity {
    QString role; // PATIENT, PATIENT_OUS, CARE_PARTNER, CARE_PARTNER_OUS as sent
    bool carePartner = false;
    bool us = false;
    QString username; // own CareLink username (not necessarily the login e-mail)
    QString country;
    QList<LinkedPatient> patients; // care partners: ACTIVE links only

    QString dataRole() const { return carePartner ? QStringLiteral("carepartner") : QStringLiteral("patient"); }
};

// The body of POST display/message for one patient.
struct DataRequest {
    QString username;
    QString role;      // "patient" / "carepartner"
    QString patientId; // care partners only
    QString appVersion;

    static DataRequest forPatient(const Identity &identity, const QString &patientUsername, const QString &appVersion);
    QByteArray toJson() const;
};

// Pure readers of the identity answers.
class IdentityParser {
public:
    static Result<Identity> parseUser(const QByteArray &usersMe);                  // role, country, username?
    static QString parseProfileUsername(const QByteArray &profile);                // "" when absent
    static Result<QList<LinkedPatient>> parsePatients(const QByteArray &patients); // ACTIVE only
};

} // namespace nb::carelink
