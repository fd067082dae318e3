#include "accountspage.h"

#include "credentials/credentialstore.h"
#include "settings/settings.h"
#include "tandempanel.h"
#include "setup/nightscoutsite.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace nb::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

AccountsPage::AccountsPage(const SettingsServices &services, QWidget *parent)
    : SettingsPage(services, parent)
    , m_list(new QListWidget(this))
    , m_addTandem(new QPushButton(tr("Add Tandem\u2026"), this))
    , m_addCareLink(new QPushButton(tr("Add CareLink\u2026"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("accountList"));
    m_addTandem->setObjectName(QStringLiteral("addTandemAccount"));
    m_addCareLink->setObjectName(QStringLiteral("addCareLinkAccount"));
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    m_empty->setObjectName(QStringLiteral("noAccountLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No accounts yet. Add the Tandem Source or CareLink account whose data should go to "
                        "Nightscout."));
    m_stack->addWidget(m_empty);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_addTandem);
    left->addWidget(m_addCareLink);
    left->addWidget(m_remove);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_stack, 3);

    m_provider = [this](QObject *context, std::function<void(const Result<ns::NsClientConfig> &)> done) {
        setup::NightscoutSite::load(this->services().settings, this->services().credentials, context, std::move(done));
    };
    connect(m_addTandem, &QPushButton::clicked, this, [this] { addAccount(AccountVendor::Tandem); });
    connect(m_addCareLink, &QPushButton::clicked, this, [this] { addAccount(AccountVendor::CareLink); });
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeCurrentAccount);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        AccountEditor *e = item ? m_editors.value(item->data(kIdRole).toString()) : nullptr;
        m_stack->setCurrentWidget(e ? static_cast<QWidget *>(e) : m_empty);
        m_remove->setEnabled(e != nullptr);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (AccountEditor *e = m_editors.value(item->data(kIdRole).toString()))
            e->setAccountEnabled(item->checkState() == Qt::Checked);
    });
    load();
}

AccountsPage::~AccountsPage() = default;

QString AccountsPage::title() const
{
    return tr("Accounts");
}

void AccountsPage::load()
{
    m_list->clear();
    for (AccountEditor *e : std::as_const(m_editors)) {
        m_stack->removeWidget(e);
        e->deleteLater();
    }
    m_editors.clear();
    m_removed.clear();
    const AccountRepository repository(services().settings);
    for (const AccountConfig &a : repository.load())
        createEditor(a, false);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        m_stack->setCurrentWidget(m_empty);
    m_remove->setEnabled(m_list->count() > 0);
}

void AccountsPage::setNightscoutConfigProvider(AccountEditor::NightscoutConfigProvider provider)
{
    m_provider = std::move(provider);
    for (AccountEditor *e : std::as_const(m_editors))
        e->setNightscoutConfigProvider(m_provider);
}

QStringList AccountsPage::accountIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(kIdRole).toString());
    return ids;
}

AccountEditor *AccountsPage::editor(const QString &id) const
{
    return m_editors.value(id);
}

AccountEditor *AccountsPage::currentEditor() const
{
    QListWidgetItem *item = m_list->currentItem();
    return item ? m_editors.value(item->data(kIdRole).toString()) : nullptr;
}

QListWidgetItem *AccountsPage::itemFor(const QString &id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id)
            return m_list->item(row);
    }
    return nullptr;
}

