#pragma once

#include "credentialstore.h"

#include <QJsonObject>

#include <functional>

namespace nb {

// Secrets in a plain JSON file readable only by the user (0600), for headless servers without a
// keychain. NOT encrypted: anyone who can read the file (root, backups) can read the secrets. Only used
// when the user explicitly chooses it (setting security/credentialStore=file); isEncrypted() is false
// and backendName() says so, so the UI and the CLI can warn.
// Every change is read-modify-write under a QLockFile next to the file (`<file>.lock`), so two processes
// (the tray app and the CLI) never lose each other's writes, and compare-and-delete is atomic.
class FileCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    explicit FileCredentialStore(QString filePath, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const Secret &value, QObject *context, WriteCallback callback) override;
    void remove(const QString &key, QObject *context, WriteCallback callback) override;
    void removeIfEqual(const QString &key, const Secret &expected, QObject *context, WriteCallback callback) override;
    QString backendName() const override;
    bool isEncrypted() const override { return false; }

    QString filePath() const { return m_path; }
    QString lockFilePath() const { return m_path + QStringLiteral(".lock"); }
    // How long a change waits for another process's change to finish before it fails (Keychain error).
    void setLockTimeout(int ms) { m_lockTimeoutMs = ms; }

private:
    Result<QJsonObject> loadSecrets() const;
    Result<void> saveSecrets(const QJsonObject &secrets) const;
    // Re-reads the file, lets `change` edit the secrets (false: nothing to write), writes it back, all
    // under the cross-process lock.
    Result<void> modify(const std::function<bool(QJsonObject &)> &change);
    SyncError fileError(const QString &detail) const;
    template<typename R, typename F>
    void reply(QObject *context, F callback, R result);

    QString m_path;
    int m_lockTimeoutMs = 10000;
};

} // namespace nb
