#pragma once

#include "common/result.h"
#include "nightscout/nsclientconfig.h"
#include "settingsservices.h"
#include "setup/conflictanalysis.h"
#include "sync/accountconfig.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nb::ns {
class NightscoutClient;
}

namespace nb::ui {

class CareLinkPanel;
class FeaturesPanel;
class ResultLabel;
class TandemPanel;

// One account: its label, whether it syncs, the vendor's own fields (TandemPanel / CareLinkPanel), what
// it uploads (features), and warnings about what another uploader already writes to the Nightscout site.
// Keeps its edits until apply().
class AccountEditor : public QWidget {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<void> &)>;
    using NightscoutConfigProvider =
        std::function<void(QObject *context, std::function<void(const Result<ns::NsClientConfig> &)>)>;

    AccountEditor(const SettingsServices &services, const AccountConfig &account, bool isNew,
                  QWidget *parent = nullptr);
    ~AccountEditor() override;

    QString accountId() const { return m_account.id; }
    AccountVendor vendor() const { return m_account.vendor; }
    bool isNew() const { return m_isNew; }
    AccountConfig config() const; // with the edits
    void setAccountEnabled(bool enabled);

    QString validate(); // empty: fine; else the first problem (also shown inline)
    void apply(Done done);
    void discard();

    // Where the conflict check reads from (default: the saved Nightscout site).
    void setNightscoutConfigProvider(NightscoutConfigProvider provider) { m_provider = std::move(provider); }

    TandemPanel *tandemPanel() const { return m_tandem; }
    CareLinkPanel *careLinkPanel() const { return m_careLink; }
    // CareLink: the browser's redirect for this account's pending sign-in; false when it is not ours.
    bool handleRedirect(const QUrl &redirect);
    bool hasPendingSignIn() const;
    // Added, or its sign-in details changed, and no test sign-in succeeded since the dialog opened.
    bool isUntested() const { return (m_isNew || m_signInChanged) && !m_signInOk; }

public slots:
    void checkConflicts();

signals:
    void edited();
    void enabledChanged(bool enabled);
    void labelChanged(const QString &label);
    void signInTested(bool ok);

private:
    void showConflicts();

    SettingsServices m_services;
    AccountConfig m_account;
    bool m_isNew;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QLabel *m_error;
    TandemPanel *m_tandem = nullptr;
    CareLinkPanel *m_careLink = nullptr;
    FeaturesPanel *m_features;
    QPushButton *m_checkConflicts;
    ResultLabel *m_conflictResult;
    NightscoutConfigProvider m_provider;
    std::unique_ptr<ns::NightscoutClient> m_client;
    std::optional<QList<setup::Conflict>> m_conflicts;
    int m_generation = 0;
    bool m_signInChanged = false;
    bool m_signInOk = false;
};

} // namespace nb::ui
