#include "nsserverinfo.h"

#include "logging/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace nb::ns {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

bool NsServerStatus::dedupesTreatmentsByIdentifier() const
{
    return versionNumber() >= QVersionNumber(15, 0, 7);
}

Result<NsServerStatus> NsServerStatus::fromJson(const QByteArray &body)
{
    const std::optional<QJsonObject> o = parseObject(body);
    // A Nightscout status always names itself and its version; anything else is some other site.
    if (!o || o->value(QStringLiteral("version")).toString().isEmpty() ||
        !o->value(QStringLiteral("settings")).isObject() || !o->contains(QStringLiteral("apiEnabled"))) {
        return SyncError::make(
            SyncError::Kind::Protocol, tr("The site did not answer like a Nightscout site. Check the address."),
            QStringLiteral("unexpected status.json: %1").arg(QString::fromUtf8(redact::body(body, 300))));
    }
    NsServerStatus s;
    s.version = o->value(QStringLiteral("version")).toString();
    s.apiEnabled = o->value(QStringLiteral("apiEnabled")).toBool();
    s.careportalEnabled = o->value(QStringLiteral("careportalEnabled")).toBool();
    const QJsonValue epoch = o->value(QStringLiteral("serverTimeEpoch"));
    if (epoch.isDouble())
        s.serverTime = QDateTime::fromMSecsSinceEpoch(qint64(epoch.toDouble()), QTimeZone::utc());
    const QJsonObject settings = o->value(QStringLiteral("settings")).toObject();
    const QString units = settings.value(QStringLiteral("units")).toString();
    s.units =
        units.contains(QLatin1String("mmol"), Qt::CaseInsensitive) ? QStringLiteral("mmol") : QStringLiteral("mg/dl");
    for (const QJsonValue &plugin : settings.value(QStringLiteral("enable")).toArray())
        s.enabledPlugins.append(plugin.toString());
    return s;
}

Result<NsAuthStatus> NsAuthStatus::fromJson(const QByteArray &body)
{
    const std::optional<QJsonObject> o = parseObject(body);
    const QJsonObject message = o ? o->value(QStringLiteral("message")).toObject() : QJsonObject();
    if (!o || message.isEmpty() || !message.contains(QStringLiteral("canWrite"))) {
        return SyncError::make(
            SyncError::Kind::Protocol,
            tr("Nightscout answered in a way Nightbridge does not understand when checking the "
               "API secret or token (the server may have changed something)."),
            QStringLiteral("unexpected verifyauth: %1").arg(QString::fromUtf8(redact::body(body, 300))));
    }
    NsAuthStatus a;
    a.authorized = message.value(QStringLiteral("message")).toString() == QLatin1String("OK");
    a.canRead = message.value(QStringLiteral("canRead")).toBool();
    a.canWrite = message.value(QStringLiteral("canWrite")).toBool();
    a.isAdmin = message.value(QStringLiteral("isAdmin")).toBool();
    a.permissions = message.value(QStringLiteral("permissions")).toString();
    return a;
}

} // namespace nb::ns
