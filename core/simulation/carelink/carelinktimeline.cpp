#include "carelinktimeline.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace nb::sim::detail {

namespace {

constexpr qint64 kSlotMs = 5 * 60 * 1000;
constexpr qint64 kHourMs = 3600 * 1000;

qint64 zoneOffsetMs(const QTimeZone &zone, qint64 utcMs)
{
    if (!zone.isValid())
        return 0;
    return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
}

int minuteOfDay(qint64 localMs)
{
    const qint64 day = 24 * 60;
    const qint64 minutes = localMs / 60000;
    return int(((minutes % day) + day) % day);
}

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

// Glucose rise after a meal: peaks ~45 min later, gone after ~3 h.
double mealEffect(qint64 sinceMs, double carbs)
{
    if (sinceMs < 0 || sinceMs > 3 * kHourMs)
        return 0;
    const double x = double(sinceMs) / (45.0 * 60000.0);
    return carbs * 1.3 * x * std::exp(1.0 - x);
}

QString defaultFamily(CareLinkEra era)
{
    switch (era) {
    case CareLinkEra::Connect2015:
        return QStringLiteral("PARADIGM");
    case CareLinkEra::Ble2021:
    case CareLinkEra::V11:
        return QStringLiteral("NGP");
    case CareLinkEra::V13:
        return QStringLiteral("CGM");
    }
    return QStringLiteral("NGP");
}

} // namespace

qint64 Timeline::phoneOffsetAt(qint64 utcMs) const
{
    return zoneOffsetMs(scenario.zone, utcMs);
}

qint64 Timeline::pumpOffsetAt(qint64 utcMs) const
{
    qint64 offset = scenario.pumpFollowsDst ? zoneOffsetMs(scenario.zone, utcMs) : zoneOffsetMs(scenario.zone, startMs);
    if (scenario.clockChangeAt && utcMs >= scenario.clockChangeAt->toMSecsSinceEpoch())
        offset += scenario.clockChangeMs;
    return offset + scenario.pumpClockErrorMs;
}

