#include "markerparser.h"

#include "jsonvalues.h"

#include <cmath>

namespace nb::carelink::detail {

namespace {

int toMgdl(double value, double factor)
{
    return int(std::lround(value * factor));
}

double unitFactorFor(const QString &units, double fallback)
{
    if (units.isEmpty())
        return fallback;
    return units.startsWith(QLatin1String("MMOL"), Qt::CaseInsensitive) ? kMmolToMgdl : 1.0;
}

void readValues(const QJsonObject &v, double unitFactor, Marker *m)
{
    using T = Marker::Type;
    switch (m->type) {
    case T::Insulin:
        m->activationType = json::text(v.value(QLatin1String("activationType")));
        m->bolusType = json::text(v.value(QLatin1String("bolusType")));
        m->programmedFast = json::number(v.value(QLatin1String("programmedFastAmount"))).value_or(0);
        m->deliveredFast = json::number(v.value(QLatin1String("deliveredFastAmount"))).value_or(0);
        if (m->deliveredFast == 0 && m->programmedFast == 0) // pens report insulinUnits
            m->deliveredFast = m->programmedFast = json::number(v.value(QLatin1String("insulinUnits"))).value_or(0);
        m->programmedExtended = json::number(v.value(QLatin1String("programmedExtendedAmount"))).value_or(0);
        m->deliveredExtended = json::number(v.value(QLatin1String("deliveredExtendedAmount"))).value_or(0);
        m->programmedDurationMin = json::integer(v.value(QLatin1String("programmedDuration"))).value_or(0);
        m->effectiveDurationMin = json::integer(v.value(QLatin1String("effectiveDuration"))).value_or(0);
        m->completed = json::boolean(v.value(QLatin1String("completed"))).value_or(true);
        break;
    case T::Meal:
        m->carbs = json::number(v.value(QLatin1String("amount"))).value_or(0);
        break;
    case T::AutoBasalDelivery:
        m->autoBasal = json::number(v.value(QLatin1String("bolusAmount"))).value_or(0);
        break;
    case T::AutoModeStatus:
        m->autoModeOn = json::boolean(v.value(QLatin1String("autoModeOn")));
        break;
    case T::Calibration:
    case T::BgReading: {
        const double factor = unitFactorFor(json::text(v.value(QLatin1String("bgUnits"))), unitFactor);
        std::optional<double> value = json::number(v.value(QLatin1String("unitValue")));
        if (!value)
            value = json::number(v.value(QLatin1String("value")));
        m->bgMgdl = value ? toMgdl(*value, factor) : 0;
        m->calibrationSuccess = json::boolean(v.value(QLatin1String("calibrationSuccess")));
        break;
    }
    case T::LowGlucoseSuspended:
    case T::TimeChange:
    case T::Other:
        break;
    }
}

} // namespace

Marker::Type MarkerParser::typeFromName(const QString &name)
{
    using T = Marker::Type;
    if (name == QLatin1String("INSULIN"))
        return T::Insulin;
    if (name == QLatin1String("MEAL"))
        return T::Meal;
    if (name == QLatin1String("AUTO_BASAL_DELIVERY"))
        return T::AutoBasalDelivery;
    if (name == QLatin1String("AUTO_MODE_STATUS"))
        return T::AutoModeStatus;
    if (name == QLatin1String("LOW_GLUCOSE_SUSPENDED"))
        return T::LowGlucoseSuspended;
    if (name == QLatin1String("CALIBRATION"))
        return T::Calibration;
    if (name == QLatin1String("BG_READING") || name == QLatin1String("BG") || name == QLatin1String("BG READING"))
        return T::BgReading;
    if (name == QLatin1String("TIME_CHANGE"))
        return T::TimeChange;
    return T::Other;
}

QList<RawMarker> MarkerParser::markers(const QJsonArray &array, double unitFactor, QStringList *warnings)
{
    QList<RawMarker> out;
    out.reserve(array.size());
    int skipped = 0;
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            ++skipped;
            continue;
        }
        const QJsonObject o = value.toObject();
        RawMarker raw;
        raw.marker.rawType = json::text(o.value(QLatin1String("type")));
        raw.marker.type = typeFromName(raw.marker.rawType);
        // v11: `timestamp` is on the pump's current clock; `displayTime` is the clock as it read at the
        // event, which differs after a pump clock change. 2021: `dateTime`.
        QString when = o.value(QLatin1String("timestamp")).toString();
        if (when.isEmpty())
            when = o.value(QLatin1String("dateTime")).toString();
        if (when.isEmpty())
            when = o.value(QLatin1String("displayTime")).toString();
        const std::optional<LocalStamp> stamp = parseLocalTime(when);
        if (!stamp) {
            ++skipped;
            continue;
        }
        raw.stamp = *stamp;
        if (const auto display = parseLocalTime(o.value(QLatin1String("displayTime")).toString()))
            raw.displayLocalMs = display->localAsUtcMs;
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        const QJsonValue dataValues = data.value(QLatin1String("dataValues"));
        readValues(dataValues.isObject() ? dataValues.toObject() : o, unitFactor, &raw.marker);
        out.append(raw);
    }
    if (skipped > 0 && warnings)
        warnings->append(QStringLiteral("%1 marker(s) without a readable time or shape skipped").arg(skipped));
    return out;
}

QList<RawNotification> MarkerParser::notifications(const QJsonObject &history, QStringList *warnings)
{
    QList<RawNotification> out;
    int skipped = 0;
    for (const char *key : {"activeNotifications", "clearedNotifications"}) {
        const bool active = qstrcmp(key, "activeNotifications") == 0;
        const QJsonValue list = history.value(QLatin1String(key));
        if (!list.isArray()) {
            if (!list.isUndefined() && !list.isNull())
                ++skipped;
            continue;
        }
        for (const QJsonValue &value : list.toArray()) {
            if (!value.isObject()) {
                ++skipped;
                continue;
            }
            const QJsonObject o = value.toObject();
            RawNotification raw;
            Notification &n = raw.notification;
            n.active = active;
            n.type = json::text(o.value(QLatin1String("type")));
            n.faultId = json::text(o.value(QLatin1String("faultId")));
            n.messageId = json::text(o.value(QLatin1String("messageId")));
            n.guid = json::text(o.value(QLatin1String("GUID")));
            if (n.guid.isEmpty())
                n.guid = json::text(o.value(QLatin1String("referenceGUID")));
            raw.stamp = parseLocalTime(o.value(QLatin1String("dateTime")).toString());
            raw.triggered = parseLocalTime(o.value(QLatin1String("triggeredDateTime")).toString());
            if (!raw.stamp) {
                ++skipped;
                continue;
            }
            out.append(raw);
        }
    }
    if (skipped > 0 && warnings)
        warnings->append(QStringLiteral("%1 notification(s) without a readable time or shape skipped").arg(skipped));
    return out;
}

} // namespace nb::carelink::detail
