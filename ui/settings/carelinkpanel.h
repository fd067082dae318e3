#pragma once

#include "common/result.h"
#include "settingsservices.h"
#include "sources/carelink/identity.h"
#include "sync/accountconfig.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nb::carelink {
class CareLinkAuth;
class CareLinkClient;
class CareLinkDiscovery;
struct ServiceConfig;
} // namespace nb::carelink

namespace nb::ui {

class ResultLabel;

// The CareLink fields of an account: country, the browser sign-in (system browser; the redirect comes
// back through the registered URL scheme and handleRedirect(), or is pasted), the sign-in state, and for
// care partners the patient to follow. Signing in stores the refresh token at once (CareLinkAuth); the
// other fields wait for apply().
class CareLinkPanel : public QWidget {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<void> &)>;

    CareLinkPanel(const SettingsServices &services, const AccountConfig &account, bool isNew,
                  QWidget *parent = nullptr);
    ~CareLinkPanel() override;

    void fill(AccountConfig *account) const; // country
    QString validate();
    void apply(Done done); // the chosen patient to the credential store
    void discard();        // a new account that is not kept: forget its sign-in

    bool hasPendingSignIn() const;
    bool isSignedIn() const { return m_signedIn; }

public slots:
    void startSignIn();
    // The redirect of the sign-in started here; false when there is none pending (not ours).
    bool handleRedirect(const QUrl &redirect);
    void submitPastedUrl();

signals:
    void edited();
    void signedIn(bool ok);

private:
    QString country() const;
    void onServiceConfig(const carelink::ServiceConfig &config);
    void fetchIdentity();
    void showIdentity(const carelink::Identity &identity);
    void setSignedIn(bool signedIn);
    QString refreshTokenKey() const;

    SettingsServices m_services;
    QString m_accountId;
    bool m_isNew;
    QComboBox *m_country;
    QLabel *m_region;
    QLabel *m_state;
    QPushButton *m_signIn;
    QLineEdit *m_paste;
    QPushButton *m_pasteSubmit;
    ResultLabel *m_result;
    QComboBox *m_patient;
    QLabel *m_patientNote;

    bool m_signedIn = false;
    bool m_signedInHere = false; // during this dialog: discard() removes it for a new account
    QString m_storedPatient;
    std::unique_ptr<carelink::CareLinkDiscovery> m_discovery;
    std::unique_ptr<carelink::CareLinkAuth> m_auth;
    std::unique_ptr<carelink::CareLinkClient> m_client;
    int m_generation = 0;
};

} // namespace nb::ui
