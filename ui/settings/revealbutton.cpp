#include "revealbutton.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace nb::ui {

QHBoxLayout *RevealButton::row(QLineEdit *field, const QString &buttonName, const QString &toolTip)
{
    auto *layout = new QHBoxLayout;
    layout->addWidget(field, 1);
    auto *reveal = new QToolButton(field->parentWidget());
    reveal->setObjectName(buttonName);
    reveal->setCheckable(true);
    reveal->setText(tr("Show"));
    reveal->setToolTip(toolTip);
    QObject::connect(reveal, &QToolButton::toggled, field, [field, reveal](bool shown) {
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    layout->addWidget(reveal);
    return layout;
}

} // namespace nb::ui
