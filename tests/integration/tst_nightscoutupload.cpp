#include "manualclock.h"
#include "model/identifier.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsdocuments.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using namespace nb::ns;
using namespace Qt::Literals::StringLiterals;
using nb::sim::FakeNightscout;
using nb::sim::Fault;

namespace {
const QString kSecret = u"correct-horse-battery"_s;

QJsonObject entry(int n, qint64 start = 1772366400000)
{
    const qint64 ms = start + n * 300000LL;
    return QJsonObject{
        {u"type"_s, u"sgv"_s},
        {u"sgv"_s, 100 + n % 50},
        {u"direction"_s, u"Flat"_s},
        {u"date"_s, double(ms)},
        {u"dateString"_s, QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(3600)).toString(Qt::ISODateWithMs)},
        {u"device"_s, u"nightbridge-test"_s},
        {u"identifier"_s, stableIdentifier(u"test"_s, {u"sgv"_s, QString::number(ms)})}};
}
QJsonObject treatment(int n, double insulin = 1.0)
{
    const QDateTime at = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone(3600)).addSecs(n * 600LL);
    return QJsonObject{{u"eventType"_s, u"Correction Bolus"_s},
                       {u"created_at"_s, at.toString(Qt::ISODate)},
                       {u"insulin"_s, insulin},
                       {u"enteredBy"_s, nightbridgeEnteredBy()},
                       {u"identifier"_s, stableIdentifier(u"test"_s, {u"bolus"_s, QString::number(n)})}};
}
QJsonObject deviceStatus(int reservoir, const QString &createdAt = u"2026-03-01T12:00:00.000Z"_s)
{
    return QJsonObject{{u"device"_s, u"nightbridge-test"_s},
                       {u"created_at"_s, createdAt},
                       {u"pump"_s, QJsonObject{{u"reservoir"_s, reservoir}}},
                       {u"identifier"_s, stableIdentifier(u"test"_s, {u"ds"_s, createdAt})}};
}
QJsonObject profile(double dia)
{
    return QJsonObject{{u"defaultProfile"_s, u"Default"_s},
                       {u"startDate"_s, u"2026-03-01T00:00:00.000Z"_s},
                       {u"created_at"_s, u"2026-03-01T00:00:00.000Z"_s},
                       {u"enteredBy"_s, nightbridgeEnteredBy()},
                       {u"identifier"_s, stableIdentifier(u"test"_s, {u"profile"_s, QString::number(dia)})},
                       {u"store"_s, QJsonObject{{u"Default"_s, QJsonObject{{u"dia"_s, dia}}}}}};
}
NsBatch entries(int count, int from = 0)
{
    NsBatch b;
    for (int i = from; i < from + count; ++i)
        b.entries.append(entry(i));
    return b;
}
} // namespace

class TestNightscoutUpload : public QObject {
    Q_OBJECT
private:
    test::ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeNightscout> m_ns;
    std::unique_ptr<NightscoutClient> m_client;

