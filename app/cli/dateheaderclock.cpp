#include "dateheaderclock.h"

#include <QLocale>
#include <QTimeZone>

namespace nb::cli::DateHeaderClock {

QDateTime parse(const QByteArray &value)
{
    // The C locale: day and month names are English whatever the user's language.
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime t = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!t.isValid())
        return {};
    t.setTimeZone(QTimeZone::utc());
    return t;
}

std::optional<qint64> offsetMs(const QByteArray &dateHeader, const QDateTime &sentAt, const QDateTime &receivedAt)
{
    const QDateTime server = parse(dateHeader);
    if (!server.isValid() || !sentAt.isValid() || !receivedAt.isValid())
        return std::nullopt;
    const QDateTime local = sentAt.addMSecs(sentAt.msecsTo(receivedAt) / 2);
    return local.msecsTo(server);
}

} // namespace nb::cli::DateHeaderClock
