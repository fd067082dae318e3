#pragma once

#include "common/syncerror.h"
#include "sync/accountconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace nb {
class Runtime;
}

namespace nb::cli {

// Whether an account's secrets are where the sync will look for them: the vendor's (Tandem e-mail and
// password or a session; the CareLink sign-in) and the Nightscout site's (environment or store). Only
// looks: nothing is read out or printed. Shared by `status` and `doctor`.
struct CredentialPresence {
    QString accountId;
    bool vendorStored = false;
    bool nightscoutStored = false;
    std::optional<SyncError> storeError; // the store could not be asked (keychain locked or missing)

    // What is missing, in words, with what to run; empty when nothing is.
    QString missingText(const AccountConfig &account) const;
};

class CredentialPresenceCheck : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const QList<CredentialPresence> &)>;

    // Looks at each account in order; `done` runs once (not at all if this object is destroyed first).
    static void check(Runtime &runtime, const QList<AccountConfig> &accounts, QObject *context, Callback done);

private:
    CredentialPresenceCheck(Runtime &runtime, QList<AccountConfig> accounts, Callback done, QObject *parent);
    void next();
    void probe(QStringList keys, std::function<void(bool found)> then);

    Runtime &m_runtime;
    QList<AccountConfig> m_todo;
    Callback m_done;
    QList<CredentialPresence> m_results;
    std::optional<SyncError> m_storeError; // once the store failed, it is not asked again (each try can be slow)
};

} // namespace nb::cli
