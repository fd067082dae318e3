#pragma once

#include "sources/datasource.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace nb::test {

// A DataSource for engine, scheduler and backfill tests: a CGM stream (one sgv every 5 minutes, one
// treatment every hour) that becomes visible up to `visibleUntil`; readings can be held back and
// released later (late uploads, holes). Cursor: {"last": ms of the newest document uploaded}.
// Every call completes asynchronously (next event-loop turn) unless told to hang.
class FakeDataSource final : public DataSource {
    Q_OBJECT
public:
    explicit FakeDataSource(QDateTime start, QObject *parent = nullptr);

    QString vendor() const override { return QStringLiteral("fake"); }
    SourceLimits limits() const override { return m_limits; }
    SourceCadence cadence() const override { return m_cadence; }
    void fetch(const FetchRequest &request, FetchCallback callback) override;
    void checkLogin(LoginCallback callback) override;
    void credentialFingerprint(FingerprintCallback callback) override;
    void cancel() override;

    void setVisibleUntil(const QDateTime &until) { m_visibleUntil = until; }
    void setLimits(const SourceLimits &limits) { m_limits = limits; }
    void setCadence(SourceCadence cadence) { m_cadence = cadence; }
    void holdBack(const QDateTime &time) { m_held.insert(time.toMSecsSinceEpoch()); } // a reading arrives late
    void release() { m_held.clear(); }
    void failNext(const SyncError &error, int times = 1);
    void setHang(bool hang) { m_hang = hang; }
    void setFingerprint(const QByteArray &fingerprint) { m_fingerprint = fingerprint; }
    // A device status snapshot the pump reported at its created_at: part of every fetch that covers it.
    void addDeviceStatus(const QJsonObject &doc) { m_deviceStatus.append(doc); }

    int fetchCount() const { return m_fetches; }
    QList<FetchRequest> requests() const { return m_requests; }

    // Every document the stream holds in [from, to] (visible or not): the expectation of tests.
    NsBatch documents(const QDateTime &from, const QDateTime &to) const;
    static QJsonObject entryAt(const QDateTime &time);
    static QJsonObject treatmentAt(const QDateTime &time);

private:
    NsBatch visible(qint64 fromMs, qint64 toMs, bool inclusiveFrom) const;

    QDateTime m_start;
    QDateTime m_visibleUntil;
    SourceLimits m_limits;
    SourceCadence m_cadence = SourceCadence::Aligned;
    QSet<qint64> m_held;
    QList<QJsonObject> m_deviceStatus;
    std::optional<SyncError> m_failure;
    int m_failuresLeft = 0;
    bool m_hang = false;
    QByteArray m_fingerprint = QByteArrayLiteral("fp-1");
    int m_fetches = 0;
    QList<FetchRequest> m_requests;
    FetchCallback m_pending;
};

} // namespace nb::test
