#include "fakedatasource.h"

#include "model/identifier.h"

#include <QTimer>

namespace nb::test {

namespace {
constexpr qint64 kSlotMs = 5 * 60 * 1000;
constexpr qint64 kHourMs = 60 * 60 * 1000;
} // namespace

FakeDataSource::FakeDataSource(QDateTime start, QObject *parent)
    : DataSource(parent)
    , m_start(start)
    , m_visibleUntil(start)
{
    m_limits.maxWindowDays = 28;
    m_limits.historyHours = 0;
}

QJsonObject FakeDataSource::entryAt(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("sgv")},
                       {QStringLiteral("sgv"), int(100 + (ms / kSlotMs) % 60)},
                       {QStringLiteral("date"), double(ms)},
                       {QStringLiteral("dateString"), time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("direction"), QStringLiteral("Flat")},
                       {QStringLiteral("device"), QStringLiteral("nightbridge-fake")},
                       {QStringLiteral("identifier"),
                        stableIdentifier(QStringLiteral("fake"), {QStringLiteral("sgv"), QString::number(ms)})}};
}

QJsonObject FakeDataSource::treatmentAt(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("eventType"), QStringLiteral("Correction Bolus")},
                       {QStringLiteral("insulin"), 1.5},
                       {QStringLiteral("created_at"), time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("enteredBy"), nightbridgeEnteredBy()},
                       {QStringLiteral("identifier"),
                        stableIdentifier(QStringLiteral("fake"), {QStringLiteral("bolus"), QString::number(ms)})}};
}

NsBatch FakeDataSource::documents(const QDateTime &from, const QDateTime &to) const
{
    NsBatch batch;
    const qint64 start = m_start.toMSecsSinceEpoch();
    const qint64 first = std::max(start, (from.toMSecsSinceEpoch() + kSlotMs - 1) / kSlotMs * kSlotMs);
    for (qint64 ms = first; ms <= to.toMSecsSinceEpoch(); ms += kSlotMs) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        batch.entries.append(entryAt(t));
        if ((ms - start) % kHourMs == 0)
            batch.treatments.append(treatmentAt(t));
    }
    return batch;
}

NsBatch FakeDataSource::visible(qint64 fromMs, qint64 toMs, bool inclusiveFrom) const
{
    const NsBatch all =
        documents(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC),
                  QDateTime::fromMSecsSinceEpoch(std::min(toMs, m_visibleUntil.toMSecsSinceEpoch()), Qt::UTC));
    NsBatch out;
    for (const QJsonObject &doc : all.entries) {
        const qint64 ms = qint64(doc.value(QLatin1String("date")).toDouble());
        if ((inclusiveFrom || ms > fromMs) && !m_held.contains(ms))
            out.entries.append(doc);
    }
    for (const QJsonObject &doc : all.treatments) {
        const qint64 ms = QDateTime::fromString(doc.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs)
                              .toMSecsSinceEpoch();
        if ((inclusiveFrom || ms > fromMs) && !m_held.contains(ms))
            out.treatments.append(doc);
    }
    for (const QJsonObject &doc : m_deviceStatus) {
        const qint64 ms = QDateTime::fromString(doc.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs)
                              .toMSecsSinceEpoch();
        if ((inclusiveFrom ? ms >= fromMs : ms > fromMs) && ms <= std::min(toMs, m_visibleUntil.toMSecsSinceEpoch()))
            out.devicestatus.append(doc);
    }
    return out;
}

void FakeDataSource::failNext(const SyncError &error, int times)
{
    m_failure = error;
    m_failuresLeft = times;
}

void FakeDataSource::fetch(const FetchRequest &request, FetchCallback callback)
{
    ++m_fetches;
    m_requests.append(request);
    if (m_hang) {
        m_pending = std::move(callback);
        return;
    }
    if (m_failure && m_failuresLeft > 0) {
        --m_failuresLeft;
        const SyncError error = *m_failure;
        QTimer::singleShot(0, this, [callback, error] { callback(error); });
        return;
    }
    FetchResult result;
    const qint64 visibleMs = m_visibleUntil.toMSecsSinceEpoch();
    if (request.from.isValid()) {
        result.batch = visible(request.from.toMSecsSinceEpoch(), request.to.toMSecsSinceEpoch(), true);
        result.cursor = request.cursor;
        result.coveredFrom = request.from;
        result.coveredTo = std::min(request.to, m_visibleUntil);
    } else {
        qint64 last = request.cursor.contains(QLatin1String("last"))
                          ? qint64(request.cursor.value(QLatin1String("last")).toDouble())
                          : visibleMs - qint64(request.initialDays) * 24 * kHourMs;
        bool inclusive = !request.cursor.contains(QLatin1String("last"));
        if (request.resendFrom.isValid() && request.resendFrom.toMSecsSinceEpoch() <= last) {
            last = request.resendFrom.toMSecsSinceEpoch();
            inclusive = true;
        }
        result.batch = visible(last, visibleMs, inclusive);
        qint64 newest = last;
        for (const QJsonObject &doc : result.batch.entries)
            newest = std::max(newest, qint64(doc.value(QLatin1String("date")).toDouble()));
        result.cursor = QJsonObject{{QStringLiteral("last"), double(newest)}};
        if (request.wantWindow)
            result.window = visible(visibleMs - 24 * kHourMs, visibleMs, true);
        for (const QJsonObject &doc : result.batch.entries) {
            const qint64 ms = qint64(doc.value(QLatin1String("date")).toDouble());
            result.facts.readings.append(SourceReading{QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                                                       doc.value(QLatin1String("sgv")).toInt(),
                                                       QStringLiteral("Flat")});
        }
        result.coveredFrom = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
        result.coveredTo = m_visibleUntil;
    }
    result.newestData = QDateTime::fromMSecsSinceEpoch(visibleMs / kSlotMs * kSlotMs, Qt::UTC);
    QTimer::singleShot(0, this, [callback, result] { callback(result); });
}

void FakeDataSource::checkLogin(LoginCallback callback)
{
    if (m_failure && m_failuresLeft > 0) {
        --m_failuresLeft;
        const SyncError error = *m_failure;
        QTimer::singleShot(0, this, [callback, error] { callback(error); });
        return;
    }
    QTimer::singleShot(0, this, [callback] { callback(LoginInfo{QStringLiteral("fake account"), QString()}); });
}

void FakeDataSource::credentialFingerprint(FingerprintCallback callback)
{
    const QByteArray fp = m_fingerprint;
    QTimer::singleShot(0, this, [callback, fp] { callback(fp); });
}

void FakeDataSource::cancel()
{
    if (!m_pending)
        return;
    FetchCallback pending = std::move(m_pending);
    m_pending = nullptr;
    pending(SyncError::make(SyncError::Kind::Cancelled, QStringLiteral("cancelled"), QStringLiteral("cancelled")));
}

} // namespace nb::test
