#pragma once

#include "common/result.h"
#include "common/secret.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace nb {

// Where secrets live: the OS keychain (KeychainCredentialStore), an explicit opt-in unencrypted file
// for headless servers (FileCredentialStore), or memory (tests, demo, --pretend).
// All operations are asynchronous; the callback runs once on the store's thread, and is dropped if
// `context` is destroyed first. Keys are plain names such as "account/<id>/password",
// "account/<id>/token", "nightscout/<id>/secret" — never secrets themselves.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Result<std::optional<Secret>> &)>; // nullopt: not found
    using WriteCallback = std::function<void(const Result<void> &)>;

    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void read(const QString &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &key, const Secret &value, QObject *context, WriteCallback callback) = 0;
    virtual void remove(const QString &key, QObject *context, WriteCallback callback) = 0; // not found is OK
    // Compare-and-delete: removes `key` only while it still holds `expected` (another process may have
    // stored a newer value meanwhile, which must survive). Not found or a different value is OK. The
    // default reads, compares and removes; stores that can lock across processes do it atomically.
    virtual void removeIfEqual(const QString &key, const Secret &expected, QObject *context, WriteCallback callback);

    virtual QString backendName() const = 0; // for diagnostics and the settings UI
    virtual bool isEncrypted() const = 0;    // false only for the opt-in file store
};

} // namespace nb
