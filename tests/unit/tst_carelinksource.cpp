// The pure part of CareLinkSource: what of a 24-hour answer is new, what fills an earlier hole, and the
// cursor it leaves (fetch() itself runs in tst_faultmatrix, tst_synccrash and tst_synccli).
#include "carelinkdatagenerator.h"
#include "sources/carelink/carelinksource.h"
#include "sources/carelink/carelinktransform.h"
#include "sources/carelink/patientdata.h"
#include "sources/carelink/payloadparser.h"

#include <QJsonArray>
#include <QTest>

using namespace nb;
using namespace nb::carelink;
using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kEnd(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());

struct Answer {
    PatientData data;
    NsBatch all;
};

Answer answerAt(const QDateTime &end)
{
    sim::CareLinkScenario scenario;
    scenario.era = sim::CareLinkEra::V11;
    scenario.end = end;
    scenario.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    scenario.seed = 3;
    const auto parsed = PayloadParser::parse(sim::CareLinkDataGenerator::generate(scenario).payload);
    if (!parsed.ok())
        qFatal("cannot parse the generated payload");
    TransformContext context;
    context.nowMs = end.toMSecsSinceEpoch() + 120000;
    context.patientKey = u"anna"_s;
    return {parsed.value(), CareLinkTransform::transform(parsed.value(), context)};
}

// Makes one reading of the answer empty (sg 0), as CareLink sends a slot whose reading has not arrived yet.
void emptySlot(Answer &a, qint64 ms)
{
    for (SensorReading &r : a.data.readings) {
        if (r.timeMs == ms)
            r.mgdl = 0;
    }
    a.all.entries.erase(
        std::remove_if(a.all.entries.begin(), a.all.entries.end(),
                       [ms](const QJsonObject &e) { return qint64(e.value(u"date"_s).toDouble()) == ms; }),
        a.all.entries.end());
}
} // namespace

class TestCareLinkSource : public QObject {
    Q_OBJECT
private slots:
    void firstAnswerUploadsTheInitialWindow()
    {
        const Answer a = answerAt(kEnd);
        FetchRequest request;
        request.initialDays = 1;
        const FetchResult r = CareLinkSource::select(a.data, a.all, request);
        QCOMPARE(r.batch.entries.size(), a.all.entries.size());
        QCOMPARE(r.batch.devicestatus.size(), 1);
        QCOMPARE(r.healed, 0);
        QCOMPARE(qint64(r.cursor.value(u"after"_s).toDouble()), kEnd.toMSecsSinceEpoch());
        QCOMPARE(r.newestData, kEnd);
        QVERIFY(r.window.entries.isEmpty()); // not asked for
        QVERIFY(!r.facts.readings.isEmpty());
        QVERIFY(r.facts.device.has_value());
    }

    void laterAnswersUploadOnlyNewReadingsAndFillHoles()
    {
        Answer first = answerAt(kEnd);
        const qint64 hole = kEnd.addSecs(-20 * 60).toMSecsSinceEpoch();
        emptySlot(first, hole);
        const FetchResult r1 = CareLinkSource::select(first.data, first.all, FetchRequest{});
        QCOMPARE(r1.cursor.value(u"holes"_s).toArray().size(), 1);

        const Answer second = answerAt(kEnd.addSecs(5 * 60)); // one reading later, the hole's reading arrived
        FetchRequest request;
        request.cursor = r1.cursor;
        request.wantWindow = true;
        const FetchResult r2 = CareLinkSource::select(second.data, second.all, request);
        QCOMPARE(r2.healed, 1);
        QCOMPARE(r2.batch.entries.size(), 2); // the new one and the healed one
        QVERIFY(r2.cursor.value(u"holes"_s).toArray().isEmpty());
        QCOMPARE(r2.window.entries.size(), second.all.entries.size());
        // Nothing new: nothing sent, and the same devicestatus is not sent again.
        FetchRequest again;
        again.cursor = r2.cursor;
        const FetchResult r3 = CareLinkSource::select(second.data, second.all, again);
        QVERIFY(r3.batch.entries.isEmpty());
        QVERIFY(r3.batch.devicestatus.isEmpty());
    }

    void resendAndBackfillWindows()
    {
        const Answer a = answerAt(kEnd);
        FetchRequest resend;
        resend.cursor = CareLinkSource::select(a.data, a.all, FetchRequest{}).cursor;
        resend.resendFrom = kEnd.addSecs(-3600);
        QCOMPARE(CareLinkSource::select(a.data, a.all, resend).batch.entries.size(), 13); // the last hour again
        FetchRequest window;
        window.from = kEnd.addSecs(-2 * 3600);
        window.to = kEnd.addSecs(-3600);
        const FetchResult backfill = CareLinkSource::select(a.data, a.all, window);
        QCOMPARE(backfill.batch.entries.size(), 13);
        QVERIFY(backfill.cursor.isEmpty()); // a backfill leaves the cursor as it was
    }
};

QTEST_GUILESS_MAIN(TestCareLinkSource)
#include "tst_carelinksource.moc"
