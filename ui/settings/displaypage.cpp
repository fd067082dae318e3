#include "displaypage.h"

#include "settings/settings.h"
#include "sync/accountconfig.h"
#include "sync/glucosedisplay.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace nb::ui {

namespace {
constexpr int kMinMgdl = 20; // the settings table's range
constexpr int kMaxMgdl = 400;
const std::array<QLatin1String, 4> kKeys = {keys::urgentLowMgdl, keys::lowMgdl, keys::highMgdl, keys::urgentHighMgdl};
const std::array<const char *, 4> kNames = {"urgentLowThreshold", "lowThreshold", "highThreshold",
                                            "urgentHighThreshold"};
} // namespace

DisplayPage::DisplayPage(const SettingsServices &services, QWidget *parent)
    : SettingsPage(services, parent)
    , m_units(new QComboBox(this))
    , m_thresholdError(new QLabel(this))
    , m_stale(new QSpinBox(this))
    , m_chartSpan(new QComboBox(this))
    , m_trayAccount(new QComboBox(this))
{
    m_trayAccount->setObjectName(QStringLiteral("trayAccount"));
    m_trayAccount->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_units->setObjectName(QStringLiteral("displayUnits"));
    m_units->addItem(tr("mg/dL"), QStringLiteral("mg/dl"));
    m_units->addItem(tr("mmol/L"), QStringLiteral("mmol"));
    for (size_t i = 0; i < m_spins.size(); ++i) {
        m_spins[i] = new QDoubleSpinBox(this);
        m_spins[i]->setObjectName(QLatin1String(kNames[i]));
        connect(m_spins[i], &QDoubleSpinBox::valueChanged, this, [this, i] { onThresholdEdited(int(i)); });
    }
    m_thresholdError->setObjectName(QStringLiteral("thresholdError"));
    m_thresholdError->setWordWrap(true);
    m_thresholdError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_thresholdError->hide();
    m_stale->setObjectName(QStringLiteral("staleMinutes"));
    m_stale->setRange(5, 120);
    m_stale->setSuffix(tr(" min"));
    m_chartSpan->setObjectName(QStringLiteral("chartSpan"));
    for (const auto &[hours, name] : QList<QPair<int, QString>>{{3, QStringLiteral("3h")},
                                                                {6, QStringLiteral("6h")},
                                                                {12, QStringLiteral("12h")},
                                                                {24, QStringLiteral("24h")}})
        m_chartSpan->addItem(tr("%n hour(s)", nullptr, hours), name);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // spin boxes as wide as their content
    form->addRow(tr("Units:"), m_units);
    form->addRow(tr("Urgent low below:"), m_spins[0]);
    form->addRow(tr("Low below:"), m_spins[1]);
    form->addRow(tr("High above:"), m_spins[2]);
    form->addRow(tr("Urgent high above:"), m_spins[3]);
    form->addRow(QString(), m_thresholdError);
    form->addRow(tr("Reading is stale after:"), m_stale);
    form->addRow(tr("Chart shows:"), m_chartSpan);
    form->addRow(tr("Tray icon shows:"), m_trayAccount);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How the tray icon and the status window show glucose. Thresholds colour the "
                                "reading; they do not change what is uploaded."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_units, &QComboBox::currentIndexChanged, this, [this] {
        showThresholds();
        emit edited();
    });
    connect(m_stale, &QSpinBox::valueChanged, this, &DisplayPage::edited);
    connect(m_chartSpan, &QComboBox::currentIndexChanged, this, &DisplayPage::edited);
    connect(m_trayAccount, &QComboBox::currentIndexChanged, this, &DisplayPage::edited);
    load();
}

QString DisplayPage::title() const
{
    return tr("Display");
}

bool DisplayPage::mmol() const
{
    return m_units->currentIndex() == 1;
}

