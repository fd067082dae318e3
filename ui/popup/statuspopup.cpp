#include "statuspopup.h"

#include "accountrow.h"
#include "glucosechart.h"

#include "common/clock.h"
#include "sync/glucosedisplay.h"
#include "tray/trayiconrenderer.h"
#include "viewmodels/statustext.h"

#include <QApplication>
#include <QButtonGroup>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace nb::ui {

StatusPopup::StatusPopup(const StatusModel &model, const Clock &clock, QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
    , m_model(model)
    , m_clock(clock)
    , m_demo(new QLabel(this))
    , m_urgent(new QWidget(this))
    , m_urgentText(new QLabel(m_urgent))
    , m_person(new QLabel(this))
    , m_lateNote(new QLabel(this))
    , m_othersLayout(new QVBoxLayout)
    , m_value(new QLabel(this))
    , m_unit(new QLabel(this))
    , m_trend(new QLabel(this))
    , m_delta(new QLabel(this))
    , m_age(new QLabel(this))
    , m_device(new QLabel(this))
    , m_chart(new GlucoseChart(model, clock, this))
    , m_rangeSummary(new QLabel(this))
    , m_hours(new QButtonGroup(this))
    , m_accountsLayout(new QVBoxLayout)
    , m_noAccounts(new QLabel(tr("No account set up yet. Add one in Settings."), this))
{
    setObjectName(QStringLiteral("statusPopup"));
    setWindowTitle(tr("Nightbridge"));
    m_demo->setObjectName(QStringLiteral("demoLabel"));
    m_urgent->setObjectName(QStringLiteral("urgentLowBanner"));
    m_urgent->setAutoFillBackground(true);
    QPalette urgentPalette = m_urgent->palette();
    urgentPalette.setColor(QPalette::Window, TrayIconRenderer::rangeColor(GlucoseRange::UrgentLow));
    urgentPalette.setColor(QPalette::WindowText, Qt::white);
    m_urgent->setPalette(urgentPalette);
    m_urgentText->setObjectName(QStringLiteral("urgentLowText"));
    m_urgentText->setTextFormat(Qt::PlainText);
    m_urgentText->setWordWrap(true);
    QFont urgentFont = m_urgentText->font();
    urgentFont.setBold(true);
    m_urgentText->setFont(urgentFont);
    auto *urgentLayout = new QVBoxLayout(m_urgent);
    urgentLayout->setContentsMargins(8, 6, 8, 6);
    urgentLayout->addWidget(m_urgentText);
    auto *urgentButtons = new QHBoxLayout;
    auto *acknowledge = new QPushButton(tr("Acknowledge"), m_urgent);
    acknowledge->setObjectName(QStringLiteral("acknowledgeUrgentLowButton"));
    connect(acknowledge, &QPushButton::clicked, this, &StatusPopup::acknowledgeUrgentLowRequested);
    urgentButtons->addWidget(acknowledge);
    urgentButtons->addStretch(1);
    for (const int minutes : {15, 30, 60}) {
        auto *snooze = new QPushButton(tr("Snooze %1 min").arg(minutes), m_urgent);
        snooze->setObjectName(QStringLiteral("snooze%1Button").arg(minutes));
        connect(snooze, &QPushButton::clicked, this, [this, minutes] { emit snoozeUrgentLowRequested(minutes); });
        urgentButtons->addWidget(snooze);
    }
    urgentLayout->addLayout(urgentButtons);
    m_urgent->hide();
    m_person->setObjectName(QStringLiteral("personLabel"));
    m_person->setTextFormat(Qt::PlainText);
    QFont personFont = m_person->font();
    personFont.setBold(true);
    m_person->setFont(personFont);
    m_lateNote->setObjectName(QStringLiteral("lateNoteLabel"));
    m_lateNote->setTextFormat(Qt::PlainText);
    m_lateNote->setWordWrap(true);
    m_lateNote->hide();
    m_othersLayout->setSpacing(0);
    m_value->setObjectName(QStringLiteral("valueLabel"));
    m_unit->setObjectName(QStringLiteral("unitLabel"));
    m_trend->setObjectName(QStringLiteral("trendLabel"));
    m_delta->setObjectName(QStringLiteral("deltaLabel"));
    m_age->setObjectName(QStringLiteral("ageLabel"));
    m_device->setObjectName(QStringLiteral("deviceLabel"));
    m_noAccounts->setObjectName(QStringLiteral("noAccountsLabel"));

    m_demo->setText(tr("Demo data \u2014 not real readings"));
    m_demo->setStyleSheet(QStringLiteral("color: white; background: #6a1b9a; padding: 2px 6px;"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_value->setFont(big);
    QFont arrow = m_trend->font();
    arrow.setPointSizeF(arrow.pointSizeF() * 2.0);
    m_trend->setFont(arrow);

    auto *reading = new QHBoxLayout;
    reading->addWidget(m_value, 0, Qt::AlignBaseline);
    reading->addWidget(m_unit, 0, Qt::AlignBaseline);
    reading->addWidget(m_trend, 0, Qt::AlignBaseline);
    reading->addStretch(1);
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_delta, 0, Qt::AlignRight);
    facts->addWidget(m_age, 0, Qt::AlignRight);
    reading->addLayout(facts);

    auto *range = new QHBoxLayout;
    range->addStretch(1);
    for (const int hours : {3, 6, 12, 24}) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("hours%1").arg(hours));
        button->setText(tr("%1 h").arg(hours));
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_hours->addButton(button, hours);
        range->addWidget(button);
    }
    m_hours->button(3)->setChecked(true);
    connect(m_hours, &QButtonGroup::idClicked, m_chart, &GlucoseChart::setHours);
    connect(m_hours, &QButtonGroup::idClicked, this, &StatusPopup::refresh);
    m_rangeSummary->setObjectName(QStringLiteral("rangeSummaryLabel"));
    m_rangeSummary->setTextFormat(Qt::PlainText);
    m_rangeSummary->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    auto *syncNow = new QPushButton(tr("Sync now"), this);
    syncNow->setObjectName(QStringLiteral("syncNowButton"));
    auto *settings = new QPushButton(tr("Settings\u2026"), this);
    settings->setObjectName(QStringLiteral("settingsButton"));
    auto *nightscout = new QPushButton(tr("Open Nightscout"), this);
    nightscout->setObjectName(QStringLiteral("openNightscoutButton"));
    nightscout->setEnabled(false);
    m_openNightscout = nightscout;
    connect(syncNow, &QPushButton::clicked, this, &StatusPopup::syncNowRequested);
    connect(settings, &QPushButton::clicked, this, &StatusPopup::settingsRequested);
    connect(nightscout, &QPushButton::clicked, this, &StatusPopup::openNightscoutRequested);
    buttons->addWidget(nightscout);
    buttons->addStretch(1);
    buttons->addWidget(settings);
    buttons->addWidget(syncNow);

    m_device->setTextFormat(Qt::PlainText);
    m_accountsLayout->setSpacing(2);
    m_accountsLayout->addWidget(m_noAccounts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demo);
    layout->addWidget(m_urgent);
    layout->addWidget(m_person);
    layout->addLayout(reading);
    layout->addWidget(m_lateNote);
    layout->addLayout(m_othersLayout);
    layout->addWidget(m_chart, 1);
    layout->addLayout(range);
    layout->addWidget(m_rangeSummary);
    layout->addWidget(m_device);
    layout->addLayout(m_accountsLayout);
    layout->addLayout(buttons);

    connect(&m_model, &StatusModel::readingsChanged, this, &StatusPopup::refresh);
    connect(&m_model, &StatusModel::markersChanged, m_chart, qOverload<>(&QWidget::update));
    connect(&m_model, &StatusModel::deviceChanged, this, &StatusPopup::refresh);
    connect(&m_model, &StatusModel::accountChanged, this, &StatusPopup::refresh);
    connect(&m_model, &StatusModel::accountsChanged, this, &StatusPopup::refresh);
    connect(&m_model, &StatusModel::demoChanged, this, &StatusPopup::refresh);
    refresh();
}

