#include "fakedatasource.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsdocuments.h"
#include "simulation/nightscout/fakenightscout.h"
#include "state/statestore.h"
#include "sync/gapcheck.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;
using nb::sim::FakeNightscout;
using nb::sim::Fault;
using nb::test::FakeDataSource;

namespace {
const QString kSecret = u"correct-horse-battery"_s;
const QDateTime kStart(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());

QByteArray why(const RunReport &r)
{
    return r.error ? r.error->toLogString().toUtf8() : QByteArray("ok");
}

// Every stored document once: entries by (sysTime, type), treatments by identifier.
QHash<QString, int> keyCounts(const QList<QJsonObject> &docs, NsCollection collection)
{
    QHash<QString, int> counts;
    for (const QJsonObject &doc : docs)
        ++counts[GapCheck::presenceKey(collection, doc)];
    return counts;
}
} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT
private:
    test::ManualClock m_clock{kStart.addDays(3)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeNightscout> m_ns;
    std::unique_ptr<ns::NightscoutClient> m_client;
    std::unique_ptr<FakeDataSource> m_source;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncEngine> m_engine;

    void newEngine(EngineOptions options = {})
    {
        // A fresh engine over the same files: what a restarted process sees.
        m_engine.reset();
        m_store = std::make_unique<StateStore>(m_dir->filePath(u"state.json"_s));
        QVERIFY(m_store->load().ok());
        m_state = std::make_unique<SyncState>(*m_store);
        m_outbox = std::make_unique<Outbox>(m_dir->filePath(u"outbox/a"_s));
        ns::NsClientConfig config;
        config.baseUrl = m_ns->baseUrl();
        config.credentials = ns::NsCredentials::apiSecret(Secret(kSecret));
        config.batchSize = options.batchSize;
        config.retry = RetryPolicy(RetryPolicy::Params{2, std::chrono::milliseconds(10), std::chrono::milliseconds(20),
                                                       std::chrono::seconds(1)});
        m_client = std::make_unique<ns::NightscoutClient>(*m_http, m_clock, config);
        m_engine = std::make_unique<SyncEngine>(u"a"_s, *m_source, *m_client, *m_outbox, *m_state, m_clock, options);
    }

    RunReport runOnce()
    {
        std::optional<RunReport> report;
        m_engine->run([&](const RunReport &r) { report = r; });
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 20000))
            qFatal("engine run did not finish");
        return *report;
    }

    void expectComplete(const QDateTime &from, const QDateTime &until)
    {
        const NsBatch expected = m_source->documents(from, until);
        for (NsCollection c : {NsCollection::Entries, NsCollection::Treatments}) {
            const auto counts = keyCounts(m_ns->store().documents(c), c);
            for (const QJsonObject &doc : expected.of(c)) {
                const QString key = GapCheck::presenceKey(c, doc);
                QVERIFY2(counts.value(key) == 1, qPrintable(nsCollectionName(c) + u" "_s + key));
            }
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(u"duplicate "_s + it.key()));
        }
    }

