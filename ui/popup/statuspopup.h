#pragma once

#include "sync/statusmodel.h"
#include "viewmodels/displayoptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace nb {
class Clock;
}

namespace nb::ui {

class AccountRow;
class GlucoseChart;

// The small window the tray icon opens: the latest reading large with trend, delta and age; a chart of
// the last 3/6/12/24 hours; IOB, reservoir and batteries when known; one row per account with the fix
// when it needs the user. Everything comes from the StatusModel (live); ages are refreshed by the
// owner's minute ticker through refresh(), never by a timer of its own.
class StatusPopup : public QWidget {
    Q_OBJECT
public:
    StatusPopup(const StatusModel &model, const Clock &clock, QWidget *parent = nullptr);

    void setDisplayOptions(const DisplayOptions &options);
    void setNightscoutAvailable(bool available);
    void setChartHours(int hours); // 3, 6, 12 or 24
    // An urgent low waits for the user: a red banner with the names, "Acknowledge" and "Snooze".
    void setUrgentLow(const QStringList &people);
    int chartHours() const;
    GlucoseChart *chart() const { return m_chart; }

    // Places the window next to the tray icon (inside the screen's available area) and shows it.
    void showNear(const QRect &trayIconGeometry);

    // A popup hides when another window gets the focus (not while one of its own dialogs is open); the
    // status window that stands in for a missing tray does not.
    void setHideOnFocusLoss(bool hide) { m_hideOnFocusLoss = hide; }
    bool hidesOnFocusLoss() const { return m_hideOnFocusLoss; }
    // Milliseconds since the popup last hid because it lost the focus (-1: never). The tray uses it so a
    // click on the icon that took the focus away closes the popup instead of opening it again.
    qint64 msSinceFocusHide() const;

public slots:
    void refresh();

signals:
    void syncNowRequested();
    void settingsRequested();
    void openNightscoutRequested();
    void accountActionRequested(const QString &accountId, nb::AccountAction action);
    void acknowledgeUrgentLowRequested();
    void snoozeUrgentLowRequested(int minutes);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshReading(const QDateTime &now);
    void refreshRangeSummary(const QDateTime &now);
    void refreshOthers(const QDateTime &now, const QString &trayPerson);
    void refreshAccounts(const QDateTime &now);
    void hideIfInactive();

    const StatusModel &m_model;
    const Clock &m_clock;
    DisplayOptions m_options;
    QLabel *m_demo;
    QWidget *m_urgent;
    QLabel *m_urgentText;
    QLabel *m_person;
    QLabel *m_lateNote;
    QVBoxLayout *m_othersLayout;
    QHash<QString, QLabel *> m_others; // one line per other person with readings
    QLabel *m_value;
    QLabel *m_unit;
    QLabel *m_trend;
    QLabel *m_delta;
    QLabel *m_age;
    QLabel *m_device;
    GlucoseChart *m_chart;
    QLabel *m_rangeSummary;
    QButtonGroup *m_hours;
    QVBoxLayout *m_accountsLayout;
    QLabel *m_noAccounts;
    QHash<QString, AccountRow *> m_rows;
    QWidget *m_openNightscout;
    QElapsedTimer m_focusHidden;
    bool m_hideOnFocusLoss = true;
};

} // namespace nb::ui
