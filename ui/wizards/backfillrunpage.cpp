#include "backfillrunpage.h"

#include "backfillsession.h"
#include "common/clock.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb {

BackfillRunPage::BackfillRunPage(BackfillSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_found(new QLabel(this))
    , m_uploaded(new QLabel(this))
    , m_already(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel backfill"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
{
    setObjectName(QStringLiteral("backfillRunPage"));
    setTitle(tr("Backfilling"));
    setSubTitle(tr("You can cancel at any time: what was uploaded stays, and the backfill can continue later "
                   "where it stopped."));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 100);
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    m_status->setWordWrap(true);
    m_found->setObjectName(QStringLiteral("foundValue"));
    m_uploaded->setObjectName(QStringLiteral("uploadedValue"));
    m_already->setObjectName(QStringLiteral("alreadyPresentValue"));
    m_cancel->setObjectName(QStringLiteral("cancelBackfillButton"));
    m_resume->setObjectName(QStringLiteral("resumeBackfillButton"));
    m_resume->hide();
    auto *form = new QFormLayout;
    form->setObjectName(QStringLiteral("runCountsLayout"));
    const QList<QPair<QString, QLabel *>> rows = {
        {tr("Found in the range:"), m_found}, {tr("Uploaded:"), m_uploaded}, {tr("Already in Nightscout:"), m_already}};
    for (const auto &[text, value] : rows) {
        auto *label = new QLabel(text, this);
        label->setObjectName(value->objectName() + QStringLiteral("Label"));
        form->addRow(label, value);
    }
    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(QStringLiteral("runButtonsLayout"));
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("runPageLayout"));
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, &m_session, &BackfillSession::cancel);
    connect(m_resume, &QPushButton::clicked, this, &BackfillRunPage::onResume);
    connect(&m_session, &BackfillSession::progressChanged, this, &BackfillRunPage::onProgress);
    connect(&m_session, &BackfillSession::runFinished, this, &BackfillRunPage::onFinished);
}

void BackfillRunPage::initializePage()
{
    m_progress->setValue(0);
    m_status->setText(tr("Starting…"));
    showCounts(BackfillProgress{});
    m_etaStarted = false;
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_resume->hide();
    m_session.run();
}

void BackfillRunPage::onResume()
{
    m_resume->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Continuing where the backfill stopped…"));
    m_etaStarted = false;
    emit completeChanged();
    m_session.resume();
}

void BackfillRunPage::showCounts(const BackfillProgress &progress)
{
    const QLocale locale;
    m_found->setText(locale.toString(progress.found));
    m_uploaded->setText(locale.toString(progress.uploaded));
    m_already->setText(locale.toString(progress.alreadyPresent));
}

void BackfillRunPage::onProgress(const BackfillProgress &progress)
{
    if (m_session.mode() != BackfillSession::Mode::Run)
        return;
    m_progress->setValue(progress.percent());
    const QDateTime now = m_session.services().clock().nowUtc();
    if (!m_etaStarted) {
        m_eta.start(now, progress.chunk);
        m_etaStarted = true;
    }
    QString status = tr("Part %1 of %2%3")
                         .arg(std::min(progress.chunk + 1, std::max(progress.chunks, 1)))
                         .arg(std::max(progress.chunks, 1))
                         .arg(progress.resumed ? tr(" (continued)") : QString());
    if (const QString left = m_eta.text(now, progress.chunk, progress.chunks); !left.isEmpty())
        status = tr("%1, %2").arg(status, left);
    m_status->setText(status);
    showCounts(progress);
}

void BackfillRunPage::onFinished(const BackfillResult &result)
{
    m_cancel->hide();
    showCounts(result.progress);
    if (result.ok()) {
        m_progress->setValue(100);
        m_status->setText(tr("Done."));
    } else if (result.error->kind == SyncError::Kind::Cancelled) {
        m_status->setText(tr("Cancelled after %1 of %2 parts. What was uploaded stays; Resume continues where it "
                             "stopped, now or later.")
                              .arg(result.progress.chunk)
                              .arg(result.progress.chunks));
        m_resume->show();
    } else {
        m_status->setText(result.error->userMessage + QLatin1Char(' ') +
                          tr("The progress is saved; Resume continues where it stopped."));
        m_resume->show();
    }
    emit completeChanged();
}

bool BackfillRunPage::isComplete() const
{
    const auto &result = m_session.runResult();
    return !m_session.isBusy() && result && result->ok();
}

} // namespace nb
