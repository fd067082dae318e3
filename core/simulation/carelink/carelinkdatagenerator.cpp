#include "carelinkdatagenerator.h"

#include "carelinktimeline.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace nb::sim {

using detail::SimMarker;
using detail::Timeline;
using Kind = SimMarker::Kind;

namespace {

QString localText(qint64 localAsUtcMs, const QString &format)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(localAsUtcMs, Qt::UTC), format);
}

QString iso(qint64 localAsUtcMs)
{
    return localText(localAsUtcMs, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

QString isoMs(qint64 localAsUtcMs)
{
    return localText(localAsUtcMs, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"));
}

QString offsetSuffix(qint64 offsetMs)
{
    const qint64 minutes = std::llabs(offsetMs) / 60000;
    return QStringLiteral("%1%2:%3")
        .arg(offsetMs < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString connect2015(qint64 localAsUtcMs)
{
    return localText(localAsUtcMs, QStringLiteral("MMM d, yyyy HH:mm:ss"));
}

QJsonValue sgValue(const Timeline &t, int mgdl)
{
    if (mgdl > 0 && t.scenario.bgUnits.startsWith(QLatin1String("MMOL"), Qt::CaseInsensitive))
        return std::round(mgdl / 18.0182 * 10.0) / 10.0;
    return mgdl;
}

QString num(double v)
{
    return QString::number(v, 'f', 3);
}

// The pump-local time of an instant, on the clock as it read then ("then") or as it reads now ("now").
qint64 localThen(const Timeline &t, qint64 utcMs)
{
    return utcMs + t.pumpOffsetAt(utcMs);
}

qint64 localNow(const Timeline &t, qint64 utcMs)
{
    return utcMs + t.pumpOffsetAt(t.updateMs);
}

QString markerType(Kind k)
{
    switch (k) {
    case Kind::Meal:
        return QStringLiteral("MEAL");
    case Kind::Bolus:
    case Kind::AutoCorrection:
        return QStringLiteral("INSULIN");
    case Kind::AutoBasal:
        return QStringLiteral("AUTO_BASAL_DELIVERY");
    case Kind::BgReading:
        return QStringLiteral("BG_READING");
    case Kind::Calibration:
        return QStringLiteral("CALIBRATION");
    case Kind::AutoModeSnapshot:
        return QStringLiteral("AUTO_MODE_STATUS");
    case Kind::LgsSnapshot:
        return QStringLiteral("LOW_GLUCOSE_SUSPENDED");
    case Kind::TimeChange:
        return QStringLiteral("TIME_CHANGE");
    }
    return {};
}

// 2021 markers are flat; v11 ones keep their values (mostly as strings) under data.dataValues.
QJsonObject markerValues(const SimMarker &m, bool strings)
{
    auto value = [strings](double v) -> QJsonValue { return strings ? QJsonValue(num(v)) : QJsonValue(v); };
    QJsonObject v;
    switch (m.kind) {
    case Kind::Meal:
        v.insert(QStringLiteral("amount"), m.amount);
        break;
    case Kind::Bolus:
    case Kind::AutoCorrection:
        v.insert(QStringLiteral("activationType"),
                 m.kind == Kind::AutoCorrection ? QStringLiteral("AUTOCORRECTION") : QStringLiteral("RECOMMENDED"));
        v.insert(QStringLiteral("bolusType"), QStringLiteral("FAST"));
        v.insert(QStringLiteral("programmedFastAmount"), value(m.amount));
        v.insert(QStringLiteral("deliveredFastAmount"), value(m.amount));
        v.insert(QStringLiteral("completed"), true);
        if (!strings) {
            v.insert(QStringLiteral("programmedExtendedAmount"), 0.0);
            v.insert(QStringLiteral("deliveredExtendedAmount"), 0.0);
            v.insert(QStringLiteral("programmedDuration"), 0);
            v.insert(QStringLiteral("effectiveDuration"), 0);
        } else {
            v.insert(QStringLiteral("insulinType"), QStringLiteral("UNKNOWN"));
        }
        break;
    case Kind::AutoBasal:
        v.insert(QStringLiteral("bolusAmount"), value(m.amount));
        break;
    case Kind::BgReading:
    case Kind::Calibration:
        if (strings) {
            v.insert(QStringLiteral("unitValue"), QString::number(m.mgdl));
            v.insert(QStringLiteral("bgUnits"), QStringLiteral("MGDL"));
        } else {
            v.insert(QStringLiteral("value"), m.mgdl);
        }
        if (m.kind == Kind::Calibration)
            v.insert(QStringLiteral("calibrationSuccess"), true);
        break;
    case Kind::AutoModeSnapshot:
    case Kind::LgsSnapshot:
    case Kind::TimeChange:
        break;
    }
    return v;
}

QJsonObject common(const Timeline &t)
{
    QJsonObject d;
    d.insert(QStringLiteral("firstName"), QStringLiteral("Demo"));
    d.insert(QStringLiteral("lastName"), QStringLiteral("Patient"));
    d.insert(QStringLiteral("currentServerTime"), t.serverMs);
    d.insert(QStringLiteral("lastMedicalDeviceDataUpdateServerTime"), t.updateMs);
    d.insert(QStringLiteral("medicalDeviceFamily"), t.family);
    d.insert(QStringLiteral("conduitSerialNumber"), QStringLiteral("00000000-0000-0000-0000-000000000001"));
    d.insert(QStringLiteral("conduitBatteryLevel"), 77);
    d.insert(QStringLiteral("conduitBatteryStatus"), QStringLiteral("HIGH"));
    d.insert(QStringLiteral("conduitInRange"), true);
    d.insert(QStringLiteral("conduitMedicalDeviceInRange"), true);
    d.insert(QStringLiteral("conduitSensorInRange"), true);
    d.insert(QStringLiteral("sensorState"), QStringLiteral("NO_ERROR_MESSAGE"));
    d.insert(QStringLiteral("calibStatus"), QStringLiteral("LESS_THAN_TWELVE_HRS"));
    d.insert(QStringLiteral("timeToNextCalibHours"), 9);
    d.insert(QStringLiteral("sensorDurationHours"), 101);
    d.insert(QStringLiteral("bgUnits"), t.scenario.bgUnits);
    d.insert(QStringLiteral("timeFormat"), QStringLiteral("HR_24"));
    d.insert(QStringLiteral("lastSGTrend"), t.trend);
    if (t.hasPump) {
        d.insert(QStringLiteral("reservoirAmount"), 300);
        d.insert(QStringLiteral("reservoirLevelPercent"), 48);
    }
    return d;
}

QJsonObject write2015(const Timeline &t)
{
    QJsonObject d = common(t);
    d.insert(QStringLiteral("kind"), QStringLiteral("Main"));
    d.insert(QStringLiteral("version"), 1);
    d.insert(QStringLiteral("bgunits"), t.scenario.bgUnits);
    d.insert(QStringLiteral("lastConduitUpdateServerTime"), t.conduitUpdateMs);
    const QString clock = connect2015(localThen(t, t.updateMs) + 4000);
    d.insert(QStringLiteral("sMedicalDeviceTime"), clock);
    d.insert(QStringLiteral("medicalDeviceTimeAsString"), clock);
    d.insert(QStringLiteral("medicalDeviceTime"), 0);
    d.insert(QStringLiteral("medicalDeviceBatteryLevelPercent"), 75);
    d.insert(QStringLiteral("medicalDeviceSuspended"), false);
    QJsonArray sgs;
    for (const GeneratedReading &r : t.readings) {
        sgs.append(QJsonObject{{QStringLiteral("sg"), sgValue(t, r.mgdl)},
                               {QStringLiteral("datetime"), connect2015(localThen(t, r.timeMs))},
                               {QStringLiteral("kind"), QStringLiteral("SG")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("timeChange"), false}});
    }
    d.insert(QStringLiteral("sgs"), sgs);
    d.insert(QStringLiteral("lastSG"), sgs.last());
    d.insert(QStringLiteral("activeInsulin"),
             QJsonObject{{QStringLiteral("amount"), t.activeInsulin},
                         {QStringLiteral("datetime"), connect2015(localThen(t, t.updateMs))},
                         {QStringLiteral("kind"), QStringLiteral("Insulin")},
                         {QStringLiteral("version"), 1}});
    return d;
}

QJsonObject write2021(const Timeline &t)
{
    QJsonObject d = common(t);
    d.insert(QStringLiteral("kind"), QStringLiteral("BLENGP"));
    d.insert(QStringLiteral("version"), 2);
    d.insert(QStringLiteral("pumpModelNumber"), QStringLiteral("MMT-1880"));
    d.insert(QStringLiteral("lastConduitUpdateServerTime"), t.conduitUpdateMs);
    const qint64 phoneLocal = t.conduitUpdateMs - 2000 + t.phoneOffsetAt(t.conduitUpdateMs);
    d.insert(QStringLiteral("lastConduitDateTime"),
             QString(isoMs(phoneLocal) + offsetSuffix(t.phoneOffsetAt(t.conduitUpdateMs))));
    const QString clock = isoMs(localThen(t, t.updateMs) + 52000) + QStringLiteral("-00:00");
    d.insert(QStringLiteral("sMedicalDeviceTime"), clock);
    d.insert(QStringLiteral("medicalDeviceTimeAsString"), clock);
    d.insert(QStringLiteral("medicalDeviceTime"), 0);
    d.insert(QStringLiteral("medicalDeviceBatteryLevelPercent"), 100);
    d.insert(QStringLiteral("reservoirRemainingUnits"), 143.5);
    d.insert(QStringLiteral("medicalDeviceSuspended"), false);
    d.insert(QStringLiteral("systemStatusMessage"), QStringLiteral("NO_ERROR_MESSAGE"));
    d.insert(QStringLiteral("pumpCommunicationState"), true);
    d.insert(QStringLiteral("gstBatteryLevel"), 90);
    d.insert(QStringLiteral("clientTimeZoneName"), QStringLiteral("Pacific Daylight Time"));
    QJsonArray sgs;
    for (const GeneratedReading &r : t.readings) {
        sgs.append(QJsonObject{{QStringLiteral("sg"), sgValue(t, r.mgdl)},
                               {QStringLiteral("datetime"), QString(isoMs(localThen(t, r.timeMs)) + QLatin1Char('Z'))},
                               {QStringLiteral("kind"), QStringLiteral("SG")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("timeChange"), false},
                               {QStringLiteral("sensorState"),
                                r.mgdl > 0 ? QStringLiteral("NO_ERROR_MESSAGE") : QStringLiteral("WARM_UP")},
                               {QStringLiteral("relativeOffset"), int((r.timeMs - t.updateMs) / 1000)}});
    }
    d.insert(QStringLiteral("sgs"), sgs);
    d.insert(QStringLiteral("lastSG"), sgs.last());
    QJsonArray markers;
    for (const SimMarker &m : t.markers) {
        QJsonObject o = markerValues(m, false);
        o.insert(QStringLiteral("type"), markerType(m.kind));
        o.insert(QStringLiteral("index"), int((m.timeMs - t.startMs) / (5 * 60 * 1000)));
        o.insert(QStringLiteral("kind"), QStringLiteral("Marker"));
        o.insert(QStringLiteral("version"), 1);
        o.insert(QStringLiteral("dateTime"), QString(isoMs(localThen(t, m.timeMs)) + QStringLiteral("-00:00")));
        markers.append(o);
    }
    d.insert(QStringLiteral("markers"), markers);
    d.insert(QStringLiteral("activeInsulin"),
             QJsonObject{{QStringLiteral("amount"), t.activeInsulin},
                         {QStringLiteral("datetime"), QString(isoMs(localThen(t, t.updateMs)) + QLatin1Char('Z'))},
                         {QStringLiteral("precision"), QStringLiteral("THOUSANDS")},
                         {QStringLiteral("kind"), QStringLiteral("Insulin")},
                         {QStringLiteral("version"), 1}});
    return d;
}

QJsonObject writeCumulus(const Timeline &t)
{
    QJsonObject d = common(t);
    d.insert(QStringLiteral("appModelType"), QStringLiteral("BLE_20_COMM"));
    d.insert(QStringLiteral("clientTimeZoneName"), QStringLiteral("Pacific Standard Time"));
    d.insert(QStringLiteral("lastConduitUpdateServerDateTime"), t.conduitUpdateMs);
    d.insert(QStringLiteral("lastConduitDateTime"), iso(t.conduitUpdateMs - 2000 + t.phoneOffsetAt(t.conduitUpdateMs)));
    d.insert(QStringLiteral("medicalDeviceTime"), localThen(t, t.updateMs) + 1234);
    d.insert(QStringLiteral("timeToNextCalibrationMinutes"), -1);
    d.insert(QStringLiteral("sensorDurationMinutes"), 101 * 60 + 7);
    d.insert(QStringLiteral("systemStatusMessage"), QStringLiteral("NO_ERROR_MESSAGE"));
    d.insert(QStringLiteral("lastSensorTime"), 0);
    const bool simplera = t.family == QLatin1String("CGM");
    d.insert(
        QStringLiteral("cgmInfo"),
        QJsonObject{{QStringLiteral("sensorType"), simplera ? QStringLiteral("DISPOSABLE") : QStringLiteral("DURABLE")},
                    {QStringLiteral("sensorProductModel"), simplera ? QStringLiteral("MMT-5120") : QString()}});
    if (t.hasPump) {
        d.insert(QStringLiteral("medicalDeviceInformation"),
                 QJsonObject{{QStringLiteral("manufacturer"), QStringLiteral("Medtronic")},
                             {QStringLiteral("modelNumber"), QStringLiteral("MMT-1884")},
                             {QStringLiteral("deviceSerialNumber"), QStringLiteral("NG0000000H")}});
        d.insert(QStringLiteral("pumpBatteryLevelPercent"), 75);
        d.insert(QStringLiteral("reservoirRemainingUnits"), 121.4);
        d.insert(QStringLiteral("pumpSuspended"), false);
        d.insert(QStringLiteral("pumpCommunicationState"), true);
        d.insert(QStringLiteral("gstBatteryLevel"), 80);
        d.insert(QStringLiteral("therapyAlgorithmState"),
                 QJsonObject{{QStringLiteral("autoModeShieldState"), QStringLiteral("AUTO_BASAL")},
                             {QStringLiteral("plgmLgsState"), QStringLiteral("FEATURE_OFF")}});
        d.insert(QStringLiteral("activeInsulin"),
                 QJsonObject{{QStringLiteral("amount"), t.activeInsulin},
                             {QStringLiteral("datetime"), iso(localThen(t, t.updateMs))},
                             {QStringLiteral("kind"), QStringLiteral("INSULIN")},
                             {QStringLiteral("version"), 1}});
    } else {
        d.insert(QStringLiteral("medicalDeviceInformation"),
                 QJsonObject{{QStringLiteral("manufacturer"), QStringLiteral("Medtronic")},
                             {QStringLiteral("modelNumber"), QStringLiteral("MMT-5120")},
                             {QStringLiteral("deviceSerialNumber"), QStringLiteral("SP0000000X")}});
    }
    QJsonArray sgs;
    for (const GeneratedReading &r : t.readings) {
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("SG")},
                      {QStringLiteral("version"), 1},
                      {QStringLiteral("sg"), sgValue(t, r.mgdl)},
                      {QStringLiteral("sensorState"),
                       r.mgdl > 0 ? QStringLiteral("NO_ERROR_MESSAGE") : QStringLiteral("WARM_UP")},
                      // Readings keep the clock as it read when they were taken (see the 2025-03 capture).
                      {QStringLiteral("timestamp"), iso(localThen(t, r.timeMs))}};
        if (t.scenario.era == CareLinkEra::V13)
            o.insert(QStringLiteral("isBackfill"), r.backfill);
        sgs.append(o);
    }
    d.insert(QStringLiteral("sgs"), sgs);
    d.insert(QStringLiteral("lastSG"), sgs.last());
    QJsonArray markers;
    for (const SimMarker &m : t.markers) {
        markers.append(
            QJsonObject{{QStringLiteral("type"), markerType(m.kind)},
                        {QStringLiteral("timestamp"), iso(localNow(t, m.timeMs))},
                        {QStringLiteral("displayTime"), iso(localThen(t, m.timeMs))},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("dataValues"), markerValues(m, true)},
                                                             {QStringLiteral("resourceValues"), QJsonObject()}}},
                        {QStringLiteral("views"), QJsonArray()}});
    }
    d.insert(QStringLiteral("markers"), markers);
    return d;
}

