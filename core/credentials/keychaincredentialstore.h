#pragma once

#include "credentialstore.h"

#include <chrono>
#include <memory>

namespace QKeychain {
class Job;
}

namespace nb {

// Secrets in the operating system's keychain through QtKeychain 0.13 (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). Never falls back to an insecure store.
//
// QtKeychain facts this class is built around: jobs run one at a time through a global queue, a job
// must never be deleted while it runs, and a D-Bus call to a missing or stuck service can take long.
// So every call gets its own job (which deletes itself after it has finished) and our own timeout; a
// call that times out is answered with an error and its job left to finish on its own. On Linux the
// keyring may start after us at login: when no backend answers, the call is tried once more after
// backendRetryDelay.
class KeychainCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    struct Options {
        QString service = QStringLiteral("Nightbridge");
        std::chrono::milliseconds timeout{std::chrono::seconds(30)};
        std::chrono::milliseconds backendRetryDelay{std::chrono::seconds(10)};
#ifdef Q_OS_LINUX
        bool retryWhenBackendDown = true;
#else
        bool retryWhenBackendDown = false;
#endif
    };

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    explicit KeychainCredentialStore(Options options, QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const Secret &value, QObject *context, WriteCallback callback) override;
    void remove(const QString &key, QObject *context, WriteCallback callback) override;
    QString backendName() const override;
    bool isEncrypted() const override
    {
        return true;
    }

    const Options &options() const
    {
        return m_options;
    }

private:
    struct Call;
    void start(const std::shared_ptr<Call> &call);
    void onJobFinished(const std::shared_ptr<Call> &call, QKeychain::Job *job);
    void onTimeout(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, const std::optional<SyncError> &error,
                std::optional<Secret> value = std::nullopt);
    SyncError errorFor(const Call &call, int keychainError, const QString &errorString) const;

    Options m_options;
};

} // namespace nb
