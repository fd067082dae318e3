#include "nightscoutpage.h"

#include "credentials/credentialstore.h"
#include "nightscout/nightscoutclient.h"
#include "nightscout/nsconnectiontest.h"
#include "nightscout/nsurl.h"
#include "resultlabel.h"
#include "revealbutton.h"
#include "settings/settings.h"
#include "setup/nightscoutsite.h"
#include "sync/accountconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb::ui {

using ns::NsCheckOutcome;

NightscoutPage::NightscoutPage(const SettingsServices &services, QWidget *parent)
    : SettingsPage(services, parent)
    , m_url(new QLineEdit(this))
    , m_urlError(new QLabel(this))
    , m_allowHttp(new QCheckBox(tr("Allow plain http:// (the secret's hash then travels unencrypted)"), this))
    , m_authMode(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_secretHint(new QLabel(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_result(new ResultLabel(this))
{
    m_url->setObjectName(QStringLiteral("nightscoutUrl"));
    m_url->setPlaceholderText(tr("https://your-site.example.org"));
    m_urlError->setObjectName(QStringLiteral("nightscoutUrlError"));
    m_urlError->setWordWrap(true);
    m_urlError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_urlError->hide();
    m_allowHttp->setObjectName(QStringLiteral("nightscoutAllowHttp"));
    m_authMode->setObjectName(QStringLiteral("nightscoutAuthMode"));
    m_authMode->addItem(tr("API secret"), QStringLiteral("secret"));
    m_authMode->addItem(tr("Access token"), QStringLiteral("token"));
    m_secret->setObjectName(QStringLiteral("nightscoutSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretHint->setObjectName(QStringLiteral("nightscoutSecretHint"));
    m_secretHint->setWordWrap(true);
    m_test->setObjectName(QStringLiteral("nightscoutTest"));
    m_result->setObjectName(QStringLiteral("nightscoutTestResult"));

    auto *intro = new QLabel(tr("The Nightscout site Nightbridge uploads to. The API secret (or token) is kept in "
                                "%1, never in the settings file.")
                                 .arg(services.credentials.backendName()),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Site address:"), m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(QString(), m_allowHttp);
    form->addRow(tr("Sign in with:"), m_authMode);
    // Show/hide: a long secret is easy to mistype where one cannot see it.
    form->addRow(tr("Secret or token:"),
                 RevealButton::row(m_secret, QStringLiteral("nightscoutSecretReveal"), tr("Show or hide the secret")));
    form->addRow(QString(), m_secretHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_url, &QLineEdit::textEdited, this, [this] {
        const QString problem = urlProblem();
        m_urlError->setText(problem);
        m_urlError->setVisible(!problem.isEmpty());
        emit edited();
    });
    connect(m_allowHttp, &QCheckBox::toggled, this, [this] {
        const QString problem = urlProblem();
        m_urlError->setText(problem);
        m_urlError->setVisible(!problem.isEmpty());
        emit edited();
    });
    connect(m_authMode, &QComboBox::currentIndexChanged, this, [this] {
        updateSecretHint();
        emit edited();
    });
    connect(m_secret, &QLineEdit::textEdited, this, [this] {
        updateSecretHint();
        emit edited();
    });
    connect(m_test, &QPushButton::clicked, this, &NightscoutPage::testConnection);
    load();
}

NightscoutPage::~NightscoutPage() = default;

QString NightscoutPage::title() const
{
    return tr("Nightscout");
}

void NightscoutPage::load()
{
    ++m_generation;
    Settings &settings = services().settings;
    m_url->setText(settings.stringValue(keys::nightscoutUrl));
    m_loadedUrl = m_url->text().trimmed();
    m_reachedUrl.clear();
    m_allowHttp->setChecked(settings.boolValue(keys::nightscoutAllowInsecureHttp));
    m_authMode->setCurrentIndex(
        settings.enumValue<NightscoutAuthMode>(keys::nightscoutAuthMode) == NightscoutAuthMode::Token ? 1 : 0);
    m_secret->clear();
    m_urlError->hide();
    m_result->reset();
    m_hasStoredSecret = false;
    updateSecretHint();
    const int generation = m_generation;
    services().credentials.read(secretKey(), this, [this, generation](const Result<std::optional<Secret>> &secret) {
        if (generation != m_generation)
            return;
        m_hasStoredSecret = secret.ok() && secret->has_value() && !secret->value().isEmpty();
        updateSecretHint();
    });
}

bool NightscoutPage::tokenMode() const
{
    return m_authMode->currentIndex() == 1;
}

QString NightscoutPage::secretKey() const
{
    const QString site = setup::NightscoutSite::defaultSiteId();
    return tokenMode() ? CredentialKeys::nightscoutToken(site) : CredentialKeys::nightscoutSecret(site);
}

QString NightscoutPage::urlProblem() const
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return QString();
    const Result<QUrl> url = ns::NsUrl::normalize(text, m_allowHttp->isChecked());
    return url.ok() ? QString() : url.error().userMessage;
}

void NightscoutPage::updateSecretHint()
{
    m_secret->setPlaceholderText(
        m_hasStoredSecret
            ? tr("Stored in %1. Type a new one to replace it.").arg(services().credentials.backendName())
            : (tokenMode() ? tr("Access token from Nightscout's Admin Tools") : tr("API_SECRET of the site")));
    const QString typed = m_secret->text();
    if (!tokenMode() && !typed.isEmpty() && typed.size() < ns::kMinApiSecretLength) {
        m_secretHint->setText(tr("Nightscout accepts no uploads at all while its API_SECRET is shorter than %1 "
                                 "characters.")
                                  .arg(ns::kMinApiSecretLength));
        m_secretHint->setVisible(true);
    } else if (tokenMode()) {
        m_secretHint->setText(tr("Make a token in Nightscout's Admin Tools (your site's address followed by /admin): "
                                 "add a subject with a role that may create documents (for example a role with "
                                 "the permission api:*:create), then copy the subject's access token here."));
        m_secretHint->setVisible(true);
    } else {
        m_secretHint->clear();
        m_secretHint->setVisible(false);
    }
}

QString NightscoutPage::validate()
{
    const QString problem = urlProblem();
    m_urlError->setText(problem);
    m_urlError->setVisible(!problem.isEmpty());
    return problem;
}

void NightscoutPage::currentConfig(QObject *context, std::function<void(const Result<ns::NsClientConfig> &)> done)
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        done(SyncError::make(SyncError::Kind::Config, tr("Enter the address of your Nightscout site first."),
                             QStringLiteral("no nightscout url")));
        return;
    }
    const Result<QUrl> url = ns::NsUrl::normalize(text, m_allowHttp->isChecked());
    if (!url.ok()) {
        done(url.error());
        return;
    }
    ns::NsClientConfig config;
    config.baseUrl = url.value();
    config.batchSize = services().settings.intValue(keys::nightscoutUploadBatchSize);
    const bool token = tokenMode();
    const auto withSecret = [config, token](const Secret &secret) {
        ns::NsClientConfig c = config;
        if (!secret.isEmpty())
            c.credentials = token ? ns::NsCredentials::accessToken(secret) : ns::NsCredentials::apiSecret(secret);
        return c;
    };
    if (!m_secret->text().isEmpty()) {
        done(withSecret(Secret(m_secret->text())));
        return;
    }
    services().credentials.read(secretKey(), context, [withSecret, done](const Result<std::optional<Secret>> &secret) {
        if (!secret.ok()) {
            done(secret.error());
            return;
        }
        done(withSecret(secret->value_or(Secret())));
    });
}

void NightscoutPage::testConnection()
{
    const int generation = ++m_generation;
    m_client.reset(); // cancels an older test
    m_testingUrl = m_url->text().trimmed();
    m_test->setEnabled(false);
    m_result->setBusy(tr("Contacting the Nightscout site\u2026"));
    currentConfig(this, [this, generation](const Result<ns::NsClientConfig> &config) {
        if (generation != m_generation)
            return;
        if (!config.ok()) {
            m_test->setEnabled(true);
            m_result->setError(config.error().userMessage);
            emit connectionTested(false);
            return;
        }
        m_client = std::make_unique<ns::NightscoutClient>(services().http, services().clock, config.value());
        auto *test = new ns::NsConnectionTest(
            *m_client,
            [self = QPointer<NightscoutPage>(this), generation](const ns::NsConnectionReport &report) {
                if (!self || generation != self->m_generation)
                    return;
                self->showReport(report);
            },
            m_client.get());
        test->start();
    });
}

void NightscoutPage::showReport(const ns::NsConnectionReport &report)
{
    m_test->setEnabled(true);
    QString text;
    if (report.ok()) {
        text = tr("Connected to Nightscout %1 (units: %2). Nightbridge may upload.")
                   .arg(report.status ? report.status->version : tr("unknown version"),
                        report.status ? report.status->units : tr("unknown"));
    } else {
        text = report.error ? report.error->messageForOneShot() : tr("The connection test failed.");
        if (report.status && report.outcome != NsCheckOutcome::NotNightscout)
            text +=
                QLatin1Char(' ') + tr("(Nightscout %1, units: %2.)").arg(report.status->version, report.status->units);
    }
    for (const QString &warning : report.warnings)
        text += QLatin1Char('\n') + warning;
    if (!report.ok())
        m_result->setError(text);
    else if (report.warnings.isEmpty())
        m_result->setOk(text);
    else
        m_result->setWarning(text);
    if (report.ok())
        m_reachedUrl = m_testingUrl;
    emit connectionTested(report.ok());
}

QStringList NightscoutPage::untestedChanges() const
{
    const QString url = m_url->text().trimmed();
    if (url.isEmpty() || url == m_loadedUrl || url == m_reachedUrl)
        return {};
    return {tr("The Nightscout site %1 was not reached: \"Test connection\" did not succeed.").arg(url)};
}

void NightscoutPage::apply(Done done)
{
    Settings &settings = services().settings;
    const QString text = m_url->text().trimmed();
    QString stored;
    if (!text.isEmpty()) {
        const Result<QUrl> url = ns::NsUrl::normalize(text, m_allowHttp->isChecked());
        if (!url.ok()) {
            done(url.error());
            return;
        }
        stored = url->toString();
    }
    for (const auto &[key, value] :
         QList<QPair<QString, QVariant>>{{keys::nightscoutAllowInsecureHttp, m_allowHttp->isChecked()},
                                         {keys::nightscoutUrl, stored},
                                         {keys::nightscoutAuthMode, m_authMode->currentData().toString()}}) {
        if (auto r = settings.setValue(key, value); !r.ok()) {
            done(r);
            return;
        }
    }
    if (m_secret->text().isEmpty()) {
        done({});
        return;
    }
    services().credentials.write(secretKey(), Secret(m_secret->text()), this, [this, done](const Result<void> &r) {
        if (r.ok()) {
            m_secret->clear();
            m_hasStoredSecret = true;
            updateSecretHint();
        }
        done(r);
    });
}

} // namespace nb::ui
