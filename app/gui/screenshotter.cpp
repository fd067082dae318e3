#include "screenshotter.h"

#include "popup/statuspopup.h"
#include "tray/trayiconrenderer.h"
#include "tray/traycontroller.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace nb::gui {

namespace {
constexpr int kSettleMs = 700;

struct GalleryRow {
    const char *label;
    ui::TrayIconState state;
};

QList<GalleryRow> galleryRows()
{
    auto reading = [](int mgdl, Trend trend, GlucoseRange range, SyncHealth health, bool stale = false,
                      GlucoseUnits units = GlucoseUnits::MgDl) {
        ui::TrayIconState s;
        s.mgdl = mgdl;
        s.trend = trend;
        s.range = range;
        s.health = health;
        s.stale = stale;
        s.units = units;
        return s;
    };
    ui::TrayIconState logo;
    logo.health = SyncHealth::Syncing;
    return {
        {"in range, ok", reading(112, Trend::Flat, GlucoseRange::InRange, SyncHealth::Ok)},
        {"high, rising, syncing", reading(214, Trend::SingleUp, GlucoseRange::High, SyncHealth::Syncing)},
        {"urgent high, retrying", reading(287, Trend::DoubleUp, GlucoseRange::UrgentHigh, SyncHealth::Retrying)},
        {"low, falling, attention", reading(64, Trend::FortyFiveDown, GlucoseRange::Low, SyncHealth::NeedsAttention)},
        {"urgent low", reading(48, Trend::DoubleDown, GlucoseRange::UrgentLow, SyncHealth::Ok)},
        {"stale, paused", reading(143, Trend::Flat, GlucoseRange::InRange, SyncHealth::Paused, true)},
        {"mmol/L", reading(180, Trend::FortyFiveUp, GlucoseRange::InRange, SyncHealth::Ok, false, GlucoseUnits::Mmol)},
        {"no reading (logo)", logo},
    };
}
} // namespace

Screenshotter::Screenshotter(ui::TrayController &tray, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
    , m_dir(directory)
{}

void Screenshotter::start()
{
    if (m_started)
        return;
    m_started = true;
    m_dir.mkpath(QStringLiteral("."));
    QTimer::singleShot(m_tray.isTrayShown() ? kSettleMs : 3000, this, &Screenshotter::next);
}

void Screenshotter::next()
{
    switch (m_step++) {
    case 0:
        saveIconGallery();
        saveScreen(QStringLiteral("screen.png"));
        QTimer::singleShot(0, this, &Screenshotter::next);
        return;
    case 1:
        openPopup();
        break;
    case 2:
        savePopup();
        openMenu();
        break;
    case 3:
        saveMenu();
        QTimer::singleShot(0, this, &Screenshotter::shootWindows);
        return;
    default:
        return;
    }
    QTimer::singleShot(kSettleMs, this, &Screenshotter::next);
}

bool Screenshotter::save(const QImage &image, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const bool ok = !image.isNull() && image.save(path, "PNG");
    if (ok)
        m_written << path;
    else
        m_ok = false;
    QTextStream(stdout) << (ok ? "screenshot: " : "screenshot FAILED: ") << path << '\n';
    return ok;
}

void Screenshotter::saveIconGallery()
{
    const QList<int> sizes{16, 22, 24, 32, 48, 64};
    const QList<GalleryRow> rows = galleryRows();
    const int cell = 72;
    const int labelWidth = 190;
    QImage gallery(labelWidth + cell * int(sizes.size()), cell * int(rows.size() + 1), QImage::Format_ARGB32);
    gallery.fill(QColor(0x30, 0x30, 0x30));
    QPainter p(&gallery);
    p.setPen(Qt::white);
    for (int c = 0; c < sizes.size(); ++c)
        p.drawText(QRect(labelWidth + c * cell, 0, cell, cell), Qt::AlignCenter, QStringLiteral("%1 px").arg(sizes[c]));
    for (int r = 0; r < rows.size(); ++r) {
        const int y = (r + 1) * cell;
        p.drawText(QRect(8, y, labelWidth - 8, cell), Qt::AlignVCenter, QString::fromLatin1(rows[r].label));
        for (int c = 0; c < sizes.size(); ++c) {
            const QImage icon = ui::TrayIconRenderer::render(rows[r].state, sizes[c]);
            p.drawImage(QPoint(labelWidth + c * cell + (cell - sizes[c]) / 2, y + (cell - sizes[c]) / 2), icon);
        }
    }
    p.end();
    save(gallery, QStringLiteral("icons.png"));
    // The current icon, and the 22 px one enlarged so single pixels can be judged.
    const QImage current = ui::TrayIconRenderer::render(m_tray.iconState(), 64);
    save(current, QStringLiteral("icon-current-64.png"));
    save(ui::TrayIconRenderer::render(m_tray.iconState(), 22)
             .scaled(176, 176, Qt::KeepAspectRatio, Qt::FastTransformation),
         QStringLiteral("icon-current-22-zoom.png"));
}

void Screenshotter::saveScreen(const QString &name)
{
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen) {
        m_ok = false;
        return;
    }
    const QImage shot = screen->grabWindow(0).toImage();
    save(shot, name);
    const QRect icon = m_tray.trayIcon()->geometry();
    if (name == QLatin1String("screen.png") && m_tray.isTrayShown() && icon.isValid() && !icon.isEmpty()) {
        // The tray area as the panel shows it, with some panel around the icon.
        const QRect area = icon.adjusted(-40, -6, 40, 6).intersected(shot.rect());
        save(shot.copy(area).scaled(area.size() * 3, Qt::KeepAspectRatio, Qt::FastTransformation),
             QStringLiteral("tray.png"));
    }
}

void Screenshotter::openPopup()
{
    m_tray.showStatusWindow();
}

void Screenshotter::savePopup()
{
    save(m_tray.popup()->grab().toImage(), QStringLiteral("popup.png"));
    saveScreen(QStringLiteral("screen-popup.png"));
    m_tray.popup()->hide();
}

void Screenshotter::openMenu()
{
    QMenu *menu = m_tray.menu();
    const QRect icon = m_tray.trayIcon()->geometry();
    menu->popup(icon.isValid() ? icon.bottomLeft() : QPoint(40, 40));
}

void Screenshotter::saveMenu()
{
    save(m_tray.menu()->grab().toImage(), QStringLiteral("menu.png"));
    m_tray.menu()->hide();
}

void Screenshotter::addWindow(const QString &fileName, WindowOpener open)
{
    m_windows.append({fileName, std::move(open)});
}

// One window per turn: save the one opened last time (after it settled), then open the next.
void Screenshotter::shootWindows()
{
    if (m_open) {
        save(m_open->grab().toImage(), m_windows.at(m_window - 1).fileName);
        m_open->close();
        m_open = nullptr;
    }
    if (m_window >= m_windows.size()) {
        finish();
        return;
    }
    m_open = m_windows.at(m_window++).open();
    if (!m_open) {
        m_ok = false;
        QTextStream(stdout) << "screenshot FAILED: could not open " << m_windows.at(m_window - 1).fileName << '\n';
    }
    QTimer::singleShot(kSettleMs, this, &Screenshotter::shootWindows);
}

void Screenshotter::finish()
{
    QTextStream(stdout) << "screenshots: " << m_written.size() << " file(s) in " << m_dir.absolutePath() << '\n';
    QCoreApplication::exit(m_ok ? 0 : 1);
}

} // namespace nb::gui
