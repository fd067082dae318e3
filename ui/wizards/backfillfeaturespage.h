#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace nb {

class BackfillSession;
namespace ui {
class FeaturesPanel;
}

// What to backfill: the account's features, changeable for this backfill only.
class BackfillFeaturesPage : public QWizardPage {
    Q_OBJECT
public:
    BackfillFeaturesPage(BackfillSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    BackfillSession &m_session;
    QVBoxLayout *m_layout = nullptr;
    ui::FeaturesPanel *m_features = nullptr; // the settings dialog's, for the account's vendor
    QLabel *m_error = nullptr;
};

} // namespace nb