    void start(FakeNightscout::Options o = {}, int batchSize = 500)
    {
        if (o.apiSecret.isEmpty())
            o.apiSecret = kSecret;
        o.authFailDelay = std::chrono::milliseconds(200);
        m_ns = std::make_unique<FakeNightscout>(m_clock, o);
        QVERIFY(m_ns->listen());
        NsClientConfig config;
        config.baseUrl = m_ns->baseUrl();
        config.credentials = NsCredentials::apiSecret(Secret(kSecret));
        config.batchSize = batchSize;
        config.retry = RetryPolicy(RetryPolicy::Params{3, std::chrono::milliseconds(20), std::chrono::milliseconds(100),
                                                       std::chrono::seconds(5)});
        // Generous: a Debug build on a loaded 2-core CI machine must not time out on ordinary requests.
        config.inactivityTimeout = std::chrono::milliseconds(2500);
        m_client = std::make_unique<NightscoutClient>(*m_http, m_clock, config);
    }
    Result<NsUploadReport> upload(const NsBatch &batch)
    {
        std::optional<Result<NsUploadReport>> result;
        m_client->upload(batch, [&result](const Result<NsUploadReport> &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(Result<NsUploadReport>(SyncError()));
    }
    int posts(const QString &collection) const
    {
        int n = 0;
        for (const sim::ServerRequest &r : m_ns->server().requests())
            n += r.method == "POST" && r.path.startsWith(u"/api/v1/"_s + collection) ? 1 : 0;
        return n;
    }
    const QList<QJsonObject> &stored(NsCollection c) const { return m_ns->store().documents(c); }
    int reads(const QString &collection) const
    {
        int n = 0;
        for (const sim::ServerRequest &r : m_ns->server().requests())
            n += r.method == "GET" && r.path.startsWith(u"/api/v1/"_s + collection) ? 1 : 0;
        return n;
    }
    Result<NsUploadReport> upload(const NsBatch &batch, const NsUploadHints &hints)
    {
        std::optional<Result<NsUploadReport>> result;
        m_client->upload(
            batch, [&result](const Result<NsUploadReport> &r) { result = r; }, hints);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(Result<NsUploadReport>(SyncError()));
    }
    // Every identifier of the batch present exactly once.
    bool allOnce(NsCollection c, const QList<QJsonObject> &docs) const
    {
        QHash<QString, int> seen;
        for (const QJsonObject &doc : stored(c))
            ++seen[doc.value(u"identifier"_s).toString()];
        for (const QJsonObject &doc : docs) {
            if (seen.value(doc.value(u"identifier"_s).toString()) != 1) {
                qWarning() << "not exactly once:" << doc.value(u"identifier"_s).toString();
                return false;
            }
        }
        return true;
    }
    void fault(Fault::Kind kind, int count, const QString &prefix = u"/api/v1/entries"_s)
    {
        Fault f;
        f.kind = kind;
        f.count = count;
        f.pathPrefix = prefix;
        f.retryAfterSeconds = 1;
        f.delay = std::chrono::milliseconds(3500);
        m_ns->server().injectFault(f);
    }

private slots:
    void init() { m_http = std::make_unique<HttpClient>(m_clock); }
    void cleanup()
    {
        m_client.reset();
        m_ns.reset();
        m_http.reset();
    }

    void entriesGoInBatches()
    {
        start();
        const NsBatch batch = entries(1234);
        QSignalSpy progress(m_client.get(), &NightscoutClient::uploadProgress);
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY(r.ok());
        QCOMPARE(r->posted, 1234);
        QCOMPARE(posts(u"entries"_s), 3); // 500 + 500 + 234
        QCOMPARE(stored(NsCollection::Entries).size(), 1234);
        QVERIFY(allOnce(NsCollection::Entries, batch.entries));
        QCOMPARE(progress.last().at(1).toInt(), 1234);
        QCOMPARE(progress.last().at(2).toInt(), 1234);
        // Stored as the server normalises them: dateString to UTC, utcOffset from the zone we sent.
        QCOMPARE(stored(NsCollection::Entries).first().value(u"utcOffset"_s).toInt(), 60);

        // Uploading the same batch again stores nothing twice.
        QVERIFY(upload(batch).ok());
        QCOMPARE(stored(NsCollection::Entries).size(), 1234);
        QVERIFY(allOnce(NsCollection::Entries, batch.entries));
    }

    void batchSizeIsConfigurable()
    {
        start({}, 100);
        QVERIFY(upload(entries(250)).ok());
        QCOMPARE(posts(u"entries"_s), 3);
    }

    void tooLargeIsSplit()
    {
        FakeNightscout::Options o;
        o.proxyBodyLimit = 40 * 1024; // a proxy in front of the site caps bodies (~150 entries)
        start(o);
        const NsBatch batch = entries(600);
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toLogString()));
        QCOMPARE(stored(NsCollection::Entries).size(), 600);
        QVERIFY(allOnce(NsCollection::Entries, batch.entries));
        QCOMPARE(r->posted, 600);
        int refused = 0;
        int accepted = 0;
        for (const sim::ServerRequest &req : m_ns->server().requests()) {
            if (req.method != "POST")
                continue;
            (req.body.size() > o.proxyBodyLimit ? refused : accepted) += 1;
        }
        QVERIFY(refused >= 2);  // the 500 batch, then its halves of 250 (too large again)
        QVERIFY(accepted >= 4); // 600 entries in pieces under the cap
        QVERIFY(r->notes.join(u' ').contains(u"413"_s));
    }

