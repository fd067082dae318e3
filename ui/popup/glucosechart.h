#pragma once

#include "viewmodels/displayoptions.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QRectF>
#include <QWidget>

namespace nb {
class Clock;
class StatusModel;
} // namespace nb

namespace nb::ui {

// The popup's chart of recent readings (3, 6, 12 or 24 hours up to now): the target range as a band,
// readings as dots in their range colour, boluses as triangles along the bottom and carbs as circles
// along the top. Painted directly (no QtCharts): a few hundred dots do not need a scene graph.
class GlucoseChart : public QWidget {
    Q_OBJECT
public:
    GlucoseChart(const StatusModel &model, const Clock &clock, QWidget *parent = nullptr);

    int hours() const { return m_hours; }
    void setHours(int hours);
    void setDisplayOptions(const DisplayOptions &options);

    // What the next paint shows (tests).
    int visibleReadingCount() const;
    int visibleBolusCount() const;
    int visibleCarbCount() const;
    QRectF plotRect() const;
    QPointF pointFor(const QDateTime &time, int mgdl) const; // widget coordinates
    int topMgdl() const;                                     // the scale's upper end for the readings in view
    // People with readings in view, in the model's account order. With more than one, each is drawn as
    // a trace of its own (its colour and dot shape) and named in a legend: never one merged trace.
    QStringList people() const;
    QStringList legendNames() const; // empty while only one person has readings in view
    static QColor personColor(int index);
    // The y-axis: values in the display unit with their positions (tests; the unit is drawn above them).
    QList<QPair<qreal, QString>> axisLabels() const;
    // Bolus and carb labels as the next paint draws them: inside the widget, never overlapping.
    struct MarkerLabel {
        QRectF rect;
        QString text;
        bool insulin = false;
    };
    QList<MarkerLabel> markerLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QDateTime windowStart() const;
    void paintGrid(QPainter &p, const QRectF &plot) const;
    void paintReadings(QPainter &p) const;
    void paintMarkers(QPainter &p, const QRectF &plot) const;
    void paintLegend(QPainter &p, const QRectF &plot) const;
    QFont smallFont(qreal factor) const;

    const StatusModel &m_model;
    const Clock &m_clock;
    DisplayOptions m_options;
    int m_hours = 3;
};

} // namespace nb::ui
