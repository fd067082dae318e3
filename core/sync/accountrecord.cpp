#include "accountrecord.h"

#include "credentials/credentialmarker.h"

#include <QJsonArray>

namespace nb {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parse(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

void putTime(QJsonObject &json, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        json.insert(key, iso(time));
}

template<typename T>
void putOptional(QJsonObject &json, const QString &key, const std::optional<T> &value)
{
    if (value)
        json.insert(key, *value);
}

const QList<SyncError::Kind> kKinds = {
    SyncError::Kind::Network,     SyncError::Kind::Timeout, SyncError::Kind::Tls,       SyncError::Kind::Auth,
    SyncError::Kind::RateLimited, SyncError::Kind::Server,  SyncError::Kind::Protocol,  SyncError::Kind::Config,
    SyncError::Kind::Keychain,    SyncError::Kind::Storage, SyncError::Kind::Cancelled,
};

} // namespace

QString errorSourceName(ErrorSource source)
{
    switch (source) {
    case ErrorSource::Vendor:
        return QStringLiteral("vendor");
    case ErrorSource::Nightscout:
        return QStringLiteral("nightscout");
    case ErrorSource::Local:
        return QStringLiteral("local");
    }
    return QStringLiteral("vendor");
}

QJsonObject syncErrorToJson(const SyncError &error)
{
    QJsonObject json{{QStringLiteral("kind"), syncErrorKindName(error.kind)},
                     {QStringLiteral("message"), error.userMessage},
                     {QStringLiteral("detail"), error.detail},
                     {QStringLiteral("retryable"), error.retryable}};
    if (error.httpStatus)
        json.insert(QStringLiteral("httpStatus"), error.httpStatus);
    if (error.retryAfter)
        json.insert(QStringLiteral("retryAfter"), qint64(error.retryAfter->count()));
    return json;
}

SyncError syncErrorFromJson(const QJsonObject &json)
{
    SyncError error;
    const QString kind = json.value(QLatin1String("kind")).toString();
    for (SyncError::Kind k : kKinds) {
        if (syncErrorKindName(k) == kind)
            error.kind = k;
    }
    error.userMessage = json.value(QLatin1String("message")).toString();
    error.detail = json.value(QLatin1String("detail")).toString();
    error.retryable = json.value(QLatin1String("retryable")).toBool();
    error.httpStatus = json.value(QLatin1String("httpStatus")).toInt();
    if (json.contains(QLatin1String("retryAfter")))
        error.retryAfter = std::chrono::seconds(json.value(QLatin1String("retryAfter")).toInteger());
    return error;
}

QJsonObject AccountRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("cursor"), cursor},
                     {QStringLiteral("consecutiveFailures"), consecutiveFailures},
                     {QStringLiteral("uploadedLastRun"), uploadedLastRun},
                     {QStringLiteral("uploadedTotal"), uploadedTotal},
                     {QStringLiteral("lastUploadCount"), lastUploadCount},
                     {QStringLiteral("healedLastRun"), healedLastRun},
                     {QStringLiteral("healedTotal"), healedTotal}};
    putTime(json, QStringLiteral("lastAttempt"), lastAttempt);
    putTime(json, QStringLiteral("lastSuccess"), lastSuccess);
    putTime(json, QStringLiteral("lastUploadAt"), lastUploadAt);
    putTime(json, QStringLiteral("lastVerify"), lastVerify);
    putTime(json, QStringLiteral("lastDataTime"), lastDataTime);
    putTime(json, QStringLiteral("nextRun"), nextRun);
    if (lastError) {
        json.insert(QStringLiteral("lastError"), syncErrorToJson(*lastError));
        json.insert(QStringLiteral("errorSource"), errorSourceName(errorSource));
    }
    if (authPaused) {
        json.insert(QStringLiteral("authPaused"), true);
        json.insert(QStringLiteral("authFingerprint"), QString::fromLatin1(authFingerprint));
    }
    if (userPaused) {
        json.insert(QStringLiteral("userPaused"), true);
        putTime(json, QStringLiteral("pausedUntil"), pausedUntil);
    }
    if (lastReading) {
        json.insert(QStringLiteral("lastReading"), QJsonObject{{QStringLiteral("time"), iso(lastReading->time)},
                                                               {QStringLiteral("mgdl"), lastReading->mgdl},
                                                               {QStringLiteral("direction"), lastReading->direction}});
    }
    if (device) {
        QJsonObject d{{QStringLiteral("time"), iso(device->time)}};
        putOptional(d, QStringLiteral("iob"), device->iob);
        putOptional(d, QStringLiteral("reservoir"), device->reservoir);
        putOptional(d, QStringLiteral("pumpBattery"), device->pumpBatteryPercent);
        putOptional(d, QStringLiteral("phoneBattery"), device->phoneBatteryPercent);
        json.insert(QStringLiteral("device"), d);
    }
    QJsonArray intervals;
    for (int i : dataIntervals)
        intervals.append(i);
    if (!intervals.isEmpty())
        json.insert(QStringLiteral("dataIntervals"), intervals);
    QJsonObject markJson;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        markJson.insert(it.key(), QJsonObject{{QStringLiteral("time"), iso(it->time)},
                                              {QStringLiteral("owner"), it->owner},
                                              {QStringLiteral("ref"), it->key}});
    }
    if (!markJson.isEmpty())
        json.insert(QStringLiteral("marks"), markJson);
    return json;
}

