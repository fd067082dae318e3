#include "glucosechart.h"

#include "common/clock.h"
#include "sync/statusmodel.h"
#include "tray/trayiconrenderer.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace nb::ui {

namespace {
constexpr int kBottomMgdl = 40;
constexpr qreal kLeft = 34;
constexpr qreal kRight = 8;
constexpr qreal kTop = 14;
constexpr qreal kBottom = 18;

int tickHours(int hours)
{
    return hours <= 6 ? 1 : (hours <= 12 ? 2 : 4);
}
} // namespace

GlucoseChart::GlucoseChart(const StatusModel &model, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("glucoseChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void GlucoseChart::setHours(int hours)
{
    m_hours = std::clamp(hours, 1, 24);
    update();
}

void GlucoseChart::setDisplayOptions(const DisplayOptions &options)
{
    m_options = options;
    update();
}

QSize GlucoseChart::sizeHint() const
{
    return {360, 170};
}

QSize GlucoseChart::minimumSizeHint() const
{
    return {220, 110};
}

QDateTime GlucoseChart::windowStart() const
{
    return m_clock.nowUtc().addSecs(-qint64(m_hours) * 3600);
}

int GlucoseChart::visibleReadingCount() const
{
    const QDateTime start = windowStart();
    const QDateTime now = m_clock.nowUtc();
    return int(std::count_if(m_model.readings().cbegin(), m_model.readings().cend(),
                             [&](const GlucoseReading &r) { return r.mgdl > 0 && r.time >= start && r.time <= now; }));
}

int GlucoseChart::visibleBolusCount() const
{
    const QDateTime start = windowStart();
    return int(std::count_if(m_model.markers().cbegin(), m_model.markers().cend(),
                             [&](const TreatmentMarker &m) { return m.insulin > 0 && m.time >= start; }));
}

int GlucoseChart::visibleCarbCount() const
{
    const QDateTime start = windowStart();
    return int(std::count_if(m_model.markers().cbegin(), m_model.markers().cend(),
                             [&](const TreatmentMarker &m) { return m.carbs > 0 && m.time >= start; }));
}

int GlucoseChart::topMgdl() const
{
    int top = std::max(250, m_options.thresholds.urgentHigh + 20);
    const QDateTime start = windowStart();
    for (const GlucoseReading &r : m_model.readings()) {
        if (r.time >= start)
            top = std::max(top, r.mgdl + 10);
    }
    return std::min(450, int(std::ceil(top / 50.0) * 50));
}

QRectF GlucoseChart::plotRect() const
{
    return QRectF(kLeft, kTop, std::max<qreal>(10, width() - kLeft - kRight),
                  std::max<qreal>(10, height() - kTop - kBottom));
}

QPointF GlucoseChart::pointFor(const QDateTime &time, int mgdl) const
{
    const QRectF plot = plotRect();
    const qreal spanMs = qreal(m_hours) * 3600 * 1000;
    const qreal x = plot.left() + plot.width() * (windowStart().msecsTo(time) / spanMs);
    const int top = topMgdl();
    const qreal clamped = std::clamp(mgdl, kBottomMgdl, top);
    const qreal y = plot.bottom() - plot.height() * (clamped - kBottomMgdl) / qreal(top - kBottomMgdl);
    return {x, y};
}

void GlucoseChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    paintGrid(p, plot);
    paintMarkers(p, plot);
    paintReadings(p);
    if (visibleReadingCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No readings in the last %n hour(s)", nullptr, m_hours));
    }
}

void GlucoseChart::paintGrid(QPainter &p, const QRectF &plot) const
{
    const GlucoseThresholds &t = m_options.thresholds;
    // Target band
    const QPointF bandTop = pointFor(windowStart(), t.high);
    const QPointF bandBottom = pointFor(windowStart(), t.low);
    QColor band = TrayIconRenderer::rangeColor(GlucoseRange::InRange);
    band.setAlpha(45);
    p.fillRect(QRectF(plot.left(), bandTop.y(), plot.width(), bandBottom.y() - bandTop.y()), band);

    // Threshold lines with their values
    QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(60);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    p.setFont(small);
    for (const int level : {t.low, t.high}) {
        const qreal y = pointFor(windowStart(), level).y();
        p.setPen(QPen(grid, 1, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - 8, kLeft - 4, 16), Qt::AlignRight | Qt::AlignVCenter,
                   GlucoseDisplay::formatValue(level, m_options.units));
    }

    // Hour ticks in local time
    const int step = tickHours(m_hours);
    const QDateTime start = windowStart();
    QDateTime tick = start.toLocalTime();
    tick.setTime(QTime(tick.time().hour(), 0));
    const QLocale locale;
    // Hours and minutes only; the locale's short format may carry seconds (C locale) or AM/PM.
    const QString format = locale.timeFormat(QLocale::ShortFormat).contains(QLatin1Char('A'), Qt::CaseInsensitive)
                               ? QStringLiteral("h AP")
                               : QStringLiteral("HH:mm");
    for (; tick <= m_clock.nowUtc(); tick = tick.addSecs(3600)) {
        if (tick < start || tick.time().hour() % step != 0)
            continue;
        const qreal x = pointFor(tick, kBottomMgdl).x();
        p.setPen(QPen(grid, 1, Qt::DotLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(text);
        QRectF label(x - 30, plot.bottom() + 2, 60, kBottom - 2);
        if (label.right() > width())
            label.moveRight(width()); // the newest hour sits at the right edge: keep its label whole
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, locale.toString(tick.time(), format));
    }
    p.setPen(QPen(grid, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
}

void GlucoseChart::paintReadings(QPainter &p) const
{
    const QDateTime start = windowStart();
    const QDateTime now = m_clock.nowUtc();
    const qreal radius = m_hours <= 6 ? 2.5 : 1.8;
    p.setPen(Qt::NoPen);
    for (const GlucoseReading &r : m_model.readings()) {
        if (r.mgdl <= 0 || r.time < start || r.time > now)
            continue; // a zero is an artefact; never plot it as a value
        p.setBrush(TrayIconRenderer::rangeColor(GlucoseDisplay::classify(r.mgdl, m_options.thresholds)));
        p.drawEllipse(pointFor(r.time, r.mgdl), radius, radius);
    }
}

void GlucoseChart::paintMarkers(QPainter &p, const QRectF &plot) const
{
    const QDateTime start = windowStart();
    const bool labels = m_hours <= 6;
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.75));
    p.setFont(small);
    const QColor insulin(0x1e, 0x88, 0xe5);
    const QColor carbs(0xef, 0x6c, 0x00);
    for (const TreatmentMarker &m : m_model.markers()) {
        if (m.time < start)
            continue;
        const qreal x = pointFor(m.time, kBottomMgdl).x();
        if (m.insulin > 0) {
            QPainterPath triangle;
            triangle.moveTo(x, plot.bottom() - 9);
            triangle.lineTo(x - 4, plot.bottom() - 1);
            triangle.lineTo(x + 4, plot.bottom() - 1);
            triangle.closeSubpath();
            p.fillPath(triangle, insulin);
            if (labels) {
                p.setPen(insulin);
                p.drawText(QPointF(x + 5, plot.bottom() - 2), tr("%1 U").arg(m.insulin, 0, 'g', 3));
            }
        }
        if (m.carbs > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(carbs);
            p.drawEllipse(QPointF(x, plot.top() - 6), 4, 4);
            if (labels) {
                p.setPen(carbs);
                p.drawText(QPointF(x + 6, plot.top() - 2), tr("%1 g").arg(m.carbs, 0, 'g', 3));
            }
        }
    }
}

} // namespace nb::ui
