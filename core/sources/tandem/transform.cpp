#include "transform.h"

#include "model/identifier.h"
#include "tandemtime.h"
#include "transformstate.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace nb::tandem {

namespace detail {

namespace {
QList<PumpEvent> mergedSorted(const QList<PumpEvent> &carried, const QList<PumpEvent> &events)
{
    QList<PumpEvent> all;
    all.reserve(carried.size() + events.size());
    QSet<quint64> seen;
    seen.reserve(carried.size() + events.size());
    // Fresh data wins over a carried copy of the same record.
    for (const QList<PumpEvent> *list : {&events, &carried}) {
        for (const PumpEvent &e : *list) {
            if (seen.contains(e.key()))
                continue;
            seen.insert(e.key());
            all.append(e);
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const PumpEvent &a, const PumpEvent &b) { return a.key() < b.key(); });
    return all;
}

QList<PumpEvent> allClockChanges(const QList<PumpEvent> &listed, const QList<PumpEvent> &events)
{
    QList<PumpEvent> changes = listed;
    for (const PumpEvent &e : events) {
        if (e.code == code::TimeChanged || e.code == code::DateChanged)
            changes.append(e);
    }
    return changes;
}
} // namespace

TransformState::TransformState(const TransformContext &context, const QList<PumpEvent> &sorted,
                               const QList<PumpEvent> &clockChanges, const QString &key)
    : ctx(context)
    , pumpKey(key)
    , storage(sorted)
    , clock(context.zone, allClockChanges(clockChanges, sorted))
{
    if (storage.isEmpty())
        return;
    qint64 minWall = storage.first().wall, maxWall = minWall;
    for (const PumpEvent &e : std::as_const(storage)) {
        minWall = std::min(minWall, e.wall);
        maxWall = std::max(maxWall, e.wall);
    }
    clock.prepare(minWall, maxWall);
    events.reserve(size_t(storage.size()));
    qint64 latest = std::numeric_limits<qint64>::min();
    for (const PumpEvent &e : std::as_const(storage)) {
        const PumpClock::Instant at = clock.toUtc(e);
        events.push_back({&e, at.utc, at.offset});
        latest = std::max(latest, at.utc);
        if (at.byClockChange)
            ++stats.clockAdjusted;
        if (!e.isKnown())
            ++stats.unknownEvents;
    }
    endUtc = latest;
    if (ctx.windowEnd && ctx.windowEnd->isValid())
        endUtc = std::min(endUtc, ctx.windowEnd->toSecsSinceEpoch());
    if (ctx.now.isValid())
        endUtc = std::min(endUtc, ctx.now.toSecsSinceEpoch());
    stats.events = int(storage.size());
}

QString TransformState::identifierFor(const QString &kind, const QStringList &parts) const
{
    return stableIdentifier(QStringLiteral("tandem"), QStringList{pumpKey, kind} + parts);
}

QString TransformState::identifier(const QString &kind, quint64 key) const
{
    return identifierFor(kind, {QString::number(key >> 32), QString::number(key & 0xFFFFFFFFu)});
}

QJsonObject TransformState::treatment(const QString &eventType, const TimedEvent &at, const QString &kind,
                                      const QString &pumpEventIds) const
{
    QJsonObject doc;
    doc.insert(QStringLiteral("eventType"), eventType);
    doc.insert(QStringLiteral("created_at"), formatIsoWithOffset(at.utc, at.offset));
    doc.insert(QStringLiteral("utcOffset"), at.offset / 60);
    doc.insert(QStringLiteral("enteredBy"), nightbridgeEnteredBy());
    doc.insert(QStringLiteral("identifier"), identifier(kind, at.event->key()));
    doc.insert(QStringLiteral("pump_event_id"), pumpEventIds);
    return doc;
}

void TransformState::fillTreatment(QJsonObject &doc, const TimedEvent &at, const QString &kind,
                                   const QString &pumpEventIds) const
{
    doc[QLatin1String("created_at")] = formatIsoWithOffset(at.utc, at.offset);
    doc[QLatin1String("utcOffset")] = at.offset / 60;
    doc[QLatin1String("identifier")] = identifier(kind, at.event->key());
    doc[QLatin1String("pump_event_id")] = pumpEventIds;
}

void TransformState::addTreatment(const TimedEvent &at, QJsonObject doc, int order)
{
    m_treatments.push_back({at.utc, at.event->key(), order, std::move(doc)});
}

void TransformState::addEntry(qint64 utc, quint64 key, QJsonObject doc)
{
    m_entries.push_back({utc, key, 0, std::move(doc)});
}

void TransformState::addDeviceStatus(QJsonObject doc)
{
    m_deviceStatus.append(std::move(doc));
}

NsBatch TransformState::takeBatch()
{
    auto byTime = [](const Sorted &a, const Sorted &b) {
        if (a.utc != b.utc)
            return a.utc < b.utc;
        if (a.key != b.key)
            return a.key < b.key;
        return a.order < b.order;
    };
    std::stable_sort(m_treatments.begin(), m_treatments.end(), byTime);
    std::stable_sort(m_entries.begin(), m_entries.end(), byTime);
    NsBatch batch;
    batch.treatments.reserve(qsizetype(m_treatments.size()));
    for (Sorted &s : m_treatments)
        batch.treatments.append(std::move(s.doc));
    batch.entries.reserve(qsizetype(m_entries.size()));
    for (Sorted &s : m_entries)
        batch.entries.append(std::move(s.doc));
    batch.devicestatus = std::move(m_deviceStatus);
    m_treatments.clear();
    m_entries.clear();
    return batch;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString formatUnits(double v)
{
    QString s = QString::number(round2(v), 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

} // namespace detail

TransformResult TandemTransform::run(const DecodedLog &log, const TransformContext &context,
                                     const QList<PumpEvent> &carriedOver)
{
    using namespace detail;
    QString pumpKey = context.pumpKey;
    if (pumpKey.isEmpty())
        pumpKey = log.deviceAssignmentId.isEmpty() ? QStringLiteral("unknown-pump") : log.deviceAssignmentId;
    TransformState state(context, mergedSorted(carriedOver, log.events), log.clockChanges, pumpKey);

    mapBasal(state);
    mapBoluses(state);
    mapPumpEvents(state);
    mapUserModes(state);
    mapCgm(state);
    mapDeviceStatus(state);

    TransformResult result;
    result.batch = state.takeBatch();
    result.carryOver = state.carry;
    result.stats = state.stats;
    result.stats.documents = int(result.batch.size());
    return result;
}

} // namespace nb::tandem
