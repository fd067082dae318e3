#include "treatmentmapper.h"

#include "localtime.h"
#include "model/identifier.h"

#include <algorithm>
#include <cmath>

namespace nb::carelink {

namespace {

using Type = Marker::Type;

constexpr qint64 kMealBolusWindowMs = 2 * 60 * 1000;
constexpr qint64 kCalibrationRepeatMs = 20 * 60 * 1000;
constexpr qint64 kSnapshotWindowMs = 2 * 60 * 1000;
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

QString amountText(double amount)
{
    return QString::number(amount, 'f', 3);
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

struct Builder {
    QString patient;
    QList<QPair<qint64, QJsonObject>> out;

    void add(qint64 timeMs, const QJsonObject &treatment) { out.append({timeMs, treatment}); }

    QJsonObject start(const Marker &m, const QString &eventType, const QString &kind, const QString &amount)
    {
        QJsonObject t;
        t.insert(QStringLiteral("created_at"), formatUtcIso(m.timeMs));
        t.insert(QStringLiteral("eventType"), eventType);
        t.insert(QStringLiteral("enteredBy"), nightbridgeEnteredBy());
        QStringList key{patient, kind, QString::number(m.timeMs)};
        if (!amount.isEmpty())
            key.append(amount);
        t.insert(QStringLiteral("identifier"), stableIdentifier(QStringLiteral("carelink"), key));
        return t;
    }
};

bool isExtended(const Marker &m)
{
    const QString type = m.bolusType.toUpper();
    return m.programmedExtended > 0 || m.deliveredExtended > 0 || type.contains(QLatin1String("SQUARE")) ||
           type.contains(QLatin1String("DUAL")) || type.contains(QLatin1String("EXTENDED"));
}

double programmedTotal(const Marker &m)
{
    return m.programmedFast + m.programmedExtended;
}

// Adds the insulin of bolus `m` to treatment `t`. Returns false when nothing was delivered yet.
bool addBolus(QJsonObject &t, const Marker &m)
{
    const double fast = m.deliveredFast;
    const double ext = m.deliveredExtended;
    if (fast + ext <= 0)
        return false;
    if (m.activationType == QLatin1String("AUTOCORRECTION")) {
        t.insert(QStringLiteral("automatic"), true);
        t.insert(QStringLiteral("notes"), TreatmentMapper::tr("SmartGuard auto correction"));
    }
    if (!isExtended(m)) {
        t.insert(QStringLiteral("insulin"), round3(fast));
        return true;
    }
    // Combo Bolus as the careportal writes it: insulin = the part now, relative = extended rate (U/h).
    const double total = fast + ext;
    const int duration = m.effectiveDurationMin > 0 ? m.effectiveDurationMin : m.programmedDurationMin;
    const int splitNow = int(std::lround(fast / total * 100));
    t.insert(QStringLiteral("insulin"), round3(fast));
    t.insert(QStringLiteral("enteredinsulin"), round3(total));
    t.insert(QStringLiteral("splitNow"), splitNow);
    t.insert(QStringLiteral("splitExt"), 100 - splitNow);
    if (duration > 0) {
        t.insert(QStringLiteral("duration"), duration);
        t.insert(QStringLiteral("relative"), round3(ext / (duration / 60.0)));
    }
    return true;
}

// The first AUTO_MODE_STATUS / LOW_GLUCOSE_SUSPENDED markers sit exactly 24 h before the pump clock:
// they describe the state at the start of the window, not something that happened then.
bool isWindowSnapshot(const Marker &m, const PatientData &data)
{
    const qint64 clock = data.device.pumpClockMs.value_or(data.lastDeviceUpdateMs);
    if (clock <= 0)
        return false;
    const qint64 windowStart = clock - kDayMs;
    return m.timeMs >= windowStart - kSnapshotWindowMs && m.timeMs <= windowStart + kSnapshotWindowMs;
}

} // namespace

QList<QJsonObject> TreatmentMapper::map(const PatientData &data, const Features &f, const QString &patientKey,
                                        qint64 latestPlausibleMs)
{
    Builder b{patientKey, {}};
    const QList<Marker> &markers = data.markers;
    QList<bool> consumed(markers.size(), false);

    // Meals first, so the bolus that goes with each meal is known.
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const Marker &meal = markers.at(i);
        if (meal.type != Type::Meal || meal.carbs <= 0 || meal.timeMs > latestPlausibleMs)
            continue;
        qsizetype best = -1;
        for (qsizetype j = 0; j < markers.size(); ++j) {
            const Marker &m = markers.at(j);
            if (m.type != Type::Insulin || consumed.at(j) || m.activationType == QLatin1String("AUTOCORRECTION"))
                continue;
            const qint64 distance = std::llabs(m.timeMs - meal.timeMs);
            if (distance <= kMealBolusWindowMs &&
                (best < 0 || distance < std::llabs(markers.at(best).timeMs - meal.timeMs)))
                best = j;
        }
        if (best >= 0)
            consumed[best] = true;
        const bool withBolus = f.boluses && best >= 0;
        if (!f.carbs && !withBolus)
            continue;
        QJsonObject t = b.start(meal, QStringLiteral("Meal Bolus"), QStringLiteral("meal"), amountText(meal.carbs));
        if (f.carbs)
            t.insert(QStringLiteral("carbs"), round3(meal.carbs));
        if (withBolus && !addBolus(t, markers.at(best)) && !f.carbs)
            continue;
        b.add(meal.timeMs, t);
    }

