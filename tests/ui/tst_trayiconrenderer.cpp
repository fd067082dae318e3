#include "tray/trayiconrenderer.h"

#include <QTest>

using nb::GlucoseRange;
using nb::GlucoseUnits;
using nb::SyncHealth;
using nb::Trend;
using nb::ui::TrayIconRenderer;
using nb::ui::TrayIconState;

namespace {

TrayIconState reading(int mgdl, GlucoseRange range = GlucoseRange::InRange, SyncHealth health = SyncHealth::Ok,
                      Trend trend = Trend::Flat)
{
    TrayIconState s;
    s.mgdl = mgdl;
    s.range = range;
    s.health = health;
    s.trend = trend;
    return s;
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance && a.alpha() > 200;
}

// Pixels inside `logical` (in logical coordinates) that are close to `color`.
int countNear(const QImage &image, const QRectF &logical, QColor color, int tolerance = 60)
{
    const qreal dpr = image.devicePixelRatio();
    const QRect r = QRectF(logical.topLeft() * dpr, logical.size() * dpr).toAlignedRect().intersected(image.rect());
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += near(image.pixelColor(x, y), color, tolerance) ? 1 : 0;
    }
    return n;
}

QColor at(const QImage &image, QPointF logical)
{
    const QPointF p = logical * image.devicePixelRatio();
    return image.pixelColor(int(p.x()), int(p.y()));
}

// A point inside the badge, left of its centre: glyphs (!, pause bars, syncing dot) stay clear of it.
QPointF badgeSample(qreal size)
{
    const QRectF b = TrayIconRenderer::badgeRect(size);
    return QPointF(b.center().x() - b.width() * 0.3, b.center().y());
}

QRect inkBounds(const QImage &image, const QRectF &logical, QColor ink)
{
    QRect bounds;
    const QRect r = logical.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (near(image.pixelColor(x, y), ink, 70))
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

} // namespace

class TestTrayIconRenderer : public QObject {
    Q_OBJECT
private slots:
    void rendersEverySizeAndHiDpi()
    {
        for (const int size : TrayIconRenderer::iconSizes()) {
            const QImage image = TrayIconRenderer::render(reading(123), size);
            QCOMPARE(image.size(), QSize(size, size));
        }
        const QImage hidpi = TrayIconRenderer::render(reading(123), 22, 2.0);
        QCOMPARE(hidpi.size(), QSize(44, 44));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
        const QIcon icon = TrayIconRenderer::icon(reading(123), 2.0);
        QVERIFY(icon.availableSizes().contains(QSize(16, 16)));
        QVERIFY(icon.availableSizes().contains(QSize(64, 64)));
    }

