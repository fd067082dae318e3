// The crash test of issue 5: nightbridge-cli syncs a generated multi-day stream from both fake vendors into
// a fake Nightscout and is killed with SIGKILL at 50+ random points, then restarted; at the end Nightscout
// holds every expected document exactly once. The expectation comes from a second config that syncs the
// same services into a second fake Nightscout without interruption. The fakes live in nb_test_services, a
// process of their own, so they outlive every CLI process.
// Built a second time as tst_realns_synccrash (NB_SYNCCRASH_REAL_NS, label realns): the target is then the
// real Nightscout server (../shared/nightscout), the reference still a fake.
#include "synctestharness.h"
#include "sync/gapcheck.h"
#ifdef NB_SYNCCRASH_REAL_NS
#include "realns.h"
#endif

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>

using namespace nb;
using namespace nb::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QHash<QString, int> keyCounts(const QList<QJsonObject> &docs, NsCollection collection)
{
    QHash<QString, int> counts;
    for (const QJsonObject &doc : docs) {
        QString key = GapCheck::presenceKey(collection, doc);
        if (key.isEmpty()) { // devicestatus / profile: the same snapshot twice is a duplicate
            QJsonObject copy = doc;
            copy.remove(u"_id"_s);
            key = QString::fromUtf8(QJsonDocument(copy).toJson(QJsonDocument::Compact));
        }
        ++counts[key];
    }
    return counts;
}

} // namespace

class TestSyncCrash : public QObject {
    Q_OBJECT
private:
    SyncHarness m_harness;
    QTemporaryDir m_target;
    QTemporaryDir m_reference;
    static constexpr int kKills = 55;
#ifdef NB_SYNCCRASH_REAL_NS
    // The initial upload is slower against the real server: kills keep landing in it for longer, and the
    // test goes on until the clock has also moved (kills in the steady state) several times.
    static constexpr int kMinAdvances = 10;
    std::unique_ptr<RealNs> m_real;
#else
    static constexpr int kMinAdvances = 0;
#endif

    QList<QJsonObject> targetDocuments(NsCollection c, const QString &name)
    {
#ifdef NB_SYNCCRASH_REAL_NS
        Q_UNUSED(name)
        return m_real->all(c);
#else
        Q_UNUSED(c)
        return m_harness.documents(0, name);
#endif
    }

    QStringList config(const QTemporaryDir &dir) const
    {
        return {u"--config"_s, dir.path()};
    }

