#pragma once

#include <QDir>
#include <QObject>
#include <QStringList>

namespace nb::ui {
class TrayController;
}

namespace nb::gui {

// Developer tool behind the hidden --screenshot DIR option: once the tray is up, saves PNGs of the
// rendered icon (every state, several sizes), the tray area of the screen, the status popup and the
// menu, then quits (exit code 0 when every file was written and is non-empty). Grabs with Qt itself
// (QWidget::grab, QScreen::grabWindow), so no external screenshot tool is needed.
class Screenshotter : public QObject {
    Q_OBJECT
public:
    Screenshotter(ui::TrayController &tray, const QString &directory, QObject *parent = nullptr);

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

    ui::TrayController &m_tray;
    QDir m_dir;
    bool m_started = false;
    int m_step = 0;
    bool m_ok = true;
    QStringList m_written;
};

} // namespace nb::gui
