#pragma once

#include "credentialstore.h"

#include <QJsonObject>

namespace nb {

// Secrets in a plain JSON file readable only by the user (0600), for headless servers without a
// keychain. NOT encrypted: anyone who can read the file (root, backups) can read the secrets. Only used
// when the user explicitly chooses it (setting security/credentialStore=file); isEncrypted() is false
// and backendName() says so, so the UI and the CLI can warn.
class FileCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    explicit FileCredentialStore(QString filePath, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const Secret &value, QObject *context, WriteCallback callback) override;
    void remove(const QString &key, QObject *context, WriteCallback callback) override;
    QString backendName() const override;
    bool isEncrypted() const override { return false; }

    QString filePath() const { return m_path; }

private:
    Result<QJsonObject> loadSecrets() const;
    Result<void> saveSecrets(const QJsonObject &secrets) const;
    SyncError fileError(const QString &detail) const;
    template<typename R, typename F>
    void reply(QObject *context, F callback, R result);

    QString m_path;
};

} // namespace nb
