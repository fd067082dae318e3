// ConflictCheck against the fake Nightscout on loopback: the four reads, the windows they use, and the
// analysis of a seeded site; errors end the check with a value.

#include "manualclock.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsquery.h"
#include "setup/conflictcheck.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QJsonObject>
#include <QTest>

using namespace nb;
using namespace nb::setup;

namespace {
struct Rig {
    test::ManualClock clock{QDateTime(QDate(2026, 12, 20), QTime(12, 0), QTimeZone::utc())};
    HttpClient http{clock};
    std::unique_ptr<sim::FakeNightscout> fake;
    std::unique_ptr<ns::NightscoutClient> client;

    Rig()
    {
        sim::FakeNightscout::Options options;
        options.apiSecret = QStringLiteral("correct-secret-123");
        fake = std::make_unique<sim::FakeNightscout>(clock, options);
        fake->listen();
        ns::NsClientConfig config;
        config.baseUrl = fake->baseUrl();
        config.credentials = ns::NsCredentials::apiSecret(Secret(options.apiSecret));
        config.retry = RetryPolicy(RetryPolicy::Params{1, std::chrono::milliseconds(10), std::chrono::milliseconds(10),
                                                       std::chrono::seconds(1)});
        client = std::make_unique<ns::NightscoutClient>(http, clock, config);
    }

    std::optional<Result<QList<Conflict>>> check()
    {
        ConflictCheck check(*client, clock);
        auto box = std::make_shared<std::optional<Result<QList<Conflict>>>>();
        check.start([box](const Result<QList<Conflict>> &r) { *box = r; });
        (void)QTest::qWaitFor([&] { return box->has_value(); }, 15000);
        return *box;
    }
};
} // namespace

class TestConflictCheck : public QObject {
    Q_OBJECT

private slots:
    void findsRecentForeignDocumentsOnly()
    {
        Rig rig;
        const QDateTime now = rig.clock.nowUtc();
        auto &store = rig.fake->store();
        store.insertRaw(NsCollection::Entries, {{QStringLiteral("type"), QStringLiteral("sgv")},
                                                {QStringLiteral("sgv"), 140},
                                                {QStringLiteral("date"), double(now.addSecs(-600).toMSecsSinceEpoch())},
                                                {QStringLiteral("device"), QStringLiteral("xDrip-DexcomG7")}});
        // Older than the glucose window: not looked at.
        store.insertRaw(NsCollection::Entries, {{QStringLiteral("type"), QStringLiteral("sgv")},
                                                {QStringLiteral("sgv"), 140},
                                                {QStringLiteral("date"), double(now.addDays(-5).toMSecsSinceEpoch())},
                                                {QStringLiteral("device"), QStringLiteral("old-uploader")}});
        store.insertRaw(NsCollection::Treatments,
                        {{QStringLiteral("eventType"), QStringLiteral("Temp Basal")},
                         {QStringLiteral("absolute"), 0.5},
                         {QStringLiteral("duration"), 30},
                         {QStringLiteral("enteredBy"), QStringLiteral("Pump (tconnectsync)")},
                         {QStringLiteral("created_at"), ns::NsQuery::isoTime(now.addDays(-3))}});
        store.insertRaw(NsCollection::DeviceStatus,
                        {{QStringLiteral("device"), QStringLiteral("loop://iPhone")},
                         {QStringLiteral("pump"), QJsonObject{{QStringLiteral("reservoir"), 120}}},
                         {QStringLiteral("created_at"), ns::NsQuery::isoTime(now.addSecs(-300))}});
        const auto result = rig.check();
        QVERIFY(result && result->ok());
        const QList<Conflict> conflicts = result->value();
        QCOMPARE(conflicts.size(), 3);
        QCOMPARE(conflicts.at(0).area, ConflictArea::Glucose);
        QCOMPARE(conflicts.at(0).uploader, QStringLiteral("xDrip-DexcomG7"));
        QCOMPARE(conflicts.at(1).area, ConflictArea::Basal);
        QCOMPARE(conflicts.at(2).area, ConflictArea::DeviceStatus);
        QCOMPARE(rig.fake->server().requestCount(QStringLiteral("/api/v1/")), 4);
        for (const auto &request : rig.fake->server().requests())
            QCOMPARE(request.method, QByteArray("GET"));
    }

    void anUnreachableSiteEndsWithAnError()
    {
        Rig rig;
        rig.fake->server().injectFault(sim::Fault(sim::Fault::Kind::ServerError, 20));
        const auto result = rig.check();
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY(!result->error().userMessage.isEmpty());
    }
};

QTEST_MAIN(TestConflictCheck)
#include "tst_conflictcheck.moc"
