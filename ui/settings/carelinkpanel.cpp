#include "carelinkpanel.h"

#include "credentials/credentialstore.h"
#include "resultlabel.h"
#include "settings/settings.h"
#include "sources/carelink/authorizerequest.h"
#include "sources/carelink/carelinkauth.h"
#include "sources/carelink/carelinkclient.h"
#include "sources/carelink/carelinkdiscovery.h"
#include "sources/sourcefactory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nb::ui {

namespace {
// Every territory Qt knows with its ISO 3166 alpha-2 code, by name.
QList<QPair<QString, QString>> countries()
{
    QList<QPair<QString, QString>> list;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter())
            continue;
        list.append({QLocale::territoryToString(territory), code});
    }
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return list;
}
} // namespace

CareLinkPanel::CareLinkPanel(const SettingsServices &services, const AccountConfig &account, bool isNew,
                             QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_accountId(account.id)
    , m_isNew(isNew)
    , m_country(new QComboBox(this))
    , m_region(new QLabel(this))
    , m_state(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in with browser\u2026"), this))
    , m_paste(new QLineEdit(this))
    , m_pasteSubmit(new QPushButton(tr("Use this address"), this))
    , m_result(new ResultLabel(this))
    , m_patient(new QComboBox(this))
    , m_patientNote(new QLabel(this))
{
    m_country->setObjectName(QStringLiteral("careLinkCountry"));
    m_country->addItem(tr("Choose the account's country"), QString());
    for (const auto &[name, code] : countries())
        m_country->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    QString initial = account.country;
    if (initial.isEmpty() && !account.region.isEmpty())
        initial =
            account.region.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0 ? QStringLiteral("US") : QString();
    m_country->setCurrentIndex(std::max(0, m_country->findData(initial)));
    m_region->setObjectName(QStringLiteral("careLinkRegion"));
    m_state->setObjectName(QStringLiteral("careLinkState"));
    m_state->setWordWrap(true);
    m_signIn->setObjectName(QStringLiteral("careLinkSignIn"));
    m_paste->setObjectName(QStringLiteral("careLinkPasteUrl"));
    m_paste->setPlaceholderText(tr("If the browser did not come back: paste the address it ended on"));
    m_pasteSubmit->setObjectName(QStringLiteral("careLinkPasteSubmit"));
    m_result->setObjectName(QStringLiteral("careLinkSignInResult"));
    m_patient->setObjectName(QStringLiteral("careLinkPatient"));
    m_patientNote->setObjectName(QStringLiteral("careLinkPatientNote"));
    m_patientNote->setWordWrap(true);
    m_patient->hide();
    m_patientNote->setText(tr("Care partners choose the patient to follow here after signing in."));

    auto *followerNote = new QLabel(
        tr("Use a CareLink account of its own for Nightbridge (a care partner / follower account): signing in with "
           "the same account in another app, or in a second copy of Nightbridge, ends the other session."),
        this);
    followerNote->setObjectName(QStringLiteral("careLinkFollowerNote"));
    followerNote->setWordWrap(true);

    auto *box = new QGroupBox(tr("Medtronic CareLink"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Country:"), m_country);
    form->addRow(QString(), m_region);
    form->addRow(followerNote);
    form->addRow(tr("Sign-in:"), m_state);
    form->addRow(m_signIn);
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addWidget(m_pasteSubmit);
    form->addRow(pasteRow);
    form->addRow(m_result);
    form->addRow(tr("Patient:"), m_patient);
    form->addRow(m_patientNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    const auto showRegion = [this] {
        const QString c = country();
        m_region->setText(
            c.isEmpty() ? QString() : tr("CareLink region: %1").arg(carelink::CareLinkEndpoints::regionForCountry(c)));
    };
    showRegion();
    connect(m_country, &QComboBox::currentIndexChanged, this, [this, showRegion] {
        showRegion();
        emit edited();
    });
    connect(m_patient, &QComboBox::currentIndexChanged, this, &CareLinkPanel::edited);
    connect(m_signIn, &QPushButton::clicked, this, &CareLinkPanel::startSignIn);
    connect(m_pasteSubmit, &QPushButton::clicked, this, &CareLinkPanel::submitPastedUrl);
    connect(m_paste, &QLineEdit::returnPressed, this, &CareLinkPanel::submitPastedUrl);

    setSignedIn(false);
    m_state->setText(isNew ? tr("Not signed in yet.") : tr("Checking\u2026"));
    if (!isNew) {
        m_services.credentials.read(refreshTokenKey(), this, [this](const Result<std::optional<Secret>> &token) {
            if (m_signedInHere)
                return;
            setSignedIn(token.ok() && token->has_value() && !token->value().isEmpty());
            if (!token.ok())
                m_state->setText(token.error().userMessage);
        });
        m_services.credentials.read(CredentialKeys::patient(m_accountId), this,
                                    [this](const Result<std::optional<Secret>> &patient) {
                                        if (!patient.ok() || !patient->has_value() || m_patient->count() > 0)
                                            return;
                                        m_storedPatient = patient->value().reveal();
                                        if (m_storedPatient.isEmpty())
                                            return;
                                        m_patient->addItem(m_storedPatient, m_storedPatient);
                                        m_patient->show();
                                    });
    }
}

CareLinkPanel::~CareLinkPanel() = default;

QString CareLinkPanel::refreshTokenKey() const
{
    // CareLinkAuth's own key (carelink/<account>/refresh_token), also listed in CredentialKeys::allForAccount.
    return QStringLiteral("carelink/%1/refresh_token").arg(m_accountId);
}

QString CareLinkPanel::country() const
{
    return m_country->currentData().toString();
}

void CareLinkPanel::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    m_state->setText(signedIn ? tr("Signed in.") : tr("Not signed in."));
    m_signIn->setText(signedIn ? tr("Sign in again\u2026") : tr("Sign in with browser\u2026"));
}

void CareLinkPanel::fill(AccountConfig *account) const
{
    account->country = country();
    account->region.clear(); // from the country
}

QString CareLinkPanel::validate()
{
    if (country().isEmpty())
        return tr("Choose the country of the CareLink account.");
    if (!m_patient->isHidden() && m_patient->count() > 0 && m_patient->currentData().toString().isEmpty())
        return tr("Choose the patient to follow.");
    return QString();
}

bool CareLinkPanel::hasPendingSignIn() const
{
    return m_auth && m_auth->hasPendingSignIn();
}

void CareLinkPanel::startSignIn()
{
    if (country().isEmpty()) {
        m_result->setError(tr("Choose the country of the CareLink account first."));
        return;
    }
    const int generation = ++m_generation;
    m_client.reset();
    m_auth.reset();
    m_signIn->setEnabled(false);
    m_result->setBusy(tr("Finding CareLink's sign-in page\u2026"));
    const QString c = country();
    const auto overrides =
        SourceFactory::careLinkOverrides(carelink::CareLinkEndpoints::regionForCountry(c), &m_services.settings);
    m_discovery = std::make_unique<carelink::CareLinkDiscovery>(m_services.http);
    m_discovery->resolve(c, overrides, this, [this, generation](const carelink::ServiceConfig &config) {
        if (generation == m_generation)
            onServiceConfig(config);
    });
}

void CareLinkPanel::onServiceConfig(const carelink::ServiceConfig &config)
{
    m_auth = std::make_unique<carelink::CareLinkAuth>(m_services.http, m_services.credentials, m_services.clock,
                                                      m_accountId, config);
    const QUrl url = m_auth->beginSignIn();
    m_signIn->setEnabled(true);
    if (!m_services.open(url)) {
        m_result->setWarning(tr("No browser could be opened. Open this address yourself, sign in, and paste the "
                                "address the browser ends on below:\n%1")
                                 .arg(url.toString(QUrl::FullyEncoded)));
        return;
    }
    m_result->setBusy(tr("Waiting for the browser\u2026 Sign in there with the CareLink account for Nightbridge. If "
                         "the browser cannot come back to Nightbridge, paste the address it ends on (it starts with "
                         "%1) below.")
                          .arg(config.redirectUri));
}

bool CareLinkPanel::handleRedirect(const QUrl &redirect)
{
    if (!hasPendingSignIn())
        return false;
    const int generation = ++m_generation;
    m_result->setBusy(tr("Completing the sign-in\u2026"));
    m_auth->completeSignIn(redirect, this, [this, generation](const Result<void> &done) {
        if (generation != m_generation)
            return;
        if (!done.ok()) {
            m_result->setError(done.error().messageForOneShot());
            emit signedIn(false);
            return;
        }
        m_signedInHere = true;
        setSignedIn(true);
        m_paste->clear();
        fetchIdentity();
    });
    return true;
}

void CareLinkPanel::submitPastedUrl()
{
    const QUrl url = carelink::AuthorizeRequest::urlFromPaste(m_paste->text());
    if (url.isEmpty()) {
        m_result->setError(tr("That is not an address. Copy the whole address from the browser's address bar."));
        return;
    }
    if (!handleRedirect(url))
        m_result->setError(tr("Start with \"Sign in with browser\u2026\" first: the address belongs to one sign-in."));
}

void CareLinkPanel::fetchIdentity()
{
    const int generation = ++m_generation;
    m_result->setBusy(tr("Signed in. Reading the account\u2026"));
    m_client = std::make_unique<carelink::CareLinkClient>(m_services.http, *m_auth);
    m_client->fetchIdentity(this, [this, generation](const Result<carelink::Identity> &identity) {
        if (generation != m_generation)
            return;
        if (!identity.ok()) {
            // The sign-in itself worked and is stored.
            m_result->setWarning(
                tr("Signed in, but the account details could not be read: %1").arg(identity.error().userMessage));
            emit signedIn(true);
            return;
        }
        showIdentity(identity.value());
        emit signedIn(true);
    });
}

void CareLinkPanel::showIdentity(const carelink::Identity &identity)
{
    m_result->setOk(tr("Signed in as %1.").arg(identity.username));
    if (!identity.carePartner) {
        m_patient->clear();
        m_patient->hide();
        m_patientNote->setText(tr("This is a patient account: its own data is synced. A care partner (follower) "
                                  "account would choose the patient here."));
        return;
    }
    const QString previous = m_patient->currentData().toString();
    const QSignalBlocker blocker(m_patient);
    m_patient->clear();
    if (identity.patients.isEmpty()) {
        m_patient->hide();
        m_patientNote->setText(tr("No patient is linked to this care partner account yet: link one in CareLink "
                                  "first, then sign in again."));
        return;
    }
    if (identity.patients.size() > 1)
        m_patient->addItem(tr("Choose the patient"), QString());
    for (const carelink::LinkedPatient &p : identity.patients) {
        const QString name = QStringLiteral("%1 %2").arg(p.firstName, p.lastName).trimmed();
        m_patient->addItem(name.isEmpty() ? p.username : QStringLiteral("%1 (%2)").arg(name, p.username), p.username);
    }
    const int index = m_patient->findData(previous.isEmpty() ? m_storedPatient : previous);
    m_patient->setCurrentIndex(index >= 0 ? index : 0);
    m_patient->show();
    m_patientNote->setText(tr("One Nightbridge account follows one patient; add another CareLink account for "
                              "another patient."));
    emit edited();
}

void CareLinkPanel::apply(Done done)
{
    const QString patient = m_patient->currentData().toString();
    if (patient.isEmpty() || patient == m_storedPatient) {
        done({});
        return;
    }
    m_services.credentials.write(CredentialKeys::patient(m_accountId), Secret(patient), this,
                                 [this, patient, done](const Result<void> &r) {
                                     if (r.ok())
                                         m_storedPatient = patient;
                                     done(r);
                                 });
}

void CareLinkPanel::discard()
{
    if (!m_isNew || !m_signedInHere)
        return;
    // The store outlives this panel: it is the context, so the removal completes after the dialog closed.
    CredentialStore &store = m_services.credentials;
    for (const QString &key : CredentialKeys::allForAccount(m_accountId))
        store.remove(key, &store, [](const Result<void> &) {});
    m_signedInHere = false;
}

} // namespace nb::ui
