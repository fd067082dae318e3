#include "backfillrangepage.h"

#include "backfillsession.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>

namespace nb {

namespace {

// A calendar day of the user, converted at the edge (DST-safe), as the CLI does.
QDateTime dayStart(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
}

QDateTime dayEnd(const QDate &date)
{
    return QDateTime(date.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()).addSecs(-1).toUTC();
}

// The number in "7 days" (in any language: the translation keeps %n); -1 when there is none.
int leadingNumber(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (!digits.isEmpty())
            break;
    }
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok ? value : -1;
}

// "1 day", "7 days": the plural form of the language, which a fixed suffix cannot give.
class DaySpinBox : public QSpinBox {
public:
    using QSpinBox::QSpinBox;

protected:
    QString textFromValue(int value) const override { return BackfillRangePage::tr("%n day(s)", nullptr, value); }
    int valueFromText(const QString &text) const override { return leadingNumber(text); }
    QValidator::State validate(QString &text, int &) const override
    {
        const int value = leadingNumber(text);
        if (value < 0)
            return QValidator::Intermediate;
        return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }
};

} // namespace

BackfillRangePage::BackfillRangePage(BackfillSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_lastDays(new QRadioButton(tr("The last"), this))
    , m_dates(new QRadioButton(tr("From"), this))
    , m_resume(new QRadioButton(this))
    , m_days(new DaySpinBox(this))
    , m_fromDate(new QDateEdit(this))
    , m_toDate(new QDateEdit(this))
    , m_limits(new QLabel(this))
    , m_plan(new QLabel(this))
{
    setObjectName(QStringLiteral("backfillRangePage"));
    setTitle(tr("Which days?"));
    setSubTitle(tr("Choose the range to fill. Days are in this computer's time zone."));
    m_lastDays->setObjectName(QStringLiteral("lastDaysRadio"));
    m_dates->setObjectName(QStringLiteral("datesRadio"));
    m_resume->setObjectName(QStringLiteral("resumeRadio"));
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, 3650);
    m_days->setValue(7);
    m_fromDate->setObjectName(QStringLiteral("fromDateEdit"));
    m_toDate->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : {m_fromDate, m_toDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_limits->setObjectName(QStringLiteral("limitsLabel"));
    m_limits->setWordWrap(true);
    m_plan->setObjectName(QStringLiteral("planLabel"));
    m_plan->setWordWrap(true);
    m_lastDays->setChecked(true);
    auto *to = new QLabel(tr("to"), this);
    to->setObjectName(QStringLiteral("toLabel"));
    auto *grid = new QGridLayout(this);
    grid->setObjectName(QStringLiteral("rangePageLayout"));
    grid->addWidget(m_lastDays, 0, 0);
    grid->addWidget(m_days, 0, 1);
    grid->addWidget(m_dates, 1, 0);
    grid->addWidget(m_fromDate, 1, 1);
    grid->addWidget(to, 1, 2);
    grid->addWidget(m_toDate, 1, 3);
    grid->addWidget(m_resume, 2, 0, 1, 4);
    grid->addWidget(m_limits, 3, 0, 1, 4);
    grid->addWidget(m_plan, 4, 0, 1, 4);
    grid->setRowStretch(5, 1);
    grid->setColumnStretch(4, 1);
    registerField(QStringLiteral("days"), m_days);
    registerField(QStringLiteral("fromDate"), m_fromDate);
    registerField(QStringLiteral("toDate"), m_toDate);
    for (QRadioButton *radio : {m_lastDays, m_dates, m_resume})
        connect(radio, &QRadioButton::toggled, this, &BackfillRangePage::update);
    connect(m_days, &QSpinBox::valueChanged, this, &BackfillRangePage::update);
    connect(m_fromDate, &QDateEdit::dateChanged, this, &BackfillRangePage::update);
    connect(m_toDate, &QDateEdit::dateChanged, this, &BackfillRangePage::update);
}

void BackfillRangePage::initializePage()
{
    const SourceLimits limits = m_session.limits();
    const QDateTime now = m_session.now();
    const QDate today = now.toTimeZone(QTimeZone::systemTimeZone()).date();
    QDate earliest(1990, 1, 1);
    if (limits.historyHours > 0) {
        // CareLink keeps only its last 24 hours: offer no more than that, and say why.
        const int maxDays = std::max(1, (limits.historyHours + 23) / 24);
        m_days->setMaximum(maxDays);
        earliest = now.addSecs(-qint64(limits.historyHours) * 3600).toTimeZone(QTimeZone::systemTimeZone()).date();
        m_limits->setText(tr("CareLink keeps only the last %n hour(s) of data. Older readings cannot be fetched "
                             "from it by anyone, so the range is limited to that.",
                             nullptr, limits.historyHours));
    } else {
        m_days->setMaximum(3650);
        m_limits->setText(
            tr("%1 is read in windows of up to %n day(s); a long range takes several requests and "
               "can take a few minutes.",
               nullptr, limits.maxWindowDays)
                .arg(m_session.account().vendor == AccountVendor::Tandem ? tr("Tandem Source") : tr("The vendor")));
    }
    for (QDateEdit *edit : {m_fromDate, m_toDate})
        edit->setDateRange(earliest, today);
    if (m_session.from().isValid() && !m_session.isResume()) {
        m_fromDate->setDate(m_session.from().toTimeZone(QTimeZone::systemTimeZone()).date());
        m_toDate->setDate(m_session.to().toTimeZone(QTimeZone::systemTimeZone()).date());
    } else {
        m_fromDate->setDate(std::max(earliest, today.addDays(-6)));
        m_toDate->setDate(today);
    }
    const auto pending = m_session.pendingBackfill();
    m_resume->setVisible(pending.has_value());
    if (pending) {
        const QLocale locale;
        m_resume->setText(tr("Continue the interrupted backfill (%1 to %2, %3 of %4 parts done)")
                              .arg(locale.toString(pending->from.toLocalTime(), QLocale::ShortFormat),
                                   locale.toString(pending->to.toLocalTime(), QLocale::ShortFormat))
                              .arg(pending->chunk)
                              .arg(pending->chunks));
        m_resume->setChecked(true);
    } else if (m_resume->isChecked()) {
        m_lastDays->setChecked(true);
    }
    update();
}

void BackfillRangePage::update()
{
    m_days->setEnabled(m_lastDays->isChecked());
    m_fromDate->setEnabled(m_dates->isChecked());
    m_toDate->setEnabled(m_dates->isChecked());
    QDateTime from;
    QDateTime to;
    const auto pending = m_session.pendingBackfill();
    m_session.setResume(m_resume->isChecked() && pending.has_value());
    if (m_session.isResume()) {
        from = pending->from;
        to = pending->to;
    } else if (m_lastDays->isChecked()) {
        const auto range = BackfillPlanner::lastDays(m_days->value(), m_session.now());
        from = range.first;
        to = range.second;
    } else {
        from = dayStart(m_fromDate->date());
        to = std::min(dayEnd(m_toDate->date()), m_session.now());
    }
    m_valid = false;
    if (!from.isValid() || !to.isValid() || to < from) {
        m_plan->setText(tr("The start must be before the end."));
    } else {
        m_session.setRange(from, to);
        const BackfillPlan plan = m_session.plan();
        QString text;
        if (plan.isEmpty())
            text = tr("Nothing of this range can be fetched.");
        else
            text = tr("%n request window(s), from %1 to %2.", nullptr, int(plan.chunks.size()))
                       .arg(QLocale().toString(plan.from.toLocalTime(), QLocale::ShortFormat),
                            QLocale().toString(plan.to.toLocalTime(), QLocale::ShortFormat));
        if (!plan.note.isEmpty())
            text = plan.note + QLatin1Char(' ') + text;
        m_plan->setText(text);
        m_valid = !plan.isEmpty();
    }
    emit completeChanged();
}

bool BackfillRangePage::isComplete() const
{
    return m_valid;
}

bool BackfillRangePage::validatePage()
{
    update(); // "last N days" moves with the clock
    return m_valid;
}

} // namespace nb