AccountEditor *AccountsPage::createEditor(const AccountConfig &account, bool isNew)
{
    auto *e = new AccountEditor(services(), account, isNew, m_stack);
    e->setNightscoutConfigProvider(m_provider);
    m_editors.insert(account.id, e);
    m_stack->addWidget(e);
    auto *item = new QListWidgetItem(account.displayName());
    item->setData(kIdRole, account.id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(account.enabled ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(tr("Checked: synced"));
    {
        const QSignalBlocker blocker(m_list);
        m_list->addItem(item);
    }
    const QString id = account.id;
    connect(e, &AccountEditor::edited, this, &AccountsPage::edited);
    connect(e, &AccountEditor::enabledChanged, this, [this, id](bool on) {
        if (QListWidgetItem *i = itemFor(id); i && (i->checkState() == Qt::Checked) != on)
            i->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    });
    connect(e, &AccountEditor::labelChanged, this, [this, id, e](const QString &label) {
        if (QListWidgetItem *i = itemFor(id))
            i->setText(label.trimmed().isEmpty() ? e->config().displayName() : label.trimmed());
    });
    return e;
}

QString AccountsPage::freeId(AccountVendor vendor) const
{
    const AccountRepository repository(services().settings);
    const QString base = vendorName(vendor);
    for (int n = 1;; ++n) {
        const QString id = n == 1 ? base : base + QLatin1Char('-') + QString::number(n);
        // A removed account's id is not reused before apply: its secrets are removed then.
        if (!repository.contains(id) && !m_editors.contains(id) && !m_removed.contains(id))
            return id;
    }
}

AccountEditor *AccountsPage::addAccount(AccountVendor vendor)
{
    AccountConfig a;
    a.vendor = vendor;
    a.id = freeId(vendor);
    a.enabled = true;
    if (vendor == AccountVendor::Tandem)
        a.timezone = TandemPanel::systemTimeZone();
    AccountEditor *e = createEditor(a, true);
    selectAccount(a.id);
    emit edited();
    return e;
}

void AccountsPage::selectAccount(const QString &id)
{
    if (QListWidgetItem *item = itemFor(id))
        m_list->setCurrentItem(item);
}

void AccountsPage::removeCurrentAccount()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(kIdRole).toString();
    AccountEditor *e = m_editors.take(id);
    if (e) {
        if (!e->isNew())
            m_removed.append(id);
        e->discard();
        m_stack->removeWidget(e);
        e->deleteLater();
    }
    delete m_list->takeItem(m_list->row(item));
    if (m_list->count() == 0)
        m_stack->setCurrentWidget(m_empty);
    emit edited();
}

bool AccountsPage::handleRedirect(const QUrl &redirect)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (it.value()->hasPendingSignIn() && it.value()->handleRedirect(redirect)) {
            selectAccount(it.key());
            return true;
        }
    }
    return false;
}

QString AccountsPage::validate()
{
    for (const QString &id : accountIds()) {
        if (const QString problem = m_editors.value(id)->validate(); !problem.isEmpty()) {
            selectAccount(id);
            return tr("Account \"%1\": %2").arg(m_editors.value(id)->config().displayName(), problem);
        }
    }
    return QString();
}

QStringList AccountsPage::untestedChanges() const
{
    QStringList changes;
    for (const QString &id : accountIds()) {
        if (const AccountEditor *e = m_editors.value(id); e && e->isUntested())
            changes.append(tr("Account \"%1\": no test sign-in succeeded.").arg(e->config().displayName()));
    }
    return changes;
}

void AccountsPage::apply(Done done)
{
    QList<AccountEditor *> editors;
    for (const QString &id : accountIds())
        editors.append(m_editors.value(id));
    applyNext(m_removed, editors, std::move(done));
}

// Removals first (settings, then every secret of the account), then each account in list order.
void AccountsPage::applyNext(QStringList removals, QList<AccountEditor *> editors, Done done)
{
    if (!removals.isEmpty()) {
        const QString id = removals.takeFirst();
        AccountRepository repository(services().settings);
        if (repository.contains(id)) {
            if (auto r = repository.remove(id); !r.ok()) {
                done(r);
                return;
            }
        }
        m_removed.removeAll(id);
        removeSecrets(CredentialKeys::allForAccount(id), removals, editors, std::move(done));
        return;
    }
    if (editors.isEmpty()) {
        done({});
        return;
    }
    QPointer<AccountEditor> e = editors.takeFirst();
    if (!e) {
        applyNext(removals, editors, std::move(done));
        return;
    }
    e->apply([self = QPointer<AccountsPage>(this), editors, done](const Result<void> &r) {
        if (!r.ok() || !self) {
            done(r);
            return;
        }
        self->applyNext({}, editors, done);
    });
}

void AccountsPage::removeSecrets(QStringList keys, QStringList removals, QList<AccountEditor *> editors, Done done)
{
    if (keys.isEmpty()) {
        applyNext(removals, editors, std::move(done));
        return;
    }
    const QString key = keys.takeFirst();
    services().credentials.remove(key, this, [this, keys, removals, editors, done](const Result<void> &r) {
        if (!r.ok()) {
            done(r);
            return;
        }
        removeSecrets(keys, removals, editors, done);
    });
}

void AccountsPage::discard()
{
    for (AccountEditor *e : std::as_const(m_editors))
        e->discard();
}

} // namespace nb::ui
