#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace nb::ui {

class ActivityLog;

// "Activity": the recent sync events and errors of every account, selectable and with a "Copy" button,
// so a family can see what happened (and send it along) without opening log files.
class ActivityView : public QDialog {
    Q_OBJECT
public:
    explicit ActivityView(const ActivityLog &log, QWidget *parent = nullptr);

    QString text() const;

public slots:
    void copy();

private:
    void append(const QString &line);

    QPlainTextEdit *m_text;
    QLabel *m_copied;
};

} // namespace nb::ui
