// Uploads against the real Nightscout server, and the same scenarios against our fake, with the same
// assertions (a difference is a bug in the fake; see tst_fakenightscout for the facts pinned there):
//  - every shared vendor fixture, converted by `nightbridge-cli convert`, uploaded twice with
//    `nightbridge-cli nightscout upload`: every document is then present exactly once, found by identifier;
//  - devicestatus and profile (which the server never dedupes) are not posted twice, also when an upload
//    brings old ones (a backfill) after newer ones;
//  - the treatment replace rules: ours are replaced by identifier (an edited amount stays one record, a
//    field left out disappears), another uploader's document with the same time and eventType is left alone.
#include "fixtures.h"
#include "model/identifier.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsquery.h"
#include "nightscout/nsurl.h"
#include "realns.h"
#include "simulation/nightscout/fakenightscout.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace nb;
using namespace Qt::Literals::StringLiterals;
using nb::sim::FakeNightscout;

namespace {

const QList<NsCollection> kAll{NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus,
                               NsCollection::Profile};

QString iso(const QDateTime &t)
{
    return ns::NsQuery::isoTime(t);
}

QJsonObject deviceStatus(const QDateTime &at, int battery)
{
    return {{u"device"_s, u"nightbridge-realns"_s},
            {u"created_at"_s, iso(at)},
            {u"identifier"_s, stableIdentifier(u"realns"_s, {u"ds"_s, QString::number(at.toSecsSinceEpoch())})},
            {u"pump"_s, QJsonObject{{u"battery"_s, QJsonObject{{u"percent"_s, battery}}}, {u"reservoir"_s, 120}}}};
}

QJsonObject profile(const QDateTime &start, double dia)
{
    const QJsonArray basal{QJsonObject{{u"time"_s, u"00:00"_s}, {u"value"_s, 0.8}, {u"timeAsSeconds"_s, 0}}};
    return {{u"defaultProfile"_s, u"Pump"_s},
            {u"startDate"_s, iso(start)},
            {u"enteredBy"_s, u"Nightbridge"_s},
            {u"units"_s, u"mg/dl"_s},
            {u"identifier"_s, stableIdentifier(u"realns"_s, {u"profile"_s, QString::number(start.toSecsSinceEpoch())})},
            {u"store"_s, QJsonObject{{u"Pump"_s, QJsonObject{{u"dia"_s, dia},
                                                             {u"timezone"_s, u"Europe/Berlin"_s},
                                                             {u"units"_s, u"mg/dl"_s},
                                                             {u"basal"_s, basal}}}}}};
}

} // namespace

class TestRealNsUpload : public QObject {
    Q_OBJECT
private:
    SystemClock m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<test::RealNs> m_admin;
    std::unique_ptr<FakeNightscout> m_fake;
    QTemporaryDir m_dir;
    bool m_real = true; // the site of the current row

    QUrl siteUrl() const { return m_real ? test::RealNs::url() : m_fake->baseUrl(); }
    QList<QJsonObject> all(NsCollection c) { return m_real ? m_admin->all(c) : m_fake->store().documents(c); }
    void useSite(const QString &site)
    {
        m_real = site == u"real"_s;
        if (m_real)
            QVERIFY(m_admin->wipe());
        else
            m_fake->store().clear();
    }
    void addSiteRows()
    {
        QTest::addColumn<QString>("site");
        QTest::newRow("real") << u"real"_s;
        QTest::newRow("fake") << u"fake"_s;
    }

