#pragma once

#include "trayiconstate.h"

#include <QColor>
#include <QIcon>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace nb::ui {

// Paints the tray icon: the glucose value (font shrunk to fit), a trend arrow, the range as colour AND
// shape (high: a bar above the number, low: a bar below it, urgent: inverted colours with a frame),
// a stale look (grey, struck through), and a corner badge for sync health (bottom right; colour plus a
// glyph where there is room). Without a reading: the logo with the badge. In the demo a "DEMO" band
// under the number (instead of the trend arrow), so simulated numbers are never taken for real ones.
// Pure: state + size -> pixels.
class TrayIconRenderer {
public:
    static const QList<int> &iconSizes(); // logical sizes put into the QIcon (16 ... 64)

    // A `size` x `size` logical image at `devicePixelRatio` (HiDPI: more pixels, same layout).
    static QImage render(const TrayIconState &state, int size, qreal devicePixelRatio = 1.0);
    static QIcon icon(const TrayIconState &state, qreal devicePixelRatio = 1.0);

    static QString valueText(const TrayIconState &state); // "123", "6.8"; empty without a reading
    static QColor rangeColor(GlucoseRange range);
    static QColor staleColor();
    static QColor badgeColor(SyncHealth health); // invalid for None (no badge)
    static QColor logoColor();
    static QColor demoColor();

    // Layout, in logical coordinates of a `size` icon (tests sample pixels inside these).
    static QRectF valueRect(qreal size);
    static QRectF arrowRect(qreal size);
    static QRectF badgeRect(qreal size);
    static QRectF demoRect(qreal size);

private:
    static void drawBackground(QPainter &p, const TrayIconState &state, qreal size);
    static void drawValue(QPainter &p, const TrayIconState &state, qreal size, qreal dpr);
    static void drawArrow(QPainter &p, const TrayIconState &state, qreal size);
    static void drawRangeCue(QPainter &p, const TrayIconState &state, qreal size);
    static void drawLogo(QPainter &p, qreal size);
    static void drawBadge(QPainter &p, SyncHealth health, qreal size, qreal dpr);
    static void drawDemoMark(QPainter &p, qreal size, qreal dpr);
    static QColor foreground(const TrayIconState &state);
};

} // namespace nb::ui
