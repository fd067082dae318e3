#include "backfillpreviewpage.h"

#include "backfillsession.h"
#include "documentsummary.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nb {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

BackfillPreviewPage::BackfillPreviewPage(BackfillSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_kinds(new QTableWidget(0, 3, this))
    , m_sample(new QTableWidget(0, 4, this))
    , m_retry(new QPushButton(tr("Try again"), this))
{
    setObjectName(QStringLiteral("backfillPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("Nightbridge fetched the range and compared it with your Nightscout site. Nothing has been "
                   "uploaded yet."));
    setCommitPage(true);
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("previewProgress"));
    m_progress->setRange(0, 100);
    m_counts->setObjectName(QStringLiteral("previewCountsLabel"));
    m_counts->setWordWrap(true);
    m_kinds->setObjectName(QStringLiteral("previewKindsTable"));
    m_kinds->setHorizontalHeaderLabels({tr("Kind"), tr("Missing on the site"), tr("Different on the site")});
    m_sample->setObjectName(QStringLiteral("previewSampleTable"));
    m_sample->setHorizontalHeaderLabels({tr("Kind"), tr("Time"), tr("Document"), tr("On the site")});
    for (QTableWidget *table : {m_kinds, m_sample}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_retry->setObjectName(QStringLiteral("previewRetryButton"));
    m_retry->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("previewPageLayout"));
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_kinds, 1);
    layout->addWidget(m_sample, 2);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    connect(m_retry, &QPushButton::clicked, this, &BackfillPreviewPage::start);
    connect(&m_session, &BackfillSession::progressChanged, this, &BackfillPreviewPage::onProgress);
    connect(&m_session, &BackfillSession::previewFinished, this, &BackfillPreviewPage::onFinished);
}

void BackfillPreviewPage::initializePage()
{
    start();
}

void BackfillPreviewPage::cleanupPage()
{
    if (m_session.mode() == BackfillSession::Mode::Preview)
        m_session.cancel();
}

void BackfillPreviewPage::start()
{
    m_retry->hide();
    m_counts->clear();
    m_kinds->setRowCount(0);
    m_sample->setRowCount(0);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Fetching the range from the vendor and comparing it with Nightscout…"));
    emit completeChanged();
    m_session.preview();
}

void BackfillPreviewPage::onProgress(const BackfillProgress &progress)
{
    if (m_session.mode() != BackfillSession::Mode::Preview)
        return;
    m_progress->setValue(progress.percent());
    m_counts->setText(tr("%n document(s) found so far.", nullptr, progress.found));
}

void BackfillPreviewPage::onFinished(const BackfillResult &result)
{
    m_progress->hide();
    if (!result.ok()) {
        m_status->setText(result.error->userMessage);
        m_retry->show();
        emit completeChanged();
        return;
    }
    const BackfillProgress &p = result.progress;
    const int missing = int(result.missing.size());
    const int changed = int(result.changed.size());
    QString status = missing + changed == 0 ? tr("Nightscout already has everything in this range.")
                                            : tr("Start the backfill to upload what is missing.");
    if (!result.note.isEmpty())
        status = result.note + QLatin1Char(' ') + status;
    m_status->setText(status);
    m_counts->setText(tr("%1 documents in the range. Nightscout already has %2; %3 are missing and %4 differ "
                         "(the upload replaces those that Nightbridge wrote).")
                          .arg(p.found)
                          .arg(p.alreadyPresent)
                          .arg(missing)
                          .arg(changed));
    const QList<NsCollection> kinds = {NsCollection::Entries, NsCollection::Treatments};
    m_kinds->setRowCount(int(kinds.size()));
    for (int row = 0; row < kinds.size(); ++row) {
        const NsCollection c = kinds.at(row);
        m_kinds->setItem(row, 0, cell(DocumentSummary::kindName(c)));
        m_kinds->setItem(row, 1, cell(QString::number(result.missing.of(c).size())));
        m_kinds->setItem(row, 2, cell(QString::number(result.changed.of(c).size())));
    }
    const QLocale locale;
    int row = 0;
    m_sample->setRowCount(std::min(kSampleRows, missing + changed));
    const QList<QPair<const NsBatch *, QString>> groups = {{&result.missing, tr("missing")},
                                                           {&result.changed, tr("different")}};
    for (const auto &[batch, label] : groups) {
        for (NsCollection c : kinds) {
            for (const QJsonObject &doc : batch->of(c)) {
                if (row >= kSampleRows)
                    break;
                m_sample->setItem(row, 0, cell(DocumentSummary::kindName(c)));
                m_sample->setItem(
                    row, 1, cell(locale.toString(DocumentSummary::time(doc).toLocalTime(), QLocale::ShortFormat)));
                m_sample->setItem(row, 2, cell(DocumentSummary::describe(c, doc)));
                m_sample->setItem(row, 3, cell(label));
                ++row;
            }
        }
    }
    m_sample->resizeColumnsToContents();
    m_kinds->resizeColumnsToContents();
    emit completeChanged();
}

bool BackfillPreviewPage::isComplete() const
{
    const auto &result = m_session.previewResult();
    return !m_session.isBusy() && result && result->ok();
}

} // namespace nb
