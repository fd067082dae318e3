#include "net/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using nb::RetryPolicy;

class TestRetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void noneNeverRetries() { QVERIFY(!RetryPolicy::none().nextDelay(1, std::nullopt, 0.5)); }

    void exponentialWithJitterBounds()
    {
        RetryPolicy::Params p;
        p.maxAttempts = 6;
        p.baseDelay = 1000ms;
        p.maxDelay = 10000ms;
        const RetryPolicy policy(p);
        // attempt n: nominal = base * 2^(n-1), capped; delay in [nominal/2, nominal].
        const qint64 nominal[] = {1000, 2000, 4000, 8000, 10000};
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const auto low = policy.nextDelay(attempt, std::nullopt, 0.0);
            const auto high = policy.nextDelay(attempt, std::nullopt, 0.999999);
            QVERIFY(low && high);
            QCOMPARE(low->count(), nominal[attempt - 1] / 2);
            QVERIFY(high->count() <= nominal[attempt - 1]);
            QVERIFY(high->count() >= nominal[attempt - 1] - 1);
        }
        QVERIFY2(!policy.nextDelay(6, std::nullopt, 0.5), "the sixth attempt was the last");
    }

    void retryAfterWinsAndIsCapped()
    {
        RetryPolicy::Params p;
        p.maxAttempts = 3;
        p.maxRetryAfter = 60s;
        const RetryPolicy policy(p);
        QCOMPARE(policy.nextDelay(1, 7s, 0.9)->count(), 7000);
        QVERIFY2(!policy.nextDelay(1, 600s, 0.5), "a long Retry-After is left to the scheduler");
        QVERIFY(!policy.nextDelay(3, 1s, 0.5));
    }

    void parseRetryAfterForms()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
        QCOMPARE(nb::parseRetryAfter("120", now)->count(), 120);
        QCOMPARE(nb::parseRetryAfter(" 0 ", now)->count(), 0);
        QCOMPARE(nb::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)->count(), 60);
        QCOMPARE(nb::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now)->count(), 0); // in the past
        QVERIFY(!nb::parseRetryAfter("", now));
        QVERIFY(!nb::parseRetryAfter("soon", now));
        QVERIFY(!nb::parseRetryAfter("-5", now));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
