#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace nb::ns {

// The Nightscout site address as the user typed it, turned into a base URL the client can append
// API paths to. Pure functions, no network.
class NsUrl {
    Q_DECLARE_TR_FUNCTIONS(NsUrl)
public:
    // - surrounding blanks removed; no scheme -> https:// (sites are served over TLS);
    // - trailing slashes, duplicate slashes and a pasted "/api", "/api/v1" or "/api/v2" suffix removed;
    //   a sub-path (site behind a reverse proxy at https://host/ns) is kept;
    // - default ports dropped, host lower-cased;
    // - user info, a query or a fragment are refused: those are where people paste secrets and tokens,
    //   which belong in the secret field (and never in settings or logs);
    // - plain http:// is refused unless the host is a literal loopback address (127.0.0.0/8, ::1; not
    //   "localhost" or "*.localhost", which are names a resolver answers) or allowPlainHttp is set,
    //   because the API secret hash would travel in clear.
    // The result has no trailing slash, e.g. "https://example.herokuapp.com" or "https://host/ns".
    static Result<QUrl> normalize(const QString &input, bool allowPlainHttp = false);

    // Literal 127.0.0.0/8 and ::1 only (see net/loopback.h).
    static bool isLoopbackHost(const QString &host);

    // base + "/" + path (path without leading slash, e.g. "api/v1/status.json") + query.
    static QUrl endpoint(const QUrl &base, const QString &path, const QUrlQuery &query = {});

    // The address for messages and logs: scheme://host[:port][/path], never anything else.
    static QString displayString(const QUrl &base);
};

} // namespace nb::ns
