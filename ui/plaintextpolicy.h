#pragma once

#include <QObject>
#include <QString>

class QLabel;

namespace nb::ui {

// Nothing a vendor, a Nightscout site or a redirect URL sent is ever shown as rich text (a crafted error
// text could otherwise draw links, images or fake instructions into our windows). Installed once on
// the application, the policy makes every QLabel (our own, and the ones inside QMessageBox, QWizard,
// ...) Qt::PlainText before it is first shown. The only labels that keep rich text are those whose
// text is ours alone and that opt in with allowRichText() (the About dialog).
class PlainTextPolicy : public QObject {
    Q_OBJECT
public:
    static void install(); // idempotent; needs a QCoreApplication
    static void allowRichText(QLabel *label);

    // For notifications and the tray tooltip, which some desktops render as markup: angle brackets
    // become look-alike quotes so no tag survives, everything else stays as it was.
    static QString withoutMarkup(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace nb::ui
