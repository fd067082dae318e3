#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace nb::redact {

// Pure functions that remove secrets before anything is logged, kept for diagnostics or shown in a
// "copy diagnostics" text. Replacement marker: "<redacted>".

// Free text (log messages, exception-like details): passwords, tokens, secrets, cookies and
// e-mail addresses in key=value, "key": "value" (JSON), header-like "Key: value" and bare e-mail forms.
QString text(const QString &input);

// A URL: query values of sensitive keys (token, secret, code, password, access_token, ...) and any
// e-mail address in the path or query, plus user info.
QString url(const QUrl &input);

// One HTTP header for the trace log: Authorization, api-secret, Cookie, Set-Cookie, and anything
// whose name says token/secret/password/key keep only their name.
QByteArray headerValue(const QByteArray &name, const QByteArray &value);

// A request or response body (JSON or form-encoded or anything else); never longer than maxBytes.
QByteArray body(const QByteArray &input, qsizetype maxBytes = 4096);

// True when a field, query or header name says its value is secret or personal (password, token,
// secret, cookie, e-mail, ...). Settings and state use it to refuse such keys by design.
bool isSensitiveName(const QString &name);

} // namespace nb::redact
