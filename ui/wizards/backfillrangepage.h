#pragma once

#include <QWizardPage>

class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace nb {

class BackfillSession;

// The range: the last N days, two calendar days, or the interrupted backfill's own range. Explains the
// source's limits (Tandem: 28-day windows; CareLink: only the last 24 hours) and clamps to them.
class BackfillRangePage : public QWizardPage {
    Q_OBJECT
public:
    BackfillRangePage(BackfillSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void update();

    BackfillSession &m_session;
    QRadioButton *m_lastDays = nullptr;
    QRadioButton *m_dates = nullptr;
    QRadioButton *m_resume = nullptr;
    QSpinBox *m_days = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QDateEdit *m_toDate = nullptr;
    QLabel *m_limits = nullptr;
    QLabel *m_plan = nullptr;
    bool m_valid = false;
};

} // namespace nb
