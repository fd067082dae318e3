#include "plaintextpolicy.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>

namespace nb::ui {

namespace {
constexpr char kRichTextAllowed[] = "nbRichTextAllowed";
}

void PlainTextPolicy::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<PlainTextPolicy *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new PlainTextPolicy(app));
}

void PlainTextPolicy::allowRichText(QLabel *label)
{
    label->setProperty(kRichTextAllowed, true);
    label->setTextFormat(Qt::RichText);
}

QString PlainTextPolicy::withoutMarkup(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('<'), QChar(0x2039)).replace(QLatin1Char('>'), QChar(0x203A));
    return out;
}

bool PlainTextPolicy::eventFilter(QObject *watched, QEvent *event)
{
    // Polish comes once, before a widget is first shown: late enough for labels made by Qt's own
    // dialogs, early enough that nothing was ever drawn as rich text.
    if (event->type() == QEvent::Polish) {
        if (auto *label = qobject_cast<QLabel *>(watched);
            label && label->textFormat() != Qt::PlainText && !label->property(kRichTextAllowed).toBool())
            label->setTextFormat(Qt::PlainText);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nb::ui
