#include "datasource.h"

namespace nb {

QString describeWindow(const QDateTime &from, const QDateTime &to)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    return from.toUTC().toString(format) + QStringLiteral(" .. ") + to.toUTC().toString(format) +
           QStringLiteral(" UTC");
}

} // namespace nb
