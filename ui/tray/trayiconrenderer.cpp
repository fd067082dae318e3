#include "trayiconrenderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nb::ui {

namespace {

constexpr qreal kValueHeight = 0.64; // share of the icon the number gets (it matters most)
constexpr qreal kBadgeShare = 0.40;

bool isUrgent(GlucoseRange range)
{
    return range == GlucoseRange::UrgentLow || range == GlucoseRange::UrgentHigh;
}

qreal lineWidth(qreal size)
{
    return std::max<qreal>(1.0, size / 14.0);
}

// Degrees, counter-clockwise from pointing right; NaN when there is no arrow to draw.
qreal trendAngle(Trend trend)
{
    switch (trend) {
    case Trend::DoubleUp:
    case Trend::SingleUp:
        return 90;
    case Trend::FortyFiveUp:
        return 45;
    case Trend::Flat:
        return 0;
    case Trend::FortyFiveDown:
        return -45;
    case Trend::SingleDown:
    case Trend::DoubleDown:
        return -90;
    case Trend::Unknown:
    case Trend::NotComputable:
    case Trend::RateOutOfRange:
        break;
    }
    return std::nan("");
}

void drawOneArrow(QPainter &p, QPointF center, qreal angleDeg, qreal length, qreal width)
{
    p.save();
    p.translate(center);
    p.rotate(-angleDeg); // Qt's y axis points down
    const qreal head = std::max<qreal>(width * 1.8, length * 0.45);
    p.drawLine(QPointF(-length / 2, 0), QPointF(length / 2 - head * 0.5, 0));
    QPainterPath tip;
    tip.moveTo(length / 2, 0);
    tip.lineTo(length / 2 - head, -head * 0.6);
    tip.lineTo(length / 2 - head, head * 0.6);
    tip.closeSubpath();
    p.fillPath(tip, p.pen().color());
    p.restore();
}

} // namespace

const QList<int> &TrayIconRenderer::iconSizes()
{
    static const QList<int> sizes{16, 20, 22, 24, 32, 40, 48, 64};
    return sizes;
}

QString TrayIconRenderer::valueText(const TrayIconState &state)
{
    if (!state.mgdl)
        return {};
    return GlucoseDisplay::formatValue(*state.mgdl, state.units);
}

QColor TrayIconRenderer::rangeColor(GlucoseRange range)
{
    switch (range) {
    case GlucoseRange::UrgentLow:
        return QColor(0xb7, 0x1c, 0x1c);
    case GlucoseRange::Low:
        return QColor(0xe5, 0x39, 0x35);
    case GlucoseRange::InRange:
        return QColor(0x2e, 0x7d, 0x32);
    case GlucoseRange::High:
        return QColor(0xf9, 0xa8, 0x25);
    case GlucoseRange::UrgentHigh:
        return QColor(0xd8, 0x43, 0x15);
    }
    return Qt::gray;
}

QColor TrayIconRenderer::staleColor()
{
    return QColor(0x8a, 0x8a, 0x8a);
}

QColor TrayIconRenderer::logoColor()
{
    return QColor(0x1d, 0x2b, 0x4f);
}