QJsonObject notifications(const Timeline &t, bool cumulus)
{
    QJsonArray cleared;
    for (int slot : {60, 200}) {
        if (slot >= t.readings.size())
            continue;
        const qint64 at = t.readings.at(slot).timeMs + 40 * 1000;
        QJsonObject n{
            {QStringLiteral("type"), QStringLiteral("ALERT")},
            {QStringLiteral("dateTime"), cumulus ? iso(localNow(t, at + 60000))
                                                 : QString(isoMs(localThen(t, at + 60000)) + QStringLiteral("-00:00"))},
            {QStringLiteral("triggeredDateTime"),
             cumulus ? iso(localNow(t, at)) : QString(isoMs(localThen(t, at)) + QStringLiteral("-00:00"))},
            {QStringLiteral("referenceGUID"), QStringLiteral("0000%1-0000-0000-0000-000000000000").arg(slot)}};
        if (cumulus)
            n.insert(QStringLiteral("faultId"), QStringLiteral("817"));
        else {
            n.insert(QStringLiteral("faultId"), 817);
            n.insert(QStringLiteral("messageId"), QStringLiteral("BC_SID_SG_APPROACH_HIGH_LIMIT_CHECK_BG"));
        }
        cleared.append(n);
    }
    return QJsonObject{{QStringLiteral("activeNotifications"), QJsonArray()},
                       {QStringLiteral("clearedNotifications"), cleared}};
}

} // namespace