void StatusPopup::setDisplayOptions(const DisplayOptions &options)
{
    m_options = options;
    m_chart->setDisplayOptions(options);
    refresh();
}

void StatusPopup::setNightscoutAvailable(bool available)
{
    m_openNightscout->setEnabled(available);
}

void StatusPopup::setChartHours(int hours)
{
    if (QAbstractButton *button = m_hours->button(hours))
        button->setChecked(true);
    m_chart->setHours(hours);
}

void StatusPopup::setUrgentLow(const QStringList &people)
{
    m_urgentText->setText(tr("Urgent low: %1. Check now with a meter and follow your CGM's alarms.")
                              .arg(people.join(QStringLiteral(", "))));
    m_urgent->setVisible(!people.isEmpty());
    if (isVisible())
        adjustSize();
}

int StatusPopup::chartHours() const
{
    return m_chart->hours();
}

void StatusPopup::refresh()
{
    const QDateTime now = m_clock.nowUtc();
    m_demo->setVisible(m_model.isDemo());
    refreshReading(now);
    const QString device = StatusText::deviceLine(m_model.device());
    m_device->setText(device);
    m_device->setVisible(!device.isEmpty());
    refreshAccounts(now);
    refreshRangeSummary(now);
    m_chart->update();
}

void StatusPopup::refreshRangeSummary(const QDateTime &now)
{
    // One line per person in view, each named when there are several.
    const QStringList people = m_chart->people();
    QStringList lines;
    for (const QString &id : people) {
        const QString summary = StatusText::rangeSummary(m_model, m_options, id, m_chart->hours(), now);
        if (summary.isEmpty())
            continue;
        lines << (people.size() > 1 ? tr("%1: %2").arg(m_model.personName(id), summary) : summary);
    }
    if (!lines.isEmpty())
        lines.prepend(tr("Last %n hour(s):", nullptr, m_chart->hours()));
    m_rangeSummary->setText(lines.join(QLatin1Char('\n')));
    m_rangeSummary->setVisible(!lines.isEmpty());
}