QColor TrayIconRenderer::badgeColor(SyncHealth health)
{
    switch (health) {
    case SyncHealth::None:
        return {};
    case SyncHealth::Ok:
        return QColor(0x43, 0xa0, 0x47);
    case SyncHealth::Syncing:
        return QColor(0x1e, 0x88, 0xe5);
    case SyncHealth::Retrying:
        return QColor(0xfb, 0x8c, 0x00);
    case SyncHealth::NeedsAttention:
        return QColor(0xd5, 0x00, 0xf9); // magenta: must not look like a low reading's red
    case SyncHealth::Paused:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QColor TrayIconRenderer::demoColor()
{
    return QColor(0x6a, 0x1b, 0x9a); // the purple of the status window's demo label
}

QRectF TrayIconRenderer::demoRect(qreal size)
{
    // The row under the number (where the trend arrow is): the digits stay whole.
    const qreal top = valueRect(size).bottom();
    return QRectF(0, top, size, size - top);
}

QRectF TrayIconRenderer::valueRect(qreal size)
{
    return QRectF(0, 0, size, size * kValueHeight);
}

QRectF TrayIconRenderer::arrowRect(qreal size)
{
    const qreal top = size * kValueHeight;
    return QRectF(size * 0.05, top, size * (1.0 - kBadgeShare - 0.1), size - top);
}

QRectF TrayIconRenderer::badgeRect(qreal size)
{
    const qreal d = std::max<qreal>(6.0, std::round(size * kBadgeShare));
    return QRectF(size - d, size - d, d, d);
}

QColor TrayIconRenderer::foreground(const TrayIconState &state)
{
    if (state.stale)
        return QColor(0xf4, 0xf4, 0xf4);
    if (isUrgent(state.range))
        return rangeColor(state.range);
    if (state.range == GlucoseRange::High)
        return QColor(0x1a, 0x1a, 0x1a);
    return Qt::white;
}

QImage TrayIconRenderer::render(const TrayIconState &state, int size, qreal devicePixelRatio)
{
    const qreal dpr = std::max<qreal>(1.0, devicePixelRatio);
    const int pixels = int(std::ceil(size * dpr));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!state.mgdl) {
        drawLogo(p, size);
    } else {
        drawBackground(p, state, size);
        drawValue(p, state, size, dpr);
        drawRangeCue(p, state, size);
        drawArrow(p, state, size);
    }
    if (state.demo)
        drawDemoMark(p, size, dpr);
    drawBadge(p, state.health, size, dpr);
    p.end();
    return image;
}

QIcon TrayIconRenderer::icon(const TrayIconState &state, qreal devicePixelRatio)
{
    QIcon icon;
    for (const int size : iconSizes()) {
        icon.addPixmap(QPixmap::fromImage(render(state, size, 1.0)));
        if (devicePixelRatio > 1.0)
            icon.addPixmap(QPixmap::fromImage(render(state, size, devicePixelRatio)));
    }
    return icon;
}

void TrayIconRenderer::drawBackground(QPainter &p, const TrayIconState &state, qreal size)
{
    const qreal radius = size * 0.18;
    const QRectF rect(0, 0, size, size);
    if (state.stale) {
        p.setPen(Qt::NoPen);
        p.setBrush(staleColor());
        p.drawRoundedRect(rect, radius, radius);
        return;
    }
    if (isUrgent(state.range)) {
        // Inverted: a light face inside a thick frame in the range colour reads as "urgent" without colour.
        const qreal frame = std::max<qreal>(1.5, size / 10.0);
        p.setPen(Qt::NoPen);
        p.setBrush(rangeColor(state.range));
        p.drawRoundedRect(rect, radius, radius);
        p.setBrush(Qt::white);
        p.drawRoundedRect(rect.adjusted(frame, frame, -frame, -frame), radius * 0.6, radius * 0.6);
        return;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(rangeColor(state.range));
    p.drawRoundedRect(rect, radius, radius);
}

void TrayIconRenderer::drawValue(QPainter &p, const TrayIconState &state, qreal size, qreal dpr)
{
    const QString text = valueText(state);
    const qreal inset = isUrgent(state.range) && !state.stale ? std::max<qreal>(1.5, size / 10.0) : 0.5;
    const QRectF area = valueRect(size).adjusted(inset, inset, -inset, 0);
    QFont font;
    font.setBold(true);
    font.setStretch(size <= 24 ? QFont::SemiCondensed : QFont::Unstretched);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Shrink until the digits fit; sizes are in device pixels so HiDPI gets sharper, not smaller, text.
    const qreal dpx = 1.0 / dpr;
    QRectF bounds;
    for (qreal px = area.height() * 1.25; px >= 4.0; px -= dpx) {
        font.setPixelSize(std::max(1, int(std::round(px * dpr))));
        QFontMetricsF metrics(font);
        bounds = metrics.tightBoundingRect(text);
        bounds = QRectF(bounds.topLeft() / dpr, bounds.size() / dpr);
        if (bounds.width() <= area.width() && bounds.height() <= area.height() * 0.92)
            break;
    }
    p.save();
    p.scale(1.0 / dpr, 1.0 / dpr); // draw in device pixels with the device-pixel font
    p.setFont(font);
    p.setPen(foreground(state));
    const QPointF origin(area.center().x() - bounds.width() / 2 - bounds.left(),
                         area.center().y() - bounds.height() / 2 - bounds.top());
    p.drawText(origin * dpr, text);
    p.restore();
    if (state.stale) {
        // Struck through: "old" without relying on the grey.
        QPen pen(QColor(0x20, 0x20, 0x20), std::max<qreal>(1.0, size / 12.0));
        p.setPen(pen);
        const qreal y = area.center().y();
        p.drawLine(QPointF(size * 0.06, y + size * 0.08), QPointF(size * 0.94, y - size * 0.08));
    }
}

void TrayIconRenderer::drawRangeCue(QPainter &p, const TrayIconState &state, qreal size)
{
    if (state.stale || state.range == GlucoseRange::InRange)
        return;
    const bool high = state.range == GlucoseRange::High || state.range == GlucoseRange::UrgentHigh;
    const qreal t = lineWidth(size);
    const qreal margin = isUrgent(state.range) ? std::max<qreal>(1.5, size / 10.0) : 0.0;
    const qreal y = high ? margin + t / 2 : valueRect(size).bottom() - t / 2;
    p.setPen(QPen(foreground(state), t, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(size * 0.22, y), QPointF(size * 0.78, y));
}

void TrayIconRenderer::drawArrow(QPainter &p, const TrayIconState &state, qreal size)
{
    const qreal angle = trendAngle(state.trend);
    if (std::isnan(angle))
        return;
    const QRectF area = arrowRect(size);
    const qreal w = lineWidth(size);
    const bool twin = state.trend == Trend::DoubleUp || state.trend == Trend::DoubleDown;
    const qreal rad = angle * std::numbers::pi / 180.0;
    const qreal c = std::abs(std::cos(rad));
    const qreal s = std::abs(std::sin(rad));
    const qreal availableW = twin ? area.width() / 2 : area.width();
    qreal length = std::min(c > 0.01 ? availableW / c : 1e9, s > 0.01 ? area.height() / s : 1e9) * 0.9;
    length = std::max<qreal>(length, 3.0);
    p.setPen(QPen(foreground(state), w, Qt::SolidLine, Qt::FlatCap));
    if (twin) {
        drawOneArrow(p, QPointF(area.left() + area.width() * 0.3, area.center().y()), angle, length, w);
        drawOneArrow(p, QPointF(area.left() + area.width() * 0.7, area.center().y()), angle, length, w);
    } else {
        drawOneArrow(p, area.center(), angle, length, w);
    }
}

void TrayIconRenderer::drawLogo(QPainter &p, qreal size)
{
    // The logo of resources/icons/nightbridge.svg, drawn here so the tray needs no image files.
    p.save();
    p.scale(size / 64.0, size / 64.0);
    p.setPen(Qt::NoPen);
    p.setBrush(logoColor());
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);
    QPainterPath arch;
    arch.moveTo(8, 44);
    arch.quadTo(32, 14, 56, 44);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0xf2, 0xc1, 0x4e), 5, Qt::SolidLine, Qt::RoundCap));
    p.drawPath(arch);
    p.setPen(QPen(QColor(0x9f, 0xb3, 0xd9), 3, Qt::SolidLine, Qt::RoundCap));
    const qreal pillars[][2] = {{14, 44}, {24, 33}, {32, 29}, {40, 33}, {50, 44}};
    for (const auto &pillar : pillars)
        p.drawLine(QPointF(pillar[0], pillar[1]), QPointF(pillar[0], 52));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xf2, 0xc1, 0x4e));
    p.drawEllipse(QPointF(47, 15), 5, 5);
    p.restore();
}

