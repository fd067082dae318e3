#include "backfillaccountpage.h"

#include "backfillsession.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace nb {

BackfillAccountPage::BackfillAccountPage(BackfillSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_accounts(new QComboBox(this))
    , m_pending(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("backfillAccountPage"));
    setTitle(tr("Which account?"));
    setSubTitle(tr("A backfill fetches a past range from the vendor and uploads what Nightscout is missing. "
                   "Documents already on your site are left as they are."));
    m_accounts->setObjectName(QStringLiteral("accountCombo"));
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_pending->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("accountErrorLabel"));
    m_error->setWordWrap(true);
    auto *intro = new QLabel(tr("Account:"), this);
    intro->setObjectName(QStringLiteral("accountComboLabel"));
    intro->setBuddy(m_accounts);
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("accountPageLayout"));
    layout->addWidget(intro);
    layout->addWidget(m_accounts);
    layout->addWidget(m_pending);
    layout->addWidget(m_error);
    layout->addStretch();
    registerField(QStringLiteral("accountId"), m_accounts, "currentData");
    connect(m_accounts, &QComboBox::currentIndexChanged, this, [this] {
        m_error->clear();
        showPending();
        emit completeChanged();
    });
}

void BackfillAccountPage::preselect(const QString &accountId)
{
    m_preselected = accountId;
    if (const int index = m_accounts->findData(accountId); index >= 0)
        m_accounts->setCurrentIndex(index);
}

void BackfillAccountPage::initializePage()
{
    const QString current = m_preselected.isEmpty() ? m_session.account().id : m_preselected;
    m_accounts->blockSignals(true);
    m_accounts->clear();
    for (const AccountConfig &account : m_session.accounts()) {
        const QString vendor = account.vendor == AccountVendor::Tandem ? tr("Tandem Source") : tr("CareLink");
        // A derived name already says the vendor ("Tandem (tandem)"): no second "(Tandem Source)".
        m_accounts->addItem(account.name.isEmpty() ? account.displayName() : tr("%1 (%2)").arg(account.name, vendor),
                            account.id);
    }
    if (const int index = m_accounts->findData(current); index >= 0)
        m_accounts->setCurrentIndex(index);
    m_accounts->blockSignals(false);
    if (m_accounts->count() == 0)
        m_error->setText(tr("There is no account yet. Add one in the settings first."));
    showPending();
}

void BackfillAccountPage::showPending()
{
    m_pending->clear();
    const QString id = m_accounts->currentData().toString();
    if (id.isEmpty())
        return;
    // Reading the pending state needs the account chosen in the session; choosing is cheap (no I/O).
    if (m_session.account().id != id && !m_session.selectAccount(id).ok())
        return;
    if (const auto pending = m_session.pendingBackfill()) {
        const QLocale locale;
        m_pending->setText(tr("An earlier backfill of this account was interrupted (%1 to %2, %3 of %4 parts done). "
                              "You can continue it on the next page.")
                               .arg(locale.toString(pending->from.toLocalTime(), QLocale::ShortFormat),
                                    locale.toString(pending->to.toLocalTime(), QLocale::ShortFormat))
                               .arg(pending->chunk)
                               .arg(pending->chunks));
    }
}

bool BackfillAccountPage::isComplete() const
{
    return m_accounts->currentIndex() >= 0;
}

bool BackfillAccountPage::validatePage()
{
    const QString id = m_accounts->currentData().toString();
    const auto selected = m_session.selectAccount(id);
    if (!selected.ok()) {
        m_error->setText(selected.error().userMessage);
        return false;
    }
    return true;
}

} // namespace nb
