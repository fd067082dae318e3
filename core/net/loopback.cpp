#include "loopback.h"

#include <QHostAddress>

namespace nb::net {

bool isLiteralLoopbackHost(const QString &host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

bool isLiteralLoopback(const QUrl &url)
{
    return url.isValid() && isLiteralLoopbackHost(url.host());
}

} // namespace nb::net
