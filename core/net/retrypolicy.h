#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace nb {

// Pure decision: after a failed attempt, wait how long before the next one, or give up.
// Exponential backoff with full jitter inside [base*2^(n-1) / 2, base*2^(n-1)], capped; an explicit
// Retry-After from the server wins (capped by maxRetryAfter, beyond which we give up this time and
// let the scheduler decide). The jitter source is injected so tests are deterministic.
class RetryPolicy {
public:
    struct Params {
        int maxAttempts = 3; // total, including the first
        std::chrono::milliseconds baseDelay{1000};
        std::chrono::milliseconds maxDelay{30000};
        std::chrono::seconds maxRetryAfter{120};
    };

    RetryPolicy();
    explicit RetryPolicy(Params params);

    static RetryPolicy none(); // one attempt only

    // attempt: the 1-based number of the attempt that just failed.
    // retryAfter: parsed Retry-After of that response, if any.
    // jitter01: a number in [0, 1) (production: QRandomGenerator).
    // Returns the delay before the next attempt, or nullopt to stop.
    std::optional<std::chrono::milliseconds> nextDelay(int attempt, std::optional<std::chrono::seconds> retryAfter,
                                                       double jitter01) const;

    const Params &params() const { return m_params; }

private:
    Params m_params;
};

// Retry-After is either delta-seconds or an HTTP-date. now is used for the date form.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &headerValue, const QDateTime &nowUtc);

} // namespace nb
