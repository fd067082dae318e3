#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace nb::ns {

// A v1 query: find[field]=value / find[field][$op]=value plus count. The server parses values of
// numeric fields (entries: date, sgv, mbg, ...; treatments: insulin, carbs, glucose) as integers and
// compares everything else as strings, so times are passed in the form the collection stores:
// entries by `date` (ms), treatments/devicestatus by `created_at` (UTC ISO with ms, see isoTime()).
// Without a condition on its date field the server only looks at the last 4 days.
class NsQuery {
public:
    NsQuery &equals(const QString &field, const QString &value);
    NsQuery &gte(const QString &field, const QString &value);
    NsQuery &lte(const QString &field, const QString &value);
    NsQuery &gt(const QString &field, const QString &value);
    NsQuery &lt(const QString &field, const QString &value);
    NsQuery &count(int count);

    bool constrains(const QString &field) const;
    bool hasConditions() const { return !m_conditions.isEmpty(); }
    int countValue() const { return m_count; }
    QUrlQuery toUrlQuery() const;

    // The server's canonical time form: "2026-03-01T12:00:00.000Z".
    static QString isoTime(const QDateTime &time);

private:
    struct Condition {
        QString field;
        QString op; // empty: equality
        QString value;
    };
    NsQuery &add(const QString &field, const QString &op, const QString &value);

    QList<Condition> m_conditions;
    int m_count = 0; // 0: server default
};

} // namespace nb::ns
