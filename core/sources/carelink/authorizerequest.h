#pragma once

#include "carelinkendpoints.h"
#include "common/result.h"
#include "common/secret.h"

#include <QCoreApplication>
#include <QUrl>

namespace nb::carelink {

// A sign-in that was started: the PKCE verifier and the `state` the redirect must carry back.
struct PendingSignIn {
    QString state;
    Secret verifier;
    QUrl authorizeUrl; // open this in the system browser
    QString redirectUri;
};

// RFC 8252 / RFC 7636 for CareLink's Auth0 native client: the authorize URL with PKCE (S256) and a
// random state, and the check of the redirect (com.medtronic.carepartner:/sso?code=...&state=...) that
// comes back through the URL-scheme handler, the single-instance IPC, or a paste. Pure.
class AuthorizeRequest {
    Q_DECLARE_TR_FUNCTIONS(AuthorizeRequest)
public:
    static PendingSignIn create(const ServiceConfig &config); // fresh random verifier and state
    // Deterministic variant for tests: 32 verifier bytes and 16 state bytes.
    static PendingSignIn createWith(const ServiceConfig &config, const QByteArray &verifierBytes,
                                    const QByteArray &stateBytes);
    static QString challengeFor(const Secret &verifier); // base64url(SHA-256(verifier)), no padding

    // The authorization code, if `redirect` is the answer to `pending`: same scheme and path as the
    // redirect URI, the same state, no error. Anything else is refused with an actionable message.
    static Result<Secret> codeFromRedirect(const QUrl &redirect, const PendingSignIn &pending);
    // Pasted text -> URL (trims whitespace, quotes and a trailing "."), empty when it is no URL.
    static QUrl urlFromPaste(const QString &text);
};

} // namespace nb::carelink