Timeline buildTimeline(const CareLinkScenario &s)
{
    using Kind = SimMarker::Kind;
    Timeline t;
    t.scenario = s;
    t.family = s.family.isEmpty() ? defaultFamily(s.era) : s.family.toUpper();
    t.hasPump = t.family == QLatin1String("NGP") || t.family == QLatin1String("PARADIGM");
    const int n = std::max(1, s.readings);
    t.endMs = s.end.toMSecsSinceEpoch() / 1000 * 1000;
    t.startMs = t.endMs - qint64(n - 1) * kSlotMs;
    t.updateMs = t.endMs + 30 * 1000 + 123;
    t.conduitUpdateMs = t.endMs + 28 * 1000 + 456;
    t.serverMs = t.endMs + 75 * 1000 + 789;
    QRandomGenerator rng(s.seed);

    // Meals at breakfast, lunch and dinner (local time), each with its recommended bolus.
    QList<SimMarker> meals;
    for (int i = 0; i < n; ++i) {
        const qint64 at = t.startMs + qint64(i) * kSlotMs;
        const int minute = minuteOfDay(at + t.phoneOffsetAt(at));
        for (int mealMinute : {7 * 60 + 30, 12 * 60 + 30, 19 * 60}) {
            if (minute >= mealMinute && minute < mealMinute + 5)
                meals.append(SimMarker{Kind::Meal, at + 133 * 1000, double(30 + rng.bounded(40)), 0});
        }
    }
    for (const SimMarker &meal : meals) {
        t.markers.append(meal);
        if (s.era != CareLinkEra::Connect2015)
            t.markers.append(SimMarker{Kind::Bolus, meal.timeMs, roundTo(meal.amount / 10.0, 0.025), 0});
    }

    t.readings.reserve(n);
    double previous = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 at = t.startMs + qint64(i) * kSlotMs;
        double g = 125 + 35 * std::sin(2 * M_PI * double(at % (8 * kHourMs)) / double(8 * kHourMs));
        for (const SimMarker &meal : meals)
            g += mealEffect(at - meal.timeMs, meal.amount);
        g += double(rng.bounded(7)) - 3;
        int mgdl = std::clamp(int(std::lround(g)), 40, 400);
        if (s.bgUnits.startsWith(QLatin1String("MMOL"), Qt::CaseInsensitive))
            mgdl = int(std::lround(roundTo(mgdl / 18.0182, 0.1) * 18.0182)); // what survives the round trip
        GeneratedReading r{at, mgdl, false};
        if (s.warmUpStartSlot >= 0 && i >= s.warmUpStartSlot && i < s.warmUpStartSlot + s.warmUpSlots)
            r.mgdl = 0;
        if (s.era == CareLinkEra::V13 && s.backfillSlots > 0 && i >= n - 3 - s.backfillSlots && i < n - 3)
            r.backfill = true;
        t.readings.append(r);

        if (t.hasPump && s.era != CareLinkEra::Connect2015) {
            t.markers.append(SimMarker{Kind::AutoBasal, at + 17 * 1000, 0.025 * double(1 + rng.bounded(6)), 0});
            if (i % 53 == 20 && g > 150)
                t.markers.append(SimMarker{Kind::AutoCorrection, at + 61 * 1000, 0.1 + 0.025 * rng.bounded(20), 0});
        }
        const int minute = minuteOfDay(at + t.phoneOffsetAt(at));
        if (minute >= 8 * 60 && minute < 8 * 60 + 5 && r.mgdl > 0 && s.era != CareLinkEra::Connect2015) {
            t.markers.append(SimMarker{Kind::BgReading, at + 90 * 1000, 0, r.mgdl + 4});
            if (t.hasPump)
                t.markers.append(SimMarker{Kind::Calibration, at + 150 * 1000, 0, r.mgdl + 4});
        }
        if (r.mgdl > 0)
            previous = r.mgdl;
    }

    // SmartGuard's state at the start of the window, stamped exactly 24 h before the pump clock.
    if (t.hasPump && (s.era == CareLinkEra::V11 || s.era == CareLinkEra::V13)) {
        const qint64 snapshot = t.updateMs - 24 * kHourMs;
        t.markers.append(SimMarker{Kind::AutoModeSnapshot, snapshot, 0, 0});
        t.markers.append(SimMarker{Kind::LgsSnapshot, snapshot, 0, 0});
    }
    // Pump clock changes: DST moves (when the user follows them) and the scenario's manual change.
    QList<qint64> changes;
    if (s.pumpFollowsDst && s.zone.isValid()) {
        const auto transitions = s.zone.transitions(QDateTime::fromMSecsSinceEpoch(t.startMs, Qt::UTC),
                                                    QDateTime::fromMSecsSinceEpoch(t.updateMs, Qt::UTC));
        for (const QTimeZone::OffsetData &d : transitions)
            changes.append(d.atUtc.toMSecsSinceEpoch());
    }
    if (s.clockChangeAt)
        changes.append(s.clockChangeAt->toMSecsSinceEpoch());
    for (qint64 at : changes) {
        if (at > t.startMs && at <= t.updateMs)
            t.markers.append(SimMarker{Kind::TimeChange, at, 0, 0});
    }
    std::stable_sort(t.markers.begin(), t.markers.end(),
                     [](const SimMarker &a, const SimMarker &b) { return a.timeMs < b.timeMs; });

    // Insulin on board: boluses of the last 4 h, decaying linearly.
    for (const SimMarker &m : t.markers) {
        const qint64 age = t.updateMs - m.timeMs;
        if ((m.kind == Kind::Bolus || m.kind == Kind::AutoCorrection) && age >= 0 && age < 4 * kHourMs)
            t.activeInsulin += m.amount * (1.0 - double(age) / double(4 * kHourMs));
    }
    t.activeInsulin = roundTo(t.activeInsulin, 0.025);

    double before = 0;
    for (qsizetype i = t.readings.size() - 2; i >= 0; --i) {
        if (t.readings.at(i).mgdl > 0) {
            before = t.readings.at(i).mgdl;
            break;
        }
    }
    const double delta = previous - before;
    t.trend = delta > 15    ? QStringLiteral("UP_DOUBLE")
              : delta > 8   ? QStringLiteral("UP")
              : delta < -15 ? QStringLiteral("DOWN_DOUBLE")
              : delta < -8  ? QStringLiteral("DOWN")
                            : QStringLiteral("NONE");
    return t;
}

} // namespace nb::sim::detail