GeneratedCareLink CareLinkDataGenerator::generate(const CareLinkScenario &scenario)
{
    const Timeline t = detail::buildTimeline(scenario);
    QJsonObject data;
    switch (scenario.era) {
    case CareLinkEra::Connect2015:
        data = write2015(t);
        break;
    case CareLinkEra::Ble2021:
        data = write2021(t);
        data.insert(QStringLiteral("notificationHistory"), notifications(t, false));
        break;
    case CareLinkEra::V11:
    case CareLinkEra::V13:
        data = writeCumulus(t);
        data.insert(QStringLiteral("notificationHistory"), notifications(t, true));
        break;
    }

    GeneratedCareLink out;
    const bool cumulus = scenario.era == CareLinkEra::V11 || scenario.era == CareLinkEra::V13;
    if (cumulus && scenario.envelope) {
        const QJsonObject metadata{
            {QStringLiteral("kind"), QStringLiteral("DisplayMessage")},
            {QStringLiteral("version"), scenario.era == CareLinkEra::V13 ? 13 : 11},
            {QStringLiteral("typeCast"), QStringLiteral("patientData")},
            {QStringLiteral("clientDateTime"), iso(t.conduitUpdateMs + t.phoneOffsetAt(t.conduitUpdateMs))}};
        out.payload = QJsonObject{{QStringLiteral("metadata"), metadata}, {QStringLiteral("patientData"), data}};
    } else {
        out.payload = data;
    }
    out.truth = t.readings;
    out.serverTimeMs = t.serverMs;
    out.updateTimeMs = t.updateMs;
    out.pumpOffsetMs = t.pumpOffsetAt(t.updateMs);
    out.activeInsulin = t.activeInsulin;
    out.lastTrend = t.trend;
    for (const SimMarker &m : t.markers) {
        out.meals += m.kind == Kind::Meal ? 1 : 0;
        out.boluses += m.kind == Kind::Bolus || m.kind == Kind::AutoCorrection ? 1 : 0;
        out.autoCorrections += m.kind == Kind::AutoCorrection ? 1 : 0;
        out.autoBasal += m.kind == Kind::AutoBasal ? 1 : 0;
        out.bgReadings += m.kind == Kind::BgReading ? 1 : 0;
        out.calibrations += m.kind == Kind::Calibration ? 1 : 0;
        out.clockChanges += m.kind == Kind::TimeChange ? 1 : 0;
    }
    return out;
}

} // namespace nb::sim
