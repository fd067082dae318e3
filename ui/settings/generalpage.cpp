#include "generalpage.h"

#include "i18n/translations.h"

#include "credentials/credentialstore.h"
#include "resultlabel.h"
#include "settings/settings.h"
#include "setup/envimport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb::ui {

GeneralPage::GeneralPage(const SettingsServices &services, QWidget *parent)
    : SettingsPage(services, parent)
    , m_autostart(new QCheckBox(tr("Start Nightbridge when I log in"), this))
    , m_language(new QComboBox(this))
    , m_debugLogging(new QCheckBox(tr("Detailed (debug) logging, for reporting a problem"), this))
    , m_openLogs(new QPushButton(tr("Open the log folder"), this))
    , m_logResult(new ResultLabel(this))
    , m_envPath(new QLineEdit(this))
    , m_envBrowse(new QPushButton(tr("Choose\u2026"), this))
    , m_envImport(new QPushButton(tr("Import"), this))
    , m_envResult(new ResultLabel(this))
{
    m_autostart->setObjectName(QStringLiteral("startAtLogin"));
    m_language->setObjectName(QStringLiteral("language"));
    // Language names in their own language: whoever cannot read the current one still finds theirs.
    m_language->addItem(tr("System language"), QString());
    for (const LanguageInfo &language : availableLanguages()) // each in its own language
        m_language->addItem(language.nativeName, language.code);
    m_debugLogging->setObjectName(QStringLiteral("debugLogging"));
    m_openLogs->setObjectName(QStringLiteral("openLogFolder"));
    m_logResult->setObjectName(QStringLiteral("openLogFolderResult"));
    m_envPath->setObjectName(QStringLiteral("importEnvPath"));
    m_envPath->setPlaceholderText(tr("Path of the tconnectsync .env file"));
    m_envBrowse->setObjectName(QStringLiteral("importEnvBrowse"));
    m_envImport->setObjectName(QStringLiteral("importEnvButton"));
    m_envResult->setObjectName(QStringLiteral("importEnvResult"));

    auto *form = new QFormLayout;
    form->addRow(m_autostart);
    auto *languageNote = new QLabel(tr("A new language shows after Nightbridge restarts."), this);
    languageNote->setWordWrap(true);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(m_debugLogging);
    auto *logRow = new QHBoxLayout;
    logRow->addWidget(m_openLogs);
    logRow->addStretch(1);
    form->addRow(logRow);
    form->addRow(m_logResult);

    auto *importBox = new QGroupBox(tr("Move from tconnectsync"), this);
    auto *importLayout = new QVBoxLayout(importBox);
    auto *importNote = new QLabel(tr("Reads a tconnectsync .env file, creates the accounts and the Nightscout site, "
                                     "and moves the passwords and secrets into %1. This happens right away, "
                                     "not on OK.")
                                      .arg(services.credentials.backendName()),
                                  importBox);
    importNote->setWordWrap(true);
    importLayout->addWidget(importNote);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_envPath, 1);
    pathRow->addWidget(m_envBrowse);
    pathRow->addWidget(m_envImport);
    importLayout->addLayout(pathRow);
    importLayout->addWidget(m_envResult);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(importBox);
    layout->addStretch(1);

    connect(m_autostart, &QCheckBox::toggled, this, &GeneralPage::edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, &GeneralPage::edited);
    connect(m_debugLogging, &QCheckBox::toggled, this, &GeneralPage::edited);
    connect(m_openLogs, &QPushButton::clicked, this, &GeneralPage::openLogFolder);
    connect(m_envBrowse, &QPushButton::clicked, this, &GeneralPage::browseForEnv);
    connect(m_envImport, &QPushButton::clicked, this, [this] { importEnvFile(m_envPath->text().trimmed()); });
    load();
}

GeneralPage::~GeneralPage() = default;

QString GeneralPage::title() const
{
    return tr("General");
}

