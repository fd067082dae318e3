#include "accounteditor.h"

#include "carelinkpanel.h"
#include "featurespanel.h"
#include "nightscout/nightscoutclient.h"
#include "resultlabel.h"
#include "settings/settings.h"
#include "setup/conflictcheck.h"
#include "setup/nightscoutsite.h"
#include "tandempanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb::ui {

AccountEditor::AccountEditor(const SettingsServices &services, const AccountConfig &account, bool isNew,
                             QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_account(account)
    , m_isNew(isNew)
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Sync this account"), this))
    , m_error(new QLabel(this))
    , m_features(new FeaturesPanel(account.vendor, this))
    , m_checkConflicts(new QPushButton(tr("Check Nightscout for other uploaders"), this))
    , m_conflictResult(new ResultLabel(this))
{
    setObjectName(QStringLiteral("accountEditor:") + account.id);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setText(account.name);
    m_name->setPlaceholderText(account.displayName());
    m_enabled->setObjectName(QStringLiteral("accountEnabled"));
    m_enabled->setChecked(account.enabled);
    m_error->setObjectName(QStringLiteral("accountError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_checkConflicts->setObjectName(QStringLiteral("checkConflicts"));
    m_conflictResult->setObjectName(QStringLiteral("conflictResult"));

    const auto features = setup::FeatureCatalog::enabledNames(account.vendor, account.features);
    m_features->setEnabledNames(features.ok() ? features.value() : setup::FeatureCatalog::defaultNames(account.vendor));
    if (!features.ok())
        m_conflictResult->setWarning(features.error().userMessage + QLatin1Char(' ') +
                                     tr("The defaults are shown instead."));

    auto *form = new QFormLayout;
    // Several accounts usually mean several people: the name says whose readings the tray, the status
    // window and the notifications show.
    m_name->setToolTip(tr("Whose data this is, for example a child's name. Shown in the tray, the status window "
                          "and notifications."));
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (account.vendor == AccountVendor::Tandem) {
        m_tandem = new TandemPanel(services, account, isNew, this);
        layout->addWidget(m_tandem);
        connect(m_tandem, &TandemPanel::edited, this, &AccountEditor::edited);
        connect(m_tandem, &TandemPanel::signInTested, this, &AccountEditor::signInTested);
    } else {
        m_careLink = new CareLinkPanel(services, account, isNew, this);
        layout->addWidget(m_careLink);
        connect(m_careLink, &CareLinkPanel::edited, this, &AccountEditor::edited);
        connect(m_careLink, &CareLinkPanel::signedIn, this, &AccountEditor::signInTested);
    }
    if (m_tandem)
        connect(m_tandem, &TandemPanel::edited, this, [this] { m_signInChanged = true; });
    else
        connect(m_careLink, &CareLinkPanel::edited, this, [this] { m_signInChanged = true; });
    connect(this, &AccountEditor::signInTested, this, [this](bool ok) { m_signInOk = ok; });
    auto *featureBox = new QGroupBox(tr("What to upload"), this);
    auto *featureLayout = new QVBoxLayout(featureBox);
    featureLayout->addWidget(m_features);
    featureLayout->addWidget(m_checkConflicts, 0, Qt::AlignLeft);
    featureLayout->addWidget(m_conflictResult);
    layout->addWidget(featureBox);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_provider = [this](QObject *context, std::function<void(const Result<ns::NsClientConfig> &)> done) {
        setup::NightscoutSite::load(m_services.settings, m_services.credentials, context, std::move(done));
    };
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        emit labelChanged(text);
        emit edited();
    });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        emit enabledChanged(on);
        emit edited();
    });
    connect(m_features, &FeaturesPanel::changed, this, [this] {
        showConflicts();
        emit edited();
    });
    connect(m_checkConflicts, &QPushButton::clicked, this, &AccountEditor::checkConflicts);
}

AccountEditor::~AccountEditor() = default;

AccountConfig AccountEditor::config() const
{
    AccountConfig a = m_account;
    a.name = m_name->text().trimmed();
    a.enabled = m_enabled->isChecked();
    a.features = setup::FeatureCatalog::toStored(a.vendor, m_features->enabledNames());
    if (m_tandem)
        m_tandem->fill(&a);
    if (m_careLink)
        m_careLink->fill(&a);
    return a;
}

