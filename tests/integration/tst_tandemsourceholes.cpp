// TandemSource against the fake Tandem Source on loopback: a basal record whose successor is in a hole
// of the pump's record numbers ends after one delivery cadence and says so (issue 12, never stretched over
// the gap); when the hole fills, the record is sent again with its real duration under the same identifier.

#include "credentials/memorycredentialstore.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "simulation/tandem/faketandemsource.h"
#include "sources/tandem/tandemsource.h"
#include "sources/tandem/tandemtime.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace nb;
using namespace nb::tandem;
using nb::sim::FakeTandemSource;

namespace {

constexpr int kWait = 15000;

// Basal records every 10 minutes from 04:00 pump time on 2026-05-14, numbered 1000, 1001, ...
PumpEvent basal(int i)
{
    PumpEvent e;
    e.code = 279;
    e.def = eventDefinition(279);
    e.sequenceNumber = quint32(1000 + i);
    [[maybe_unused]] const bool ok = parseWallDateTime(QStringLiteral("2026-05-14T04:00:00"), &e.wall);
    e.wall += i * 600;
    e.set(Field::CommandedRateSource, 3);
    e.set(Field::CommandedRate, 700 + 5 * i);
    return e;
}

QJsonObject byEventId(const QList<QJsonObject> &docs, int seq)
{
    for (const QJsonObject &d : docs) {
        if (d.value(QLatin1String("pump_event_id")).toString() == QString::number(seq))
            return d;
    }
    return {};
}

} // namespace

class TstTandemSourceHoles : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeTandemSource> m_fake;
    std::unique_ptr<MemoryCredentialStore> m_store;

    Result<FetchResult> fetch(TandemSource &source, const QJsonObject &cursor)
    {
        std::optional<Result<FetchResult>> out;
        FetchRequest request;
        request.cursor = cursor;
        request.initialDays = 1;
        source.fetch(request, [&](const Result<FetchResult> &r) { out.emplace(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWait))
            return SyncError::make(SyncError::Kind::Network, QStringLiteral("timeout"), QStringLiteral("timeout"));
        return *out;
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<test::ManualClock>(QDateTime(QDate(2026, 5, 14), QTime(12, 0), Qt::UTC));
        m_http = std::make_unique<HttpClient>(*m_clock);
        m_fake = std::make_unique<FakeTandemSource>(*m_clock);
        QVERIFY(m_fake->listen());
        m_store = std::make_unique<MemoryCredentialStore>();
    }

    void cleanup()
    {
        m_http.reset();
        m_fake.reset();
        m_store.reset();
    }

    void basalBeforeAHoleIsCutAndCompletedWhenItHeals()
    {
        FakeTandemSource::Pump pump;
        pump.assignmentId = QStringLiteral("3c9a1f7e-0d2b-4a51-8e6f-7b2c1d0e9f84");
        pump.serialNumber = QStringLiteral("90556643");
        QList<PumpEvent> all;
        for (int i = 0; i < 20; ++i)
            all.append(basal(i));
        // Records 1008 and 1009 have not been uploaded by the phone app yet.
        for (const PumpEvent &e : std::as_const(all)) {
            if (e.sequenceNumber != 1008 && e.sequenceNumber != 1009)
                pump.events.append(e);
        }
        m_fake->addPump(pump);

        TandemSource::Config config;
        config.accountId = QStringLiteral("tandem-1");
        config.endpoints = TandemEndpoints::onBase(m_fake->baseUrl(), m_fake->options().clientId);
        config.email = m_fake->options().email;
        config.password = Secret(m_fake->options().password);
        config.pumpSerial = pump.serialNumber;
        config.zone = QTimeZone("America/New_York");
        config.features = Feature::Basal;
        TandemSource source(*m_http, *m_store, *m_clock, config);

        const Result<FetchResult> first = fetch(source, {});
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toLogString()));
        const QJsonObject cut = byEventId(first->batch.treatments, 1007);
        QVERIFY(!cut.isEmpty());
        QCOMPARE(cut.value(QLatin1String("duration")).toDouble(), 5.0); // not the 30 minutes to record 1010
        QCOMPARE(cut.value(QLatin1String("notes")).toString(), QStringLiteral("followed by missing records"));
        QCOMPARE(byEventId(first->batch.treatments, 1006).value(QLatin1String("duration")).toDouble(), 10.0);
        QVERIFY(!byEventId(first->batch.treatments, 1006).contains(QLatin1String("notes")));
        QCOMPARE(byEventId(first->batch.treatments, 1007).value(QLatin1String("rate")).toDouble(), 0.735);

        // The phone app uploads the two records: the cut record comes again, complete, same identifier.
        m_fake->pumps().first().events = all;
        m_clock->advance(10 * 60 * 1000);
        const Result<FetchResult> second = fetch(source, first->cursor);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toLogString()));
        const QJsonObject completed = byEventId(second->batch.treatments, 1007);
        QVERIFY2(!completed.isEmpty(), "the record before the hole is sent again");
        QCOMPARE(completed.value(QLatin1String("duration")).toDouble(), 10.0);
        QVERIFY(!completed.contains(QLatin1String("notes")));
        QCOMPARE(completed.value(QLatin1String("identifier")), cut.value(QLatin1String("identifier")));
        QCOMPARE(byEventId(second->batch.treatments, 1008).value(QLatin1String("duration")).toDouble(), 10.0);
        QCOMPARE(byEventId(second->batch.treatments, 1009).value(QLatin1String("duration")).toDouble(), 10.0);
    }
};

QTEST_GUILESS_MAIN(TstTandemSourceHoles)
#include "tst_tandemsourceholes.moc"
