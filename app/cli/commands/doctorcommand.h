#pragma once

#include "credentialpresence.h"
#include "envcommand.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

namespace nb::cli {

// nightbridge-cli doctor: in one go, what a user would otherwise debug by hand, one line per check with
// the fix: configuration found, secrets present, keychain reachable, each Nightscout site reachable and
// writable, each vendor sign-in, the clock against the servers' Date headers, the folders writable.
// Vendor sign-ins hold the sync lock (as check-login does) and are skipped where an attempt could only
// fail (no password stored, paused after a refused password): no login attempt is spent needlessly.
class DoctorCommand final : public EnvCommand {
    Q_OBJECT
public:
    using EnvCommand::EnvCommand;

    QString name() const override { return QStringLiteral("doctor"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

private:
    void line(bool ok, const QString &check, const QString &result, const QString &fix = {});
    void note(const QString &check, const QString &result); // neither passed nor failed (skipped)

    void checkConfiguration();
    void checkCredentials();
    void checkKeychain();
    void checkNightscout(QList<AccountConfig> sites);
    void checkVendors();
    void signInNext(QList<PreparedAccount> accounts);
    void checkClock(QList<QUrl> urls, qint64 worstMs, QString worstHost);
    void checkDisk();
    void end();

    QList<AccountConfig> m_accounts;
    QList<CredentialPresence> m_presence;
    QList<QUrl> m_clockUrls;
    bool m_anyClockAnswer = false;
    int m_failures = 0;
};

} // namespace nb::cli
