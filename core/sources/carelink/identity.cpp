#include "identity.h"

#include "carelinkerrors.h"
#include "devicemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::carelink {

DataRequest DataRequest::forPatient(const Identity &identity, const QString &patientUsername, const QString &appVersion)
{
    DataRequest r;
    r.username = identity.username;
    r.role = identity.dataRole();
    if (identity.carePartner)
        r.patientId = patientUsername;
    r.appVersion = appVersion;
    return r;
}

QByteArray DataRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("appVersion"), appVersion}};
    if (!patientId.isEmpty())
        o.insert(QStringLiteral("patientId"), patientId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Identity> IdentityParser::parseUser(const QByteArray &usersMe)
{
    const QJsonObject o = QJsonDocument::fromJson(usersMe).object();
    const QString role = o.value(QLatin1String("role")).toString().toUpper();
    if (role.isEmpty())
        return CareLinkErrors::unexpectedResponse(QStringLiteral("users/me without role"));
    Identity id;
    id.role = role;
    id.carePartner = role.contains(QLatin1String("PARTNER"));
    id.us = !role.endsWith(QLatin1String("_OUS"));
    id.country = o.value(QLatin1String("country")).toString().toUpper();
    id.username = o.value(QLatin1String("username")).toString();
    return id;
}

QString IdentityParser::parseProfileUsername(const QByteArray &profile)
{
    return QJsonDocument::fromJson(profile).object().value(QLatin1String("username")).toString();
}

Result<QList<LinkedPatient>> IdentityParser::parsePatients(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray list = doc.array();
    if (doc.isObject())
        list = doc.object().value(QLatin1String("patients")).toArray();
    else if (!doc.isArray())
        return CareLinkErrors::unexpectedResponse(QStringLiteral("linked patients answer is not a list"));
    QList<LinkedPatient> patients;
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        LinkedPatient p;
        p.username = o.value(QLatin1String("username")).toString();
        p.firstName = o.value(QLatin1String("firstName")).toString();
        p.lastName = o.value(QLatin1String("lastName")).toString();
        p.status = o.value(QLatin1String("status")).toString().toUpper();
        // Spelled lastDeviceFamily in the captures, deviceFamily by newer servers and some clients.
        p.deviceFamily = o.value(QLatin1String("lastDeviceFamily")).toString();
        if (DeviceModels::isPlaceholder(p.deviceFamily))
            p.deviceFamily = o.value(QLatin1String("deviceFamily")).toString();
        if (DeviceModels::isPlaceholder(p.deviceFamily))
            p.deviceFamily.clear();
        if (!p.username.isEmpty() && p.status == QLatin1String("ACTIVE"))
            patients.append(p);
    }
    return patients;
}

} // namespace nb::carelink
