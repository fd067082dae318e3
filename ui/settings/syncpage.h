#pragma once

#include "settingspage.h"

class QCheckBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace nb::ui {

// When to sync (each vendor's own rhythm, or a fixed interval) and which notifications to show.
class SyncPage : public SettingsPage {
    Q_OBJECT
public:
    explicit SyncPage(const SettingsServices &services, QWidget *parent = nullptr);

    QString pageName() const override { return QStringLiteral("sync"); }
    QString title() const override;
    void load() override;
    QString validate() override;
    void apply(Done done) override;

private:
    QCheckBox *check(const char *objectName, const QString &text);
    QSpinBox *spin(const char *objectName, int minimum, int maximum, const QString &suffix);
    void updateEnabled();
    void showAlertLimits();

    QRadioButton *m_automatic;
    QRadioButton *m_fixed;
    QSpinBox *m_interval;
    QCheckBox *m_notify;
    QCheckBox *m_syncFailing;
    QSpinBox *m_syncFailingMinutes;
    QCheckBox *m_signInNeeded;
    QCheckBox *m_noNewData;
    QSpinBox *m_noNewDataMinutes;
    QCheckBox *m_nightscoutRefusing;
    QCheckBox *m_backfillFinished;
    QCheckBox *m_glucoseAlerts;
    QCheckBox *m_urgentLow;
    QLabel *m_alertLimits; // the Display page's thresholds, in its unit: one set of limits everywhere
    QLabel *m_error;
};

} // namespace nb::ui