    void treatmentsAreReplacedByIdentifier()
    {
        start();
        NsBatch batch;
        for (int i = 0; i < 20; ++i)
            batch.treatments.append(treatment(i));
        QVERIFY(upload(batch).ok());
        QCOMPARE(stored(NsCollection::Treatments).size(), 20);
        // A corrected dose replaces the stored one (same identifier), never a second document.
        NsBatch corrected;
        corrected.treatments.append(treatment(3, 2.5));
        QVERIFY(upload(corrected).ok());
        QCOMPARE(stored(NsCollection::Treatments).size(), 20);
        QVERIFY(allOnce(NsCollection::Treatments, batch.treatments));
        for (const QJsonObject &doc : stored(NsCollection::Treatments)) {
            if (doc.value(u"identifier"_s) == treatment(3).value(u"identifier"_s))
                QCOMPARE(doc.value(u"insulin"_s).toDouble(), 2.5);
        }
    }

    void neverTouchesForeignEntries()
    {
        start();
        const NsBatch batch = entries(10);
        // xDrip+ already uploaded a reading at the same instant as our 5th entry.
        const QJsonObject xdrip{{u"type"_s, u"sgv"_s},
                                {u"sgv"_s, 180},
                                {u"date"_s, batch.entries.at(4)[u"date"_s]},
                                {u"sysTime"_s, QDateTime::fromMSecsSinceEpoch(
                                                   qint64(batch.entries.at(4)[u"date"_s].toDouble()), QTimeZone::utc())
                                                   .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s)},
                                {u"device"_s, u"xDrip-DexcomG6"_s}};
        const QJsonObject theirs = m_ns->store().insertRaw(NsCollection::Entries, xdrip);
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY(r.ok());
        QCOMPARE(r->skippedForeign, 1);
        QCOMPARE(r->posted, 9);
        QCOMPARE(stored(NsCollection::Entries).size(), 10);
        for (const QJsonObject &doc : stored(NsCollection::Entries)) {
            if (doc.value(u"_id"_s) == theirs.value(u"_id"_s))
                QCOMPARE(doc, theirs); // untouched: no merged fields
        }
    }

    void neverTouchesForeignTreatments()
    {
        FakeNightscout::Options o;
        o.version = u"15.0.6"_s; // replaces by (created_at, eventType) only
        start(o);
        NsBatch batch;
        for (int i = 0; i < 5; ++i)
            batch.treatments.append(treatment(i));
        QJsonObject loop = treatment(2);
        loop.insert(u"enteredBy"_s, u"loop://iPhone"_s);
        loop.insert(u"created_at"_s, u"2026-03-01T07:20:00.000Z"_s);
        loop.insert(u"identifier"_s, u"loop-dose-1"_s);
        const QJsonObject theirs = m_ns->store().insertRaw(NsCollection::Treatments, loop);
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY(r.ok());
        QCOMPARE(r->skippedForeign, 1);
        QCOMPARE(stored(NsCollection::Treatments).size(), 5);
        QVERIFY(stored(NsCollection::Treatments).contains(theirs));
    }

    void refusesDocumentsThatAreNotOurs()
    {
        start();
        NsBatch batch = entries(3);
        QJsonObject foreign = entry(7);
        foreign.insert(u"device"_s, u"xDrip-DexcomG6"_s);
        batch.entries.append(foreign);
        QJsonObject noIdentifier = entry(8);
        noIdentifier.remove(u"identifier"_s);
        batch.entries.append(noIdentifier);
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY(r.ok());
        QCOMPARE(r->refused, 2);
        QCOMPARE(r->posted, 3);
        QCOMPARE(stored(NsCollection::Entries).size(), 3);
    }

    void deviceStatusAndProfileOnlyWhenChanged()
    {
        start();
        NsBatch batch;
        batch.devicestatus.append(deviceStatus(120));
        batch.profile.append(profile(4));
        Result<NsUploadReport> r = upload(batch);
        QVERIFY(r.ok());
        QCOMPARE(r->posted, 2);
        // The same again (the next sync run): nothing posted.
        r = upload(batch);
        QVERIFY(r.ok());
        QCOMPARE(r->skippedUnchanged, 2);
        QCOMPARE(r->posted, 0);
        QCOMPARE(stored(NsCollection::DeviceStatus).size(), 1);
        QCOMPARE(stored(NsCollection::Profile).size(), 1);
        QCOMPARE(posts(u"devicestatus"_s), 1);
        QCOMPARE(posts(u"profile"_s), 1);
        // A new status and a changed profile are posted, once each.
        NsBatch next;
        next.devicestatus.append(deviceStatus(118, u"2026-03-01T12:05:00.000Z"_s));
        next.devicestatus.append(deviceStatus(118, u"2026-03-01T12:05:00.000Z"_s)); // duplicate in the batch
        next.profile.append(profile(5));
        r = upload(next);
        QVERIFY(r.ok());
        QCOMPARE(r->posted, 2);
        QCOMPARE(stored(NsCollection::DeviceStatus).size(), 2);
        QCOMPARE(stored(NsCollection::Profile).size(), 2);
        // Another uploader's newer profile does not make ours look changed.
        m_ns->store().insertRaw(NsCollection::Profile, QJsonObject{{u"startDate"_s, u"2026-03-02T00:00:00.000Z"_s},
                                                                   {u"defaultProfile"_s, u"Loop"_s}});
        NsBatch again;
        again.profile.append(profile(5));
        r = upload(again);
        QVERIFY(r.ok());
        QCOMPARE(r->skippedUnchanged, 1);
        QCOMPARE(stored(NsCollection::Profile).size(), 3);
    }

    void latestDeviceStatusAndProfileAreRememberedForAWhile()
    {
        start();
        NsBatch batch;
        batch.devicestatus.append(deviceStatus(120));
        batch.profile.append(profile(4));
        QVERIFY(upload(batch).ok());
        QCOMPARE(reads(u"devicestatus"_s), 1);
        QCOMPARE(reads(u"profile"_s), 1);
        // The next runs compare with what this client confirmed: no read, nothing posted twice.
        NsBatch next;
        next.devicestatus.append(deviceStatus(119, u"2026-03-01T12:05:00.000Z"_s));
        next.profile.append(profile(4));
        Result<NsUploadReport> r = upload(next);
        QVERIFY(r.ok());
        QCOMPARE(r->posted, 1);
        QCOMPARE(r->skippedUnchanged, 1);
        r = upload(next);
        QVERIFY(r.ok());
        QCOMPARE(r->skippedUnchanged, 2);
        QCOMPARE(reads(u"devicestatus"_s), 1);
        QCOMPARE(reads(u"profile"_s), 1);
        QCOMPARE(stored(NsCollection::DeviceStatus).size(), 2);
        // After the cache time the site is asked again.
        m_clock.advance(2 * 3600 * 1000LL);
        r = upload(next);
        QVERIFY(r.ok());
        QCOMPARE(r->skippedUnchanged, 2);
        QCOMPARE(reads(u"devicestatus"_s), 2);
        QCOMPARE(reads(u"profile"_s), 2);
        // An ambiguous failure forgets what was remembered: the next upload reads before it posts.
        m_ns->server().injectFault(Fault(Fault::Kind::ServerError, 10, u"/api/v1/devicestatus.json"_s));
        NsBatch failing;
        failing.devicestatus.append(deviceStatus(118, u"2026-03-01T12:10:00.000Z"_s));
        QVERIFY(!upload(failing).ok());
        m_ns->server().clearFaults();
        const int readsBefore = reads(u"devicestatus"_s);
        QVERIFY(upload(failing).ok());
        QCOMPARE(reads(u"devicestatus"_s), readsBefore + 1);
        QCOMPARE(stored(NsCollection::DeviceStatus).size(), 3);
    }

    void hintsSpareGuardReadsButNotTheGuard()
    {
        start();
        // Treatments never sent before: on a server that dedupes by identifier, no read is needed.
        NsBatch fresh;
        fresh.treatments = {treatment(1), treatment(2)};
        NsUploadHints hints;
        hints.treatmentsNeverSentAfter = QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc());
        Result<NsUploadReport> r = upload(fresh, hints);
        QVERIFY(r.ok());
        QCOMPARE(r->posted, 2);
        QCOMPARE(reads(u"treatments"_s), 0);
        // Older than the newest one sent: guarded as always.
        hints.treatmentsNeverSentAfter = QDateTime(QDate(2026, 3, 5), QTime(0, 0), QTimeZone::utc());
        QVERIFY(upload(fresh, hints).ok());
        QCOMPARE(reads(u"treatments"_s), 1);

        // Entries: what the caller read a moment ago stands in for the guard's read, and still guards.
        QJsonObject foreign = entry(3);
        foreign.insert(u"device"_s, u"xDrip-DexcomG6"_s);
        foreign.remove(u"identifier"_s);
        m_ns->store().insertRaw(NsCollection::Entries, foreign);
        const NsBatch ours = entries(5);
        NsUploadHints known;
        known.known.append(NsUploadHints::Known{NsCollection::Entries,
                                                NsDocuments::instantOf(NsCollection::Entries, ours.entries.first()),
                                                NsDocuments::instantOf(NsCollection::Entries, ours.entries.last()),
                                                {foreign},
                                                m_clock.nowUtc()});
        const int entryReads = reads(u"entries"_s);
        r = upload(ours, known);
        QVERIFY(r.ok());
        QCOMPARE(reads(u"entries"_s), entryReads);
        QCOMPARE(r->skippedForeign, 1);
        QCOMPARE(r->posted, 4);
        // A known range that does not cover the batch, or was read too long ago, is not used.
        NsUploadHints stale = known;
        stale.known.first().readAt = m_clock.nowUtc().addSecs(-NsUploadHints::kKnownMaxAgeSeconds - 1);
        QVERIFY(upload(ours, stale).ok());
        QCOMPARE(reads(u"entries"_s), entryReads + 1);
        known.known.first().to = known.known.first().from;
        QVERIFY(upload(ours, known).ok());
        QCOMPARE(reads(u"entries"_s), entryReads + 2);
    }

    void oversizedDeviceStatusIsRefused()
    {
        start();
        NsBatch batch;
        QJsonObject huge = deviceStatus(100);
        huge.insert(u"pad"_s, QString(1100 * 1000, QLatin1Char('x')));
        batch.devicestatus.append(huge);
        batch.devicestatus.append(deviceStatus(99, u"2026-03-01T12:10:00.000Z"_s));
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY(r.ok());
        QCOMPARE(r->refused, 1);
        QCOMPARE(r->posted, 1);
        QCOMPARE(stored(NsCollection::DeviceStatus).size(), 1);
        for (const sim::ServerRequest &req : m_ns->server().requests())
            QVERIFY(req.body.size() < 1024 * 1024);
    }

    void manyDeviceStatusesStayUnderTheLimit()
    {
        start();
        NsBatch batch;
        for (int i = 0; i < 12; ++i) {
            QJsonObject ds = deviceStatus(100 - i, QDateTime(QDate(2026, 3, 1), QTime(12, i)).toString(Qt::ISODate));
            ds.insert(u"pad"_s, QString(200 * 1000, QLatin1Char('x')));
            batch.devicestatus.append(ds);
        }
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY(r.ok());
        QCOMPARE(stored(NsCollection::DeviceStatus).size(), 12);
        QVERIFY(posts(u"devicestatus"_s) >= 3);
    }

    void entryFaultsLoseNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("firstRunSucceeds");
        QTest::newRow("delay") << int(Fault::Kind::Delay) << 1 << true; // 3.5 s > 2.5 s inactivity: retried
        QTest::newRow("hang") << int(Fault::Kind::Hang) << 1 << true;
        QTest::newRow("reset mid-body") << int(Fault::Kind::ResetMidBody) << 2 << true;
        QTest::newRow("close") << int(Fault::Kind::CloseImmediately) << 1 << true;
        QTest::newRow("429 retry-after") << int(Fault::Kind::TooManyRequests) << 1 << true;
        QTest::newRow("5xx burst") << int(Fault::Kind::ServerError) << 2 << true;
        QTest::newRow("5xx long burst") << int(Fault::Kind::ServerError) << 5 << false;
        QTest::newRow("malformed body") << int(Fault::Kind::MalformedBody) << 1 << false;
    }

    void entryFaultsLoseNothing()
    {
        QFETCH(int, kind);
        QFETCH(int, count);
        QFETCH(bool, firstRunSucceeds);
        start({}, 100);
        const NsBatch batch = entries(350);
        // Faults on the POSTs only (reads use /api/v1/entries; faults there are covered below).
        Fault f;
        f.kind = Fault::Kind(kind);
        f.count = count;
        f.pathPrefix = u"/api/v1/entries.json"_s;
        f.retryAfterSeconds = 1;
        f.delay = std::chrono::milliseconds(3500);
        QElapsedTimer timer;
        timer.start();
        // Let the first batch through, then misbehave.
        QVERIFY(upload(entries(100)).ok());
        m_ns->server().injectFault(f);
        Result<NsUploadReport> r = upload(batch);
        if (f.kind == Fault::Kind::TooManyRequests)
            QVERIFY2(timer.elapsed() >= 1000, "Retry-After honoured");
        QCOMPARE(r.ok(), firstRunSucceeds);
        if (!r.ok()) {
            QVERIFY(!r.error().userMessage.isEmpty());
            QVERIFY(r.error().kind != SyncError::Kind::Auth);
            m_ns->server().clearFaults();
            // The next run (the outbox repeats the batch) completes it.
            r = upload(batch);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toLogString()));
        }
        QTRY_COMPARE(stored(NsCollection::Entries).size(), 350); // a delayed answer may land late
        QVERIFY(allOnce(NsCollection::Entries, batch.entries));
    }

    void deviceStatusAmbiguousFailureIsCheckedBeforeRepeating_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expectedPosts");
        // Stored, but the answer came too late: read back, found, no second POST.
        QTest::newRow("stored, answer lost") << int(Fault::Kind::Delay) << 1;
        // Not stored: read back, missing, posted once more.
        QTest::newRow("500") << int(Fault::Kind::ServerError) << 2;
        QTest::newRow("reset") << int(Fault::Kind::ResetMidBody) << 2;
        QTest::newRow("malformed") << int(Fault::Kind::MalformedBody) << 2;
        QTest::newRow("429") << int(Fault::Kind::TooManyRequests) << 2;
    }

    void deviceStatusAmbiguousFailureIsCheckedBeforeRepeating()
    {
        QFETCH(int, kind);
        QFETCH(int, expectedPosts);
        start();
        fault(Fault::Kind(kind), 1, u"/api/v1/devicestatus.json"_s);
        NsBatch batch;
        batch.devicestatus.append(deviceStatus(120));
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toLogString()));
        QCOMPARE(r->posted, 1);
        QTRY_COMPARE(stored(NsCollection::DeviceStatus).size(), 1);
        QCOMPARE(posts(u"devicestatus"_s), expectedPosts);
        QTest::qWait(2500); // a late answer (the 3.5 s delay) changes nothing
        QCOMPARE(stored(NsCollection::DeviceStatus).size(), 1);
    }

    void deviceStatusNeverPostedTwiceOnRepeatedFailures()
    {
        start();
        fault(Fault::Kind::ServerError, 10, u"/api/v1/devicestatus.json"_s);
        NsBatch batch;
        batch.devicestatus.append(deviceStatus(120));
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, SyncError::Kind::Server);
        QCOMPARE(posts(u"devicestatus"_s), 2); // the first and one checked repeat, no blind retries
        m_ns->server().clearFaults();
        QVERIFY(upload(batch).ok());
        QVERIFY(upload(batch).ok());
        QCOMPARE(stored(NsCollection::DeviceStatus).size(), 1);
    }

    void readOnlySiteAndWrongSecret()
    {
        FakeNightscout::Options o;
        o.apiSecret = u"short"_s;
        start(o);
        Result<NsUploadReport> r = upload(entries(5));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, SyncError::Kind::Config);
        QCOMPARE(posts(u"entries"_s), 0);
        QCOMPARE(m_ns->failedAuthCount(), 0);

        start();
        m_client->setCredentials(NsCredentials::apiSecret(Secret(u"not-the-secret"_s)));
        r = upload(entries(5));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, SyncError::Kind::Auth);
        QCOMPARE(m_ns->failedAuthCount(), 1);
        r = upload(entries(5));
        QVERIFY(!r.ok());
        QCOMPARE(m_ns->failedAuthCount(), 1); // not sent again
    }

    void careportalOff()
    {
        FakeNightscout::Options o;
        o.careportal = false;
        start(o);
        NsBatch batch = entries(5);
        batch.treatments.append(treatment(1));
        const Result<NsUploadReport> r = upload(batch);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, SyncError::Kind::Config);
        QVERIFY(r.error().userMessage.contains(u"careportal"_s));
        QCOMPARE(stored(NsCollection::Entries).size(), 5); // entries went first
    }

    void uploadWithToken()
    {
        start();
        m_client->setCredentials(NsCredentials::accessToken(Secret(m_ns->addSubject(u"nightbridge"_s, {u"admin"_s}))));
        QVERIFY(upload(entries(20)).ok());
        QCOMPARE(stored(NsCollection::Entries).size(), 20);
    }

    void cancel()
    {
        start();
        fault(Fault::Kind::Hang, 5, u"/api/v1/entries.json"_s);
        std::optional<Result<NsUploadReport>> result;
        m_client->upload(entries(20), [&result](const Result<NsUploadReport> &r) { result = r; });
        QTRY_VERIFY(m_ns->server().requestCount(u"/api/v1/entries.json"_s) >= 1);
        m_client->cancelAll();
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, SyncError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestNightscoutUpload)
#include "tst_nightscoutupload.moc"