void StatusPopup::refreshOthers(const QDateTime &now, const QString &trayPerson)
{
    QStringList others = m_model.readingAccounts();
    others.removeAll(trayPerson);
    for (auto it = m_others.begin(); it != m_others.end();) {
        if (!others.contains(it.key())) {
            delete it.value();
            it = m_others.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &id : std::as_const(others)) {
        QLabel *line = m_others.value(id);
        if (!line) {
            line = new QLabel(this);
            line->setObjectName(QStringLiteral("personReading:") + id);
            line->setTextFormat(Qt::PlainText);
            line->setWordWrap(true);
            m_othersLayout->addWidget(line);
            line->show();
            m_others.insert(id, line);
        }
        QString text = StatusText::personLine(m_model, m_options, now, id);
        if (const QString late = StatusText::lateDataNote(m_model, id); !late.isEmpty())
            text += QStringLiteral(" \u2014 ") + late;
        line->setText(text);
        if (const std::optional<GlucoseReading> latest = m_model.latestReading(id); latest && latest->mgdl > 0) {
            const bool stale = GlucoseDisplay::isStale(*latest, now, m_options.staleMinutes);
            const QColor color =
                stale ? TrayIconRenderer::staleColor()
                      : TrayIconRenderer::rangeColor(GlucoseDisplay::classify(latest->mgdl, m_options.thresholds));
            line->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
        }
    }
}

void StatusPopup::refreshReading(const QDateTime &now)
{
    const QString person = m_options.trayPerson(m_model);
    const QString name = m_model.personName(person);
    // Whose number this is, as soon as more than one account could have readings.
    m_person->setText(name);
    m_person->setVisible(!name.isEmpty());
    const QString late = StatusText::lateDataNote(m_model, person);
    m_lateNote->setText(late);
    m_lateNote->setVisible(!late.isEmpty());
    refreshOthers(now, person);
    const std::optional<GlucoseReading> latest = m_model.latestReading(person);
    if (!latest || latest->mgdl <= 0) {
        m_value->setText(QStringLiteral("\u2014"));
        m_value->setStyleSheet(QString());
        m_unit->clear();
        m_trend->clear();
        m_delta->clear();
        m_age->setText(tr("No reading yet"));
        return;
    }
    const bool stale = GlucoseDisplay::isStale(*latest, now, m_options.staleMinutes);
    const GlucoseRange range = GlucoseDisplay::classify(latest->mgdl, m_options.thresholds);
    m_value->setText(GlucoseDisplay::formatValue(latest->mgdl, m_options.units));
    // Stale: grey and struck through, like the tray icon, so an old number is never read as current.
    const QColor color = stale ? TrayIconRenderer::staleColor() : TrayIconRenderer::rangeColor(range);
    m_value->setStyleSheet(
        QStringLiteral("color: %1;%2")
            .arg(color.name(), stale ? QStringLiteral(" text-decoration: line-through;") : QString()));
    m_value->setToolTip(GlucoseDisplay::rangeName(range));
    m_unit->setText(GlucoseDisplay::unitLabel(m_options.units));
    const Trend trend = GlucoseDisplay::trendFromDirection(latest->direction);
    m_trend->setText(GlucoseDisplay::trendArrow(trend));
    m_trend->setToolTip(GlucoseDisplay::trendName(trend));
    m_delta->setText(StatusText::deltaText(m_model, m_options, person));
    QString age = StatusText::timeAndAge(latest->time, now);
    if (stale)
        age = tr("%1 \u2014 no new reading").arg(age);
    m_age->setText(age);
}

void StatusPopup::refreshAccounts(const QDateTime &now)
{
    QStringList ids;
    for (const AccountStatus &account : m_model.accounts())
        ids << account.accountId;
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (!ids.contains(it.key())) {
            delete it.value();
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
    for (const AccountStatus &account : m_model.accounts()) {
        AccountRow *row = m_rows.value(account.accountId);
        if (!row) {
            row = new AccountRow(account.accountId, this);
            connect(row, &AccountRow::actionRequested, this, &StatusPopup::accountActionRequested);
            m_accountsLayout->addWidget(row);
            row->show(); // at once, not when the layout gets round to it (it may be open already)
            m_rows.insert(account.accountId, row);
        }
        row->setStatus(account, now);
    }
    m_noAccounts->setVisible(m_model.accounts().isEmpty());
}

void StatusPopup::showNear(const QRect &trayIconGeometry)
{
    QSize size = sizeHint().expandedTo(minimumSizeHint());
    QScreen *screen = trayIconGeometry.isValid() ? QGuiApplication::screenAt(trayIconGeometry.center()) : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        const QRect area = screen->availableGeometry();
        // Its full size (adjustSize() would stop at two thirds of the screen and squeeze the chart).
        size = size.boundedTo(area.size());
        resize(size);
        QPoint pos;
        if (trayIconGeometry.isValid()) {
            // Above the icon when the panel is at the bottom, below it otherwise; right-aligned to it.
            pos.setX(trayIconGeometry.right() - size.width());
            pos.setY(trayIconGeometry.center().y() > area.center().y() ? trayIconGeometry.top() - size.height() - 4
                                                                       : trayIconGeometry.bottom() + 4);
        } else {
            pos = QPoint(area.right() - size.width() - 8, area.top() + 8);
        }
        pos.setX(std::clamp(pos.x(), area.left(), std::max(area.left(), area.right() - size.width())));
        pos.setY(std::clamp(pos.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
        move(pos);
    }
    refresh();
    show();
    raise();
    activateWindow();
}

qint64 StatusPopup::msSinceFocusHide() const
{
    return m_focusHidden.isValid() ? m_focusHidden.elapsed() : -1;
}

void StatusPopup::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && m_hideOnFocusLoss && isVisible() && !isActiveWindow()) {
        // Decide once the activation settled: the window that took the focus may be our own dialog.
        QTimer::singleShot(0, this, &StatusPopup::hideIfInactive);
    }
}

void StatusPopup::hideIfInactive()
{
    if (!isVisible() || isActiveWindow() || !m_hideOnFocusLoss)
        return;
    if (QApplication::activeModalWidget())
        return;
    for (QWidget *w = QApplication::activeWindow(); w; w = w->parentWidget()) {
        if (w == this)
            return; // a dialog of the popup has the focus
    }
    for (const QObject *child : children()) {
        const auto *widget = qobject_cast<const QWidget *>(child);
        if (widget && widget->isWindow() && widget->isVisible())
            return; // one of our dialogs is open (it may not have the focus itself)
    }
    m_focusHidden.start();
    hide();
}

void StatusPopup::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace nb::ui
