#pragma once

#include "common/result.h"
#include "settingsservices.h"
#include "sources/tandem/pumperinfo.h"
#include "sync/accountconfig.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nb {
class MemoryCredentialStore;
namespace tandem {
class TandemClient;
}
} // namespace nb

namespace nb::ui {

class ResultLabel;

// The Tandem Source fields of an account: e-mail and password (credential store only), region, the
// pump to sync (listed by "Test sign-in" with each pump's last data, stale ones flagged) and the pump
// clock's time zone (IANA, the computer's by default).
class TandemPanel : public QWidget {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<void> &)>;

    static constexpr int kStaleDays = 3; // as the client's own pump choice

    TandemPanel(const SettingsServices &services, const AccountConfig &account, bool isNew, QWidget *parent = nullptr);
    ~TandemPanel() override;

    // This computer's IANA zone if the settings accept it ("Etc/UTC" becomes "UTC"); empty otherwise.
    static QString systemTimeZone();

    void fill(AccountConfig *account) const; // region, time zone, pump
    QString validate();
    void apply(Done done); // e-mail and password to the credential store

public slots:
    void testSignIn();

signals:
    void edited();
    void signInTested(bool ok);

private:
    QString region() const;
    QString timeZoneProblem() const;
    void showPumps(const tandem::PumperInfo &pumper);
    QString describePump(const tandem::PumpInfo &pump, bool *stale) const;
    void writeSecrets(QList<QPair<QString, Secret>> remaining, const QString &email, Done done);
    void withCredentials(std::function<void(const Result<QPair<QString, Secret>> &)> done);

    SettingsServices m_services;
    QString m_accountId;
    bool m_isNew;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QComboBox *m_region;
    QComboBox *m_timeZone;
    QLabel *m_timeZoneError;
    QComboBox *m_pump;
    QLabel *m_pumpNote;
    QPushButton *m_test;
    ResultLabel *m_result;

    QString m_storedEmail;
    bool m_hasStoredPassword = false;
    // Test sign-ins keep their session in memory only: a test never touches the account's stored session.
    std::unique_ptr<MemoryCredentialStore> m_scratch;
    std::unique_ptr<tandem::TandemClient> m_client;
    int m_generation = 0;
};

} // namespace nb::ui
