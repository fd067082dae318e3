#pragma once

#include "accounteditor.h"
#include "settingsservices.h"
#include "sync/statusmodel.h"

#include <QPointer>
#include <QWizard>

namespace nb {

namespace ui {
class NightscoutPage;
}

// First-run wizard, shown when no account exists: welcome -> Nightscout (tested) -> an account of either
// vendor (signed in and tested) -> what it uploads -> start at login -> done, where the first sync is
// started (startSyncRequested) and its progress shown from the StatusModel. "Try demo mode" on the welcome
// page leaves the wizard with demoRequested(). The pages embed the settings dialog's own widgets
// (ui::NightscoutPage, ui::AccountEditor); nothing is written before the start-at-login page is confirmed,
// then settings go to the INI and secrets to the credential store only.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePageId, NightscoutPageId, AccountPageId, FeaturesPageId, AutostartPageId, DonePageId };
    static constexpr int DemoResult = 2; // the dialog's result when the user chose the demo

    explicit FirstRunWizard(const ui::SettingsServices &services, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    const ui::SettingsServices &services() const { return m_services; }
    ui::NightscoutPage *nightscoutPage() const { return m_nightscout; }
    ui::AccountEditor *accountEditor() const { return m_editor; }
    // The account page creates the editor for the chosen vendor (replacing an earlier one).
    ui::AccountEditor *createAccountEditor(AccountVendor vendor, QWidget *parent);
    StatusModel *statusModel() const { return m_status; }
    bool isApplied() const { return m_applied; }

    // For the screenshot script and tests: restarts the wizard on this page.
    void showPage(int id);

    void reject() override; // forgets a CareLink sign-in made for an account that is not kept

public slots:
    // The status the done page follows (the app's StatusModel); may be set before or after the start.
    void setStatusModel(nb::StatusModel *model);
    // A CareLink sign-in redirect (from the registered URL scheme); false when it is not this wizard's.
    bool handleRedirect(const QUrl &redirect);
    void requestDemo();

signals:
    void demoRequested();
    void startSyncRequested();
    void statusModelChanged();
    // Everything was written (settings file synced, secrets stored).
    void setupApplied();

private:
    friend class FirstRunAutostartPage;
    // Writes the Nightscout site, the account and the autostart choice; then done(error or ok).
    void applyAll(bool autostart, std::function<void(const QString &problem)> done);

    ui::SettingsServices m_services;
    ui::NightscoutPage *m_nightscout = nullptr;
    QPointer<ui::AccountEditor> m_editor;
    QPointer<StatusModel> m_status;
    bool m_applied = false;
};

} // namespace nb
