#include "clockskew.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <cstdlib>

namespace nb {

std::optional<qint64> ClockSkew::fromDateHeader(const QByteArray &value, const QDateTime &localNowUtc)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty() || !localNowUtc.isValid())
        return std::nullopt;
    QDateTime server = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!server.isValid())
        return std::nullopt;
    server.setTimeZone(QTimeZone::utc());
    return localNowUtc.msecsTo(server);
}

qint64 ClockSkew::fromServerTime(qint64 serverUnixSeconds, const QDateTime &localNowUtc)
{
    return serverUnixSeconds * 1000 - localNowUtc.toMSecsSinceEpoch();
}

int ClockSkew::minutesOff(qint64 skewMs)
{
    return int(std::llround(std::fabs(double(skewMs)) / 60000.0));
}

SyncError ClockSkew::error(qint64 skewMs, const QString &service, const QString &detail)
{
    const int minutes = minutesOff(skewMs);
    const QString message =
        skewMs < 0 ? tr("Your computer's clock is %n minute(s) off (ahead of %1). Set the correct date and time "
                        "(automatic time); Nightbridge keeps the sign-in and tries again.",
                        nullptr, minutes)
                         .arg(service)
                   : tr("Your computer's clock is %n minute(s) off (behind %1). Set the correct date and time "
                        "(automatic time); Nightbridge keeps the sign-in and tries again.",
                        nullptr, minutes)
                         .arg(service);
    return SyncError::make(
        SyncError::Kind::Protocol, message,
        QStringLiteral("%1: local clock off by %2 s: %3").arg(service).arg(-skewMs / 1000).arg(detail), true);
}

} // namespace nb