void DisplayPage::load()
{
    Settings &settings = services().settings;
    for (size_t i = 0; i < kKeys.size(); ++i)
        m_mgdl[i] = settings.intValue(kKeys[i]);
    {
        const QSignalBlocker blocker(m_units);
        m_units->setCurrentIndex(settings.enumValue<GlucoseUnits>(keys::units) == GlucoseUnits::Mmol ? 1 : 0);
    }
    m_stale->setValue(settings.intValue(keys::staleMinutes));
    m_chartSpan->setCurrentIndex(std::max(0, m_chartSpan->findData(settings.stringValue(keys::chartSpan))));
    loadTrayAccounts();
    showThresholds();
}

// Each account is usually a person: the tray icon shows one of them (the popup shows everyone).
void DisplayPage::loadTrayAccounts()
{
    const QSignalBlocker blocker(m_trayAccount);
    m_trayAccount->clear();
    m_trayAccount->addItem(tr("The first account"), QString());
    for (const AccountConfig &account : AccountRepository(services().settings).load())
        m_trayAccount->addItem(account.displayName(), account.id);
    const QString chosen = services().settings.stringValue(keys::trayAccount);
    m_trayAccount->setCurrentIndex(std::max(0, m_trayAccount->findData(chosen)));
}

// The stored mg/dL values shown in the chosen units; switching units never changes them.
void DisplayPage::showThresholds()
{
    const double factor = mmol() ? GlucoseDisplay::MgdlPerMmol : 1.0;
    for (size_t i = 0; i < m_spins.size(); ++i) {
        const QSignalBlocker blocker(m_spins[i]);
        m_spins[i]->setDecimals(mmol() ? 1 : 0);
        m_spins[i]->setSingleStep(mmol() ? 0.1 : 1.0);
        m_spins[i]->setRange(kMinMgdl / factor, kMaxMgdl / factor);
        m_spins[i]->setSuffix(QLatin1Char(' ') +
                              GlucoseDisplay::unitLabel(mmol() ? GlucoseUnits::Mmol : GlucoseUnits::MgDl));
        m_spins[i]->setValue(m_mgdl[i] / factor);
    }
    const QString problem = orderProblem();
    m_thresholdError->setText(problem);
    m_thresholdError->setVisible(!problem.isEmpty());
}

void DisplayPage::onThresholdEdited(int index)
{
    const double factor = mmol() ? GlucoseDisplay::MgdlPerMmol : 1.0;
    m_mgdl[size_t(index)] = std::clamp(int(std::lround(m_spins[size_t(index)]->value() * factor)), kMinMgdl, kMaxMgdl);
    const QString problem = orderProblem();
    m_thresholdError->setText(problem);
    m_thresholdError->setVisible(!problem.isEmpty());
    emit edited();
}

QString DisplayPage::orderProblem() const
{
    if (m_mgdl[0] >= m_mgdl[1])
        return tr("Urgent low must be below low.");
    if (m_mgdl[1] >= m_mgdl[2])
        return tr("Low must be below high.");
    if (m_mgdl[2] >= m_mgdl[3])
        return tr("High must be below urgent high.");
    return QString();
}

QString DisplayPage::validate()
{
    const QString problem = orderProblem();
    m_thresholdError->setText(problem);
    m_thresholdError->setVisible(!problem.isEmpty());
    return problem;
}

void DisplayPage::apply(Done done)
{
    if (const QString problem = orderProblem(); !problem.isEmpty()) {
        done(SyncError::make(SyncError::Kind::Config, problem, QStringLiteral("thresholds out of order")));
        return;
    }
    Settings &settings = services().settings;
    QList<QPair<QString, QVariant>> values = {{keys::units, m_units->currentData().toString()},
                                              {keys::staleMinutes, m_stale->value()},
                                              {keys::chartSpan, m_chartSpan->currentData().toString()},
                                              {keys::trayAccount, m_trayAccount->currentData().toString()}};
    for (size_t i = 0; i < kKeys.size(); ++i)
        values.append({kKeys[i], m_mgdl[i]});
    for (const auto &[key, value] : values) {
        if (auto r = settings.setValue(key, value); !r.ok()) {
            done(r);
            return;
        }
    }
    done({});
}

} // namespace nb::ui
