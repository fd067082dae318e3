#include "fakedatasource.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "model/identifier.h"
#include "nightscout/nightscoutclient.h"
#include "simulation/nightscout/fakenightscout.h"
#include "state/statestore.h"
#include "sync/backfilljob.h"
#include "sync/gapcheck.h"
#include "sync/syncstate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;
using nb::sim::FakeNightscout;
using nb::test::FakeDataSource;

namespace {
const QString kSecret = u"correct-horse-battery"_s;
const QDateTime kStart(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
} // namespace

class TestBackfillJob : public QObject {
    Q_OBJECT
private:
    test::ManualClock m_clock{kStart.addDays(12)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeNightscout> m_ns;
    std::unique_ptr<ns::NightscoutClient> m_client;
    std::unique_ptr<FakeDataSource> m_source;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<Outbox> m_outbox;

    std::unique_ptr<BackfillJob> newJob()
    {
        m_store = std::make_unique<StateStore>(m_dir->filePath(u"state.json"_s));
        (void)m_store->load();
        m_state = std::make_unique<SyncState>(*m_store);
        m_outbox = std::make_unique<Outbox>(m_dir->filePath(u"outbox"_s));
        return std::make_unique<BackfillJob>(u"a"_s, *m_source, *m_client, *m_outbox, *m_state, m_clock);
    }

    BackfillResult runJob(BackfillJob &job, const BackfillOptions &options)
    {
        std::optional<BackfillResult> result;
        job.start(options, [&](const BackfillResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            qFatal("backfill did not finish");
        return *result;
    }

    int count(NsCollection c) { return int(m_ns->store().documents(c).size()); }

    void expectExactlyOnce(const NsBatch &expected)
    {
        for (NsCollection c : {NsCollection::Entries, NsCollection::Treatments}) {
            QHash<QString, int> counts;
            for (const QJsonObject &doc : m_ns->store().documents(c))
                ++counts[GapCheck::presenceKey(c, doc)];
            QCOMPARE(counts.size(), expected.of(c).size());
            for (const QJsonObject &doc : expected.of(c))
                QCOMPARE(counts.value(GapCheck::presenceKey(c, doc)), 1);
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_http = std::make_unique<HttpClient>(m_clock);
        FakeNightscout::Options o;
        o.apiSecret = kSecret;
        m_ns = std::make_unique<FakeNightscout>(m_clock, o);
        QVERIFY(m_ns->listen());
        ns::NsClientConfig config;
        config.baseUrl = m_ns->baseUrl();
        config.credentials = ns::NsCredentials::apiSecret(Secret(kSecret));
        m_client = std::make_unique<ns::NightscoutClient>(*m_http, m_clock, config);
        m_source = std::make_unique<FakeDataSource>(kStart);
        m_source->setVisibleUntil(m_clock.nowUtc());
        SourceLimits limits;
        limits.maxWindowDays = 3;
        m_source->setLimits(limits);
    }

    void cleanup()
    {
        m_client.reset();
        m_ns.reset();
        m_http.reset();
        m_source.reset();
    }

    void chunksUploadEverythingOnceWithProgress()
    {
        auto job = newJob();
        QSignalSpy progress(job.get(), &BackfillJob::progressChanged);
        const BackfillResult r = runJob(*job, BackfillOptions{kStart, kStart.addDays(10), false, 200});
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->toLogString()) : "ok");
        QCOMPARE(r.progress.chunks, 4); // 10 days in 3-day windows
        QCOMPARE(m_source->fetchCount(), 4);
        const NsBatch expected = m_source->documents(kStart, kStart.addDays(10));
        QCOMPARE(r.progress.found, int(expected.size()));
        QCOMPARE(r.progress.uploaded, int(expected.size()));
        QCOMPARE(r.progress.alreadyPresent, 0);
        QCOMPARE(r.progress.percent(), 100);
        QVERIFY(progress.size() >= 5);
        expectExactlyOnce(expected);
        QVERIFY(m_state->backfill(u"a"_s).isEmpty());
        QVERIFY(m_state->account(u"a"_s).cursor.isEmpty()); // the sync cursor is not the backfill's business
        // Again: everything is already there, nothing is sent.
        auto again = newJob();
        const BackfillResult second = runJob(*again, BackfillOptions{kStart, kStart.addDays(10), false, 200});
        QCOMPARE(second.progress.uploaded, 0);
        QCOMPARE(second.progress.alreadyPresent, int(expected.size()));
    }

    void pretendProducesADiffAndUploadsNothing()
    {
        const NsBatch all = m_source->documents(kStart, kStart.addDays(2));
        // The site holds the first day already, one treatment with another amount.
        for (const QJsonObject &doc : m_source->documents(kStart, kStart.addSecs(86399)).entries)
            m_ns->store().insertRaw(NsCollection::Entries, doc);
        QJsonObject changed = FakeDataSource::treatmentAt(kStart);
        changed.insert(u"insulin"_s, 9.0);
        m_ns->store().insertRaw(NsCollection::Treatments, changed);
        const int before = count(NsCollection::Entries);
        auto job = newJob();
        const BackfillResult r = runJob(*job, BackfillOptions{kStart, kStart.addDays(2), true, 500});
        QVERIFY(r.ok());
        QCOMPARE(r.progress.found, int(all.size()));
        QCOMPARE(r.progress.alreadyPresent, 288);
        QCOMPARE(r.progress.changed, 1);
        QCOMPARE(r.changed.treatments.size(), 1);
        QCOMPARE(r.missing.entries.size(), 289);
        QCOMPARE(r.missing.treatments.size(), 48);
        QCOMPARE(r.progress.uploaded, 0);
        QCOMPARE(count(NsCollection::Entries), before);
        QVERIFY(m_state->backfill(u"a"_s).isEmpty()); // pretend leaves no state behind
    }

    void cancelledBackfillResumesWhereItStopped()
    {
        auto job = newJob();
        BackfillJob *raw = job.get();
        connect(raw, &BackfillJob::progressChanged, raw, [raw](const BackfillProgress &p) {
            if (p.chunk == 2)
                raw->cancel();
        });
        const BackfillResult cancelled = runJob(*job, BackfillOptions{kStart, kStart.addDays(10), false, 100});
        QCOMPARE(cancelled.error->kind, SyncError::Kind::Cancelled);
        QCOMPARE(BackfillProgress::fromJson(m_state->backfill(u"a"_s)).chunk, 2);
        const int fetchesBefore = m_source->fetchCount();
        // A new process: the same range continues at chunk 3.
        job.reset();
        auto resumed = newJob();
        QVERIFY(resumed->pendingBackfill().has_value());
        std::optional<BackfillResult> result;
        resumed->resume(false, 100, [&](const BackfillResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(result->ok());
        QVERIFY(result->progress.resumed);
        QCOMPARE(m_source->fetchCount() - fetchesBefore, 2);
        expectExactlyOnce(m_source->documents(kStart, kStart.addDays(10)));
        QVERIFY(m_state->backfill(u"a"_s).isEmpty());
    }

    // Issue 12: the site does not dedupe devicestatus. A backfill over a range that already holds our
    // device status (older than the newest one there) must not post it again; a missing old one is
    // posted once and does not become "the latest" (the newer one is not posted again afterwards).
    void backfillDoesNotRepostDeviceStatusOfTheRange()
    {
        const auto status = [](const QDateTime &at, int battery) {
            return QJsonObject{
                {u"device"_s, u"nightbridge-fake"_s},
                {u"created_at"_s, ns::NsQuery::isoTime(at)}, // as the site stores it
                {u"identifier"_s, stableIdentifier(u"fake"_s, {u"ds"_s, QString::number(at.toSecsSinceEpoch())})},
                {u"pump"_s, QJsonObject{{u"battery"_s, QJsonObject{{u"percent"_s, battery}}}}}};
        };
        const QJsonObject old = status(kStart.addDays(1), 80);
        const QJsonObject missing = status(kStart.addDays(2), 70);
        const QJsonObject newest = status(kStart.addDays(11), 50);
        m_source->addDeviceStatus(old);
        m_source->addDeviceStatus(missing);
        m_source->addDeviceStatus(newest);
        m_ns->store().insertRaw(NsCollection::DeviceStatus, old);
        m_ns->store().insertRaw(NsCollection::DeviceStatus, newest);
        auto job = newJob();
        const BackfillResult r = runJob(*job, BackfillOptions{kStart, kStart.addDays(3), false, 500});
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->toLogString()) : "ok");
        QCOMPARE(count(NsCollection::DeviceStatus), 3); // old stays once, the missing one is added
        // Again over the whole range including the newest: nothing more.
        auto again = newJob();
        const BackfillResult second = runJob(*again, BackfillOptions{kStart, kStart.addDays(12), false, 500});
        QVERIFY(second.ok());
        QCOMPARE(count(NsCollection::DeviceStatus), 3);
        QHash<QString, int> ids;
        for (const QJsonObject &doc : m_ns->store().documents(NsCollection::DeviceStatus))
            ++ids[doc.value(u"identifier"_s).toString()];
        for (const QJsonObject &doc : {old, missing, newest})
            QCOMPARE(ids.value(doc.value(u"identifier"_s).toString()), 1);
    }

    void careLinkRangeIsShortenedAndSaysSo()
    {
        SourceLimits careLink;
        careLink.maxWindowDays = 1;
        careLink.historyHours = 24;
        m_source->setLimits(careLink);
        auto job = newJob();
        const BackfillResult r =
            runJob(*job, BackfillOptions{m_clock.nowUtc().addDays(-5), m_clock.nowUtc(), false, 500});
        QVERIFY(r.ok());
        QVERIFY(!r.note.isEmpty());
        QCOMPARE(r.progress.from, m_clock.nowUtc().addDays(-1));
        QCOMPARE(r.progress.chunks, 1);
        auto old = newJob();
        const BackfillResult none =
            runJob(*old, BackfillOptions{m_clock.nowUtc().addDays(-5), m_clock.nowUtc().addDays(-3), false, 500});
        QVERIFY(!none.ok());
        QCOMPARE(none.error->kind, SyncError::Kind::Config);
    }
};

QTEST_GUILESS_MAIN(TestBackfillJob)
#include "tst_backfilljob.moc"
