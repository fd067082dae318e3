#pragma once

// Internal to the transform: shared state of one run and helpers that build documents.

#include "model/identifier.h"
#include "nsdoc.h"
#include "pumpclock.h"
#include "transform.h"

#include <QJsonObject>

#include <functional>
#include <vector>

namespace nb::tandem::detail {

struct TimedEvent {
    const PumpEvent *event = nullptr;
    qint64 utc = 0; // record time as an instant (Unix seconds)
    int offset = 0; // UTC offset applied (seconds)
};

class TransformState {
public:
    TransformState(const TransformContext &context, const QList<PumpEvent> &events,
                   const QList<PumpEvent> &clockChanges, const QString &pumpKey);

    const TransformContext &ctx;
    QString pumpKey;
    QList<PumpEvent> storage;       // deduped, sorted by (group, seq)
    std::vector<TimedEvent> events; // parallel to storage
    PumpClock clock;
    qint64 endUtc = 0; // open durations end here: latest record, capped by the window end and now
    TransformStats stats;
    QList<PumpEvent> carry;

    bool enabled(Feature f) const { return ctx.features.testFlag(f); }

    // "tandem|<pump>|<kind>|<group>|<seq>" as a UUID.
    QString identifier(QStringView kind, quint64 key) const;
    // "tandem|<pump>|<kind>|<number>" as a UUID.
    QString identifierFor(QStringView kind, qint64 number) const;
    // "tandem|<pump>|<kind>|<a>|<b>" as a UUID.
    QString identifierFor(QStringView kind, qint64 a, qint64 b) const;

    // A treatment with the common fields: eventType, created_at (pump time with the zone's offset),
    // enteredBy, identifier, pump_event_id.
    NsDoc treatment(const QString &eventType, const TimedEvent &at, QStringView kind,
                    const QString &pumpEventIds) const;
    void addTreatment(const TimedEvent &at, NsDoc doc, int order = 0);
    void addEntry(qint64 utc, quint64 key, NsDoc doc);
    void addDeviceStatus(NsDoc doc);

    // Keep documents as compact JSON text from the start (for writeJson only).
    void keepAsText() { m_asText = true; }
    qsizetype documentCount() const;
    NsBatch takeBatch();
    // The documents as the JSON of QJsonDocument(takeBatch().toJson()), in pieces (see TandemTransform::writeJson).
    void writeJson(bool compact, const std::function<void(const QByteArray &)> &write);

private:
    struct Sorted {
        qint64 utc;
        quint64 key;
        int order;
        NsDoc doc;
        QByteArray json; // instead of doc when writing text: written at once, so the NsDoc is freed early
    };
    Sorted sorted(qint64 utc, quint64 key, int order, NsDoc doc) const;
    void sortDocuments();

    StableIdentifierBuilder m_ids;
    bool m_asText = false;
    QString m_enteredBy;
    std::vector<Sorted> m_treatments;
    std::vector<Sorted> m_entries;
    std::vector<NsDoc> m_deviceStatus;
};

double round2(double v);
QString formatUnits(double v); // "0.3", "12", "10.25"

// Mappers, one per feature area (each in its own file).
void mapBasal(TransformState &state);
void mapBoluses(TransformState &state);
void mapPumpEvents(TransformState &state);
void mapUserModes(TransformState &state);
void mapCgm(TransformState &state);
void mapDeviceStatus(TransformState &state);

} // namespace nb::tandem::detail