void TrayIconRenderer::drawBadge(QPainter &p, SyncHealth health, qreal size, qreal dpr)
{
    const QColor color = badgeColor(health);
    if (!color.isValid())
        return;
    const QRectF rect = badgeRect(size);
    const qreal ring = std::max<qreal>(0.75, size / 32.0);
    p.setPen(QPen(QColor(0x14, 0x14, 0x14), ring));
    p.setBrush(color);
    p.drawEllipse(rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2));
    if (rect.width() * dpr < 10)
        return; // too small for a glyph: the colour and the ring carry it
    const QPointF c = rect.center();
    const qreal r = rect.width() / 2;
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    if (health == SyncHealth::NeedsAttention) {
        p.drawRect(QRectF(c.x() - r * 0.12, c.y() - r * 0.55, r * 0.24, r * 0.7));
        p.drawRect(QRectF(c.x() - r * 0.12, c.y() + r * 0.28, r * 0.24, r * 0.24));
    } else if (health == SyncHealth::Paused) {
        p.drawRect(QRectF(c.x() - r * 0.36, c.y() - r * 0.45, r * 0.24, r * 0.9));
        p.drawRect(QRectF(c.x() + r * 0.12, c.y() - r * 0.45, r * 0.24, r * 0.9));
    } else if (health == SyncHealth::Syncing) {
        p.drawEllipse(c, r * 0.28, r * 0.28);
    }
}

void TrayIconRenderer::drawDemoMark(QPainter &p, qreal size, qreal dpr)
{
    const QRectF band = demoRect(size);
    p.save();
    QPainterPath face;
    face.addRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18);
    p.setClipPath(face);
    p.setPen(Qt::NoPen);
    p.setBrush(demoColor());
    p.drawRect(band);
    // The word left of the health badge, where it can be read; at 16 px the band alone carries it.
    const QRectF textArea(band.left() + size * 0.06, band.top(), band.width() - badgeRect(size).width() - size * 0.08,
                          band.height());
    const QString word = QStringLiteral("DEMO"); // a mark like a logo, the same in every language
    QFont font;
    font.setBold(true);
    font.setHintingPreference(QFont::PreferNoHinting);
    for (int px = int(std::floor(textArea.height() * 0.8 * dpr)); px >= 6; --px) {
        font.setPixelSize(px);
        if (QFontMetricsF(font).horizontalAdvance(word) <= textArea.width() * dpr) {
            p.scale(1.0 / dpr, 1.0 / dpr);
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(QRectF(textArea.topLeft() * dpr, textArea.size() * dpr), Qt::AlignLeft | Qt::AlignVCenter, word);
            break;
        }
    }
    p.restore();
}

} // namespace nb::ui
