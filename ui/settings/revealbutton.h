#pragma once

#include <QCoreApplication>

class QHBoxLayout;
class QLineEdit;
class QString;

namespace nb::ui {

// Show/hide for a secret field: a long password or API secret is easy to mistype where one cannot see
// it. Shared by the Nightscout secret and the Tandem password.
class RevealButton {
    Q_DECLARE_TR_FUNCTIONS(RevealButton)
public:
    // The field and a checkable "Show" / "Hide" button (objectName buttonName) in one row, for a form.
    static QHBoxLayout *row(QLineEdit *field, const QString &buttonName, const QString &toolTip);
};

} // namespace nb::ui
