#include "schedulepolicy.h"

#include <algorithm>
#include <cmath>

namespace nb {

QDateTime SchedulePolicy::nextAligned(const QDateTime &lastReading, const QDateTime &now, const ScheduleParams &params,
                                      double random01)
{
    const qint64 period = params.readingPeriodSeconds;
    const qint64 jitter = qint64(std::floor(random01 * params.alignedJitterSeconds));
    const QDateTime earliest = now.addSecs(params.minGapSeconds);
    if (!lastReading.isValid() || lastReading > now)
        return now.addSecs(period + jitter);
    // k readings after the last one, the smallest k whose due time (plus delay) is not before `earliest`.
    const qint64 firstDue = lastReading.secsTo(earliest) - params.alignedDelaySeconds;
    const qint64 k = std::max<qint64>(1, (firstDue + period - 1) / period);
    return lastReading.addSecs(k * period + params.alignedDelaySeconds + jitter);
}

int SchedulePolicy::adaptiveSeconds(const QList<int> &intervals, const ScheduleParams &params)
{
    if (intervals.size() < 3)
        return params.adaptiveDefaultSeconds;
    const qsizetype n = std::min<qsizetype>(intervals.size(), params.adaptiveSamples);
    double sum = 0;
    for (qsizetype i = intervals.size() - n; i < intervals.size(); ++i)
        sum += std::clamp(intervals.at(i), params.adaptiveMinSeconds, params.adaptiveMaxSeconds);
    return std::clamp(int(std::lround(sum / double(n))), params.adaptiveMinSeconds, params.adaptiveMaxSeconds);
}

QDateTime SchedulePolicy::nextAdaptive(const QList<int> &intervals, const QDateTime &now, const ScheduleParams &params,
                                       double random01)
{
    const int interval = adaptiveSeconds(intervals, params);
    const double factor = 1.0 + params.adaptiveJitter * (2.0 * random01 - 1.0);
    const int seconds = std::clamp(int(std::lround(interval * factor)), params.minGapSeconds,
                                   int(params.adaptiveMaxSeconds * (1.0 + params.adaptiveJitter)));
    return now.addSecs(seconds);
}

int SchedulePolicy::backoffSeconds(int failures, std::optional<std::chrono::seconds> retryAfter,
                                   const ScheduleParams &params, double random01)
{
    const int n = std::clamp(failures, 1, 30);
    const double full = std::min<double>(params.backoffMaxSeconds, params.backoffBaseSeconds * std::pow(2.0, n - 1));
    // Full jitter in the upper half: spreads many clients without ever retrying almost at once.
    int seconds = int(std::lround(full / 2.0 + random01 * full / 2.0));
    seconds = std::max(seconds, 1);
    if (retryAfter && retryAfter->count() > seconds)
        seconds = int(std::min<qint64>(retryAfter->count(), 24 * 3600));
    return seconds;
}

bool SchedulePolicy::needsUser(const SyncError &error)
{
    return error.kind == SyncError::Kind::Auth || error.kind == SyncError::Kind::Config;
}

} // namespace nb
