#pragma once

#include "nightscout/nsclientconfig.h"
#include "nightscout/nsconnectionreport.h"
#include "settingspage.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nb::ns {
class NightscoutClient;
}

namespace nb::ui {

class ResultLabel;

// The shared Nightscout site: address, API secret or access token (to the credential store only), and
// "Test connection", which reports the server version, its units and whether Nightbridge may upload, or
// the exact problem (NsConnectionTest).
class NightscoutPage : public SettingsPage {
    Q_OBJECT
public:
    explicit NightscoutPage(const SettingsServices &services, QWidget *parent = nullptr);
    ~NightscoutPage() override;

    QString pageName() const override { return QStringLiteral("nightscout"); }
    QString title() const override;
    void load() override;
    QString validate() override;
    void apply(Done done) override;
    QStringList untestedChanges() const override;

    // The site as currently entered (typed secret, else the stored one): what the test and the account
    // pages' conflict checks use before anything is saved.
    void currentConfig(QObject *context, std::function<void(const Result<ns::NsClientConfig> &)> done);

public slots:
    void testConnection();

signals:
    void connectionTested(bool ok);

private:
    QString urlProblem() const;
    QString secretKey() const;
    bool tokenMode() const;
    void updateSecretHint();
    void showReport(const ns::NsConnectionReport &report);

    QLineEdit *m_url;
    QLabel *m_urlError;
    QCheckBox *m_allowHttp;
    QComboBox *m_authMode;
    QLineEdit *m_secret;
    QLabel *m_secretHint;
    QPushButton *m_test;
    ResultLabel *m_result;

    bool m_hasStoredSecret = false;
    QString m_loadedUrl;  // the saved address, as shown by load()
    QString m_testingUrl; // the address the running connection test uses
    QString m_reachedUrl; // the last address a connection test reached successfully
    std::unique_ptr<ns::NightscoutClient> m_client;
    int m_generation = 0; // a newer test or load() makes older answers stale
};

} // namespace nb::ui
