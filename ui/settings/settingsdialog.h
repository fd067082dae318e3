#pragma once

#include "settingsservices.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QMessageBox;
class QStackedWidget;

namespace nb::ui {

class AccountsPage;
class DisplayPage;
class GeneralPage;
class NightscoutPage;
class SettingsPage;
class SyncPage;

// The settings window: Accounts, Nightscout, Sync, Display, General. Non-modal; OK / Apply validate every
// page (the first problem is shown on its page), then write the settings and secrets, and emit applied()
// so the application reloads the accounts; Cancel forgets the edits.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const SettingsServices &services, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // "accounts", "nightscout", "sync", "display", "general"; false for an unknown name. (The screenshot
    // script shows each page through this.)
    bool showPage(const QString &pageName);
    QString currentPageName() const;
    SettingsPage *page(const QString &pageName) const;

    NightscoutPage *nightscoutPage() const { return m_nightscout; }
    AccountsPage *accountsPage() const { return m_accounts; }
    SyncPage *syncPage() const { return m_sync; }
    DisplayPage *displayPage() const { return m_display; }
    GeneralPage *generalPage() const { return m_general; }

    bool isApplying() const { return m_applying; }

public slots:
    void reload(); // every page from the saved settings (also done on reject)
    void applyChanges();
    void accept() override;
    void reject() override;
    // The CareLink sign-in redirect (URL scheme, single-instance hand-off); false when no sign-in waits.
    bool handleRedirect(const QUrl &redirect);

signals:
    void applied();                          // after a successful OK / Apply
    void applyFailed(const QString &reason); // translated

private:
    void startApply(bool closeAfter, bool untestedConfirmed = false);
    void askAboutUntested(const QStringList &changes, bool closeAfter);
    void applyPage(int index, bool closeAfter);
    void finishApply(bool ok, const QString &reason, bool closeAfter);

    SettingsServices m_services;
    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    NightscoutPage *m_nightscout;
    AccountsPage *m_accounts;
    SyncPage *m_sync;
    DisplayPage *m_display;
    GeneralPage *m_general;
    QList<SettingsPage *> m_pages;
    bool m_applying = false;
    QPointer<QMessageBox> m_question; // "Save anyway?" while it is open
};

} // namespace nb::ui
