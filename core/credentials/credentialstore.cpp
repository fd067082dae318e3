#include "credentialstore.h"

#include <QPointer>

namespace nb {

void CredentialStore::removeIfEqual(const QString &key, const Secret &expected, QObject *context,
                                    WriteCallback callback)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    read(key, this, [this, key, expected, guard, hadContext, callback](const Result<std::optional<Secret>> &read) {
        if (hadContext && !guard)
            return;
        if (!read.ok()) {
            callback(read.error());
            return;
        }
        if (!read.value() || !(*read.value() == expected)) {
            callback(Result<void>());
            return;
        }
        remove(key, hadContext ? guard.data() : nullptr, callback);
    });
}

} // namespace nb
