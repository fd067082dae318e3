#include "settingsdialog.h"

#include "accountspage.h"
#include "displaypage.h"
#include "generalpage.h"
#include "nightscoutpage.h"
#include "settings/settings.h"
#include "syncpage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QHash>
#include <QStyle>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nb::ui {

SettingsDialog::SettingsDialog(const SettingsServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
    , m_nightscout(new NightscoutPage(services, this))
    , m_accounts(new AccountsPage(services, this))
    , m_sync(new SyncPage(services, this))
    , m_display(new DisplayPage(services, this))
    , m_general(new GeneralPage(services, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Nightbridge Settings"));
    setModal(false);
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_status->hide();
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancel"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settingsApply"));

    m_pages = {m_accounts, m_nightscout, m_sync, m_display, m_general};
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->setObjectName(page->pageName() + QStringLiteral("Page"));
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_stack->addWidget(scroll);
        // A sidebar with icons (the platform's own) that stays readable in every language.
        const QHash<QString, QStyle::StandardPixmap> icons = {
            {QStringLiteral("accounts"), QStyle::SP_DirHomeIcon},
            {QStringLiteral("nightscout"), QStyle::SP_DriveNetIcon},
            {QStringLiteral("sync"), QStyle::SP_BrowserReload},
            {QStringLiteral("display"), QStyle::SP_DesktopIcon},
            {QStringLiteral("general"), QStyle::SP_FileDialogDetailedView}};
        auto *item = new QListWidgetItem(style()->standardIcon(icons.value(page->pageName(), QStyle::SP_FileIcon)),
                                         page->title(), m_pageList);
        item->setSizeHint(QSize(0, std::max(28, fontMetrics().height() + 12)));
        connect(page, &SettingsPage::edited, this, [this] { m_status->hide(); });
    }
    m_pageList->setCurrentRow(0);
    m_pageList->setIconSize(QSize(20, 20));
    int listWidth = 0;
    for (int i = 0; i < m_pageList->count(); ++i)
        listWidth = std::max(listWidth, m_pageList->fontMetrics().horizontalAdvance(m_pageList->item(i)->text()));
    m_pageList->setFixedWidth(listWidth + 20 + 36); // the longest title, the icon and the margins
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    // Conflict checks use the Nightscout site as entered, before OK.
    m_accounts->setNightscoutConfigProvider(
        [this](QObject *context, std::function<void(const Result<ns::NsClientConfig> &)> done) {
            m_nightscout->currentConfig(context, std::move(done));
        });
    connect(m_general, &GeneralPage::envImported, this, [this] {
        m_nightscout->load();
        m_accounts->load();
        emit applied(); // the import wrote accounts: the application reloads them
    });

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_pageList);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::applyChanges);
    resize(820, 640);
}

SettingsDialog::~SettingsDialog() = default;

bool SettingsDialog::showPage(const QString &pageName)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageName() == pageName) {
            m_pageList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString SettingsDialog::currentPageName() const
{
    const int row = m_pageList->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row)->pageName() : QString();
}

SettingsPage *SettingsDialog::page(const QString &pageName) const
{
    for (SettingsPage *p : m_pages) {
        if (p->pageName() == pageName)
            return p;
    }
    return nullptr;
}

void SettingsDialog::reload()
{
    for (SettingsPage *page : std::as_const(m_pages))
        page->load();
    m_status->hide();
}

bool SettingsDialog::handleRedirect(const QUrl &redirect)
{
    if (!m_accounts->handleRedirect(redirect))
        return false;
    showPage(m_accounts->pageName());
    return true;
}

void SettingsDialog::applyChanges()
{
    startApply(false);
}

void SettingsDialog::accept()
{
    startApply(true);
}

void SettingsDialog::reject()
{
    if (m_applying)
        return; // half-written edits are not undone; wait for the result
    for (SettingsPage *page : std::as_const(m_pages))
        page->discard();
    QDialog::reject();
    reload();
}

void SettingsDialog::startApply(bool closeAfter, bool untestedConfirmed)
{
    if (m_applying || m_question)
        return;
    if (m_services.settings.isReadOnly()) {
        finishApply(false,
                    tr("The settings file was written by a newer version of Nightbridge; update Nightbridge to change "
                       "settings."),
                    false);
        return;
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        if (const QString problem = m_pages.at(i)->validate(); !problem.isEmpty()) {
            m_pageList->setCurrentRow(i);
            finishApply(false, problem, false);
            return;
        }
    }
    if (!untestedConfirmed) {
        QStringList untested;
        for (SettingsPage *page : std::as_const(m_pages))
            untested += page->untestedChanges();
        if (!untested.isEmpty()) {
            askAboutUntested(untested, closeAfter);
            return;
        }
    }
    m_applying = true;
    m_buttons->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saving\u2026"));
    m_status->show();
    applyPage(0, closeAfter);
}

// Saving what was never tested is allowed (the site may be down right now), but only on purpose. The
// question is window-modal and answered asynchronously: no nested event loop.
void SettingsDialog::askAboutUntested(const QStringList &changes, bool closeAfter)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save anyway?"),
                                tr("Some changes were never tested successfully:"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("untestedQuestion"));
    box->setInformativeText(changes.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            tr("Nightbridge cannot sync until they work. Save anyway?"));
    QPushButton *save = box->addButton(tr("Save anyway"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAnyway"));
    QPushButton *back = box->addButton(tr("Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBack"));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_question = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, save, closeAfter](QAbstractButton *clicked) {
        m_question = nullptr;
        if (clicked == save)
            startApply(closeAfter, true);
    });
    box->open();
}

// One page after the other: each may wait for the credential store.
void SettingsDialog::applyPage(int index, bool closeAfter)
{
    if (index >= m_pages.size()) {
        const Result<void> synced = m_services.settings.sync();
        finishApply(synced.ok(), synced.ok() ? QString() : synced.error().userMessage, closeAfter);
        return;
    }
    SettingsPage *page = m_pages.at(index);
    page->apply([self = QPointer<SettingsDialog>(this), index, closeAfter, page](const Result<void> &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->m_pageList->setCurrentRow(int(self->m_pages.indexOf(page)));
            // What was applied before stays applied and is written, so nothing half-typed is lost.
            (void)self->m_services.settings.sync();
            self->finishApply(false, r.error().userMessage, false);
            return;
        }
        self->applyPage(index + 1, closeAfter);
    });
}

void SettingsDialog::finishApply(bool ok, const QString &reason, bool closeAfter)
{
    m_applying = false;
    m_buttons->setEnabled(true);
    if (!ok) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(reason);
        m_status->show();
        emit applyFailed(reason);
        return;
    }
    m_status->hide();
    emit applied();
    if (closeAfter)
        QDialog::accept();
}

} // namespace nb::ui
