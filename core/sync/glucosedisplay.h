#pragma once

#include "settings/settingsschema.h"
#include "statusmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nb {

enum class GlucoseRange { UrgentLow, Low, InRange, High, UrgentHigh };

// Range limits in mg/dL (user-configurable; the defaults are the common consensus targets).
struct GlucoseThresholds {
    int urgentLow = 55;
    int low = 70;
    int high = 180;
    int urgentHigh = 250;

    bool isValid() const { return 0 < urgentLow && urgentLow <= low && low < high && high <= urgentHigh; }
    bool operator==(const GlucoseThresholds &) const = default;
};

// Nightscout's direction names, in its order.
enum class Trend {
    Unknown,
    DoubleUp,
    SingleUp,
    FortyFiveUp,
    Flat,
    FortyFiveDown,
    SingleDown,
    DoubleDown,
    NotComputable,
    RateOutOfRange
};

// How glucose values, trends and ages read on screen: shared by the tray icon, tooltip, menu, popup
// and notifications so they can never disagree. Pure functions; values are mg/dL inside.
class GlucoseDisplay {
    Q_DECLARE_TR_FUNCTIONS(GlucoseDisplay)
public:
    static constexpr double MgdlPerMmol = 18.0182;

    static GlucoseRange classify(int mgdl, const GlucoseThresholds &thresholds);
    static QString rangeName(GlucoseRange range); // "low", "in range", ...

    static QString formatValue(int mgdl, GlucoseUnits units);      // "123" or "6.8"
    static QString unitLabel(GlucoseUnits units);                  // "mg/dL" or "mmol/L"
    static QString formatDelta(int deltaMgdl, GlucoseUnits units); // "+3", "-12", "+0.2", "±0"

    static Trend trendFromDirection(const QString &direction);
    static QString trendArrow(Trend trend); // one arrow glyph; empty when unknown
    static QString trendName(Trend trend);  // "rising fast", "steady", ...

    // "just now", "3 min ago", "2 h 5 min ago", "3 days ago"
    static QString formatAge(const QDateTime &then, const QDateTime &now);
    // "in 4 min", "now" (for the next sync)
    static QString formatUntil(const QDateTime &when, const QDateTime &now);
    static qint64 ageMinutes(const QDateTime &then, const QDateTime &now);

    static bool isStale(const GlucoseReading &reading, const QDateTime &now, int staleMinutes);
    // The change from the previous reading of the same account, when that one is 2-15 minutes older.
    static std::optional<int> deltaMgdl(const QList<GlucoseReading> &readings);
};

} // namespace nb
