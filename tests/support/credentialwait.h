#pragma once

#include "credentials/credentialstore.h"

#include <QTest>

#include <memory>
#include <optional>

namespace nb::test {

// Waits (event loop running, via QTest::qWaitFor) for a store's answer. The answer lands in shared
// storage, so a late callback after a timed-out wait cannot write to a dead stack frame.
using ReadAnswer = std::optional<Result<std::optional<Secret>>>;
using WriteAnswer = std::optional<Result<void>>;

inline ReadAnswer waitRead(CredentialStore &store, const QString &key, QObject *context, int timeoutMs = 20000)
{
    auto box = std::make_shared<ReadAnswer>();
    store.read(key, context, [box](const Result<std::optional<Secret>> &r) { *box = r; });
    (void)QTest::qWaitFor([&] { return box->has_value(); }, timeoutMs);
    return *box;
}

inline WriteAnswer waitWrite(CredentialStore &store, const QString &key, const Secret &value, QObject *context,
                             int timeoutMs = 20000)
{
    auto box = std::make_shared<WriteAnswer>();
    store.write(key, value, context, [box](const Result<void> &r) { *box = r; });
    (void)QTest::qWaitFor([&] { return box->has_value(); }, timeoutMs);
    return *box;
}

inline WriteAnswer waitRemove(CredentialStore &store, const QString &key, QObject *context, int timeoutMs = 20000)
{
    auto box = std::make_shared<WriteAnswer>();
    store.remove(key, context, [box](const Result<void> &r) { *box = r; });
    (void)QTest::qWaitFor([&] { return box->has_value(); }, timeoutMs);
    return *box;
}

inline WriteAnswer waitRemoveIfEqual(CredentialStore &store, const QString &key, const Secret &expected,
                                     QObject *context, int timeoutMs = 20000)
{
    auto box = std::make_shared<WriteAnswer>();
    store.removeIfEqual(key, expected, context, [box](const Result<void> &r) { *box = r; });
    (void)QTest::qWaitFor([&] { return box->has_value(); }, timeoutMs);
    return *box;
}

} // namespace nb::test
