#pragma once

#include "common/syncerror.h"

#include <QDateTime>
#include <QList>

#include <chrono>
#include <optional>

namespace nb {

// Tunables of the scheduler (defaults from the vendors' cadences, see spec carelink.md 5.3/6 and
// tandem.md 9).
struct ScheduleParams {
    int readingPeriodSeconds = 300; // CareLink: one reading every 5 minutes
    int alignedDelaySeconds = 70;   // CareLink has the reading about a minute after its slot
    int alignedJitterSeconds = 20;  // spread load: 0..this on top of the delay
    int minGapSeconds = 60;         // never two runs of one account closer than this
    int adaptiveMinSeconds = 300;   // Tandem: the phone app uploads every 5..15 min
    int adaptiveMaxSeconds = 1500;  // never wait longer than 25 min
    int adaptiveDefaultSeconds = 300;
    int adaptiveSamples = 10;        // mean of the last N intervals (3 needed before learning)
    double adaptiveJitter = 0.1;     // +-10 % of the interval
    int backoffBaseSeconds = 60;     // first retry after ~1 min
    int backoffMaxSeconds = 30 * 60; // then doubling up to 30 min
    int catchUpDelaySeconds = 5;     // after resume / network return / sync now
    // An account waiting for the user is looked at again this often: the engine then only compares the
    // stored credentials with those that were refused (no network), and resumes once they changed.
    int needsUserRecheckSeconds = 600;
};

// Pure timing rules; the random part comes in as a number in [0, 1) so tests are exact.
class SchedulePolicy {
public:
    // The first moment after `now` (at least minGap later) when the reading after `lastReading` should be
    // at the vendor: lastReading + k * period + delay + jitter. Without a reading: now + period.
    static QDateTime nextAligned(const QDateTime &lastReading, const QDateTime &now, const ScheduleParams &params,
                                 double random01);

    // The learned interval: mean of the last `adaptiveSamples` observed upload intervals, each clamped
    // to [min, max]; the default until three are known.
    static int adaptiveSeconds(const QList<int> &intervals, const ScheduleParams &params);
    static QDateTime nextAdaptive(const QList<int> &intervals, const QDateTime &now, const ScheduleParams &params,
                                  double random01);

    // After `failures` consecutive failures (>= 1): base * 2^(failures-1), capped, full jitter in its
    // upper half; a server's Retry-After wins when longer.
    static int backoffSeconds(int failures, std::optional<std::chrono::seconds> retryAfter,
                              const ScheduleParams &params, double random01);

    // Errors that only the user can fix: retrying them would at best fail again, at worst lock the
    // account (wrong password) — the account waits for the user.
    static bool needsUser(const SyncError &error);
};

} // namespace nb
