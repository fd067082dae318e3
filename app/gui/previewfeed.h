#pragma once

#include "sync/statusmodel.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace nb {
class Clock;
}

namespace nb::gui {

// TEMPORARY, demo data only: feeds the StatusModel with generated readings so the tray shell can be seen
// and tested before the sync engine exists. The engine's demo mode (fake services, real sync) replaces
// this file; nothing else depends on it. Scenarios: "ok", "attention", "stale", "empty".
class PreviewFeed : public QObject {
    Q_OBJECT
public:
    PreviewFeed(StatusModel &model, const Clock &clock, QString scenario, QObject *parent = nullptr);

    void start();
    static QStringList scenarios();

public slots:
    void syncNow();
    void pause(int minutes);
    void resume();

private:
    static int valueAt(const QDateTime &time);
    static QString directionAt(const QDateTime &time);
    GlucoseReading readingAt(const QDateTime &time) const;
    void addNewest();
    void fillHistory(const QDateTime &newest);
    void setAccounts();
    void armNextReading();

    StatusModel &m_model;
    const Clock &m_clock;
    QString m_scenario;
    QTimer *m_next;
    QTimer *m_resume;
};

} // namespace nb::gui
