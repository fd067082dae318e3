#pragma once

#include "fakecarelink.h"
#include "simulation/nightscout/fakenightscout.h"
#include "simulation/tandem/faketandemsource.h"

#include <QObject>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace nb {
class Clock;
}

namespace nb::sim {

// The fake vendors (and optionally fake Nightscout sites) together, with a pump history that is
// deterministic and advances with the clock: used by demo mode, by the crash test's service process,
// and by benchmarks. The Tandem history is generated day by day from a fixed anchor (each day from its
// own seed, its record numbers in a fixed block of kDayStride, padded with unknown records), so a restart
// regenerates the same past with the same identifiers; reveal() publishes what has "happened" by now.
// CareLink's fake computes its 24 hours from the clock itself.
class FakeWorld : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint32 seed = 1;
        int tandemHistoryDays = 3;                                               // before the clock's start
        QTimeZone tandemZone = QTimeZone(QByteArrayLiteral("America/New_York")); // the pump owner's zone
        QTimeZone careLinkZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        std::chrono::seconds tandemTokenLifetime{8 * 3600};
        bool careLinkRotatesRefreshTokens = true;
        bool careLinkRevokesOnNewLogin = true; // a second sign-in of the same user ends the first session
        int nightscoutSites = 0;
        QString nightscoutSecret = QStringLiteral("demo-nightscout-secret");
    };

    static constexpr int kDayStride = 800; // records per day, padding included
    static QString tandemEmail() { return QStringLiteral("demo.pump@example.com"); }
    static QString tandemPassword() { return QStringLiteral("demo-password-tandem"); }
    static QString tandemClientId() { return QStringLiteral("nightbridge-demo-client"); }
    static QString tandemSerial() { return QStringLiteral("90001234"); }
    static QString careLinkUser() { return QStringLiteral("demo.carelink"); }

    FakeWorld(const Clock &clock, Options options, QObject *parent = nullptr);
    ~FakeWorld() override;

    bool start();  // listens on loopback ports, generates and reveals the history
    void reveal(); // publishes the Tandem records up to the clock's now (call when the clock moved)

    FakeTandemSource &tandem() { return *m_tandem; }
    FakeCareLink &careLink() { return *m_careLink; }
    FakeNightscout &nightscout(int site = 0) { return *m_nightscout.at(size_t(site)); }
    int nightscoutSites() const { return int(m_nightscout.size()); }
    QUrl tandemBase() const;
    QUrl careLinkDiscovery() const;
    int revealedTandemRecords() const;

    // Pump-clock day number (from the anchor) and the records of that day; pure and deterministic.
    static QList<nb::tandem::PumpEvent> tandemDay(qint64 dayIndex, quint32 seed, const QTimeZone &zone,
                                                  QList<nb::tandem::PumpEvent> *clockChanges);
    static QDateTime anchor(); // 2026-01-01 00:00 UTC

private:
    void ensureGenerated(qint64 untilDay);

    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<FakeTandemSource> m_tandem;
    std::unique_ptr<FakeCareLink> m_careLink;
    std::vector<std::unique_ptr<FakeNightscout>> m_nightscout;
    QList<nb::tandem::PumpEvent> m_all; // generated, key order
    QList<nb::tandem::PumpEvent> m_allClock;
    QList<qint64> m_allUtc; // the instant of each record in m_all
    qint64 m_firstDay = 0;
    qint64 m_generatedUntil = -1; // last day generated
};

} // namespace nb::sim