    std::unique_ptr<ns::NightscoutClient> client()
    {
        ns::NsClientConfig config;
        config.baseUrl = ns::NsUrl::normalize(siteUrl().toString(), false).value();
        config.credentials = ns::NsCredentials::apiSecret(Secret(test::RealNs::secret()));
        return std::make_unique<ns::NightscoutClient>(*m_http, m_clock, config);
    }
    ns::NsUploadReport upload(ns::NightscoutClient &c, const NsBatch &batch)
    {
        std::optional<Result<ns::NsUploadReport>> result;
        c.upload(batch, [&](const Result<ns::NsUploadReport> &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000); }();
        const QString why = !result ? u"no result"_s : result->ok() ? QString() : result->error().toLogString();
        [&] { QVERIFY2(why.isEmpty(), qPrintable(why)); }();
        return result && result->ok() ? result->value() : ns::NsUploadReport();
    }

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // nightbridge-cli as a process; this event loop keeps running (the fake answers from it).
    Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NS_URL"_s, siteUrl().toString());
        env.insert(u"NS_SECRET"_s, test::RealNs::secret());
        env.remove(u"NS_TOKEN"_s);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NB_CLI_BINARY), args);
        Run run;
        [&] { QVERIFY(finished.wait(300000)); }();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        NB_REQUIRE_REAL_NS();
        QVERIFY(m_dir.isValid());
        m_http = std::make_unique<HttpClient>(m_clock);
        m_admin = std::make_unique<test::RealNs>();
        FakeNightscout::Options o;
        o.apiSecret = test::RealNs::secret();
        o.authFailDelay = std::chrono::milliseconds(50);
        m_fake = std::make_unique<FakeNightscout>(m_clock, o);
        QVERIFY(m_fake->listen());
    }

    void everyFixtureExactlyOnce_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QStringList>("convert");
        const QDir tandem(test::sharedFixture(u"tandem"_s));
        QStringList rows;
        for (const QString &meta : tandem.entryList({u"*.meta.json"_s}, QDir::Files, QDir::Name)) {
            const QString name = meta.chopped(QStringLiteral(".meta.json").size());
            const QStringList inputs = tandem.entryList({name + u".pump*.json"_s}, QDir::Files);
            if (inputs.size() != 1)
                continue;
            const QJsonObject m = test::readJson(tandem.filePath(meta)).object();
            QStringList features;
            for (const QJsonValue &f : m.value(u"features"_s).toArray())
                features.append(f.toString());
            const QStringList args{u"convert"_s,
                                   u"--source"_s,
                                   u"tandem"_s,
                                   u"--input"_s,
                                   tandem.filePath(inputs.first()),
                                   u"--timezone"_s,
                                   m.value(u"timezone"_s).toString(),
                                   u"--features"_s,
                                   features.join(u',')};
            for (const char *site : {"real", "fake"})
                QTest::newRow(qPrintable(u"tandem/"_s + name + u" "_s + QLatin1String(site)))
                    << QString::fromLatin1(site) << args;
        }
        const QDir carelink(test::sharedFixture(u"carelink"_s));
        for (const QString &expected : carelink.entryList({u"*.expected.json"_s}, QDir::Files, QDir::Name)) {
            const QString input = expected.chopped(QStringLiteral(".expected.json").size()) + u".json"_s;
            if (!carelink.exists(input) || input.contains(u"discover"_s)) // discovery answers hold no data
                continue;
            const QStringList args{u"convert"_s, u"--source"_s, u"carelink"_s, u"--input"_s, carelink.filePath(input)};
            for (const char *site : {"real", "fake"})
                QTest::newRow(qPrintable(u"carelink/"_s + input + u" "_s + QLatin1String(site)))
                    << QString::fromLatin1(site) << args;
        }
    }

    void everyFixtureExactlyOnce()
    {
        QFETCH(QString, site);
        QFETCH(QStringList, convert);
        useSite(site);
        const Run converted = cli(convert + QStringList{u"--compact"_s});
        QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
        NsBatch batch;
        QString error;
        QVERIFY2(NsBatch::fromJson(QJsonDocument::fromJson(converted.out.toUtf8()).object(), &batch, &error),
                 qPrintable(error));
        if (batch.isEmpty())
            QSKIP("the fixture converts to no documents with its features");
        QFile file(m_dir.filePath(u"converted.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(converted.out.toUtf8());
        file.close();
        for (int round = 0; round < 2; ++round) {
            const Run r = cli({u"nightscout"_s, u"upload"_s, file.fileName(), u"--json"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        }
        for (NsCollection c : kAll) {
            QSet<QString> expected;
            for (const QJsonObject &doc : batch.of(c))
                expected.insert(doc.value(u"identifier"_s).toString());
            const QList<QJsonObject> stored = all(c);
            const QHash<QString, int> counts = test::RealNs::identifierCounts(stored);
            for (const QString &id : std::as_const(expected))
                QVERIFY2(counts.value(id) == 1,
                         qPrintable(u"%1 %2 stored %3 times"_s.arg(nsCollectionName(c), id).arg(counts.value(id))));
            QCOMPARE(stored.size(), expected.size());
        }
    }

    void deviceStatusAndProfileNeverTwice_data() { addSiteRows(); }
    void deviceStatusAndProfileNeverTwice()
    {
        QFETCH(QString, site);
        useSite(site);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime t0 = now.addDays(-9); // beyond the server's default 4-day read window
        NsBatch first;
        first.devicestatus = {deviceStatus(t0, 90), deviceStatus(now.addSecs(-600), 40)};
        first.profile = {profile(t0, 4), profile(now.addDays(-1), 5)};
        auto c = client();
        ns::NsUploadReport r = upload(*c, first);
        QCOMPARE(r.posted, 4);
        // A backfill of the old range, by a new process (nothing remembered): the old ones are on the site,
        // one in between is not.
        NsBatch backfill;
        backfill.devicestatus = {deviceStatus(t0, 90), deviceStatus(t0.addDays(1), 85)};
        backfill.profile = {profile(t0, 4)};
        auto fresh = client();
        r = upload(*fresh, backfill);
        QCOMPARE(r.posted, 1);
        QCOMPARE(r.skippedUnchanged, 2);
        // The newest one is still the newest: sending it again (same process, and a new one) posts nothing.
        NsBatch latest;
        latest.devicestatus = {first.devicestatus.last()};
        latest.profile = {first.profile.last()};
        QCOMPARE(upload(*fresh, latest).posted, 0);
        QCOMPARE(upload(*client(), latest).posted, 0);
        QCOMPARE(upload(*client(), backfill).posted, 0);
        const QHash<QString, int> ds = test::RealNs::identifierCounts(all(NsCollection::DeviceStatus));
        QCOMPARE(ds.size(), 3);
        for (int n : ds)
            QCOMPARE(n, 1);
        const QHash<QString, int> profiles = test::RealNs::identifierCounts(all(NsCollection::Profile));
        QCOMPARE(profiles.size(), 2);
        for (int n : profiles)
            QCOMPARE(n, 1);
    }

    void treatmentReplaceRules_data() { addSiteRows(); }
    void treatmentReplaceRules()
    {
        QFETCH(QString, site);
        useSite(site);
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-7200);
        const QString id = stableIdentifier(u"realns"_s, {u"bolus"_s, QString::number(t.toSecsSinceEpoch())});
        QJsonObject bolus{{u"eventType"_s, u"Correction Bolus"_s},
                          {u"created_at"_s, iso(t)},
                          {u"insulin"_s, 2.0},
                          {u"notes"_s, u"first"_s},
                          {u"enteredBy"_s, u"Nightbridge"_s},
                          {u"identifier"_s, id}};
        // Another uploader's meal bolus at the same instant (no identifier): never touched by ours.
        const QJsonObject theirs{{u"eventType"_s, u"Meal Bolus"_s},
                                 {u"created_at"_s, iso(t.addSecs(600))},
                                 {u"carbs"_s, 40},
                                 {u"enteredBy"_s, u"xdrip"_s}};
        if (m_real)
            QCOMPARE(m_admin
                         ->request(HttpRequest::Method::Post, u"/api/v1/treatments"_s,
                                   QJsonDocument(QJsonArray{theirs}).toJson())
                         .status,
                     200);
        else
            m_fake->store().postTreatments(QJsonArray{theirs});
        const QJsonObject ourMeal{{u"eventType"_s, u"Meal Bolus"_s},
                                  {u"created_at"_s, iso(t.addSecs(600))},
                                  {u"carbs"_s, 35},
                                  {u"enteredBy"_s, u"Nightbridge"_s},
                                  {u"identifier"_s, stableIdentifier(u"realns"_s, {u"meal"_s})}};
        const QJsonObject zeroTemp{{u"eventType"_s, u"Temp Basal"_s},
                                   {u"created_at"_s, iso(t.addSecs(1200))},
                                   {u"absolute"_s, 0},
                                   {u"rate"_s, 0},
                                   {u"duration"_s, 30},
                                   {u"enteredBy"_s, u"Nightbridge"_s},
                                   {u"identifier"_s, stableIdentifier(u"realns"_s, {u"temp"_s})}};
        NsBatch batch;
        batch.treatments = {bolus, ourMeal, zeroTemp};
        QCOMPARE(upload(*client(), batch).posted, 3);
        // The amount was edited on the pump and a field dropped: one record, exactly the new content.
        bolus.insert(u"insulin"_s, 2.5);
        bolus.remove(u"notes"_s);
        batch.treatments = {bolus};
        QCOMPARE(upload(*client(), batch).posted, 1);

        const QList<QJsonObject> stored = all(NsCollection::Treatments);
        QCOMPARE(stored.size(), 4);
        const QHash<QString, int> counts = test::RealNs::identifierCounts(stored);
        QCOMPARE(counts.value(id), 1);
        for (const QJsonObject &doc : stored) {
            const QString by = doc.value(u"enteredBy"_s).toString();
            if (doc.value(u"identifier"_s).toString() == id) {
                QCOMPARE(doc.value(u"insulin"_s).toDouble(), 2.5);
                QVERIFY(!doc.contains(u"notes"_s)); // full replacement, not a merge
            } else if (by == u"xdrip"_s) {
                QCOMPARE(doc.value(u"carbs"_s).toInt(), 40); // theirs, untouched
            } else if (doc.value(u"eventType"_s).toString() == u"Meal Bolus"_s) {
                QCOMPARE(doc.value(u"carbs"_s).toInt(), 35); // ours beside theirs (15.0.7: identifier dedupe)
            } else {
                QCOMPARE(doc.value(u"eventType"_s).toString(), u"Temp Basal"_s);
                QVERIFY(doc.value(u"absolute"_s).isDouble()); // a zero temp basal keeps its 0 rate
                QCOMPARE(doc.value(u"absolute"_s).toDouble(), 0.0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRealNsUpload)
#include "tst_realns_upload.moc"
