#include "backfillfeaturespage.h"

#include "backfillsession.h"
#include "featurespanel.h"
#include "setup/featurecatalog.h"

#include <QLabel>
#include <QVBoxLayout>

namespace nb {

BackfillFeaturesPage::BackfillFeaturesPage(BackfillSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_layout(new QVBoxLayout(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("backfillFeaturesPage"));
    setTitle(tr("What to fill?"));
    setSubTitle(tr("The account's own choices are preset. Changes here apply to this backfill only."));
    m_error->setObjectName(QStringLiteral("featuresErrorLabel"));
    m_error->setWordWrap(true);
    m_layout->setObjectName(QStringLiteral("featuresPageLayout"));
    m_layout->addWidget(m_error);
}

void BackfillFeaturesPage::initializePage()
{
    delete m_features;
    const AccountConfig &account = m_session.account();
    m_features = new ui::FeaturesPanel(account.vendor, this);
    m_features->setObjectName(QStringLiteral("backfillFeatures"));
    const auto names = setup::FeatureCatalog::enabledNames(account.vendor, account.features);
    m_features->setEnabledNames(names.ok() ? names.value() : setup::FeatureCatalog::defaultNames(account.vendor));
    m_layout->insertWidget(0, m_features);
    m_error->clear();
    connect(m_features, &ui::FeaturesPanel::changed, this, [this] {
        m_error->setText(m_features->enabledNames().isEmpty() ? tr("Choose at least one kind of data.") : QString());
        emit completeChanged();
    });
}

bool BackfillFeaturesPage::isComplete() const
{
    return m_features && !m_features->enabledNames().isEmpty();
}

bool BackfillFeaturesPage::validatePage()
{
    const auto set =
        m_session.setFeatures(setup::FeatureCatalog::toStored(m_session.account().vendor, m_features->enabledNames()));
    if (!set.ok()) {
        m_error->setText(set.error().userMessage);
        return false;
    }
    return true;
}

} // namespace nb
