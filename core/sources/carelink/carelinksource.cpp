#include "carelinksource.h"

#include "carelinkauth.h"
#include "carelinkclient.h"
#include "carelinkdiscovery.h"
#include "carelinktransform.h"
#include "common/clock.h"
#include "credentials/credentialmarker.h"
#include "credentials/credentialstore.h"
#include "logging/categories.h"
#include "patientdata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPointer>

#include <climits>

namespace nb::carelink {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kTreatmentOverlapMs = 3LL * 3600 * 1000; // markers can be logged a little late

SyncError cancelled()
{
    return SyncError::make(SyncError::Kind::Cancelled, QStringLiteral("cancelled"), QStringLiteral("cancelled"));
}

qint64 entryMs(const QJsonObject &doc)
{
    return qint64(doc.value(QLatin1String("date")).toDouble());
}

qint64 createdMs(const QJsonObject &doc)
{
    return QDateTime::fromString(doc.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

qint64 number(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

CareLinkSource::CareLinkSource(HttpClient &http, CredentialStore &store, const Clock &clock, Config config,
                               QObject *parent)
    : DataSource(parent)
    , m_http(http)
    , m_store(store)
    , m_clock(clock)
    , m_config(std::move(config))
{}

CareLinkSource::~CareLinkSource() = default;

template<typename F>
auto CareLinkSource::guarded(F f)
{
    QPointer<CareLinkSource> self(this);
    const quint64 generation = m_generation;
    return [self, generation, f = std::move(f)](auto &&...args) mutable {
        if (!self || self->m_generation != generation)
            return;
        f(std::forward<decltype(args)>(args)...);
    };
}

SourceLimits CareLinkSource::limits() const
{
    SourceLimits l;
    l.maxWindowDays = 1;
    l.historyHours = 24;
    l.overlapMinutes = 0;
    return l;
}

void CareLinkSource::withSession(std::function<void(const Result<void> &)> next)
{
    if (m_client && m_identity) {
        next({});
        return;
    }
    if (!m_auth) {
        m_discovery = std::make_unique<CareLinkDiscovery>(m_http);
        const QString where = m_config.country.isEmpty() ? m_config.region : m_config.country;
        CareLinkOverrides overrides = m_config.overrides;
        if (overrides.region.isEmpty() && m_config.country.isEmpty())
            overrides.region = m_config.region;
        m_discovery->resolve(where, overrides, this, guarded([this, next](const ServiceConfig &config) {
                                 m_auth = std::make_unique<CareLinkAuth>(m_http, m_store, m_clock, m_config.accountId,
                                                                         config);
                                 m_client = std::make_unique<CareLinkClient>(m_http, *m_auth);
                                 m_appVersion = config.appVersion;
                                 withSession(next);
                             }));
        return;
    }
    m_client->fetchIdentity(this, guarded([this, next](const Result<Identity> &identity) {
                                if (!identity.ok()) {
                                    next(identity.error());
                                    return;
                                }
                                m_identity = identity.value();
                                choosePatient(next);
                            }));
}

void CareLinkSource::choosePatient(std::function<void(const Result<void> &)> next)
{
    if (!m_identity->carePartner) {
        m_patient = m_identity->username;
        next({});
        return;
    }
    const auto pick = [this, next](const QString &wanted) {
        QStringList active;
        for (const LinkedPatient &p : m_identity->patients)
            active.append(p.username);
        if (!wanted.isEmpty() && active.contains(wanted)) {
            m_patient = wanted;
            next({});
        } else if (wanted.isEmpty() && active.size() == 1) {
            m_patient = active.first();
            next({});
        } else {
            next(SyncError::make(SyncError::Kind::Config,
                                 wanted.isEmpty()
                                     ? tr("This CareLink care partner account follows %n patient(s). Choose one with "
                                          "`nightbridge-cli accounts set %1 --patient USER` (one Nightbridge account "
                                          "per patient).",
                                          nullptr, int(active.size()))
                                           .arg(m_config.accountId)
                                     : tr("The CareLink patient chosen for account \"%1\" is not an active link of "
                                          "this care partner account.")
                                           .arg(m_config.accountId),
                                 QStringLiteral("carelink patient not chosen (%1 active)").arg(active.size())));
        }
    };
    if (!m_config.patient.isEmpty()) {
        pick(m_config.patient);
        return;
    }
    m_store.read(QStringLiteral("account/%1/patient").arg(m_config.accountId), this,
                 [pick](const Result<std::optional<Secret>> &r) {
                     pick(r.ok() && r.value() ? r.value()->reveal() : QString());
                 });
}

SourceFacts CareLinkSource::factsOf(const PatientData &data)
{
    SourceFacts facts;
    for (const SensorReading &r : data.readings) {
        if (r.mgdl > 0)
            facts.readings.append(SourceReading{QDateTime::fromMSecsSinceEpoch(r.timeMs, Qt::UTC), r.mgdl, QString()});
    }
    if (!facts.readings.isEmpty() && data.lastReading && data.lastReading->timeMs == data.readings.last().timeMs)
        facts.readings.last().direction = CareLinkTransform::mapTrend(data.lastTrend).first;
    for (const Marker &m : data.markers) {
        const double insulin = m.type == Marker::Type::Insulin ? m.deliveredFast + m.deliveredExtended : 0;
        const double carbs = m.type == Marker::Type::Meal ? m.carbs : 0;
        if (insulin > 0 || carbs > 0)
            facts.markers.append(SourceMarker{QDateTime::fromMSecsSinceEpoch(m.timeMs, Qt::UTC), insulin, carbs});
    }
    SourceDevice device;
    device.time = QDateTime::fromMSecsSinceEpoch(data.lastDeviceUpdateMs, Qt::UTC);
    device.iob = data.device.activeInsulin;
    device.reservoir = data.device.reservoirUnits;
    device.pumpBatteryPercent = data.device.pumpBattery;
    device.phoneBatteryPercent = data.device.conduitBattery;
    facts.device = device;
    return facts;
}

FetchResult CareLinkSource::select(const PatientData &data, const NsBatch &all, const FetchRequest &request)
{
    FetchResult out;
    out.facts = factsOf(data);
    const qint64 serverMs = data.currentServerTimeMs;
    out.coveredFrom = QDateTime::fromMSecsSinceEpoch(serverMs - kDayMs, Qt::UTC);
    out.coveredTo = QDateTime::fromMSecsSinceEpoch(serverMs, Qt::UTC);
    if (data.lastReading)
        out.newestData = QDateTime::fromMSecsSinceEpoch(data.lastReading->timeMs, Qt::UTC);
    else if (!out.facts.readings.isEmpty())
        out.newestData = out.facts.readings.last().time;

    if (request.from.isValid()) {
        const qint64 from = request.from.toMSecsSinceEpoch();
        const qint64 to = request.to.toMSecsSinceEpoch();
        for (const QJsonObject &e : all.entries)
            if (entryMs(e) >= from && entryMs(e) <= to)
                out.batch.entries.append(e);
        for (const QJsonObject &t : all.treatments)
            if (createdMs(t) >= from && createdMs(t) <= to)
                out.batch.treatments.append(t);
        out.batch.devicestatus = all.devicestatus;
        out.cursor = request.cursor;
        return out;
    }

    const QJsonObject &c = request.cursor;
    const bool fresh = c.isEmpty();
    const qint64 initialFrom = serverMs - qint64(std::max(1, request.initialDays)) * kDayMs;
    qint64 after = fresh ? initialFrom - 1 : number(c, "after");
    qint64 treatmentsAfter = fresh ? initialFrom - 1 : number(c, "treatmentsAfter") - kTreatmentOverlapMs;
    const qint64 deviceAfter = number(c, "deviceAfter");
    const qint64 resend = request.resendFrom.isValid() ? request.resendFrom.toMSecsSinceEpoch() : LLONG_MAX;
    QSet<qint64> holes;
    for (const QJsonValue &v : c.value(QLatin1String("holes")).toArray())
        holes.insert(qint64(v.toDouble()));

    qint64 newest = after;
    for (const QJsonObject &e : all.entries) {
        const qint64 ms = entryMs(e);
        const bool healed = ms <= after && holes.contains(ms);
        if (ms > after || healed || ms >= resend) {
            out.batch.entries.append(e);
            if (healed)
                ++out.healed;
        }
        newest = std::max(newest, ms);
    }
    qint64 newestTreatment = std::max<qint64>(number(c, "treatmentsAfter"), 0);
    for (const QJsonObject &t : all.treatments) {
        const qint64 ms = createdMs(t);
        if (ms > treatmentsAfter || ms >= resend)
            out.batch.treatments.append(t);
        newestTreatment = std::max(newestTreatment, ms);
    }
    if (data.lastDeviceUpdateMs > deviceAfter || request.resendFrom.isValid())
        out.batch.devicestatus = all.devicestatus;

    // Empty slots at or before the newest reading may still be filled by CareLink (backfill).
    QSet<qint64> stillEmpty;
    QSet<qint64> valued;
    for (const QJsonObject &e : all.entries)
        valued.insert(entryMs(e));
    for (const SensorReading &r : data.readings) {
        if (r.mgdl <= 0 && r.timeMs <= newest && r.timeMs > serverMs - kDayMs && !valued.contains(r.timeMs))
            stillEmpty.insert(r.timeMs);
    }
    for (qint64 ms : std::as_const(holes)) {
        if (!valued.contains(ms) && ms > serverMs - kDayMs)
            stillEmpty.insert(ms);
    }
    QList<qint64> sortedHoles = stillEmpty.values();
    std::sort(sortedHoles.begin(), sortedHoles.end());
    QJsonArray holeArray;
    for (qint64 ms : sortedHoles)
        holeArray.append(double(ms));
    out.cursor = QJsonObject{{QStringLiteral("after"), double(newest)},
                             {QStringLiteral("treatmentsAfter"), double(newestTreatment)},
                             {QStringLiteral("deviceAfter"), double(std::max(deviceAfter, data.lastDeviceUpdateMs))},
                             {QStringLiteral("holes"), holeArray}};
    if (request.wantWindow) {
        out.window.entries = all.entries;
        out.window.treatments = all.treatments;
    }
    return out;
}

void CareLinkSource::fetch(const FetchRequest &request, FetchCallback callback)
{
    m_cancelPending = [callback] { callback(cancelled()); };
    withSession(guarded([this, request, callback](const Result<void> &ready) {
        if (!ready.ok()) {
            m_cancelPending = nullptr;
            callback(ready.error());
            return;
        }
        const DataRequest data = DataRequest::forPatient(*m_identity, m_patient, m_appVersion);
        m_client->fetchData(data, this, guarded([this, request, callback](const Result<PatientData> &result) {
                                m_cancelPending = nullptr;
                                if (!result.ok()) {
                                    callback(result.error());
                                    return;
                                }
                                if (result->empty) {
                                    FetchResult nothing;
                                    nothing.cursor = request.cursor;
                                    nothing.notes.append(QStringLiteral("carelink: no data for this patient"));
                                    callback(nothing);
                                    return;
                                }
                                TransformContext context;
                                context.nowMs = m_clock.nowMs();
                                context.patientKey = m_patient;
                                context.features = m_config.features;
                                const NsBatch all = CareLinkTransform::transform(result.value(), context);
                                FetchResult out = select(result.value(), all, request);
                                out.notes += result->warnings;
                                callback(out);
                            }));
    }));
}

void CareLinkSource::checkLogin(LoginCallback callback)
{
    m_cancelPending = [callback] { callback(cancelled()); };
    m_identity.reset(); // ask again: that is the check
    withSession(guarded([this, callback](const Result<void> &ready) {
        m_cancelPending = nullptr;
        if (!ready.ok()) {
            callback(ready.error());
            return;
        }
        LoginInfo info;
        info.who =
            m_identity->carePartner
                ? tr("CareLink care partner (%1), following %n patient(s)", nullptr, int(m_identity->patients.size()))
                      .arg(m_identity->us ? QStringLiteral("US") : QStringLiteral("outside the US"))
                : tr("CareLink patient (%1)")
                      .arg(m_identity->us ? QStringLiteral("US") : QStringLiteral("outside the US"));
        callback(info);
    }));
}

void CareLinkSource::credentialFingerprint(FingerprintCallback callback)
{
    m_store.read(QStringLiteral("carelink/%1/refresh_token").arg(m_config.accountId), this,
                 [this, callback](const Result<std::optional<Secret>> &r) {
                     const QByteArray token = r.ok() && r.value() ? r.value()->revealBytes() : QByteArray();
                     CredentialMarker::compute(m_store, QByteArrayLiteral("carelink|") + token, this, callback);
                 });
}

void CareLinkSource::cancel()
{
    ++m_generation;
    if (auto pending = std::move(m_cancelPending)) {
        m_cancelPending = nullptr;
        pending();
    }
}

} // namespace nb::carelink
