#include "syncpage.h"

#include "settings/settings.h"
#include "viewmodels/displayoptions.h"
#include "viewmodels/statustext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nb::ui {

SyncPage::SyncPage(const SettingsServices &services, QWidget *parent)
    : SettingsPage(services, parent)
    , m_automatic(new QRadioButton(tr("Automatically, when each vendor usually has new data"), this))
    , m_fixed(new QRadioButton(tr("At a fixed interval"), this))
    , m_interval(spin("syncInterval", 1, 24 * 60, tr(" min")))
    , m_notify(check("notifyEnabled", tr("Show notifications")))
    , m_syncFailing(check("notifySyncFailing", tr("When syncing keeps failing for")))
    , m_syncFailingMinutes(spin("notifySyncFailingMinutes", 5, 24 * 60, tr(" min")))
    , m_signInNeeded(check("notifySignInNeeded", tr("When an account needs to sign in again")))
    , m_noNewData(check("notifyNoNewData", tr("When a vendor has had no new data for")))
    , m_noNewDataMinutes(spin("notifyNoNewDataMinutes", 15, 24 * 60, tr(" min")))
    , m_nightscoutRefusing(check("notifyNightscoutRefusing", tr("When Nightscout refuses uploads")))
    , m_backfillFinished(check("notifyBackfillFinished", tr("When a backfill finishes")))
    , m_glucoseAlerts(check("notifyGlucoseAlerts", tr("Low and high glucose alerts")))
    , m_urgentLow(check("notifyUrgentLow", tr("Urgent low alert, repeated until acknowledged or snoozed")))
    , m_alertLimits(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_automatic->setObjectName(QStringLiteral("syncAutomatic"));
    m_fixed->setObjectName(QStringLiteral("syncFixed"));
    m_error->setObjectName(QStringLiteral("syncError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *cadence = new QGroupBox(tr("When to sync"), this);
    auto *cadenceLayout = new QVBoxLayout(cadence);
    cadenceLayout->addWidget(m_automatic);
    auto *explain = new QLabel(tr("CareLink gets a reading every 5 minutes; Tandem data arrives when the phone app "
                                  "uploads. Automatic follows that, with fewer requests."),
                               cadence);
    explain->setWordWrap(true);
    cadenceLayout->addWidget(explain);
    auto *fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_fixed);
    fixedRow->addWidget(m_interval);
    fixedRow->addStretch(1);
    cadenceLayout->addLayout(fixedRow);

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *grid = new QFormLayout(notifications);
    grid->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // spin boxes as wide as their content
    grid->addRow(m_notify);
    grid->addRow(m_syncFailing, m_syncFailingMinutes);
    grid->addRow(m_signInNeeded);
    grid->addRow(m_noNewData, m_noNewDataMinutes);
    grid->addRow(m_nightscoutRefusing);
    grid->addRow(m_backfillFinished);
    grid->addRow(m_glucoseAlerts);
    grid->addRow(m_urgentLow);
    m_alertLimits->setObjectName(QStringLiteral("alertLimits"));
    m_alertLimits->setWordWrap(true);
    m_alertLimits->setTextFormat(Qt::PlainText);
    grid->addRow(m_alertLimits);
    grid->addRow(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(cadence);
    layout->addWidget(notifications);
    layout->addStretch(1);

    for (QCheckBox *box : {m_notify, m_syncFailing, m_noNewData, m_glucoseAlerts})
        connect(box, &QCheckBox::toggled, this, &SyncPage::updateEnabled);
    connect(m_fixed, &QRadioButton::toggled, this, &SyncPage::updateEnabled);
    load();
}

QCheckBox *SyncPage::check(const char *objectName, const QString &text)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(QLatin1String(objectName));
    connect(box, &QCheckBox::toggled, this, &SyncPage::edited);
    return box;
}

QSpinBox *SyncPage::spin(const char *objectName, int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    connect(box, &QSpinBox::valueChanged, this, &SyncPage::edited);
    return box;
}

QString SyncPage::title() const
{
    return tr("Sync");
}

void SyncPage::load()
{
    Settings &s = services().settings;
    const bool fixed = s.enumValue<SyncCadence>(keys::syncCadence) == SyncCadence::Fixed;
    m_fixed->setChecked(fixed);
    m_automatic->setChecked(!fixed);
    m_interval->setValue(s.intValue(keys::syncIntervalMinutes));
    m_notify->setChecked(s.boolValue(keys::notifyEnabled));
    m_syncFailing->setChecked(s.boolValue(keys::notifySyncFailing));
    m_syncFailingMinutes->setValue(s.intValue(keys::notifySyncFailingMinutes));
    m_signInNeeded->setChecked(s.boolValue(keys::notifySignInNeeded));
    m_noNewData->setChecked(s.boolValue(keys::notifyNoNewData));
    m_noNewDataMinutes->setValue(s.intValue(keys::notifyNoNewDataMinutes));
    m_nightscoutRefusing->setChecked(s.boolValue(keys::notifyNightscoutRefusing));
    m_backfillFinished->setChecked(s.boolValue(keys::notifyBackfillFinished));
    m_glucoseAlerts->setChecked(s.boolValue(keys::notifyGlucoseAlerts));
    m_urgentLow->setChecked(s.boolValue(keys::notifyUrgentLow));
    showAlertLimits();
    m_error->hide();
    updateEnabled();
}

void SyncPage::updateEnabled()
{
    m_interval->setEnabled(m_fixed->isChecked());
    const bool on = m_notify->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_syncFailing, m_signInNeeded, m_noNewData, m_nightscoutRefusing,
                                                       m_backfillFinished, m_glucoseAlerts, m_urgentLow})
        w->setEnabled(on);
    m_syncFailingMinutes->setEnabled(on && m_syncFailing->isChecked());
    m_noNewDataMinutes->setEnabled(on && m_noNewData->isChecked());
    emit edited();
}

