#pragma once

#include "settingspage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace nb::setup {
class EnvImport;
}

namespace nb::ui {

class ResultLabel;

// Start at login (applied on OK), language, debug logging, the log folder, and the import of a
// tconnectsync .env. The import is an action of its own: it writes the accounts and the secrets at once
// and then asks the user to delete the plain-text file.
class GeneralPage : public SettingsPage {
    Q_OBJECT
public:
    explicit GeneralPage(const SettingsServices &services, QWidget *parent = nullptr);
    ~GeneralPage() override;

    QString pageName() const override { return QStringLiteral("general"); }
    QString title() const override;
    void load() override;
    QString validate() override { return QString(); }
    void apply(Done done) override;

public slots:
    void importEnvFile(const QString &path);
    void openLogFolder();

signals:
    void envImported(); // accounts and the Nightscout site changed on disk: pages reload

private:
    void browseForEnv();

    QCheckBox *m_autostart;
    QComboBox *m_language;
    QCheckBox *m_debugLogging;
    QPushButton *m_openLogs;
    ResultLabel *m_logResult;
    QLineEdit *m_envPath;
    QPushButton *m_envBrowse;
    QPushButton *m_envImport;
    ResultLabel *m_envResult;
    setup::EnvImport *m_import = nullptr;
    bool m_autostartWasOn = false;
};

} // namespace nb::ui
