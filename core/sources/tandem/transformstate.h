#pragma once

// Internal to the transform: shared state of one run and helpers that build documents.

#include "pumpclock.h"
#include "transform.h"

#include <QJsonObject>

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

    // "tandem|<pump>|<group>|<seq>|<kind>" as a UUID.
    QString identifier(const QString &kind, quint64 key) const;
    QString identifierFor(const QString &kind, const QStringList &parts) const;

    // A treatment with the common fields: eventType, created_at (pump time with the zone's offset),
    // enteredBy, identifier, pump_event_id.
    QJsonObject treatment(const QString &eventType, const TimedEvent &at, const QString &kind,
                          const QString &pumpEventIds) const;
    // Sets the common fields of treatment() on an existing object (a copy of a prototype).
    void fillTreatment(QJsonObject &doc, const TimedEvent &at, const QString &kind, const QString &pumpEventIds) const;
    void addTreatment(const TimedEvent &at, QJsonObject doc, int order = 0);
    void addEntry(qint64 utc, quint64 key, QJsonObject doc);
    void addDeviceStatus(QJsonObject doc);

    NsBatch takeBatch();

private:
    struct Sorted {
        qint64 utc;
        quint64 key;
        int order;
        QJsonObject doc;
    };
    std::vector<Sorted> m_treatments;
    std::vector<Sorted> m_entries;
    QList<QJsonObject> m_deviceStatus;
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
