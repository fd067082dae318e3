#pragma once

#include "common/clock.h"
#include "sync/statusmodel.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace nb::ui {
class AboutDialog;
class NotificationCenter;
class TrayController;
} // namespace nb::ui

namespace nb::gui {

class PreviewFeed;

// TEMPORARY composition root for the tray shell while the sync engine does not exist: the model is fed
// by PreviewFeed (demo data, labelled as such everywhere), and the user's commands go to the feed or to
// placeholders. The real `Application` (engine, scheduler, settings, credentials) replaces this class
// and keeps the same wiring of TrayController's signals.
class PreviewShell : public QObject {
    Q_OBJECT
public:
    explicit PreviewShell(const QString &scenario, QObject *parent = nullptr);
    ~PreviewShell() override;

    void start();
    ui::TrayController *tray() const { return m_tray.get(); }

public slots:
    // Arguments of this launch or a later one (forwarded by the single-instance server).
    void handleArguments(const QStringList &arguments);

private:
    void showPlaceholder(const QString &title, const QString &text);
    void copyDiagnostics();

    SystemClock m_clock;
    StatusModel m_model;
    std::unique_ptr<PreviewFeed> m_feed;
    std::unique_ptr<ui::TrayController> m_tray;
    std::unique_ptr<ui::NotificationCenter> m_notifications;
    std::unique_ptr<ui::AboutDialog> m_about;
};

} // namespace nb::gui
