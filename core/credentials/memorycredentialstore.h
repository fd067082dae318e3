#pragma once

#include "credentialstore.h"

#include <QHash>

namespace nb {

// Secrets in process memory only: tests, demo mode, and --pretend runs. Answers asynchronously
// (next event-loop turn) like the real stores, so callers cannot come to rely on synchronous replies.
class MemoryCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const Secret &value, QObject *context, WriteCallback callback) override;
    void remove(const QString &key, QObject *context, WriteCallback callback) override;
    QString backendName() const override { return QStringLiteral("memory"); }
    bool isEncrypted() const override { return false; }

    // Test helpers.
    bool contains(const QString &key) const { return m_values.contains(key); }
    int writeCount() const { return m_writes; }
    void setFailure(std::optional<SyncError> failure) { m_failure = std::move(failure); }

private:
    QHash<QString, Secret> m_values;
    std::optional<SyncError> m_failure;
    int m_writes = 0;
};

} // namespace nb
