#include "payloadparser.h"

#include "carelinkerrors.h"
#include "clockchangecorrector.h"
#include "devicemodel.h"
#include "devicestateparser.h"
#include "jsonvalues.h"
#include "markerparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace nb::carelink {

using namespace detail;

namespace {

// A real payload holds one day: 288 readings, a few hundred markers and notifications. Anything far
// beyond that is not a CareLink answer we understand, and parsing it would only cost time and memory.
constexpr qsizetype kMaxReadings = 10000;
constexpr qsizetype kMaxMarkers = 20000;
constexpr qsizetype kMaxNotifications = 5000;

// "" when the arrays are of a sane size, else what is too large.
QString oversized(const QJsonObject &d)
{
    const auto size = [&d](const char *key) { return d.value(QLatin1String(key)).toArray().size(); };
    if (size("sgs") > kMaxReadings)
        return QStringLiteral("%1 readings (at most %2)").arg(size("sgs")).arg(kMaxReadings);
    if (size("markers") > kMaxMarkers)
        return QStringLiteral("%1 markers (at most %2)").arg(size("markers")).arg(kMaxMarkers);
    const QJsonObject history = d.value(QLatin1String("notificationHistory")).toObject();
    for (const char *key : {"activeNotifications", "clearedNotifications"}) {
        const qsizetype n = history.value(QLatin1String(key)).toArray().size();
        if (n > kMaxNotifications)
            return QStringLiteral("%1 %2 (at most %3)").arg(n).arg(QLatin1String(key)).arg(kMaxNotifications);
    }
    return {};
}

// Top-level keys and their JSON types: enough to see what changed, with no values (they hold PII).
QString shapeOf(const QJsonObject &o)
{
    QStringList parts;
    for (auto it = o.begin(); it != o.end() && parts.size() < 100; ++it) {
        const char *type = it->isObject()   ? "object"
                           : it->isArray()  ? "array"
                           : it->isString() ? "string"
                           : it->isDouble() ? "number"
                           : it->isBool()   ? "bool"
                                            : "null";
        parts.append(it.key() + QLatin1Char(':') + QLatin1String(type));
    }
    return QStringLiteral("keys {") + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString str(const QJsonObject &o, const char *key)
{
    return json::text(o.value(QLatin1String(key)));
}

qint64 ms(const QJsonObject &o, const char *key)
{
    return json::epochMs(o.value(QLatin1String(key))).value_or(0);
}

struct Offset {
    qint64 ms = 0;
    QString source;
};

// A (local clock, server UTC) pair: a real offset in the string wins, else the rounded difference.
std::optional<qint64> offsetFromPair(const std::optional<LocalStamp> &local, qint64 serverMs)
{
    if (!local)
        return std::nullopt;
    if (local->realOffsetSeconds) {
        const qint64 real = qint64(*local->realOffsetSeconds) * 1000;
        if (real <= kMaxOffsetMs && real >= -kMaxOffsetMs)
            return real;
        return std::nullopt;
    }
    return roundedOffsetMs(local->localAsUtcMs, serverMs);
}

std::optional<LocalStamp> pumpClock(const QJsonObject &d)
{
    for (const char *key : {"sMedicalDeviceTime", "medicalDeviceTimeAsString"}) {
        if (auto stamp = parseLocalTime(str(d, key)))
            return stamp;
    }
    // v11: the pump wall clock encoded as if it were UTC epoch ms.
    if (const qint64 encoded = ms(d, "medicalDeviceTime"); encoded > 0)
        return LocalStamp{encoded, std::nullopt};
    return std::nullopt;
}

// Order: the pump clock against the server's receipt of that pump data (the readings are stamped by
// the same clock, so this is right even when pump and phone disagree), then the phone's clock against
// the server's receipt of the phone upload, then the pump clock against the response time.
std::optional<Offset> resolveOffset(const QJsonObject &d, const PatientData &p, QStringList *warnings)
{
    const std::optional<LocalStamp> pump = pumpClock(d);
    const std::optional<qint64> byPump = offsetFromPair(pump, p.lastDeviceUpdateMs);
    const std::optional<qint64> byConduit =
        offsetFromPair(parseLocalTime(str(d, "lastConduitDateTime")), p.lastConduitUpdateMs);
    if (byPump && byConduit && *byPump != *byConduit)
        warnings->append(QStringLiteral("pump clock and phone differ by %1 min; using the pump's")
                             .arg((*byPump - *byConduit) / 60000));
    if (byPump)
        return Offset{*byPump, QStringLiteral("pump clock / lastMedicalDeviceDataUpdateServerTime")};
    if (byConduit)
        return Offset{*byConduit, QStringLiteral("lastConduitDateTime / lastConduitUpdateServerTime")};
    if (const std::optional<qint64> byResponse = offsetFromPair(pump, p.currentServerTimeMs))
        return Offset{*byResponse, QStringLiteral("pump clock / currentServerTime")};
    return std::nullopt;
}

double unitFactor(const QString &units)
{
    return units.startsWith(QLatin1String("MMOL"), Qt::CaseInsensitive) ? kMmolToMgdl : 1.0;
}

int toMgdl(double value, double factor)
{
    // A value above 33 cannot be mmol/L (the meters' range ends at 33.3): it is mg/dL whatever the label.
    if (factor != 1.0 && value > 33.3)
        factor = 1.0;
    return int(std::lround(value * factor));
}

std::optional<RawReading> readReading(const QJsonObject &o, double factor)
{
    QString when = o.value(QLatin1String("timestamp")).toString();
    if (when.isEmpty())
        when = o.value(QLatin1String("datetime")).toString();
    if (when.isEmpty())
        when = o.value(QLatin1String("dateTime")).toString();
    const std::optional<LocalStamp> stamp = parseLocalTime(when);
    const std::optional<double> sg = json::number(o.value(QLatin1String("sg")));
    if (!stamp || !sg)
        return std::nullopt;
    RawReading raw;
    raw.stamp = *stamp;
    raw.reading.mgdl = *sg > 0 ? toMgdl(*sg, factor) : 0;
    raw.reading.sensorState = str(o, "sensorState");
    raw.reading.backfill = json::boolean(o.value(QLatin1String("isBackfill"))).value_or(false);
    return raw;
}

PayloadEra detectEra(const QJsonObject &d, const QJsonArray &sgs)
{
    const QJsonObject first = sgs.isEmpty() ? d.value(QLatin1String("lastSG")).toObject() : sgs.first().toObject();
    const bool cumulus = first.contains(QLatin1String("timestamp")) ||
                         d.contains(QLatin1String("lastConduitUpdateServerDateTime")) ||
                         d.contains(QLatin1String("medicalDeviceInformation"));
    if (cumulus) {
        // Standalone Simplera sensors (CGM, or the family spelled out in any case) backfill readings.
        const QString family = DeviceModels::normaliseFamily(str(d, "medicalDeviceFamily"));
        bool backfill = family == QLatin1String("CGM") || family.contains(QLatin1String("SIMPLERA"));
        for (qsizetype i = 0; i < sgs.size() && !backfill; ++i)
            backfill = sgs.at(i).toObject().contains(QLatin1String("isBackfill"));
        return backfill ? PayloadEra::V13_2026 : PayloadEra::V11_2025;
    }
    const QString sample = first.value(QLatin1String("datetime")).toString() + str(d, "sMedicalDeviceTime");
    return !sample.isEmpty() && sample.at(0).isDigit() ? PayloadEra::Ble2021 : PayloadEra::Connect2015;
}

} // namespace

QString payloadEraName(PayloadEra era)
{
    switch (era) {
    case PayloadEra::Connect2015:
        return QStringLiteral("2015 MiniMed Connect");
    case PayloadEra::Ble2021:
        return QStringLiteral("2021 BLE");
    case PayloadEra::V11_2025:
        return QStringLiteral("2025 v11");
    case PayloadEra::V13_2026:
        return QStringLiteral("2026 v13");
    }
    return {};
}

Result<PatientData> PayloadParser::parse(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull())
        return CareLinkErrors::unexpectedResponse(QStringLiteral("data response is not JSON (%1 at %2, %3 bytes)")
                                                      .arg(error.errorString())
                                                      .arg(error.offset)
                                                      .arg(body.size()));
    if (!doc.isObject())
        return CareLinkErrors::unexpectedResponse(QStringLiteral("data response is not a JSON object"));
    return parse(doc.object());
}

