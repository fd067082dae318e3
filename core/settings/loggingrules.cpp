#include "loggingrules.h"

#include <QStringList>

namespace nb {

QString loggingFilterRules(LogLevel level, bool httpTrace)
{
    QStringList rules;
    rules << QStringLiteral("nightbridge.*.debug=%1").arg(level == LogLevel::Debug ? u"true" : u"false");
    rules << QStringLiteral("nightbridge.*.info=%1").arg(level == LogLevel::Warning ? u"false" : u"true");
    // Last, so it wins over the wildcard: the trace is off unless asked for, even at debug level.
    const QString trace = httpTrace ? QStringLiteral("true") : QStringLiteral("false");
    rules << QStringLiteral("nightbridge.net.http.debug=") + trace;
    rules << QStringLiteral("nightbridge.net.http.info=") + trace;
    return rules.join(QLatin1Char('\n'));
}

} // namespace nb