AccountRecord AccountRecord::fromJson(const QJsonObject &json)
{
    AccountRecord r;
    r.cursor = json.value(QLatin1String("cursor")).toObject();
    r.lastAttempt = parse(json.value(QLatin1String("lastAttempt")));
    r.lastSuccess = parse(json.value(QLatin1String("lastSuccess")));
    r.lastVerify = parse(json.value(QLatin1String("lastVerify")));
    r.lastDataTime = parse(json.value(QLatin1String("lastDataTime")));
    r.nextRun = parse(json.value(QLatin1String("nextRun")));
    if (json.contains(QLatin1String("lastError"))) {
        r.lastError = syncErrorFromJson(json.value(QLatin1String("lastError")).toObject());
        const QString source = json.value(QLatin1String("errorSource")).toString();
        r.errorSource = source == QLatin1String("nightscout") ? ErrorSource::Nightscout
                        : source == QLatin1String("local")    ? ErrorSource::Local
                                                              : ErrorSource::Vendor;
    }
    r.consecutiveFailures = json.value(QLatin1String("consecutiveFailures")).toInt();
    r.authPaused = json.value(QLatin1String("authPaused")).toBool();
    r.authFingerprint = json.value(QLatin1String("authFingerprint")).toString().toLatin1();
    if (CredentialMarker::isLegacy(r.authFingerprint))
        r.authFingerprint.clear(); // derived from the password: not kept; the account checks its sign-in once

    r.userPaused = json.value(QLatin1String("userPaused")).toBool();
    r.pausedUntil = parse(json.value(QLatin1String("pausedUntil")));
    r.uploadedLastRun = json.value(QLatin1String("uploadedLastRun")).toInt();
    r.uploadedTotal = json.value(QLatin1String("uploadedTotal")).toInt();
    r.lastUploadCount = json.value(QLatin1String("lastUploadCount")).toInt();
    r.lastUploadAt = parse(json.value(QLatin1String("lastUploadAt")));
    r.healedLastRun = json.value(QLatin1String("healedLastRun")).toInt();
    r.healedTotal = json.value(QLatin1String("healedTotal")).toInt();
    if (json.contains(QLatin1String("lastReading"))) {
        const QJsonObject o = json.value(QLatin1String("lastReading")).toObject();
        r.lastReading = SourceReading{parse(o.value(QLatin1String("time"))), o.value(QLatin1String("mgdl")).toInt(),
                                      o.value(QLatin1String("direction")).toString()};
    }
    if (json.contains(QLatin1String("device"))) {
        const QJsonObject o = json.value(QLatin1String("device")).toObject();
        SourceDevice d;
        d.time = parse(o.value(QLatin1String("time")));
        if (o.contains(QLatin1String("iob")))
            d.iob = o.value(QLatin1String("iob")).toDouble();
        if (o.contains(QLatin1String("reservoir")))
            d.reservoir = o.value(QLatin1String("reservoir")).toDouble();
        if (o.contains(QLatin1String("pumpBattery")))
            d.pumpBatteryPercent = o.value(QLatin1String("pumpBattery")).toInt();
        if (o.contains(QLatin1String("phoneBattery")))
            d.phoneBatteryPercent = o.value(QLatin1String("phoneBattery")).toInt();
        r.device = d;
    }
    for (const QJsonValue &v : json.value(QLatin1String("dataIntervals")).toArray())
        r.dataIntervals.append(v.toInt());
    const QJsonObject markJson = json.value(QLatin1String("marks")).toObject();
    for (auto it = markJson.begin(); it != markJson.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        r.marks.insert(it.key(),
                       UploadMark{parse(o.value(QLatin1String("time"))), o.value(QLatin1String("owner")).toString(),
                                  o.value(QLatin1String("ref")).toString()});
    }
    return r;
}

} // namespace nb