    QList<const Marker *> bgReadings; // markers come grouped by type: collect the readings first
    for (const Marker &m : markers) {
        if (m.type == Type::BgReading && m.bgMgdl > 0)
            bgReadings.append(&m);
    }
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const Marker &m = markers.at(i);
        if (m.timeMs > latestPlausibleMs || consumed.at(i))
            continue;
        switch (m.type) {
        case Type::Insulin: {
            if (!f.boluses)
                break;
            QJsonObject t =
                b.start(m, isExtended(m) ? QStringLiteral("Combo Bolus") : QStringLiteral("Correction Bolus"),
                        QStringLiteral("bolus"), amountText(programmedTotal(m)));
            if (addBolus(t, m))
                b.add(m.timeMs, t);
            break;
        }
        case Type::AutoBasalDelivery: {
            if (!f.microBoluses || m.autoBasal <= 0)
                break;
            QJsonObject t =
                b.start(m, QStringLiteral("Temp Basal"), QStringLiteral("autobasal"), amountText(m.autoBasal));
            const double rate = round3(m.autoBasal * 12.0); // delivered over one 5-minute slot
            t.insert(QStringLiteral("absolute"), rate);
            t.insert(QStringLiteral("rate"), rate);
            t.insert(QStringLiteral("duration"), 5);
            t.insert(QStringLiteral("notes"), tr("SmartGuard auto basal %1 U").arg(round3(m.autoBasal)));
            b.add(m.timeMs, t);
            break;
        }
        case Type::BgReading:
        case Type::Calibration: {
            if (!f.bgChecks || m.bgMgdl <= 0)
                break;
            if (m.type == Type::Calibration) {
                const bool repeat = std::any_of(bgReadings.begin(), bgReadings.end(), [&](const Marker *r) {
                    return r->bgMgdl == m.bgMgdl && m.timeMs >= r->timeMs &&
                           m.timeMs - r->timeMs <= kCalibrationRepeatMs;
                });
                if (repeat)
                    break;
            }
            const bool calibration = m.type == Type::Calibration;
            QJsonObject t =
                b.start(m, QStringLiteral("BG Check"),
                        calibration ? QStringLiteral("calibration") : QStringLiteral("bg"), QString::number(m.bgMgdl));
            t.insert(QStringLiteral("glucose"), m.bgMgdl);
            t.insert(QStringLiteral("glucoseType"), QStringLiteral("Finger"));
            t.insert(QStringLiteral("units"), QStringLiteral("mg/dl"));
            if (calibration)
                t.insert(QStringLiteral("notes"), tr("Sensor calibration"));
            b.add(m.timeMs, t);
            break;
        }
        case Type::LowGlucoseSuspended: {
            if (!f.pumpEvents || isWindowSnapshot(m, data))
                break;
            QJsonObject t = b.start(m, QStringLiteral("Suspend Pump"), QStringLiteral("lowsuspend"), QString());
            t.insert(QStringLiteral("notes"), tr("SmartGuard suspended insulin for low glucose"));
            b.add(m.timeMs, t);
            break;
        }
        case Type::AutoModeStatus: {
            if (!f.pumpEvents || isWindowSnapshot(m, data))
                break;
            QJsonObject t = b.start(m, QStringLiteral("Note"), QStringLiteral("automode"), QString());
            t.insert(QStringLiteral("notes"), !m.autoModeOn   ? tr("SmartGuard mode changed")
                                              : *m.autoModeOn ? tr("SmartGuard on")
                                                              : tr("SmartGuard off"));
            b.add(m.timeMs, t);
            break;
        }
        case Type::TimeChange: {
            if (!f.pumpEvents)
                break;
            QJsonObject t = b.start(m, QStringLiteral("Note"), QStringLiteral("timechange"), QString());
            t.insert(QStringLiteral("notes"), tr("Pump clock changed"));
            b.add(m.timeMs, t);
            break;
        }
        case Type::Meal:
        case Type::Other:
            break;
        }
    }
    std::stable_sort(b.out.begin(), b.out.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QList<QJsonObject> treatments;
    treatments.reserve(b.out.size());
    for (const auto &entry : b.out)
        treatments.append(entry.second);
    return treatments;
}

} // namespace nb::carelink
