#pragma once

#include <QByteArray>

namespace nb::tandem {

// PKCE (RFC 7636, S256): verifier = base64url without padding of 64 random bytes (86 characters),
// challenge = base64url without padding of SHA-256(verifier).
struct Pkce {
    QByteArray verifier;
    QByteArray challenge;

    static Pkce generate(); // system CSPRNG
    static Pkce fromVerifier(const QByteArray &verifier);
};

QByteArray base64UrlNoPad(const QByteArray &data);

} // namespace nb::tandem
