#include "glucosechart.h"

#include "common/clock.h"
#include "sync/statusmodel.h"
#include "tray/trayiconrenderer.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace nb::ui {

namespace {
constexpr int kBottomMgdl = 40;
constexpr qreal kLeft = 38;
constexpr qreal kRight = 8;
constexpr qreal kTop = 14;
constexpr qreal kBottom = 18;

int tickHours(int hours)
{
    return hours <= 6 ? 1 : (hours <= 12 ? 2 : 4);
}

// A reading more than this after the previous one starts a new piece of the person's line (a gap).
constexpr qint64 kGapSecs = 16 * 60;

void drawShape(QPainter &p, int index, QPointF c, qreal r)
{
    switch (index % 4) {
    case 0:
        p.drawEllipse(c, r, r);
        break;
    case 1:
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case 2: {
        const QPointF diamond[4] = {
            {c.x(), c.y() - r * 1.3}, {c.x() + r * 1.3, c.y()}, {c.x(), c.y() + r * 1.3}, {c.x() - r * 1.3, c.y()}};
        p.drawPolygon(diamond, 4);
        break;
    }
    default: {
        const QPointF triangle[3] = {
            {c.x(), c.y() - r * 1.4}, {c.x() + r * 1.3, c.y() + r}, {c.x() - r * 1.3, c.y() + r}};
        p.drawPolygon(triangle, 3);
        break;
    }
    }
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
    return {420, 180};
}

QSize GlucoseChart::minimumSizeHint() const
{
    return {220, 150};
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
    // With several people, their legend gets a row of its own above the plot (never over the readings).
    const qreal legend = legendNames().isEmpty() ? 0 : QFontMetricsF(smallFont(0.8)).height() + 2;
    const qreal top = kTop + legend;
    return QRectF(kLeft, top, std::max<qreal>(10, width() - kLeft - kRight),
                  std::max<qreal>(10, height() - top - kBottom));
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

QStringList GlucoseChart::people() const
{
    const QDateTime start = windowStart();
    const QDateTime now = m_clock.nowUtc();
    QStringList out;
    for (const QString &id : m_model.readingAccounts()) {
        const QList<GlucoseReading> readings = m_model.readingsOf(id);
        if (std::any_of(readings.cbegin(), readings.cend(),
                        [&](const GlucoseReading &r) { return r.mgdl > 0 && r.time >= start && r.time <= now; }))
            out << id;
    }
    return out;
}

QStringList GlucoseChart::legendNames() const
{
    const QStringList ids = people();
    if (ids.size() < 2)
        return {};
    QStringList names;
    for (const QString &id : ids)
        names << m_model.personName(id);
    return names;
}

QColor GlucoseChart::personColor(int index)
{
    // Distinct from the range colours of the dots (green/yellow/red) and from each other.
    static const QList<QColor> colors{QColor(0x3949ab), QColor(0x8e24aa), QColor(0x00838f), QColor(0x6d4c41)};
    return colors.at(index % colors.size());
}

QFont GlucoseChart::smallFont(qreal factor) const
{
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * factor));
    return small;
}

QList<QPair<qreal, QString>> GlucoseChart::axisLabels() const
{
    // The two target limits, plus round values in the display unit where they do not crowd them.
    const GlucoseThresholds &t = m_options.thresholds;
    QList<int> levels{t.low, t.high};
    const bool mmol = m_options.units == GlucoseUnits::Mmol;
    const qreal step = mmol ? 5 * GlucoseDisplay::MgdlPerMmol : 100;
    for (qreal v = step; v < topMgdl(); v += step)
        levels << int(std::lround(v));
    std::sort(levels.begin(), levels.end());
    const qreal minGap = QFontMetricsF(smallFont(0.8)).height() + 2;
    QList<QPair<qreal, QString>> out;
    for (const int level : std::as_const(levels)) {
        if (level <= kBottomMgdl || level >= topMgdl())
            continue;
        const qreal y = pointFor(windowStart(), level).y();
        const bool limit = level == t.low || level == t.high;
        const bool crowded =
            std::any_of(out.cbegin(), out.cend(), [&](const auto &l) { return std::abs(l.first - y) < minGap; });
        if (crowded && !limit)
            continue;
        if (crowded) // a limit wins over a round value next to it
            out.removeIf([&](const auto &l) { return std::abs(l.first - y) < minGap; });
        out.append({y, GlucoseDisplay::formatValue(level, m_options.units)});
    }
    return out;
}

