#include "transform.h"

#include "model/identifier.h"
#include "tandemtime.h"
#include "transformstate.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

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
    , m_ids(QStringLiteral("tandem"), {key})
    , m_enteredBy(nightbridgeEnteredBy())
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
    // Without a clock-change record a fall-back hour is told apart by the order of the records: the pump
    // numbers them as it logs them, so a record that would land well before the one logged just before
    // it is the second pass through the repeated hour.
    constexpr qint64 kLogSkew = 60;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const PumpEvent &e : std::as_const(storage)) {
        PumpClock::Instant at = clock.toUtc(e);
        if (at.repeat && previous != std::numeric_limits<qint64>::min() && at.utc < previous - kLogSkew &&
            at.repeat->first >= previous - kLogSkew) {
            at.utc = at.repeat->first;
            at.offset = at.repeat->second;
        }
        previous = at.utc;
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

QString TransformState::identifierFor(QStringView kind, qint64 number) const
{
    return m_ids.make(kind, {number});
}

QString TransformState::identifierFor(QStringView kind, qint64 a, qint64 b) const
{
    return m_ids.make(kind, {a, b});
}

QString TransformState::identifier(QStringView kind, quint64 key) const
{
    return m_ids.make(kind, {qint64(key >> 32), qint64(key & 0xFFFFFFFFu)});
}

NsDoc TransformState::treatment(const QString &eventType, const TimedEvent &at, QStringView kind,
                                const QString &pumpEventIds) const
{
    NsDoc doc;
    doc.set("eventType", eventType);
    doc.set("created_at", formatIsoWithOffset(at.utc, at.offset));
    doc.set("utcOffset", at.offset / 60);
    doc.set("enteredBy", m_enteredBy);
    doc.set("identifier", identifier(kind, at.event->key()));
    doc.set("pump_event_id", pumpEventIds);
    return doc;
}

TransformState::Sorted TransformState::sorted(qint64 utc, quint64 key, int order, NsDoc doc) const
{
    Sorted s{utc, key, order, {}, {}};
    if (m_asText) {
        s.json.reserve(320);
        doc.appendJson(s.json);
    } else {
        s.doc = std::move(doc);
    }
    return s;
}

void TransformState::addTreatment(const TimedEvent &at, NsDoc doc, int order)
{
    m_treatments.push_back(sorted(at.utc, at.event->key(), order, std::move(doc)));
}

void TransformState::addEntry(qint64 utc, quint64 key, NsDoc doc)
{
    m_entries.push_back(sorted(utc, key, 0, std::move(doc)));
}

void TransformState::addDeviceStatus(NsDoc doc)
{
    m_deviceStatus.push_back(std::move(doc));
}

void TransformState::sortDocuments()
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
}

qsizetype TransformState::documentCount() const
{
    return qsizetype(m_treatments.size() + m_entries.size() + m_deviceStatus.size());
}

NsBatch TransformState::takeBatch()
{
    sortDocuments();
    NsBatch batch;
    std::vector<NsDoc::Shape> shapes;
    batch.treatments.reserve(qsizetype(m_treatments.size()));
    for (const Sorted &s : m_treatments)
        batch.treatments.append(s.doc.toJsonObject(shapes));
    batch.entries.reserve(qsizetype(m_entries.size()));
    for (const Sorted &s : m_entries)
        batch.entries.append(s.doc.toJsonObject(shapes));
    for (const NsDoc &doc : m_deviceStatus)
        batch.devicestatus.append(doc.toJsonObject());
    m_treatments.clear();
    m_entries.clear();
    m_deviceStatus.clear();
    return batch;
}

void TransformState::writeJson(bool compact, const std::function<void(const QByteArray &)> &write)
{
    sortDocuments();
    constexpr qsizetype kChunk = 64 * 1024;
    QByteArray text;
    QByteArray indented;
    JsonIndenter indenter;
    text.reserve(kChunk + 4096);
    auto flush = [&](bool force) {
        if (text.isEmpty() || (!force && text.size() < kChunk))
            return;
        if (compact) {
            write(text);
        } else {
            indented.clear();
            indenter.feed(text, indented);
            write(indented);
        }
        text.clear();
    };
    auto begin = [&](const char *name) {
        text += '"';
        text += name;
        text += "\":[";
    };
    auto append = [&](const Sorted &s, bool first) {
        if (!first)
            text += ',';
        if (m_asText)
            text += s.json;
        else
            s.doc.appendJson(text);
        flush(false);
    };
    // NsBatch::toJson() keys in Qt's order: devicestatus, entries, profile (none here), treatments.
    text += '{';
    begin("devicestatus");
    for (size_t i = 0; i < m_deviceStatus.size(); ++i) {
        if (i > 0)
            text += ',';
        m_deviceStatus[i].appendJson(text);
    }
    text += "],";
    begin("entries");
    for (size_t i = 0; i < m_entries.size(); ++i)
        append(m_entries[i], i == 0);
    text += "],\"profile\":[],";
    begin("treatments");
    for (size_t i = 0; i < m_treatments.size(); ++i)
        append(m_treatments[i], i == 0);
    text += "]}";
    flush(true);
    m_treatments.clear();
    m_entries.clear();
    m_deviceStatus.clear();
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

namespace {
QString pumpKeyFor(const DecodedLog &log, const TransformContext &context)
{
    if (!context.pumpKey.isEmpty())
        return context.pumpKey;
    return log.deviceAssignmentId.isEmpty() ? QStringLiteral("unknown-pump") : log.deviceAssignmentId;
}

void mapAll(detail::TransformState &state)
{
    using namespace detail;
    mapBasal(state);
    mapBoluses(state);
    mapPumpEvents(state);
    mapUserModes(state);
    mapCgm(state);
    mapDeviceStatus(state);
}
} // namespace

TransformResult TandemTransform::run(const DecodedLog &log, const TransformContext &context,
                                     const QList<PumpEvent> &carriedOver)
{
    using namespace detail;
    TransformState state(context, mergedSorted(carriedOver, log.events), log.clockChanges, pumpKeyFor(log, context));
    mapAll(state);

    TransformResult result;
    result.batch = state.takeBatch();
    result.carryOver = state.carry;
    result.stats = state.stats;
    result.stats.documents = int(result.batch.size());
    return result;
}

TransformStats TandemTransform::writeJson(const DecodedLog &log, const TransformContext &context, bool compact,
                                          const std::function<void(const QByteArray &)> &write)
{
    using namespace detail;
    TransformState state(context, mergedSorted({}, log.events), log.clockChanges, pumpKeyFor(log, context));
    state.keepAsText();
    mapAll(state);
    TransformStats stats = state.stats;
    stats.documents = int(state.documentCount());
    state.writeJson(compact, write);
    return stats;
}

} // namespace nb::tandem