void SyncPage::showAlertLimits()
{
    const Settings &s = services().settings;
    const ui::DisplayOptions display = ui::DisplayOptions::fromSettings(s);
    const auto value = [&](int mgdl) { return ui::StatusText::valueWithUnit(mgdl, display); };
    m_alertLimits->setText(
        tr("Alerts use the Display page's limits: low below %1, high above %2, urgent low below %3. Nightbridge is "
           "not a medical device and its data can arrive late (Tandem readings 30 minutes or more): keep your "
           "CGM's own alarms on.")
            .arg(value(display.thresholds.low), value(display.thresholds.high), value(display.thresholds.urgentLow)));
}

QString SyncPage::validate()
{
    return QString();
}

void SyncPage::apply(Done done)
{
    Settings &s = services().settings;
    const QList<QPair<QString, QVariant>> values = {
        {keys::syncCadence, m_fixed->isChecked() ? QStringLiteral("fixed") : QStringLiteral("automatic")},
        {keys::syncIntervalMinutes, m_interval->value()},
        {keys::notifyEnabled, m_notify->isChecked()},
        {keys::notifySyncFailing, m_syncFailing->isChecked()},
        {keys::notifySyncFailingMinutes, m_syncFailingMinutes->value()},
        {keys::notifySignInNeeded, m_signInNeeded->isChecked()},
        {keys::notifyNoNewData, m_noNewData->isChecked()},
        {keys::notifyNoNewDataMinutes, m_noNewDataMinutes->value()},
        {keys::notifyNightscoutRefusing, m_nightscoutRefusing->isChecked()},
        {keys::notifyBackfillFinished, m_backfillFinished->isChecked()},
        {keys::notifyGlucoseAlerts, m_glucoseAlerts->isChecked()},
        {keys::notifyUrgentLow, m_urgentLow->isChecked()},
    };
    for (const auto &[key, value] : values) {
        if (auto r = s.setValue(key, value); !r.ok()) {
            done(r);
            return;
        }
    }
    done({});
}

} // namespace nb::ui