void AccountEditor::setAccountEnabled(bool enabled)
{
    m_enabled->setChecked(enabled);
}

QString AccountEditor::validate()
{
    QString problem;
    if (m_features->enabledNames().isEmpty())
        problem = tr("Choose at least one thing to upload.");
    if (problem.isEmpty())
        problem = m_tandem ? m_tandem->validate() : m_careLink->validate();
    if (problem.isEmpty()) {
        const AccountRepository repository(m_services.settings);
        if (auto valid = repository.validate(config()); !valid.ok())
            problem = valid.error().userMessage;
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem;
}

void AccountEditor::apply(Done done)
{
    AccountRepository repository(m_services.settings);
    const AccountConfig a = config();
    if (auto saved = repository.save(a); !saved.ok()) {
        done(saved);
        return;
    }
    const auto secretsDone = [self = QPointer<AccountEditor>(this), done](const Result<void> &r) {
        if (self && r.ok())
            self->m_isNew = false;
        done(r);
    };
    if (m_tandem)
        m_tandem->apply(secretsDone);
    else
        m_careLink->apply(secretsDone);
}

void AccountEditor::discard()
{
    if (m_careLink)
        m_careLink->discard();
}

bool AccountEditor::handleRedirect(const QUrl &redirect)
{
    return m_careLink && m_careLink->handleRedirect(redirect);
}

bool AccountEditor::hasPendingSignIn() const
{
    return m_careLink && m_careLink->hasPendingSignIn();
}

void AccountEditor::checkConflicts()
{
    const int generation = ++m_generation;
    m_client.reset();
    m_checkConflicts->setEnabled(false);
    m_conflictResult->setBusy(tr("Reading what your Nightscout received recently\u2026"));
    m_provider(this, [this, generation](const Result<ns::NsClientConfig> &config) {
        if (generation != m_generation)
            return;
        if (!config.ok()) {
            m_checkConflicts->setEnabled(true);
            m_conflictResult->setError(config.error().userMessage);
            return;
        }
        m_client = std::make_unique<ns::NightscoutClient>(m_services.http, m_services.clock, config.value());
        auto *check = new setup::ConflictCheck(*m_client, m_services.clock, m_client.get());
        check->start(
            [self = QPointer<AccountEditor>(this), check, generation](const Result<QList<setup::Conflict>> &conflicts) {
                check->deleteLater();
                if (!self || generation != self->m_generation)
                    return;
                self->m_checkConflicts->setEnabled(true);
                if (!conflicts.ok()) {
                    self->m_conflicts.reset();
                    self->m_conflictResult->setError(conflicts.error().userMessage);
                    return;
                }
                self->m_conflicts = conflicts.value();
                self->showConflicts();
            });
    });
}

// Only what matters for the features that are on; the rest is counted so nothing is hidden silently.
void AccountEditor::showConflicts()
{
    if (!m_conflicts)
        return;
    const QStringList enabled = m_features->enabledNames();
    QStringList lines;
    int elsewhere = 0;
    for (const setup::Conflict &c : *m_conflicts) {
        QStringList affected;
        for (const setup::FeatureInfo &f : m_features->features()) {
            if (f.area == c.area && enabled.contains(f.name))
                affected.append(f.label);
        }
        if (affected.isEmpty()) {
            ++elsewhere;
            continue;
        }
        lines.append(QStringLiteral("\u2022 ") + affected.join(QStringLiteral(", ")) + QStringLiteral(": ") +
                     c.message);
    }
    if (lines.isEmpty()) {
        m_conflictResult->setOk(
            elsewhere == 0 ? tr("No other uploader writes what this account uploads.")
                           : tr("No conflict with what this account uploads (%n note(s) about features that are off).",
                                nullptr, elsewhere));
        return;
    }
    if (elsewhere > 0)
        lines.append(tr("(%n more about features that are off.)", nullptr, elsewhere));
    m_conflictResult->setWarning(lines.join(QLatin1Char('\n')));
}

} // namespace nb::ui