private slots:
    void init()
    {
        m_clock.set(kStart.addDays(3));
        m_dir = std::make_unique<QTemporaryDir>();
        m_http = std::make_unique<HttpClient>(m_clock);
        FakeNightscout::Options o;
        o.apiSecret = kSecret;
        o.authFailDelay = std::chrono::milliseconds(50);
        m_ns = std::make_unique<FakeNightscout>(m_clock, o);
        QVERIFY(m_ns->listen());
        m_source = std::make_unique<FakeDataSource>(kStart);
        m_source->setVisibleUntil(m_clock.nowUtc());
        newEngine();
    }

    void cleanup()
    {
        m_engine.reset();
        m_client.reset();
        m_source.reset();
        m_ns.reset();
        m_http.reset();
    }

    void firstRunThenOnlyNewDocuments()
    {
        const RunReport first = runOnce();
        QVERIFY2(first.ok(), why(first).constData());
        QCOMPARE(first.uploaded, 289 + 25); // one day of entries (both ends) and hourly treatments
        QCOMPARE(m_source->requests().first().initialDays, 1);
        m_clock.advance(15 * 60 * 1000);
        m_source->setVisibleUntil(m_clock.nowUtc());
        const RunReport second = runOnce();
        QVERIFY(second.ok());
        QCOMPARE(second.fetched, 3 + 0);
        QCOMPARE(second.uploaded, 3);
        QVERIFY(m_outbox->isEmpty());
        const AccountRecord record = m_state->account(u"a"_s);
        QCOMPARE(record.uploadedTotal, first.uploaded + second.uploaded);
        QVERIFY(record.lastSuccess.isValid());
        // The last run Nightscout accepted documents in (the popup's "Nightscout accepted 3 ... at 18:06").
        QCOMPARE(record.lastUploadCount, 3);
        QCOMPARE(record.lastUploadAt, m_clock.nowUtc());
        QCOMPARE(AccountRecord::fromJson(record.toJson()).lastUploadAt, record.lastUploadAt);
        QCOMPARE(record.lastReading->time, m_clock.nowUtc());
        expectComplete(kStart.addDays(2), m_clock.nowUtc()); // the initial window: one day
    }

    void interruptedRunIsRecoveredFromTheOutbox()
    {
        // A crash after the fetch was written to the outbox, before any upload.
        const NsBatch batch = m_source->documents(kStart, kStart.addDays(1));
        const QJsonObject cursor{{u"last"_s, double(kStart.addDays(1).toMSecsSinceEpoch())}};
        QVERIFY(m_outbox->enqueue(batch, cursor, u"sync"_s, 100).ok());
        QCOMPARE(m_outbox->pending()->size(), 4); // 100 + 100 + 89 entries, 25 treatments
        newEngine();
        m_source->setVisibleUntil(kStart.addDays(2));
        const RunReport report = runOnce();
        QVERIFY(report.ok());
        QCOMPARE(report.recovered, int(batch.size()));
        QVERIFY(m_outbox->isEmpty());
        // The recovered cursor was committed before the fetch: the fetch starts after day 1.
        QCOMPARE(m_source->requests().last().cursor, cursor);
        expectComplete(kStart, kStart.addDays(2));
    }

    void nightscoutFailureKeepsOutboxAndCursor()
    {
        newEngine(EngineOptions{50, 1, 600, 28, false}); // no comparison with the site in the second run
        QVERIFY(runOnce().ok());
        const QJsonObject cursor = m_state->account(u"a"_s).cursor;
        m_clock.advance(2 * 3600 * 1000);
        m_source->setVisibleUntil(m_clock.nowUtc());
        m_ns->server().injectFault(Fault(Fault::Kind::ServerError, 1000, u"/api/v1/entries"_s));
        const RunReport failed = runOnce();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.errorSource, ErrorSource::Nightscout);
        QCOMPARE(failed.pending, 24 + 2);
        QCOMPARE(m_state->account(u"a"_s).cursor, cursor); // not advanced
        QCOMPARE(m_state->account(u"a"_s).consecutiveFailures, 1);
        m_ns->server().clearFaults();
        const RunReport ok = runOnce();
        QVERIFY2(ok.ok(), why(ok).constData());
        QCOMPARE(ok.recovered, 26);
        QVERIFY(m_outbox->isEmpty());
        QCOMPARE(m_state->account(u"a"_s).consecutiveFailures, 0);
        expectComplete(kStart.addDays(2), m_clock.nowUtc());
    }

    void lateReadingsAreHealed()
    {
        newEngine(EngineOptions{500, 1, 0, 28, false}); // compare with the site on every run
        QVERIFY(runOnce().ok());
        m_clock.advance(60 * 60 * 1000);
        m_source->setVisibleUntil(m_clock.nowUtc());
        const QDateTime late1 = m_clock.nowUtc().addSecs(-30 * 60);
        const QDateTime late2 = m_clock.nowUtc().addSecs(-35 * 60);
        m_source->holdBack(late1);
        m_source->holdBack(late2);
        QVERIFY(runOnce().ok());
        QCOMPARE(m_ns->store().documents(NsCollection::Entries).size(), 289 + 12 - 2);
        m_source->release(); // the phone uploaded them later: older than the cursor
        m_clock.advance(5 * 60 * 1000);
        m_source->setVisibleUntil(m_clock.nowUtc());
        const RunReport healed = runOnce();
        QVERIFY(healed.ok());
        QCOMPARE(healed.healed, 2);
        QCOMPARE(m_state->account(u"a"_s).healedLastRun, 2);
        expectComplete(kStart.addDays(2), m_clock.nowUtc());
    }

    void reconcileResendsWhatTheSiteLost()
    {
        newEngine(EngineOptions{500, 2, 600, 28, false});
        QVERIFY(runOnce().ok());
        const int stored = int(m_ns->store().documents(NsCollection::Entries).size());
        // The site was restored from a backup without the last 6 hours.
        const qint64 cut = m_clock.nowUtc().addSecs(-6 * 3600).toMSecsSinceEpoch();
        QList<QJsonObject> keep;
        for (const QJsonObject &doc : m_ns->store().documents(NsCollection::Entries))
            if (qint64(doc.value(u"date"_s).toDouble()) < cut)
                keep.append(doc);
        m_ns->store().clear();
        for (const QJsonObject &doc : keep)
            m_ns->store().insertRaw(NsCollection::Entries, doc);
        newEngine(EngineOptions{500, 2, 600, 28, false}); // the next process reconciles first
        const RunReport report = runOnce();
        QVERIFY(report.ok());
        QVERIFY(report.uploaded >= 72);
        QCOMPARE(m_ns->store().documents(NsCollection::Entries).size(), stored);
        QVERIFY(m_source->requests().last().resendFrom.isValid());
    }

    void refusedSignInPausesUntilCredentialsChange()
    {
        m_source->failNext(SyncError::make(SyncError::Kind::Auth, u"wrong password"_s, u"401"_s), 1);
        const RunReport refused = runOnce();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, SyncError::Kind::Auth);
        QVERIFY(m_state->account(u"a"_s).authPaused);
        const int fetches = m_source->fetchCount();
        const RunReport paused = runOnce();
        QVERIFY(paused.skippedPaused);
        QCOMPARE(m_source->fetchCount(), fetches); // nothing was tried: no lockout
        newEngine();                               // a restart does not lift the pause either
        QVERIFY(runOnce().skippedPaused);
        m_source->setFingerprint("fp-2"); // the user entered a new password
        const RunReport resumed = runOnce();
        QVERIFY(resumed.ok());
        QVERIFY(!m_state->account(u"a"_s).authPaused);
    }

    void pretendChangesNothing()
    {
        newEngine(EngineOptions{500, 1, 60, 28, true});
        const RunReport report = runOnce();
        QVERIFY(report.ok());
        QCOMPARE(report.pretendBatch.size(), 289 + 25);
        QCOMPARE(report.uploaded, 0);
        QVERIFY(m_ns->store().documents(NsCollection::Entries).isEmpty());
        QVERIFY(m_state->account(u"a"_s).cursor.isEmpty());
        QVERIFY(m_outbox->isEmpty());
    }

    void cancelEndsTheRun()
    {
        m_source->setHang(true);
        std::optional<RunReport> report;
        m_engine->run([&](const RunReport &r) { report = r; });
        QTRY_COMPARE(m_source->fetchCount(), 1);
        m_engine->cancel();
        QVERIFY(report.has_value());
        QCOMPARE(report->error->kind, SyncError::Kind::Cancelled);
        QVERIFY(!m_engine->isRunning());
        QCOMPARE(m_state->account(u"a"_s).consecutiveFailures, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
