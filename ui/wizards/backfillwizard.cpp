#include "backfillwizard.h"

#include "backfillaccountpage.h"
#include "backfillfeaturespage.h"
#include "backfillpreviewpage.h"
#include "backfillrangepage.h"
#include "backfillrunpage.h"
#include "backfillsession.h"
#include "backfillsummarypage.h"

#include <QAbstractButton>

namespace nb {

BackfillWizard::BackfillWizard(BackfillServices &services, QWidget *parent)
    : QWizard(parent)
    , m_session(new BackfillSession(services, this))
{
    setObjectName(QStringLiteral("backfillWizard"));
    setWindowTitle(tr("Backfill Nightscout"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("Start backfill"));
    setPage(AccountPageId, new BackfillAccountPage(*m_session, this));
    setPage(RangePageId, new BackfillRangePage(*m_session, this));
    setPage(FeaturesPageId, new BackfillFeaturesPage(*m_session, this));
    setPage(PreviewPageId, new BackfillPreviewPage(*m_session, this));
    setPage(RunPageId, new BackfillRunPage(*m_session, this));
    setPage(SummaryPageId, new BackfillSummaryPage(*m_session, this));
    setStartId(AccountPageId);
    for (int id : pageIds()) {
        if (QWizardPage *p = page(id); p->objectName().isEmpty())
            p->setObjectName(QStringLiteral("backfillPage%1").arg(id));
    }
    const QList<QPair<WizardButton, const char *>> buttons = {
        {BackButton, "backButton"},     {NextButton, "nextButton"},     {CommitButton, "commitButton"},
        {FinishButton, "finishButton"}, {CancelButton, "cancelButton"}, {HelpButton, "helpButton"}};
    for (const auto &[which, name] : buttons)
        button(which)->setObjectName(QLatin1String(name));
    connect(m_session, &BackfillSession::runFinished, this, [this](const BackfillResult &result) {
        if (result.ok())
            emit backfillFinished(m_session->account().id, result.progress.uploaded);
    });
}

BackfillWizard::~BackfillWizard() = default;

void BackfillWizard::preselectAccount(const QString &accountId)
{
    if (auto *accountPage = qobject_cast<BackfillAccountPage *>(page(AccountPageId)))
        accountPage->preselect(accountId);
}

void BackfillWizard::showPage(int id)
{
    if (!page(id))
        return;
    if (id > AccountPageId && m_session->account().id.isEmpty()) {
        const auto accounts = m_session->accounts();
        if (!accounts.isEmpty())
            (void)m_session->selectAccount(accounts.first().id);
    }
    if (id > RangePageId && !m_session->from().isValid()) {
        const auto range = BackfillPlanner::lastDays(7, m_session->now());
        m_session->setRange(range.first, range.second);
    }
    setStartId(id);
    restart();
}

void BackfillWizard::reject()
{
    m_session->cancel();
    QWizard::reject();
}

} // namespace nb
