#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace nb {
class BackfillWizard;
class FirstRunWizard;
namespace ui {
class SettingsDialog;
struct SettingsServices;
} // namespace ui
} // namespace nb

namespace nb::gui {

class Application;
class RuntimeBackfillServices;

// Opens the windows the tray asks for — the settings dialog, the backfill wizard and the first-run
// wizard — on top of the Application's runtime, one of each at a time (a second request raises the open
// one), and feeds their outcome back: OK in the settings and a finished setup reload the accounts, a
// finished backfill notifies. A CareLink sign-in redirect goes to whichever window started a sign-in.
class DialogHost : public QObject {
    Q_OBJECT
public:
    explicit DialogHost(Application &app, QObject *parent = nullptr);
    ~DialogHost() override;

    ui::SettingsDialog *settingsDialog() const; // null when closed
    BackfillWizard *backfillWizard() const;
    FirstRunWizard *firstRunWizard() const;

public slots:
    ui::SettingsDialog *showSettings(const QString &pageName = QString());
    BackfillWizard *showBackfill();
    FirstRunWizard *showFirstRun();
    bool handleRedirect(const QUrl &redirect);

private:
    ui::SettingsServices services() const;
    static void raise(QWidget *window);
    template<typename Window>
    void forgetWhenFinished(QPointer<Window> &pointer);

    Application &m_app;
    std::unique_ptr<RuntimeBackfillServices> m_backfillServices;
    QPointer<ui::SettingsDialog> m_settings;
    QPointer<BackfillWizard> m_backfill;
    QPointer<FirstRunWizard> m_firstRun;
};

} // namespace nb::gui
