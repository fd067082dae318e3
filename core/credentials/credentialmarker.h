#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

namespace nb {

class CredentialStore;

// "Are these still the credentials that were refused?" without keeping anything derived from a password in
// the state file: an HMAC-SHA256 of the credentials under a random key made once per installation and kept
// in the credential store (next to the secrets it protects). A copy of state.json alone cannot be used to
// guess the password offline. Markers carry the prefix "hmac1:".
namespace CredentialMarker {

inline constexpr char kPrefix[] = "hmac1:";
inline constexpr char kKeyName[] = "nightbridge/marker-key";

// The marker of `material`, or empty when the store cannot keep the key (then nothing can be compared:
// callers treat it as "unknown").
void compute(CredentialStore &store, const QByteArray &material, QObject *context,
             std::function<void(const QByteArray &)> done);

// True for the markers of older versions: a plain SHA-256 (hex, or hex of the hex) of e-mail and password or
// of the CareLink token. Such a value is dropped when the state is read (the account then checks its sign-in
// once more).
bool isLegacy(const QByteArray &marker);

} // namespace CredentialMarker

} // namespace nb
