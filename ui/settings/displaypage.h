#pragma once

#include "settingspage.h"

#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace nb::ui {

// Units, the four glucose thresholds (shown in the chosen units, stored in mg/dL, their order checked
// as you type), when a reading counts as stale, and the chart's span.
class DisplayPage : public SettingsPage {
    Q_OBJECT
public:
    explicit DisplayPage(const SettingsServices &services, QWidget *parent = nullptr);

    QString pageName() const override { return QStringLiteral("display"); }
    QString title() const override;
    void load() override;
    QString validate() override;
    void apply(Done done) override;

    // Thresholds in mg/dL as entered: urgent low, low, high, urgent high.
    std::array<int, 4> thresholdsMgdl() const { return m_mgdl; }

private:
    bool mmol() const;
    void showThresholds();
    void onThresholdEdited(int index);
    QString orderProblem() const;
    void loadTrayAccounts();

    QComboBox *m_units;
    std::array<QDoubleSpinBox *, 4> m_spins{};
    QLabel *m_thresholdError;
    QSpinBox *m_stale;
    QComboBox *m_chartSpan;
    QComboBox *m_trayAccount; // whose readings the tray icon shows (several accounts: several people)
    std::array<int, 4> m_mgdl{};
};

} // namespace nb::ui
