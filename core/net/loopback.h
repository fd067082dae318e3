#pragma once

#include <QString>
#include <QUrl>

namespace nb::net {

// True only for a literal loopback address: 127.0.0.0/8 or ::1 (brackets allowed). Names are never
// loopback here, not even "localhost" or "*.localhost": a name is resolved by DNS or a hosts file
// that someone else may control, so the plain-http exceptions that rely on this stay on this machine.
bool isLiteralLoopbackHost(const QString &host);
bool isLiteralLoopback(const QUrl &url);

} // namespace nb::net
