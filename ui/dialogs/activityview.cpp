#include "activityview.h"

#include "viewmodels/activitylog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb::ui {

ActivityView::ActivityView(const ActivityLog &log, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("activityView"));
    setWindowTitle(tr("Nightbridge activity"));
    m_text->setObjectName(QStringLiteral("activityText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlaceholderText(tr("Nothing has happened yet. Sync events and errors of each account appear here."));
    m_copied->setObjectName(QStringLiteral("activityCopied"));
    auto *intro = new QLabel(tr("Recent sync events and errors of each account since Nightbridge started. The "
                                "full log files are in the log folder (\u201cView logs\u2026\u201d)."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyButton = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyActivityButton"));
    connect(copyButton, &QPushButton::clicked, this, &ActivityView::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
    resize(640, 360);
    for (const QString &line : log.lines())
        append(line);
    connect(&log, &ActivityLog::added, this, &ActivityView::append);
}

QString ActivityView::text() const
{
    return m_text->toPlainText();
}

void ActivityView::append(const QString &line)
{
    m_text->appendPlainText(line);
}

void ActivityView::copy()
{
    QApplication::clipboard()->setText(text());
    m_copied->setText(tr("Copied to the clipboard."));
}

} // namespace nb::ui
