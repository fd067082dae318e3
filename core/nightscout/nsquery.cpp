#include "nsquery.h"

#include <QTimeZone>

namespace nb::ns {

NsQuery &NsQuery::add(const QString &field, const QString &op, const QString &value)
{
    m_conditions.append({field, op, value});
    return *this;
}

NsQuery &NsQuery::equals(const QString &field, const QString &value)
{
    return add(field, {}, value);
}

NsQuery &NsQuery::gte(const QString &field, const QString &value)
{
    return add(field, QStringLiteral("$gte"), value);
}

NsQuery &NsQuery::lte(const QString &field, const QString &value)
{
    return add(field, QStringLiteral("$lte"), value);
}

NsQuery &NsQuery::gt(const QString &field, const QString &value)
{
    return add(field, QStringLiteral("$gt"), value);
}

NsQuery &NsQuery::lt(const QString &field, const QString &value)
{
    return add(field, QStringLiteral("$lt"), value);
}

NsQuery &NsQuery::count(int count)
{
    m_count = count;
    return *this;
}

bool NsQuery::constrains(const QString &field) const
{
    for (const Condition &c : m_conditions) {
        if (c.field == field)
            return true;
    }
    return false;
}

QUrlQuery NsQuery::toUrlQuery() const
{
    QUrlQuery query;
    for (const Condition &c : m_conditions) {
        QString key = QStringLiteral("find[%1]").arg(c.field);
        if (!c.op.isEmpty())
            key += QStringLiteral("[%1]").arg(c.op);
        // Encode fully: a value may contain '+' (time zones) or '&'.
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key, "[]$")),
                           QString::fromLatin1(QUrl::toPercentEncoding(c.value)));
    }
    if (m_count > 0)
        query.addQueryItem(QStringLiteral("count"), QString::number(m_count));
    return query;
}

QString NsQuery::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace nb::ns
