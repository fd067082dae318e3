#include "backfillsession.h"
#include "backfillwizard.h"
#include "sync/gapcheck.h"
#include "sync/outbox.h"
#include "wizardtestservices.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kStart(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
const QString kTandem = u"demo-tandem"_s;
constexpr int kHistoryDays = 40;
constexpr int kBackfillDays = 33; // two 28-day windows
} // namespace

class TestBackfillWizard : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<test::DemoBackfillServices> m_services;

    template<typename T>
    static T *child(QWidget &root, const QString &name)
    {
        T *widget = root.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    // A direct run of the engine's job, as the CLI does it.
    BackfillResult directRun(const QDateTime &from, const QDateTime &to, bool pretend)
    {
        const AccountConfig account = m_services->accounts().last();
        auto source = m_services->createSource(account);
        if (!source.ok())
            qFatal("no source");
        Outbox outbox(m_services->outboxDirFor(account.id));
        BackfillJob job(account.id, *source.value(), m_services->client(), outbox, m_services->syncState(),
                        m_services->clock());
        std::optional<BackfillResult> result;
        job.start(BackfillOptions{from, to, pretend, 500}, [&](const BackfillResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            qFatal("direct backfill did not finish");
        return *result;
    }

    int documents(NsCollection c) { return int(m_services->nightscout().store().documents(c).size()); }

    void expectNoDuplicates()
    {
        for (NsCollection c : {NsCollection::Entries, NsCollection::Treatments}) {
            QSet<QString> seen;
            for (const QJsonObject &doc : m_services->nightscout().store().documents(c)) {
                const QString key = GapCheck::presenceKey(c, doc);
                QVERIFY2(!seen.contains(key), qPrintable(key));
                seen.insert(key);
            }
        }
    }

    // Account -> range (last N days) -> features -> preview, finished.
    void toPreview(BackfillWizard &wizard, int days)
    {
        wizard.show();
        QCOMPARE(wizard.currentId(), int(BackfillWizard::AccountPageId));
        auto *accounts = child<QComboBox>(wizard, u"accountCombo"_s);
        for (int i = 0; i < accounts->count(); ++i) // "Tandem (tandem)", never "Tandem (tandem) (Tandem Source)"
            QVERIFY2(accounts->itemText(i).count(u'(') <= 1, qPrintable(accounts->itemText(i)));
        accounts->setCurrentIndex(accounts->findData(kTandem));
        QTest::mouseClick(child<QPushButton>(wizard, u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(BackfillWizard::RangePageId));
        if (auto *resume = child<QRadioButton>(wizard, u"resumeRadio"_s); !resume->isHidden()) {
            QVERIFY(resume->isChecked()); // an interrupted backfill is offered first
        } else {
            child<QRadioButton>(wizard, u"lastDaysRadio"_s)->setChecked(true);
            child<QSpinBox>(wizard, u"daysSpin"_s)->setValue(days);
        }
        QVERIFY(child<QLabel>(wizard, u"limitsLabel"_s)->text().contains(u"28"_s));
        QVERIFY(child<QLabel>(wizard, u"planLabel"_s)->text().contains(u"2 request window"_s));
        QTest::mouseClick(child<QPushButton>(wizard, u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(BackfillWizard::FeaturesPageId));
        QTest::mouseClick(child<QPushButton>(wizard, u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(BackfillWizard::PreviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, u"commitButton"_s)->isEnabled(), 60000);
        QVERIFY(wizard.session().previewResult() && wizard.session().previewResult()->ok());
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<test::ManualClock>(kStart);
        m_services = std::make_unique<test::DemoBackfillServices>(*m_clock);
        QVERIFY(m_services->start(kHistoryDays));
    }

    void cleanup()
    {
        m_services.reset();
        m_clock.reset();
    }

    void previewMatchesPretendRunThenCancelAndResume()
    {
        const QDateTime now = m_clock->nowUtc();
        // The site holds the last 3 days already.
        const BackfillResult seeded = directRun(now.addDays(-3), now, false);
        QVERIFY(seeded.ok());
        QVERIFY(seeded.progress.uploaded > 0);

        BackfillWizard wizard(*m_services);
        QSignalSpy finished(&wizard, &BackfillWizard::backfillFinished);
        toPreview(wizard, kBackfillDays);
        const BackfillResult preview = *wizard.session().previewResult();

        // The same pretend run directly through the engine.
        const auto range = BackfillPlanner::lastDays(kBackfillDays, now);
        const BackfillResult direct = directRun(range.first, range.second, true);
        QVERIFY(direct.ok());
        QCOMPARE(preview.progress.found, direct.progress.found);
        QCOMPARE(preview.progress.alreadyPresent, direct.progress.alreadyPresent);
        QVERIFY(direct.progress.alreadyPresent > 0);
        QCOMPARE(preview.missing.size(), direct.missing.size());
        QCOMPARE(preview.changed.size(), direct.changed.size());
        auto *kinds = child<QTableWidget>(wizard, u"previewKindsTable"_s);
        QCOMPARE(kinds->rowCount(), 2);
        QCOMPARE(kinds->item(0, 1)->text().toInt(), int(direct.missing.entries.size()));
        QCOMPARE(kinds->item(1, 1)->text().toInt(), int(direct.missing.treatments.size()));
        QCOMPARE(child<QTableWidget>(wizard, u"previewSampleTable"_s)->rowCount(),
                 std::min<int>(100, int(direct.missing.size() + direct.changed.size())));
        QVERIFY(
            child<QLabel>(wizard, u"previewCountsLabel"_s)->text().contains(QString::number(direct.progress.found)));
        const int entriesBefore = documents(NsCollection::Entries);

        // Run; cancel once the first window is uploaded.
        connect(&wizard.session(), &BackfillSession::progressChanged, this, [&wizard](const BackfillProgress &p) {
            if (p.chunk == 1 && wizard.session().mode() == BackfillSession::Mode::Run && !p.resumed)
                QTest::mouseClick(wizard.findChild<QPushButton *>(u"cancelBackfillButton"_s), Qt::LeftButton);
        });
        QSignalSpy runDone(&wizard.session(), &BackfillSession::runFinished);
        QTest::mouseClick(child<QPushButton>(wizard, u"commitButton"_s), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(BackfillWizard::RunPageId));
        QVERIFY(runDone.wait(60000));
        const auto cancelled = runDone.takeFirst().at(0).value<BackfillResult>();
        QCOMPARE(cancelled.error->kind, SyncError::Kind::Cancelled);
        QCOMPARE(cancelled.progress.chunk, 1);
        QVERIFY(documents(NsCollection::Entries) > entriesBefore);
        QVERIFY(wizard.session().pendingBackfill().has_value());
        QVERIFY(!child<QPushButton>(wizard, u"resumeBackfillButton"_s)->isHidden());
        QVERIFY(!child<QPushButton>(wizard, u"finishButton"_s)->isVisible() ||
                !child<QPushButton>(wizard, u"nextButton"_s)->isEnabled());
        QCOMPARE(finished.size(), 0);

        // Resume: the second window only, nothing twice.
        QTest::mouseClick(child<QPushButton>(wizard, u"resumeBackfillButton"_s), Qt::LeftButton);
        QVERIFY(runDone.wait(60000));
        const auto resumed = runDone.takeFirst().at(0).value<BackfillResult>();
        QVERIFY2(resumed.ok(), resumed.error ? qPrintable(resumed.error->toLogString()) : "");
        QVERIFY(resumed.progress.resumed);
        QCOMPARE(child<QProgressBar>(wizard, u"runProgress"_s)->value(), 100);
        QCOMPARE(child<QLabel>(wizard, u"uploadedValue"_s)->text(), QLocale().toString(resumed.progress.uploaded));
        QVERIFY(!wizard.session().pendingBackfill().has_value());
        expectNoDuplicates();
        QCOMPARE(documents(NsCollection::Entries) - entriesBefore, int(direct.missing.entries.size()));
        // Everything of the range is on the site now: a pretend run finds nothing missing.
        const BackfillResult after = directRun(range.first, range.second, true);
        QCOMPARE(after.missing.size(), 0);

        QTRY_VERIFY(child<QPushButton>(wizard, u"nextButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(wizard, u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(BackfillWizard::SummaryPageId));
        QVERIFY(!child<QLabel>(wizard, u"summaryLabel"_s)->text().isEmpty());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), kTandem);
        QCOMPARE(finished.at(0).at(1).toInt(), resumed.progress.uploaded);
        QVERIFY(m_services->activeLog().contains(kTandem + u":on"_s));
        QCOMPARE(m_services->activeLog().last(), kTandem + u":off"_s);
    }

    void interruptedBackfillResumesInANewWizard()
    {
        {
            BackfillWizard wizard(*m_services);
            toPreview(wizard, kBackfillDays);
            connect(&wizard.session(), &BackfillSession::progressChanged, this, [&wizard](const BackfillProgress &p) {
                if (p.chunk == 1 && wizard.session().mode() == BackfillSession::Mode::Run)
                    wizard.reject(); // closing the window mid-run
            });
            QSignalSpy rejected(&wizard, &QDialog::rejected);
            QTest::mouseClick(child<QPushButton>(wizard, u"commitButton"_s), Qt::LeftButton);
            QVERIFY(rejected.wait(60000));
        }
        // Another start of the app: the state is read again.
        m_services->reopenState();
        BackfillWizard wizard(*m_services);
        wizard.show();
        auto *accounts = child<QComboBox>(wizard, u"accountCombo"_s);
        accounts->setCurrentIndex(accounts->findData(kTandem));
        QVERIFY(child<QLabel>(wizard, u"pendingLabel"_s)->text().contains(u"1 of 2"_s));
        toPreview(wizard, kBackfillDays);
        QVERIFY(wizard.session().isResume());
        QSignalSpy runDone(&wizard.session(), &BackfillSession::runFinished);
        QTest::mouseClick(child<QPushButton>(wizard, u"commitButton"_s), Qt::LeftButton);
        QVERIFY(runDone.wait(60000));
        const auto result = runDone.takeFirst().at(0).value<BackfillResult>();
        QVERIFY(result.ok());
        QVERIFY(result.progress.resumed);
        expectNoDuplicates();
        const auto range = BackfillPlanner::lastDays(kBackfillDays, m_clock->nowUtc());
        QCOMPARE(directRun(range.first, range.second, true).missing.size(), 0);
    }

    void careLinkRangeIsClampedToItsDay()
    {
        BackfillWizard wizard(*m_services);
        wizard.show();
        auto *accounts = child<QComboBox>(wizard, u"accountCombo"_s);
        accounts->setCurrentIndex(accounts->findData(u"demo-carelink"_s));
        QTest::mouseClick(child<QPushButton>(wizard, u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(BackfillWizard::RangePageId));
        QVERIFY(child<QLabel>(wizard, u"limitsLabel"_s)->text().contains(u"24 hour"_s));
        auto *days = child<QSpinBox>(wizard, u"daysSpin"_s);
        QCOMPARE(days->maximum(), 1);
        // One day is "1 day" (the language's plural form, not a fixed " days" suffix).
        QCOMPARE(days->value(), 1);
        QVERIFY2(days->text().startsWith(u"1 day"_s) && !days->text().contains(u"days"_s), qPrintable(days->text()));
        QCOMPARE(days->text(), QCoreApplication::translate("nb::BackfillRangePage", "%n day(s)", nullptr, 1));
        QVERIFY(child<QPushButton>(wizard, u"nextButton"_s)->isEnabled());
        // Dates further back are shortened, and the page says so.
        child<QRadioButton>(wizard, u"datesRadio"_s)->setChecked(true);
        QVERIFY(!child<QLabel>(wizard, u"planLabel"_s)->text().isEmpty());
        QCOMPARE(wizard.session().plan().chunks.size(), 1);
    }

    void everyPageCanBeShownDirectly()
    {
        BackfillWizard wizard(*m_services);
        wizard.show();
        wizard.showPage(BackfillWizard::FeaturesPageId);
        QCOMPARE(wizard.currentId(), int(BackfillWizard::FeaturesPageId));
        QVERIFY(wizard.findChild<QWidget *>(u"feature_entries"_s)); // the first account: CareLink
        wizard.showPage(BackfillWizard::RangePageId);
        QCOMPARE(wizard.currentId(), int(BackfillWizard::RangePageId));
        for (QWidget *w : wizard.findChildren<QWidget *>()) {
            if (w->objectName().isEmpty() && !w->inherits("QWizardPage") && w->parent() &&
                w->parentWidget()->inherits("QWizardPage"))
                QFAIL(qPrintable(u"widget without objectName: "_s + QString::fromLatin1(w->metaObject()->className())));
        }
    }
};

QTEST_MAIN(TestBackfillWizard)
#include "tst_backfillwizard.moc"