Result<PatientData> PayloadParser::parse(const QJsonObject &root)
{
    PatientData p;
    QJsonObject d = root;
    const QJsonValue envelope = root.value(QLatin1String("patientData"));
    if (!envelope.isUndefined()) {
        // "No data for this patient" is an empty array or an object with at most one key.
        if (envelope.isArray() || envelope.isNull() || (envelope.isObject() && envelope.toObject().size() <= 1)) {
            p.empty = true;
            return p;
        }
        if (!envelope.isObject())
            return CareLinkErrors::unexpectedResponse(QStringLiteral("patientData is not an object; ") + shapeOf(root));
        d = envelope.toObject();
    } else if (d.isEmpty()) {
        p.empty = true;
        return p;
    }

    if (const QString tooLarge = oversized(d); !tooLarge.isEmpty())
        return CareLinkErrors::unexpectedResponse(QStringLiteral("payload far larger than a real one: ") + tooLarge);
    const QJsonValue sgsValue = d.value(QLatin1String("sgs"));
    if (!sgsValue.isArray() && !sgsValue.isUndefined() && !sgsValue.isNull())
        return CareLinkErrors::unexpectedResponse(QStringLiteral("sgs is not an array; ") + shapeOf(d));
    const QJsonArray sgs = sgsValue.toArray();
    p.currentServerTimeMs = ms(d, "currentServerTime");
    p.lastDeviceUpdateMs = ms(d, "lastMedicalDeviceDataUpdateServerTime");
    p.lastConduitUpdateMs = ms(d, "lastConduitUpdateServerDateTime");
    if (p.lastConduitUpdateMs == 0)
        p.lastConduitUpdateMs = ms(d, "lastConduitUpdateServerTime");
    if (sgsValue.isUndefined() && p.currentServerTimeMs == 0 && p.lastDeviceUpdateMs == 0)
        return CareLinkErrors::unexpectedResponse(QStringLiteral("no readings and no server times; ") + shapeOf(d));

    p.era = detectEra(d, sgs);
    p.bgUnits = str(d, "bgUnits");
    if (p.bgUnits.isEmpty())
        p.bgUnits = str(d, "bgunits");
    const double factor = unitFactor(p.bgUnits);
    p.deviceSerial = str(d, "medicalDeviceSerialNumber");
    if (p.deviceSerial.isEmpty())
        p.deviceSerial = str(d.value(QLatin1String("medicalDeviceInformation")).toObject(), "deviceSerialNumber");
    p.lastTrend = str(d, "lastSGTrend");
    p.device = DeviceStateParser::parse(d);
    if (!p.device.modelKnown) {
        // New hardware: say so, and sync what is readable anyway (readings never depend on the model).
        const QString model = p.device.pumpModel.isEmpty()
                                  ? p.device.familyAsSent
                                  : p.device.familyAsSent + QStringLiteral(" / ") + p.device.pumpModel;
        p.warnings.append(QStringLiteral("unknown device model %1").arg(model));
    }

    QList<RawReading> readings;
    readings.reserve(sgs.size());
    int unreadable = 0;
    for (const QJsonValue &value : sgs) {
        std::optional<RawReading> raw = readReading(value.toObject(), factor);
        if (raw)
            readings.append(std::move(*raw));
        else if (json::number(value.toObject().value(QLatin1String("sg"))).value_or(0) != 0)
            ++unreadable; // empty trailing slots (sg 0, no time) are normal
    }
    if (unreadable > 0)
        p.warnings.append(QStringLiteral("%1 reading(s) without a readable time skipped").arg(unreadable));
    const QJsonValue markersValue = d.value(QLatin1String("markers"));
    if (!markersValue.isArray() && !markersValue.isUndefined() && !markersValue.isNull())
        p.warnings.append(QStringLiteral("markers is not an array; ignored"));
    const QList<RawMarker> markers = MarkerParser::markers(markersValue.toArray(), factor, &p.warnings);
    const QList<RawNotification> notifications =
        MarkerParser::notifications(d.value(QLatin1String("notificationHistory")).toObject(), &p.warnings);
    const std::optional<RawReading> last = readReading(d.value(QLatin1String("lastSG")).toObject(), factor);

    const std::optional<Offset> offset = resolveOffset(d, p, &p.warnings);
    if (!offset) {
        if (!readings.isEmpty() || !markers.isEmpty() || last)
            return CareLinkErrors::unexpectedResponse(
                QStringLiteral("cannot tell the pump's time zone: no usable local/server time pair; ") + shapeOf(d));
        return p;
    }
    p.offsetMs = offset->ms;
    p.offsetSource = offset->source;
    if (const std::optional<LocalStamp> clock = pumpClock(d))
        p.device.pumpClockMs = clock->toUtcMs(p.offsetMs);

    QList<qint64> local;
    local.reserve(readings.size());
    for (const RawReading &r : readings)
        local.append(r.stamp.localAsUtcMs);
    if (p.era == PayloadEra::V11_2025 || p.era == PayloadEra::V13_2026)
        p.clockChangeShiftMs = ClockChangeCorrector::correct(&local, markers, &p.warnings);
    p.readings.reserve(readings.size());
    for (qsizetype i = 0; i < readings.size(); ++i) {
        SensorReading r = readings.at(i).reading;
        LocalStamp stamp = readings.at(i).stamp;
        stamp.localAsUtcMs = local.at(i);
        r.timeMs = stamp.toUtcMs(p.offsetMs);
        p.readings.append(r);
    }
    if (last) {
        p.lastReading = last->reading;
        p.lastReading->timeMs = last->stamp.toUtcMs(p.offsetMs);
    }
    p.markers.reserve(markers.size());
    for (const RawMarker &m : markers) {
        Marker marker = m.marker;
        marker.timeMs = m.stamp.toUtcMs(p.offsetMs);
        p.markers.append(marker);
    }
    for (const RawNotification &n : notifications) {
        Notification notification = n.notification;
        notification.timeMs = n.stamp->toUtcMs(p.offsetMs);
        notification.triggeredMs = n.triggered ? n.triggered->toUtcMs(p.offsetMs) : notification.timeMs;
        p.notifications.append(notification);
    }
    return p;
}

} // namespace nb::carelink