    void theNumberIsDrawn_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("16") << 16;
        QTest::newRow("22") << 22;
        QTest::newRow("32") << 32;
        QTest::newRow("64") << 64;
    }
    void theNumberIsDrawn()
    {
        QFETCH(int, size);
        const QRectF value = TrayIconRenderer::valueRect(size);
        const QImage a = TrayIconRenderer::render(reading(112), size);
        const QImage b = TrayIconRenderer::render(reading(287 - 100), size); // 187: same digits count
        // white digits on the in-range colour
        const int ink = countNear(a, value, Qt::white);
        QVERIFY2(ink > value.width() * value.height() * 0.04, qPrintable(QString::number(ink)));
        QVERIFY(countNear(a, value, TrayIconRenderer::rangeColor(GlucoseRange::InRange)) > ink);
        // another value, other pixels (and only in the number's area, not the badge)
        QVERIFY(a != b);
        QCOMPARE(at(a, badgeSample(size)), at(b, badgeSample(size)));
        // the digits stay inside the icon: the font shrinks to fit three digits even at 16 px
        const QRect bounds = inkBounds(a, value, Qt::white);
        QVERIFY(bounds.left() >= 0 && bounds.right() < size);
        const QRect two = inkBounds(TrayIconRenderer::render(reading(95), size), value, Qt::white);
        // (at 16 px both round to the same few pixel rows)
        QVERIFY(size <= 16 ? bounds.height() <= two.height() : bounds.height() < two.height());
    }

    void mmolValuesAreDrawn()
    {
        TrayIconState s = reading(180);
        s.units = GlucoseUnits::Mmol;
        QCOMPARE(TrayIconRenderer::valueText(s), QStringLiteral("10.0"));
        const QImage image = TrayIconRenderer::render(s, 32);
        QVERIFY(countNear(image, TrayIconRenderer::valueRect(32), Qt::white) > 20);
        QVERIFY(image != TrayIconRenderer::render(reading(180), 32));
    }

    void rangeColourAndShapeCue()
    {
        const int size = 32;
        const QPointF background(1.5, size * 0.72);
        QVERIFY(near(at(TrayIconRenderer::render(reading(120), size), background),
                     TrayIconRenderer::rangeColor(GlucoseRange::InRange)));
        const QImage high = TrayIconRenderer::render(reading(200, GlucoseRange::High), size);
        QVERIFY(near(at(high, background), TrayIconRenderer::rangeColor(GlucoseRange::High)));
        const QImage low = TrayIconRenderer::render(reading(65, GlucoseRange::Low), size);
        QVERIFY(near(at(low, background), TrayIconRenderer::rangeColor(GlucoseRange::Low)));
        // Without colour: high has a bar across the top centre, low one under the number; in range neither.
        const QRectF topStrip(size * 0.3, 0, size * 0.4, 3);
        const QRectF underNumber(size * 0.3, TrayIconRenderer::valueRect(size).bottom() - 3, size * 0.4, 3);
        // (Same number in every render, so the digits add the same ink to each count; the bar adds more.)
        const QImage inRange200 = TrayIconRenderer::render(reading(200), size);
        const QImage inRange65 = TrayIconRenderer::render(reading(65), size);
        QVERIFY(countNear(high, topStrip, QColor(0x1a, 0x1a, 0x1a)) > countNear(inRange200, topStrip, Qt::white) + 10);
        QVERIFY(countNear(low, underNumber, Qt::white) > countNear(inRange65, underNumber, Qt::white) + 10);
        QCOMPARE(countNear(low, topStrip, Qt::white), countNear(inRange65, topStrip, Qt::white));
        // Urgent: inverted (light face, coloured digits) inside a frame of the range colour.
        const QImage urgent = TrayIconRenderer::render(reading(45, GlucoseRange::UrgentLow), size);
        QVERIFY(near(at(urgent, QPointF(size / 2.0, 1)), TrayIconRenderer::rangeColor(GlucoseRange::UrgentLow)));
        QVERIFY(near(at(urgent, background + QPointF(3, 0)), Qt::white));
        QVERIFY(countNear(urgent, TrayIconRenderer::valueRect(size).adjusted(4, 4, -4, 0),
                          TrayIconRenderer::rangeColor(GlucoseRange::UrgentLow)) > 20);
    }

    void staleReadingsAreGreyAndStruckThrough()
    {
        const int size = 32;
        TrayIconState stale = reading(150);
        stale.stale = true;
        const QImage fresh = TrayIconRenderer::render(reading(150), size);
        const QImage old = TrayIconRenderer::render(stale, size);
        QVERIFY(near(at(old, QPointF(1.5, size * 0.72)), TrayIconRenderer::staleColor()));
        const QRectF value(0, 0, size, TrayIconRenderer::badgeRect(size).top()); // the badge has a dark ring
        QCOMPARE(countNear(fresh, value, QColor(0x20, 0x20, 0x20), 30), 0);
        QVERIFY(countNear(old, value, QColor(0x20, 0x20, 0x20), 30) > size); // the strike line
        QCOMPARE(countNear(old, value, TrayIconRenderer::rangeColor(GlucoseRange::InRange), 20), 0);
    }

    void badgeShowsSyncHealth_data()
    {
        QTest::addColumn<SyncHealth>("health");
        QTest::addColumn<int>("size");
        for (const int size : {16, 22, 32, 64}) {
            for (const auto &[name, health] :
                 {std::pair{"ok", SyncHealth::Ok}, std::pair{"syncing", SyncHealth::Syncing},
                  std::pair{"retrying", SyncHealth::Retrying}, std::pair{"attention", SyncHealth::NeedsAttention},
                  std::pair{"paused", SyncHealth::Paused}})
                QTest::addRow("%s %d", name, size) << health << size;
        }
    }
    void badgeShowsSyncHealth()
    {
        QFETCH(SyncHealth, health);
        QFETCH(int, size);
        for (const qreal dpr : {1.0, 2.0}) {
            const QImage withReading = TrayIconRenderer::render(reading(120, GlucoseRange::High, health), size, dpr);
            QVERIFY2(near(at(withReading, badgeSample(size)), TrayIconRenderer::badgeColor(health)),
                     qPrintable(at(withReading, badgeSample(size)).name()));
            TrayIconState logo;
            logo.health = health;
            const QImage noReading = TrayIconRenderer::render(logo, size, dpr);
            QVERIFY(near(at(noReading, badgeSample(size)), TrayIconRenderer::badgeColor(health)));
        }
        // the badge is in the bottom-right corner
        const QRectF badge = TrayIconRenderer::badgeRect(size);
        QVERIFY(badge.right() <= size && badge.bottom() <= size);
        QVERIFY(badge.left() >= size / 2.0 && badge.top() >= size / 2.0);
    }

    void badgesDifferBeyondColourWhereThereIsRoom()
    {
        // At 32 px the attention badge carries "!" and the paused one two bars (white in the badge centre region).
        const QRectF badge = TrayIconRenderer::badgeRect(32);
        const QRectF inner =
            badge.adjusted(badge.width() * 0.3, badge.height() * 0.2, -badge.width() * 0.3, -badge.height() * 0.2);
        QCOMPARE(countNear(TrayIconRenderer::render(reading(120, GlucoseRange::High, SyncHealth::Retrying), 32), inner,
                           Qt::white, 30),
                 0);
        QVERIFY(countNear(TrayIconRenderer::render(reading(120, GlucoseRange::High, SyncHealth::NeedsAttention), 32),
                          inner, Qt::white, 30) > 3);
        QVERIFY(countNear(TrayIconRenderer::render(reading(120, GlucoseRange::High, SyncHealth::Paused), 32), inner,
                          Qt::white, 30) > 3);
    }

    void noBadgeWithoutAccounts()
    {
        const QImage image = TrayIconRenderer::render(reading(120, GlucoseRange::InRange, SyncHealth::None), 32);
        QVERIFY(near(at(image, badgeSample(32)), TrayIconRenderer::rangeColor(GlucoseRange::InRange)));
    }

    void logoWithoutAReading()
    {
        TrayIconState logo;
        logo.health = SyncHealth::Ok;
        const QImage image = TrayIconRenderer::render(logo, 32);
        QVERIFY(near(at(image, QPointF(4, 16)), TrayIconRenderer::logoColor()));
        QVERIFY(TrayIconRenderer::valueText(logo).isEmpty());
        QCOMPARE(countNear(image, TrayIconRenderer::valueRect(32), Qt::white, 20), 0);
    }

    void trendArrowsPointTheirWay()
    {
        const int size = 32;
        const QRectF arrow = TrayIconRenderer::arrowRect(size);
        const QImage up =
            TrayIconRenderer::render(reading(120, GlucoseRange::InRange, SyncHealth::Ok, Trend::SingleUp), size);
        const QImage down =
            TrayIconRenderer::render(reading(120, GlucoseRange::InRange, SyncHealth::Ok, Trend::SingleDown), size);
        const QImage flat =
            TrayIconRenderer::render(reading(120, GlucoseRange::InRange, SyncHealth::Ok, Trend::Flat), size);
        const QImage none =
            TrayIconRenderer::render(reading(120, GlucoseRange::InRange, SyncHealth::Ok, Trend::NotComputable), size);
        QVERIFY(countNear(up, arrow, Qt::white) > 5);
        QCOMPARE(countNear(none, arrow, Qt::white, 30), 0);
        QVERIFY(up != down && up != flat && down != flat);
        // up: the head (widest part) is at the top of the arrow area; down: at the bottom
        const QRect upInk = inkBounds(up, arrow, Qt::white);
        const QRect flatInk = inkBounds(flat, arrow, Qt::white);
        QVERIFY(flatInk.width() > flatInk.height());
        QVERIFY(upInk.height() > upInk.width());
        // the head is the widest part: in the upper half of an up arrow, the lower half of a down arrow
        auto widestRowOffset = [&](const QImage &img) {
            const QRect ink = inkBounds(img, arrow, Qt::white);
            int best = 0;
            int bestY = ink.top();
            for (int y = ink.top(); y <= ink.bottom(); ++y) {
                int n = 0;
                for (int x = ink.left(); x <= ink.right(); ++x)
                    n += near(img.pixelColor(x, y), Qt::white, 70) ? 1 : 0;
                if (n > best) {
                    best = n;
                    bestY = y;
                }
            }
            return bestY - (ink.top() + ink.bottom()) / 2.0;
        };
        QVERIFY(widestRowOffset(up) < 0);
        QVERIFY(widestRowOffset(down) > 0);
    }

    void equalStatesRenderEqualPixels()
    {
        QCOMPARE(TrayIconRenderer::render(reading(99), 24), TrayIconRenderer::render(reading(99), 24));
    }

    // The demo's icon carries a "DEMO" band on every state, at every size: different pixels from the same
    // state outside the demo, much of its rectangle in the band's colour (the health badge sits on it).
    void theDemoIsMarkedInTheIcon()
    {
        for (const bool withReading : {true, false}) {
            TrayIconState state = withReading ? reading(120) : TrayIconState();
            for (const int size : {16, 22, 32, 64}) {
                const QImage plain = TrayIconRenderer::render(state, size);
                state.demo = true;
                const QImage demo = TrayIconRenderer::render(state, size);
                state.demo = false;
                QVERIFY(plain != demo);
                const QRectF band = TrayIconRenderer::demoRect(size);
                const int area = int(band.width() * band.height());
                QVERIFY2(countNear(demo, band, TrayIconRenderer::demoColor(), 20) > area / 3,
                         qPrintable(QStringLiteral("size %1").arg(size)));
                QCOMPARE(countNear(plain, band, TrayIconRenderer::demoColor(), 20), 0);
            }
        }
        // Where there is room the word itself is written: white pixels inside the band.
        TrayIconState demo = reading(120);
        demo.demo = true;
        QVERIFY(countNear(TrayIconRenderer::render(demo, 64), TrayIconRenderer::demoRect(64), Qt::white, 60) > 10);
    }
};

QTEST_MAIN(TestTrayIconRenderer)
#include "tst_trayiconrenderer.moc"
