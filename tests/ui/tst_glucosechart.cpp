#include "manualclock.h"
#include "scriptedstatus.h"

#include "popup/glucosechart.h"
#include "tray/trayiconrenderer.h"

#include <QTest>

using namespace nb;
using nb::test::at;
using nb::test::glucose;
using nb::test::ManualClock;
using nb::ui::GlucoseChart;

class TestGlucoseChart : public QObject {
    Q_OBJECT
private slots:
    void showsOnlyTheChosenWindow()
    {
        StatusModel model;
        ManualClock clock(at(0));
        QList<GlucoseReading> readings;
        for (int m = -24 * 60 + 5; m <= 0; m += 5)
            readings << glucose(m, 100 + (m % 50));
        readings << glucose(-10, 0); // an artefact, never plotted
        model.addReadings(readings);
        model.addMarkers({TreatmentMarker{at(-30), 4.0, 40, QStringLiteral("tandem")}, // a meal bolus: both
                          TreatmentMarker{at(-5 * 60), 1.5, 0, QStringLiteral("tandem")}});
        GlucoseChart chart(model, clock);
        QCOMPARE(chart.hours(), 3);
        QCOMPARE(chart.visibleReadingCount(), 36);
        QCOMPARE(chart.visibleBolusCount(), 1);
        QCOMPARE(chart.visibleCarbCount(), 1);
        chart.setHours(6);
        QCOMPARE(chart.visibleReadingCount(), 72);
        QCOMPARE(chart.visibleBolusCount(), 2);
        chart.setHours(24);
        QCOMPARE(chart.visibleReadingCount(), 287);
    }

    void mapsTimeAndValueIntoThePlot()
    {
        StatusModel model;
        ManualClock clock(at(0));
        GlucoseChart chart(model, clock);
        chart.resize(400, 200);
        const QRectF plot = chart.plotRect();
        QCOMPARE(chart.pointFor(at(0), 40), plot.bottomRight());
        QCOMPARE(chart.pointFor(at(-180), chart.topMgdl()), plot.topLeft());
        QVERIFY(chart.pointFor(at(-90), 180).y() < chart.pointFor(at(-90), 70).y());
        QCOMPARE(chart.topMgdl(), 300); // urgent high (250) + room, rounded up
        model.addReadings({glucose(-5, 388)});
        QCOMPARE(chart.topMgdl(), 400);
    }

    void paintsTheTargetBandAndTheReadings()
    {
        StatusModel model;
        ManualClock clock(at(0));
        model.addReadings({glucose(-60, 120), glucose(-30, 260)});
        GlucoseChart chart(model, clock);
        chart.resize(400, 200);
        const QImage image = chart.grab().toImage();
        QCOMPARE(image.size(), QSize(400, 200));
        // inside the band, away from dots: the in-range colour over the base colour
        const QPointF bandPoint = chart.pointFor(at(-170), 125);
        const QColor band = image.pixelColor(bandPoint.toPoint());
        const QColor base = chart.palette().base().color();
        QVERIFY2(band != base, qPrintable(band.name()));
        QVERIFY(band.green() > band.red());
        // outside the band: the plain base colour
        QCOMPARE(image.pixelColor(chart.pointFor(at(-170), 230).toPoint()), base);
        // the dots in their range colours
        const QColor dotInRange = image.pixelColor(chart.pointFor(at(-60), 120).toPoint());
        const QColor dotHigh = image.pixelColor(chart.pointFor(at(-30), 260).toPoint());
        QCOMPARE(dotInRange, ui::TrayIconRenderer::rangeColor(GlucoseRange::InRange));
        QCOMPARE(dotHigh, ui::TrayIconRenderer::rangeColor(GlucoseRange::UrgentHigh));
    }
};

QTEST_MAIN(TestGlucoseChart)
#include "tst_glucosechart.moc"
