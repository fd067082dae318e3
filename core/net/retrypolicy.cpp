#include "retrypolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace nb {

RetryPolicy::RetryPolicy() = default;

RetryPolicy::RetryPolicy(Params params)
    : m_params(params)
{}

RetryPolicy RetryPolicy::none()
{
    Params p;
    p.maxAttempts = 1;
    return RetryPolicy(p);
}

std::optional<std::chrono::milliseconds>
RetryPolicy::nextDelay(int attempt, std::optional<std::chrono::seconds> retryAfter, double jitter01) const
{
    using std::chrono::milliseconds;
    if (attempt >= m_params.maxAttempts)
        return std::nullopt;
    if (retryAfter) {
        // The server said when: obey it exactly, but do not sit on a request for minutes; the
        // scheduler handles long waits.
        if (*retryAfter > m_params.maxRetryAfter)
            return std::nullopt;
        return std::chrono::duration_cast<milliseconds>(*retryAfter);
    }
    // Exponential growth, capped, with jitter in the upper half so retries of many clients spread
    // out but never come sooner than half the nominal delay.
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double nominal =
        std::min(double(m_params.baseDelay.count()) * double(1LL << exponent), double(m_params.maxDelay.count()));
    const double jitter = std::clamp(jitter01, 0.0, 1.0);
    return milliseconds(qint64(nominal / 2.0 + nominal / 2.0 * jitter));
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &headerValue, const QDateTime &nowUtc)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    // HTTP-date (IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 delta = nowUtc.secsTo(when);
    return std::chrono::seconds(std::max<qint64>(0, delta));
}

} // namespace nb
