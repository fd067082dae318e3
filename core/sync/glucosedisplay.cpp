#include "glucosedisplay.h"

#include <algorithm>
#include <iterator>

#include <cmath>

namespace nb {

GlucoseRange GlucoseDisplay::classify(int mgdl, const GlucoseThresholds &t)
{
    if (mgdl <= t.urgentLow)
        return GlucoseRange::UrgentLow;
    if (mgdl < t.low)
        return GlucoseRange::Low;
    if (mgdl >= t.urgentHigh)
        return GlucoseRange::UrgentHigh;
    if (mgdl > t.high)
        return GlucoseRange::High;
    return GlucoseRange::InRange;
}

QString GlucoseDisplay::rangeName(GlucoseRange range)
{
    switch (range) {
    case GlucoseRange::UrgentLow:
        return tr("urgent low");
    case GlucoseRange::Low:
        return tr("low");
    case GlucoseRange::InRange:
        return tr("in range");
    case GlucoseRange::High:
        return tr("high");
    case GlucoseRange::UrgentHigh:
        return tr("urgent high");
    }
    return {};
}

QString GlucoseDisplay::formatValue(int mgdl, GlucoseUnits units)
{
    if (units == GlucoseUnits::Mmol)
        return QString::number(mgdl / MgdlPerMmol, 'f', 1);
    return QString::number(mgdl);
}

QString GlucoseDisplay::unitLabel(GlucoseUnits units)
{
    return units == GlucoseUnits::Mmol ? tr("mmol/L") : tr("mg/dL");
}

QString GlucoseDisplay::formatDelta(int deltaMgdl, GlucoseUnits units)
{
    QString number;
    if (units == GlucoseUnits::Mmol) {
        const double mmol = std::round(deltaMgdl / MgdlPerMmol * 10.0) / 10.0;
        if (mmol == 0.0)
            return QStringLiteral("\u00b10.0");
        number = QString::number(std::abs(mmol), 'f', 1);
        return (mmol > 0 ? QStringLiteral("+") : QStringLiteral("-")) + number;
    }
    if (deltaMgdl == 0)
        return QStringLiteral("\u00b10");
    number = QString::number(std::abs(deltaMgdl));
    return (deltaMgdl > 0 ? QStringLiteral("+") : QStringLiteral("-")) + number;
}

Trend GlucoseDisplay::trendFromDirection(const QString &direction)
{
    static const QLatin1String names[] = {
        QLatin1String("DoubleUp"),   QLatin1String("SingleUp"),       QLatin1String("FortyFiveUp"),
        QLatin1String("Flat"),       QLatin1String("FortyFiveDown"),  QLatin1String("SingleDown"),
        QLatin1String("DoubleDown"), QLatin1String("NOT COMPUTABLE"), QLatin1String("RATE OUT OF RANGE"),
    };
    for (int i = 0; i < int(std::size(names)); ++i) {
        if (direction.compare(names[i], Qt::CaseInsensitive) == 0)
            return static_cast<Trend>(i + 1);
    }
    return Trend::Unknown;
}

QString GlucoseDisplay::trendArrow(Trend trend)
{
    switch (trend) {
    case Trend::DoubleUp:
        return QStringLiteral("\u21c8");
    case Trend::SingleUp:
        return QStringLiteral("\u2191");
    case Trend::FortyFiveUp:
        return QStringLiteral("\u2197");
    case Trend::Flat:
        return QStringLiteral("\u2192");
    case Trend::FortyFiveDown:
        return QStringLiteral("\u2198");
    case Trend::SingleDown:
        return QStringLiteral("\u2193");
    case Trend::DoubleDown:
        return QStringLiteral("\u21ca");
    case Trend::Unknown:
    case Trend::NotComputable:
    case Trend::RateOutOfRange:
        break;
    }
    return {};
}

QString GlucoseDisplay::trendName(Trend trend)
{
    switch (trend) {
    case Trend::DoubleUp:
        return tr("rising fast");
    case Trend::SingleUp:
        return tr("rising");
    case Trend::FortyFiveUp:
        return tr("rising slowly");
    case Trend::Flat:
        return tr("steady");
    case Trend::FortyFiveDown:
        return tr("falling slowly");
    case Trend::SingleDown:
        return tr("falling");
    case Trend::DoubleDown:
        return tr("falling fast");
    case Trend::NotComputable:
    case Trend::RateOutOfRange:
    case Trend::Unknown:
        break;
    }
    return tr("trend unknown");
}

qint64 GlucoseDisplay::ageMinutes(const QDateTime &then, const QDateTime &now)
{
    return std::max<qint64>(0, then.secsTo(now)) / 60;
}

QString GlucoseDisplay::formatAge(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    const qint64 minutes = ageMinutes(then, now);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    if (minutes < 24 * 60) {
        const int hours = int(minutes / 60);
        const int rest = int(minutes % 60);
        if (rest == 0)
            return tr("%n h ago", nullptr, hours);
        return tr("%1 h %2 min ago").arg(hours).arg(rest);
    }
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString GlucoseDisplay::formatUntil(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("not scheduled");
    const qint64 seconds = now.secsTo(when);
    if (seconds < 60)
        return tr("now");
    const qint64 minutes = (seconds + 59) / 60; // "in 1 min" until it is due, never "in 0 min"
    if (minutes < 60)
        return tr("in %n min", nullptr, int(minutes));
    return tr("in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

bool GlucoseDisplay::isStale(const GlucoseReading &reading, const QDateTime &now, int staleMinutes)
{
    return !reading.time.isValid() || reading.time.secsTo(now) >= qint64(staleMinutes) * 60;
}

std::optional<int> GlucoseDisplay::deltaMgdl(const QList<GlucoseReading> &readings)
{
    if (readings.isEmpty())
        return std::nullopt;
    const GlucoseReading &latest = readings.constLast();
    if (latest.mgdl <= 0)
        return std::nullopt;
    for (auto it = readings.crbegin() + 1; it != readings.crend(); ++it) {
        if (it->accountId != latest.accountId || it->mgdl <= 0)
            continue;
        const qint64 gap = it->time.secsTo(latest.time);
        if (gap < 2 * 60)
            continue; // a near-duplicate says nothing about the trend
        if (gap > 15 * 60)
            return std::nullopt;
        return latest.mgdl - it->mgdl;
    }
    return std::nullopt;
}

} // namespace nb
