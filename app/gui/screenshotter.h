#pragma once

#include <QDir>
#include <QObject>
#include <QStringList>

#include <functional>

namespace nb::ui {
class TrayController;
}
class QWidget;

namespace nb::gui {

// Developer tool behind the hidden --screenshot DIR option: once the tray is up, saves PNGs of the
// rendered icon (every state, several sizes), the tray area of the screen, the status popup and the
// menu (and any windows added), then quits (exit code 0 when every file was written and is non-empty). Grabs with Qt
// itself (QWidget::grab, QScreen::grabWindow), so no external screenshot tool is needed.
class Screenshotter : public QObject {
    Q_OBJECT
public:
    Screenshotter(ui::TrayController &tray, const QString &directory, QObject *parent = nullptr);

    // After the tray, popup and menu: opens each window in turn (the opener returns it, shown), saves
    // it as <fileName> and closes it again.
    using WindowOpener = std::function<QWidget *()>;
    void addWindow(const QString &fileName, WindowOpener open);

    void start();

private:
    void next();
    void saveIconGallery();
    void saveScreen(const QString &name);
    void openPopup();
    void savePopup();
    void openMenu();
    void saveMenu();
    bool save(const QImage &image, const QString &name);
    void finish();
    void shootWindows();

    struct Window {
        QString fileName;
        WindowOpener open;
    };

    ui::TrayController &m_tray;
    QDir m_dir;
    bool m_started = false;
    int m_step = 0;
    bool m_ok = true;
    QStringList m_written;
    QList<Window> m_windows;
    int m_window = 0;
    QWidget *m_open = nullptr;
};

} // namespace nb::gui
