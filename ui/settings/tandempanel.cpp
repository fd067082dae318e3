#include "tandempanel.h"

#include "common/clock.h"
#include "credentials/memorycredentialstore.h"
#include "resultlabel.h"
#include "revealbutton.h"
#include "sources/sourcefactory.h"
#include "sources/tandem/client/tandemclient.h"
#include "sources/tandem/tandemtime.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace nb::ui {

TandemPanel::TandemPanel(const SettingsServices &services, const AccountConfig &account, bool isNew, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_accountId(account.id)
    , m_isNew(isNew)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_timeZoneError(new QLabel(this))
    , m_pump(new QComboBox(this))
    , m_pumpNote(new QLabel(this))
    , m_test(new QPushButton(tr("Test sign-in"), this))
    , m_result(new ResultLabel(this))
{
    m_email->setObjectName(QStringLiteral("tandemEmail"));
    m_email->setPlaceholderText(tr("E-mail address of your Tandem Source account"));
    m_password->setObjectName(QStringLiteral("tandemPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(isNew ? tr("Password") : tr("Checking the credential store\u2026"));
    m_region->setObjectName(QStringLiteral("tandemRegion"));
    m_region->addItem(tr("United States"), QStringLiteral("US"));
    m_region->addItem(tr("Europe and other countries"), QStringLiteral("EU"));
    m_region->setCurrentIndex(account.region.compare(QLatin1String("EU"), Qt::CaseInsensitive) == 0 ? 1 : 0);

    m_timeZone->setObjectName(QStringLiteral("tandemTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const QString zone =
        account.timezone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : account.timezone;
    m_timeZone->setCurrentText(zone);
    m_timeZoneError->setObjectName(QStringLiteral("tandemTimeZoneError"));
    m_timeZoneError->setWordWrap(true);
    m_timeZoneError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_timeZoneError->hide();

    m_pump->setObjectName(QStringLiteral("tandemPump"));
    m_pump->addItem(tr("The pump with the newest data"), QString());
    if (!account.pumpSerial.isEmpty()) {
        m_pump->addItem(tr("Serial %1").arg(account.pumpSerial), account.pumpSerial);
        m_pump->setCurrentIndex(1);
    }
    m_pumpNote->setObjectName(QStringLiteral("tandemPumpNote"));
    m_pumpNote->setWordWrap(true);
    m_pumpNote->setText(tr("\"Test sign-in\" lists the pumps of the account."));
    m_test->setObjectName(QStringLiteral("tandemTestSignIn"));
    m_result->setObjectName(QStringLiteral("tandemTestResult"));

    auto *box = new QGroupBox(tr("Tandem Source"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Password:"), RevealButton::row(m_password, QStringLiteral("tandemPasswordReveal"),
                                                    tr("Show or hide the password")));
    form->addRow(tr("Region:"), m_region);
    form->addRow(m_test);
    form->addRow(m_result);
    form->addRow(tr("Pump:"), m_pump);
    form->addRow(QString(), m_pumpNote);
    form->addRow(tr("Pump time zone:"), m_timeZone);
    form->addRow(QString(), m_timeZoneError);
    auto *zoneNote =
        new QLabel(tr("Tandem reports times in the pump's clock; this is the zone that clock is set to."), box);
    zoneNote->setWordWrap(true);
    form->addRow(QString(), zoneNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    connect(m_email, &QLineEdit::textEdited, this, &TandemPanel::edited);
    connect(m_password, &QLineEdit::textEdited, this, &TandemPanel::edited);
    connect(m_region, &QComboBox::currentIndexChanged, this, &TandemPanel::edited);
    connect(m_pump, &QComboBox::currentIndexChanged, this, &TandemPanel::edited);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] {
        const QString problem = timeZoneProblem();
        m_timeZoneError->setText(problem);
        m_timeZoneError->setVisible(!problem.isEmpty());
        emit edited();
    });
    connect(m_test, &QPushButton::clicked, this, &TandemPanel::testSignIn);

    if (!isNew) {
        m_services.credentials.read(CredentialKeys::email(m_accountId), this,
                                    [this](const Result<std::optional<Secret>> &email) {
                                        if (email.ok() && email->has_value()) {
                                            m_storedEmail = email->value().reveal();
                                            if (m_email->text().isEmpty())
                                                m_email->setText(m_storedEmail);
                                        }
                                    });
        m_services.credentials.read(
            CredentialKeys::password(m_accountId), this, [this](const Result<std::optional<Secret>> &password) {
                m_hasStoredPassword = password.ok() && password->has_value() && !password->value().isEmpty();
                m_password->setPlaceholderText(
                    m_hasStoredPassword
                        ? tr("Stored in %1. Type a new one to replace it.").arg(m_services.credentials.backendName())
                        : tr("Password"));
            });
    }
}

TandemPanel::~TandemPanel() = default;

QString TandemPanel::systemTimeZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QString::fromUtf8(id);
    // Containers and minimal systems link /etc/localtime to Etc/UTC, which Qt does not list.
    if (id == "Etc/UTC" || id == "Etc/GMT" || id == "Etc/Universal" || id == "Etc/Zulu")
        return QStringLiteral("UTC");
    return QString();
}

QString TandemPanel::region() const
{
    return m_region->currentData().toString();
}

QString TandemPanel::timeZoneProblem() const
{
    const QString zone = m_timeZone->currentText().trimmed();
    if (zone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return tr("Choose a time zone from the list, such as Europe/Berlin or America/New_York.");
    return QString();
}

void TandemPanel::fill(AccountConfig *account) const
{
    account->region = region();
    account->timezone = m_timeZone->currentText().trimmed();
    account->pumpSerial = m_pump->currentData().toString();
}

QString TandemPanel::validate()
{
    const QString zone = timeZoneProblem();
    m_timeZoneError->setText(zone);
    m_timeZoneError->setVisible(!zone.isEmpty());
    if (m_email->text().trimmed().isEmpty())
        return tr("Enter the e-mail address of the Tandem Source account.");
    if (m_password->text().isEmpty() && !m_hasStoredPassword)
        return tr("Enter the Tandem Source password.");
    return zone;
}

void TandemPanel::apply(Done done)
{
    QList<QPair<QString, Secret>> writes;
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && email != m_storedEmail)
        writes.append({CredentialKeys::email(m_accountId), Secret(email)});
    if (!m_password->text().isEmpty())
        writes.append({CredentialKeys::password(m_accountId), Secret(m_password->text())});
    writeSecrets(writes, email, std::move(done));
}

// One write after the other; the panel is the context, so nothing runs into a closed window.
void TandemPanel::writeSecrets(QList<QPair<QString, Secret>> remaining, const QString &email, Done done)
{
    if (remaining.isEmpty()) {
        m_storedEmail = email;
        if (!m_password->text().isEmpty()) {
            m_hasStoredPassword = true;
            m_password->clear();
        }
        done({});
        return;
    }
    const auto [key, value] = remaining.takeFirst();
    m_services.credentials.write(key, value, this, [this, remaining, email, done](const Result<void> &written) {
        if (!written.ok()) {
            done(written);
            return;
        }
        writeSecrets(remaining, email, done);
    });
}

// Reads what is missing from the fields out of the credential store.
void TandemPanel::withCredentials(std::function<void(const Result<QPair<QString, Secret>> &)> done)
{
    const QString email = m_email->text().trimmed();
    if (email.isEmpty()) {
        done(SyncError::make(SyncError::Kind::Config, tr("Enter the e-mail address first."),
                             QStringLiteral("no email")));
        return;
    }
    if (!m_password->text().isEmpty()) {
        done(QPair<QString, Secret>(email, Secret(m_password->text())));
        return;
    }
    if (m_isNew) {
        done(SyncError::make(SyncError::Kind::Config, tr("Enter the password first."), QStringLiteral("no password")));
        return;
    }
    m_services.credentials.read(CredentialKeys::password(m_accountId), this,
                                [email, done](const Result<std::optional<Secret>> &password) {
                                    if (!password.ok()) {
                                        done(password.error());
                                        return;
                                    }
                                    if (!password->has_value() || password->value().isEmpty()) {
                                        done(SyncError::make(SyncError::Kind::Config, tr("Enter the password first."),
                                                             QStringLiteral("no stored password")));
                                        return;
                                    }
                                    done(QPair<QString, Secret>(email, password->value()));
                                });
}

void TandemPanel::testSignIn()
{
    const int generation = ++m_generation;
    m_client.reset();
    m_test->setEnabled(false);
    m_result->setBusy(tr("Signing in to Tandem Source\u2026"));
    withCredentials([this, generation](const Result<QPair<QString, Secret>> &credentials) {
        if (generation != m_generation)
            return;
        if (!credentials.ok()) {
            m_test->setEnabled(true);
            m_result->setError(credentials.error().userMessage);
            emit signInTested(false);
            return;
        }
        tandem::TandemAccount account;
        account.key = m_accountId;
        account.email = credentials->first;
        account.password = credentials->second;
        account.endpoints = SourceFactory::tandemEndpoints(region(), &m_services.settings);
        account.maxFailedLogins = 1; // a test never risks the account's lockout budget
        m_scratch = std::make_unique<MemoryCredentialStore>();
        m_client = std::make_unique<tandem::TandemClient>(m_services.http, *m_scratch, m_services.clock, account);
        m_client->fetchPumper([self = QPointer<TandemPanel>(this), generation](const Result<tandem::PumperInfo> &r) {
            if (!self || generation != self->m_generation)
                return;
            self->m_test->setEnabled(true);
            if (!r.ok()) {
                self->m_result->setError(r.error().messageForOneShot());
                emit self->signInTested(false);
                return;
            }
            self->showPumps(r.value());
            emit self->signInTested(true);
        });
    });
}

QString TandemPanel::describePump(const tandem::PumpInfo &pump, bool *stale) const
{
    // The newest event decides, as in the client's own choice of pump: an upload date alone says nothing
    // about which pump the data came from. Tandem counts the pump's wall-clock seconds; read them in the
    // pump's zone.
    const QTimeZone zone(m_timeZone->currentText().trimmed().toUtf8());
    QDateTime last;
    if (pump.maxDateOfEvents) {
        const QDateTime wall =
            QDateTime::fromSecsSinceEpoch(tandem::kTandemEpochUnix + *pump.maxDateOfEvents, QTimeZone::utc());
        last = QDateTime(wall.date(), wall.time(), zone.isValid() ? zone : QTimeZone::utc());
    } else {
        last = pump.lastUploadDate;
    }
    const QString model = pump.modelName.isEmpty() ? tr("Pump") : pump.modelName;
    QString text = tr("%1, serial %2").arg(model, pump.serialNumber);
    const QDateTime now = m_services.clock.nowUtc();
    *stale = !last.isValid() || last.secsTo(now) > qint64(kStaleDays) * 24 * 3600;
    if (!last.isValid())
        return text + QStringLiteral(" \u2014 ") + tr("never uploaded");
    text += QStringLiteral(" \u2014 ") +
            tr("last data %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
    if (*stale)
        text += QLatin1Char(' ') + tr("(nothing for %n day(s))", nullptr, int(last.daysTo(now)));
    return text;
}

void TandemPanel::showPumps(const tandem::PumperInfo &pumper)
{
    const QString chosen = m_pump->currentData().toString();
    const QSignalBlocker blocker(m_pump);
    m_pump->clear();
    m_pump->addItem(tr("The pump with the newest data"), QString());
    int staleCount = 0;
    bool chosenListed = chosen.isEmpty();
    for (const tandem::PumpInfo &pump : pumper.pumps) {
        bool stale = false;
        m_pump->addItem(describePump(pump, &stale), pump.serialNumber);
        if (stale)
            ++staleCount;
        if (pump.serialNumber == chosen)
            chosenListed = true;
    }
    if (!chosenListed)
        m_pump->addItem(tr("Serial %1 (not in this account)").arg(chosen), chosen);
    m_pump->setCurrentIndex(std::max(0, m_pump->findData(chosen)));
    QString note;
    if (staleCount > 0)
        note = tr("%n pump(s) sent nothing for more than %1 days: choose the one you use now.", nullptr, staleCount)
                   .arg(kStaleDays);
    if (!chosenListed)
        note +=
            (note.isEmpty() ? QString() : QStringLiteral(" ")) + tr("The chosen pump is not in this account any more.");
    m_pumpNote->setText(note.isEmpty() ? tr("All pumps uploaded recently.") : note);
    m_pumpNote->setStyleSheet(note.isEmpty() ? QString() : QStringLiteral("color: #9a6200;"));
    m_result->setOk(tr("Signed in. %n pump(s) found.", nullptr, int(pumper.pumps.size())));
}

} // namespace nb::ui
