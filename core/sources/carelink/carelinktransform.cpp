#include "carelinktransform.h"

#include "localtime.h"
#include "model/identifier.h"
#include "treatmentmapper.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace nb::carelink {

namespace {

constexpr qint64 kFutureSlackMs = 5 * 60 * 1000;
constexpr qint64 kSameReadingMs = 60 * 1000;

void note(QStringList *notes, const QString &text)
{
    if (notes)
        notes->append(text);
}

// The newest moment data can be from: the caller's clock, but never later than CareLink's own clock.
qint64 latestPlausibleMs(const PatientData &data, const TransformContext &context)
{
    qint64 reference = context.nowMs;
    if (data.currentServerTimeMs > 0 && (reference <= 0 || data.currentServerTimeMs < reference))
        reference = data.currentServerTimeMs;
    return reference > 0 ? reference + kFutureSlackMs : std::numeric_limits<qint64>::max();
}

QList<QJsonObject> makeEntries(const PatientData &data, const TransformContext &context, const QString &patient,
                               QStringList *notes)
{
    if (context.staleAfterMs > 0 && data.currentServerTimeMs > 0 && data.lastDeviceUpdateMs > 0 &&
        data.currentServerTimeMs - data.lastDeviceUpdateMs > context.staleAfterMs) {
        note(notes, QStringLiteral("entries skipped: CareLink's data is %1 min old")
                        .arg((data.currentServerTimeMs - data.lastDeviceUpdateMs) / 60000));
        return {};
    }
    const qint64 limit = latestPlausibleMs(data, context);
    // One reading per instant; a later slot in the payload replaces an earlier one at the same time.
    QHash<qint64, int> byTime;
    byTime.reserve(data.readings.size());
    QList<const SensorReading *> kept;
    kept.reserve(data.readings.size());
    int future = 0;
    for (const SensorReading &r : data.readings) {
        if (r.mgdl <= 0 || r.timeMs <= 0)
            continue;
        if (r.timeMs > limit) {
            ++future;
            continue;
        }
        if (context.entriesAfterMs && r.timeMs <= *context.entriesAfterMs)
            continue;
        const auto it = byTime.constFind(r.timeMs);
        if (it != byTime.constEnd()) {
            kept[*it] = &r;
            continue;
        }
        byTime.insert(r.timeMs, int(kept.size()));
        kept.append(&r);
    }
    if (future > 0)
        note(notes, QStringLiteral("%1 reading(s) in the future skipped").arg(future));
    std::stable_sort(kept.begin(), kept.end(),
                     [](const SensorReading *a, const SensorReading *b) { return a->timeMs < b->timeMs; });

    const QString device = CareLinkTransform::deviceName(data);
    const QString source = QStringLiteral("carelink");
    const QString kind = QStringLiteral("sgv");
    QList<QJsonObject> entries;
    entries.reserve(kept.size());
    for (const SensorReading *r : kept) {
        QJsonObject e;
        e.insert(QStringLiteral("type"), kind);
        e.insert(QStringLiteral("sgv"), r->mgdl);
        e.insert(QStringLiteral("date"), r->timeMs);
        e.insert(QStringLiteral("dateString"), formatUtcIso(r->timeMs));
        e.insert(QStringLiteral("device"), device);
        e.insert(QStringLiteral("identifier"), stableIdentifier(source, {patient, kind, QString::number(r->timeMs)}));
        entries.append(e);
    }
    // The arrow belongs to lastSG only: put it on the newest entry when that entry is lastSG.
    if (!entries.isEmpty() && data.lastReading && data.lastReading->mgdl > 0) {
        const SensorReading *newest = kept.last();
        if (std::llabs(newest->timeMs - data.lastReading->timeMs) < kSameReadingMs &&
            newest->mgdl == data.lastReading->mgdl) {
            const QPair<QString, int> trend = CareLinkTransform::mapTrend(data.lastTrend);
            if (!trend.first.isEmpty()) {
                entries.last().insert(QStringLiteral("direction"), trend.first);
                entries.last().insert(QStringLiteral("trend"), trend.second);
            }
        }
    }
    return entries;
}

void insertIf(QJsonObject &o, const char *key, const std::optional<int> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

void insertIf(QJsonObject &o, const char *key, const std::optional<double> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

void insertIf(QJsonObject &o, const char *key, const std::optional<bool> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

void insertIf(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

QJsonObject makeDeviceStatus(const PatientData &data, qint64 createdMs, const QString &patient)
{
    const DeviceState &s = data.device;
    const QString created = formatUtcIso(createdMs);
    QJsonObject ds;
    ds.insert(QStringLiteral("created_at"), created);
    ds.insert(QStringLiteral("device"), CareLinkTransform::deviceName(data));
    ds.insert(QStringLiteral("identifier"),
              stableIdentifier(QStringLiteral("carelink"),
                               {patient, QStringLiteral("devicestatus"), QString::number(createdMs)}));
    if (s.conduitBattery) {
        QJsonObject uploader;
        uploader.insert(QStringLiteral("battery"), *s.conduitBattery);
        ds.insert(QStringLiteral("uploader"), uploader);
    }

    QJsonObject connect;
    insertIf(connect, "sensorState", s.sensorState);
    insertIf(connect, "calibStatus", s.calibStatus);
    insertIf(connect, "sensorDurationHours", s.sensorDurationHours);
    insertIf(connect, "sensorDurationMinutes", s.sensorDurationMinutes);
    if (s.timeToNextCalibHours && *s.timeToNextCalibHours != 255) // 255: no calibration due
        connect.insert(QStringLiteral("timeToNextCalibHours"), *s.timeToNextCalibHours);
    if (s.timeToNextCalibrationMinutes && *s.timeToNextCalibrationMinutes >= 0)
        connect.insert(QStringLiteral("timeToNextCalibrationMinutes"), *s.timeToNextCalibrationMinutes);
    insertIf(connect, "conduitInRange", s.conduitInRange);
    insertIf(connect, "conduitMedicalDeviceInRange", s.conduitMedicalDeviceInRange);
    insertIf(connect, "conduitSensorInRange", s.conduitSensorInRange);
    insertIf(connect, "conduitBatteryStatus", s.conduitBatteryStatus);
    insertIf(connect, "medicalDeviceFamily", s.family);
    insertIf(connect, "systemStatusMessage", s.systemStatusMessage);
    insertIf(connect, "sensorType", s.sensorType);
    insertIf(connect, "transmitterBattery", s.transmitterBattery);
    insertIf(connect, "autoModeShieldState", s.autoModeShieldState);
    insertIf(connect, "plgmLgsState", s.plgmLgsState);
    insertIf(connect, "pumpCommunicationState", s.pumpCommunicationState);
    if (!s.bannerStates.isEmpty())
        connect.insert(QStringLiteral("pumpBannerState"), QJsonArray::fromStringList(s.bannerStates));
    if (!s.hasPump)
        insertIf(connect, "medicalDeviceBatteryLevelPercent", s.pumpBattery);
    ds.insert(QStringLiteral("connect"), connect);

    if (s.hasPump) {
        QJsonObject pump;
        pump.insert(QStringLiteral("manufacturer"), QStringLiteral("Medtronic"));
        insertIf(pump, "model", s.pumpModel);
        if (s.pumpClockMs)
            pump.insert(QStringLiteral("clock"), formatUtcIso(*s.pumpClockMs));
        if (s.pumpBattery)
            pump.insert(QStringLiteral("battery"), QJsonObject{{QStringLiteral("percent"), *s.pumpBattery}});
        insertIf(pump, "reservoir", s.reservoirUnits);
        if (s.activeInsulin) {
            pump.insert(QStringLiteral("iob"), QJsonObject{{QStringLiteral("timestamp"), created},
                                                           {QStringLiteral("bolusiob"), *s.activeInsulin}});
        }
        if (s.pumpSuspended) {
            pump.insert(QStringLiteral("status"),
                        QJsonObject{{QStringLiteral("status"),
                                     *s.pumpSuspended ? QStringLiteral("suspended") : QStringLiteral("normal")},
                                    {QStringLiteral("suspended"), *s.pumpSuspended},
                                    {QStringLiteral("timestamp"), created}});
        }
        QJsonObject extended;
        insertIf(extended, "BaseBasalRate", s.basalRate);
        insertIf(extended, "TempBasalAbsoluteRate", s.tempBasalRate);
        insertIf(extended, "TempBasalPercent", s.tempBasalPercentage);
        insertIf(extended, "ReservoirPercent", s.reservoirPercent);
        if (!extended.isEmpty())
            pump.insert(QStringLiteral("extended"), extended);
        ds.insert(QStringLiteral("pump"), pump);
    }
    return ds;
}

} // namespace

QString CareLinkTransform::deviceName(const PatientData &data)
{
    const QString family = data.device.family.toLower();
    return family.isEmpty() ? QStringLiteral("nightbridge-carelink") : QStringLiteral("nightbridge-carelink-") + family;
}

QPair<QString, int> CareLinkTransform::mapTrend(const QString &t)
{
    // As both Nightscout peers do (spec §5.2): CareLink has no 45° arrows, and NONE means "no arrow".
    if (t == QLatin1String("NONE"))
        return {QStringLiteral("NONE"), 0};
    if (t == QLatin1String("UP"))
        return {QStringLiteral("SingleUp"), 2};
    if (t == QLatin1String("UP_DOUBLE"))
        return {QStringLiteral("DoubleUp"), 1};
    if (t == QLatin1String("UP_TRIPLE"))
        return {QStringLiteral("TripleUp"), 1};
    if (t == QLatin1String("DOWN"))
        return {QStringLiteral("SingleDown"), 6};
    if (t == QLatin1String("DOWN_DOUBLE"))
        return {QStringLiteral("DoubleDown"), 7};
    if (t == QLatin1String("DOWN_TRIPLE"))
        return {QStringLiteral("TripleDown"), 7};
    return {QString(), 0};
}

QString CareLinkTransform::patientKey(const PatientData &data, const TransformContext &context)
{
    if (!context.patientKey.isEmpty())
        return context.patientKey;
    return data.deviceSerial.isEmpty() ? QStringLiteral("unknown") : QStringLiteral("serial:") + data.deviceSerial;
}

NsBatch CareLinkTransform::transform(const PatientData &data, const TransformContext &context, QStringList *notes)
{
    NsBatch batch;
    if (data.empty) {
        note(notes, QStringLiteral("CareLink has no data for this patient"));
        return batch;
    }
    const QString patient = patientKey(data, context);
    if (context.features.entries)
        batch.entries = makeEntries(data, context, patient, notes);
    if (context.features.deviceStatus) {
        const qint64 created = data.lastDeviceUpdateMs > 0 ? data.lastDeviceUpdateMs : data.lastConduitUpdateMs;
        if (created <= 0)
            note(notes, QStringLiteral("devicestatus skipped: the data has no update time"));
        else if (context.deviceStatusAfterMs && created <= *context.deviceStatusAfterMs)
            note(notes, QStringLiteral("devicestatus skipped: unchanged since the last one"));
        else
            batch.devicestatus.append(makeDeviceStatus(data, created, patient));
    }
    if (context.features.anyTreatment())
        batch.treatments = TreatmentMapper::map(data, context.features, patient, latestPlausibleMs(data, context));
    return batch;
}

} // namespace nb::carelink