QList<GlucoseChart::MarkerLabel> GlucoseChart::markerLabels() const
{
    QList<MarkerLabel> out;
    if (m_hours > 6)
        return out; // too dense to label: the shapes alone
    const QRectF plot = plotRect();
    const QFontMetricsF metrics(smallFont(0.75));
    const QDateTime start = windowStart();
    const qreal gap = 3;
    qreal lastRight[2] = {-1e9, -1e9}; // per row: insulin, carbs
    // The shapes' positions per row: a label must not run under another marker's shape either.
    QList<qreal> shapes[2];
    for (const TreatmentMarker &m : m_model.markers()) {
        if (m.time < start)
            continue;
        const qreal x = pointFor(m.time, kBottomMgdl).x();
        if (m.insulin > 0)
            shapes[0] << x;
        if (m.carbs > 0)
            shapes[1] << x;
    }
    const auto coversAShape = [](const QRectF &rect, const QList<qreal> &xs, qreal own) {
        return std::any_of(xs.cbegin(), xs.cend(),
                           [&](qreal x) { return x != own && x + 5 > rect.left() && x - 5 < rect.right(); });
    };
    for (const TreatmentMarker &m : m_model.markers()) {
        if (m.time < start)
            continue;
        const qreal x = pointFor(m.time, kBottomMgdl).x();
        for (const bool insulin : {true, false}) {
            const double amount = insulin ? m.insulin : m.carbs;
            if (amount <= 0)
                continue;
            const QString text = insulin ? tr("%1 U").arg(amount, 0, 'g', 3) : tr("%1 g").arg(amount, 0, 'g', 3);
            const qreal w = metrics.horizontalAdvance(text) + 1;
            const qreal h = metrics.height();
            const qreal y = insulin ? plot.bottom() - 1 - h : plot.top() - h;
            const QList<qreal> &row = shapes[insulin ? 0 : 1];
            QRectF rect(x + 6, y, w, h);
            if (rect.right() > width() - 1 || coversAShape(rect, row, x))
                rect.moveRight(x - 6); // to the left of its shape (the newest marker, or a crowded right side)
            rect.moveLeft(std::max<qreal>(rect.left(), 0));
            qreal &right = lastRight[insulin ? 0 : 1];
            if (rect.left() < right + gap || rect.right() > width() - 1 || coversAShape(rect, row, x))
                continue; // would cover another label or shape: the shape alone says it
            right = rect.right();
            out.append({rect, text, insulin});
        }
    }
    return out;
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
    paintLegend(p, plot);
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
    p.setFont(smallFont(0.8));
    for (const int level : {t.low, t.high}) {
        const qreal y = pointFor(windowStart(), level).y();
        p.setPen(QPen(grid, 1, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    // The y-axis: labelled values in the display unit, the unit above them.
    for (const auto &[y, label] : axisLabels()) {
        p.setPen(grid);
        p.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - 8, kLeft - 5, 16), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.drawText(QRectF(0, plot.top() - kTop, kLeft - 2, kTop), Qt::AlignLeft | Qt::AlignVCenter,
               GlucoseDisplay::unitLabel(m_options.units));

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
    p.setFont(smallFont(0.8));
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
    const QStringList ids = people();
    const bool several = ids.size() > 1;
    for (int i = 0; i < ids.size(); ++i) {
        QList<GlucoseReading> readings = m_model.readingsOf(ids.at(i));
        readings.removeIf([&](const GlucoseReading &r) {
            return r.mgdl <= 0 || r.time < start || r.time > now; // a zero is an artefact; never plot it
        });
        if (several) {
            // Each person's own line, so two people's dots never read as one trace.
            QColor line = personColor(i);
            line.setAlpha(170);
            p.setPen(QPen(line, 1.4));
            for (qsizetype k = 1; k < readings.size(); ++k) {
                if (readings.at(k - 1).time.secsTo(readings.at(k).time) <= kGapSecs)
                    p.drawLine(pointFor(readings.at(k - 1).time, readings.at(k - 1).mgdl),
                               pointFor(readings.at(k).time, readings.at(k).mgdl));
            }
        }
        p.setPen(several ? QPen(personColor(i), 0.8) : Qt::NoPen);
        for (const GlucoseReading &r : std::as_const(readings)) {
            p.setBrush(TrayIconRenderer::rangeColor(GlucoseDisplay::classify(r.mgdl, m_options.thresholds)));
            drawShape(p, several ? i : 0, pointFor(r.time, r.mgdl), several ? radius + 0.4 : radius);
        }
    }
}

void GlucoseChart::paintLegend(QPainter &p, const QRectF &plot) const
{
    const QStringList names = legendNames();
    if (names.isEmpty())
        return;
    p.setFont(smallFont(0.8));
    const QFontMetricsF metrics(p.font());
    qreal x = plot.left() + 4;
    const qreal h = metrics.height();
    const qreal y = 1;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = metrics.elidedText(names.at(i), Qt::ElideRight, std::max<qreal>(40, plot.width() / 3));
        const qreal w = 16 + metrics.horizontalAdvance(name) + 4;
        QColor back = palette().color(QPalette::Base);
        back.setAlpha(210);
        p.fillRect(QRectF(x - 2, y, w + 2, h), back);
        p.setPen(QPen(personColor(i), 1.4));
        p.drawLine(QPointF(x, y + h / 2), QPointF(x + 12, y + h / 2));
        p.setBrush(palette().color(QPalette::Base));
        drawShape(p, i, QPointF(x + 6, y + h / 2), 2.8);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(x + 15, y, w - 15, h), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w + 6;
    }
}

void GlucoseChart::paintMarkers(QPainter &p, const QRectF &plot) const
{
    const QDateTime start = windowStart();
    p.setFont(smallFont(0.75));
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
        }
        if (m.carbs > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(carbs);
            p.drawEllipse(QPointF(x, plot.top() - 6), 4, 4);
        }
    }
    for (const MarkerLabel &label : markerLabels()) {
        p.setPen(label.insulin ? insulin : carbs);
        p.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
}

} // namespace nb::ui