    void setUpAccounts(const QTemporaryDir &dir, int site)
    {
        QVERIFY(m_harness.configure(dir.path(), site, 100));
#ifdef NB_SYNCCRASH_REAL_NS
        if (site == 0) { // the target syncs into the real server
            Settings settings(dir.filePath(u"nightbridge.ini"_s));
            QVERIFY(settings.setValue(keys::nightscoutUrl, RealNs::url().toString()).ok());
            QVERIFY(settings.sync().ok());
            QVERIFY(SyncHarness::writeFile(dir.filePath(u"ns-secret"_s), RealNs::secret()));
        }
#endif
        const QString email = m_harness.hello().value(u"tandemEmail"_s).toString();
        CliRun r = SyncHarness::cli(config(dir) + QStringList{u"accounts"_s, u"add"_s, u"tandem"_s, u"--email"_s, email,
                                                              u"--password-file"_s, dir.filePath(u"tandem-password"_s),
                                                              u"--timezone"_s, u"America/New_York"_s, u"--features"_s,
                                                              u"default,CGM"_s, u"--initial-days"_s, u"3"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = SyncHarness::cli(config(dir) +
                             QStringList{u"accounts"_s, u"add"_s, u"carelink"_s, u"--country"_s, u"DE"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = SyncHarness::cli(config(dir) + QStringList{u"accounts"_s, u"set"_s, u"--nightscout-secret-file"_s,
                                                       dir.filePath(u"ns-secret"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(m_harness.careLinkLogin(config(dir), u"carelink"_s));
    }

    // Runs a sync and kills it after delayMs; true when the kill hit a running process. *ranMs: how long
    // an unkilled run took.
    bool syncAndKill(int delayMs, int *ranMs)
    {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.setProcessEnvironment(SyncHarness::cleanEnvironment());
        p.start(QStringLiteral(NB_CLI_BINARY), config(m_target) + QStringList{u"sync"_s, u"--once"_s});
        if (!p.waitForStarted(10000))
            return false;
        const bool finished = p.waitForFinished(delayMs);
        if (finished) {
            *ranMs = int(timer.elapsed());
            if (p.exitCode() != 0)
                qWarning() << "target run failed" << p.exitCode() << p.readAllStandardError().left(300);
            return false;
        }
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(10000);
        return true;
    }

private slots:
    void initTestCase()
    {
#ifdef NB_SYNCCRASH_REAL_NS
        NB_REQUIRE_REAL_NS();
        m_real = std::make_unique<RealNs>();
        QVERIFY(m_real->wipe());
#endif
        // 21 hours behind real time, three days of pump history before that; the clock advances 20 min per
        // round, so CareLink's 24-hour window never loses data the target has not seen.
        QVERIFY(m_harness.start({u"--offset-hours"_s, u"21"_s, u"--history-days"_s, u"3"_s, u"--nightscout-sites"_s,
                                 u"2"_s, u"--no-rotation"_s}));
        setUpAccounts(m_target, 0);
        setUpAccounts(m_reference, 1);
    }

    void killedAtRandomPointsEveryDocumentExactlyOnce()
    {
        QRandomGenerator random(20261121);
        int kills = 0;
        int rounds = 0;
        int targetRunMs = 1500; // how long the target's last complete run took: kills land within it
        int advances = 0;
        bool targetCompleted = false;
        while ((kills < kKills || advances < kMinAdvances) && rounds < 250) {
            ++rounds;
            // The clock moves only once the target has seen CareLink's first window completely: CareLink
            // keeps 24 hours, and what left the window before the target ever ran cannot be expected of it.
            if (targetCompleted && advances < 60) {
                m_harness.control("POST", u"/advance?minutes=20"_s);
                ++advances;
            }
            const CliRun reference = SyncHarness::cli(config(m_reference) + QStringList{u"sync"_s, u"--once"_s});
            QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
            int ranMs = 0;
            // While the big initial upload (three days) is in progress, kills come early and often.
            const int delay =
                targetCompleted ? int(random.bounded(std::max(100, targetRunMs))) : 150 + int(random.bounded(500));
            if (syncAndKill(delay, &ranMs)) {
                ++kills;
            } else {
                targetRunMs = ranMs;
                targetCompleted = true;
            }
        }
        qInfo() << "rounds" << rounds << "kills" << kills << "clock advances" << advances;
        QVERIFY(kills >= 50);
        QVERIFY(advances >= kMinAdvances);
        // The target catches up without interruption (twice: the second run must find nothing new).
        for (int i = 0; i < 2; ++i) {
            const CliRun done = SyncHarness::cli(config(m_target) + QStringList{u"sync"_s, u"--once"_s});
            QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        }
        const CliRun last = SyncHarness::cli(config(m_reference) + QStringList{u"sync"_s, u"--once"_s});
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));

        for (const QString &name : {u"entries"_s, u"treatments"_s, u"devicestatus"_s, u"profile"_s}) {
            const NsCollection c = name == u"entries"_s        ? NsCollection::Entries
                                   : name == u"treatments"_s   ? NsCollection::Treatments
                                   : name == u"devicestatus"_s ? NsCollection::DeviceStatus
                                                               : NsCollection::Profile;
            const QHash<QString, int> target = keyCounts(targetDocuments(c, name), c);
            const QList<QJsonObject> referenceDocs = m_harness.documents(1, name);
            const QHash<QString, int> expected = keyCounts(referenceDocs, c);
            QHash<QString, QJsonObject> byKey;
            for (const QJsonObject &doc : referenceDocs)
                byKey.insert(GapCheck::presenceKey(c, doc), doc);
            for (auto it = target.cbegin(); it != target.cend(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(name + u" stored twice: "_s + it.key().left(200)));
            if (c == NsCollection::Entries || c == NsCollection::Treatments) {
                QVERIFY2(expected.size() > 100, qPrintable(name));
                for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                    QVERIFY2(target.contains(it.key()),
                             qPrintable(name + u" missing: "_s +
                                        QString::fromUtf8(
                                            QJsonDocument(byKey.value(it.key())).toJson(QJsonDocument::Compact))));
                QCOMPARE(target.size(), expected.size());
            }
            qInfo() << name << "target" << target.size() << "reference" << expected.size();
        }
    }

    void cleanupTestCase()
    {
        m_harness.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