void GeneralPage::load()
{
    Settings &s = services().settings;
    // What the system has, not only what we last wrote: the user may have removed the entry elsewhere.
    m_autostartWasOn = services().isAutostartEnabled();
    m_autostart->setChecked(m_autostartWasOn);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.stringValue(keys::language))));
    m_debugLogging->setChecked(s.enumValue<LogLevel>(keys::logLevel) == LogLevel::Debug);
    m_logResult->reset();
}

void GeneralPage::apply(Done done)
{
    Settings &s = services().settings;
    if (auto r = s.setValue(keys::language, m_language->currentData().toString()); !r.ok()) {
        done(r);
        return;
    }
    const LogLevel stored = s.enumValue<LogLevel>(keys::logLevel);
    const LogLevel level =
        m_debugLogging->isChecked() ? LogLevel::Debug : (stored == LogLevel::Debug ? LogLevel::Info : stored);
    if (auto r = s.setEnum(keys::logLevel, level); !r.ok()) {
        done(r);
        return;
    }
    const bool autostart = m_autostart->isChecked();
    if (autostart != m_autostartWasOn) {
        if (auto r = services().applyAutostart(autostart); !r.ok()) {
            done(r);
            return;
        }
        m_autostartWasOn = autostart;
    }
    if (auto r = s.setValue(keys::autostart, autostart); !r.ok()) {
        done(r);
        return;
    }
    done({});
}

void GeneralPage::openLogFolder()
{
    const QString dir = services().paths.logDir;
    QDir().mkpath(dir);
    if (!services().open(QUrl::fromLocalFile(dir)))
        m_logResult->setError(tr("No file manager could open %1.").arg(QDir::toNativeSeparators(dir)));
    else
        m_logResult->reset();
}

// A window-modal dialog that does not block: the answer arrives through fileSelected.
void GeneralPage::browseForEnv()
{
    auto *dialog = new QFileDialog(this, tr("Choose the tconnectsync .env file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog, false);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot); // .env is a hidden file
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_envPath->setText(file); });
    dialog->open();
}

void GeneralPage::importEnvFile(const QString &path)
{
    if (path.isEmpty()) {
        m_envResult->setError(tr("Choose the .env file to import first."));
        return;
    }
    if (m_import) {
        return; // one import at a time
    }
    const Result<EnvConfig> config = setup::EnvImport::readFile(path);
    if (!config.ok()) {
        m_envResult->setError(config.error().userMessage);
        return;
    }
    m_envImport->setEnabled(false);
    m_envResult->setBusy(tr("Importing\u2026"));
    m_import = new setup::EnvImport(services().settings, services().credentials, this);
    m_import->apply(config.value(), [this, path](const Result<setup::EnvImportSummary> &summary) {
        m_import->deleteLater();
        m_import = nullptr;
        m_envImport->setEnabled(true);
        if (!summary.ok()) {
            m_envResult->setError(summary.error().userMessage);
            return;
        }
        QStringList lines;
        if (summary->createdAccounts.isEmpty() && summary->updatedAccounts.isEmpty())
            lines << tr("No accounts in the file.");
        if (!summary->createdAccounts.isEmpty())
            lines << tr("Accounts created: %1.").arg(summary->createdAccounts.join(QStringLiteral(", ")));
        if (!summary->updatedAccounts.isEmpty()) // the file was imported before: its accounts are updated
            lines << tr("Accounts updated: %1.").arg(summary->updatedAccounts.join(QStringLiteral(", ")));
        if (summary->nightscoutConfigured)
            lines << tr("Nightscout site set up.");
        lines << tr("%n secret(s) stored in %1.", nullptr, summary->secretsStored).arg(summary->credentialBackend);
        if (!summary->careLinkAccounts.isEmpty())
            lines << tr("Sign in to CareLink on the Accounts page: %1.")
                         .arg(summary->careLinkAccounts.join(QStringLiteral(", ")));
        lines << tr("Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.")
                     .arg(QDir::toNativeSeparators(path));
        m_envResult->setWarning(lines.join(QLatin1Char('\n')));
        emit envImported();
    });
}

} // namespace nb::ui
