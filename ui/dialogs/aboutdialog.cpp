#include "aboutdialog.h"

#include "plaintextpolicy.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace nb::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Nightbridge"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("<h3>Nightbridge %1</h3>"
                               "<p>Syncs Medtronic CareLink and Tandem Source data to your own Nightscout site.</p>"
                               "<p>Nightbridge is not a medical device. Do not make treatment decisions "
                               "from the data it shows.</p>")
                                .arg(QStringLiteral(NIGHTBRIDGE_VERSION)),
                            this);
    text->setObjectName(QStringLiteral("aboutText"));
    PlainTextPolicy::allowRichText(text); // our own text only
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace nb::ui
