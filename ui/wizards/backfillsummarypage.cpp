#include "backfillsummarypage.h"

#include "backfillsession.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace nb {

BackfillSummaryPage::BackfillSummaryPage(BackfillSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("backfillSummaryPage"));
    setTitle(tr("Backfill finished"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("summaryPageLayout"));
    layout->addWidget(m_summary);
    layout->addStretch();
}

void BackfillSummaryPage::initializePage()
{
    const auto &result = m_session.runResult();
    const BackfillProgress p = result ? result->progress : m_session.progress();
    const QLocale locale;
    QString text = tr("%1: %2 documents in the range from %3 to %4. %5 uploaded, %6 were already in Nightscout.")
                       .arg(m_session.account().displayName(), locale.toString(p.found),
                            locale.toString(p.from.toLocalTime(), QLocale::ShortFormat),
                            locale.toString(p.to.toLocalTime(), QLocale::ShortFormat), locale.toString(p.uploaded),
                            locale.toString(p.alreadyPresent));
    if (p.resumed)
        text += QLatin1Char(' ') + tr("The backfill continued an interrupted one.");
    if (result && !result->note.isEmpty())
        text += QStringLiteral("\n\n") + result->note;
    m_summary->setText(text);
}

} // namespace nb
