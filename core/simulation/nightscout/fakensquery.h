#pragma once

#include "model/nsbatch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QUrlQuery>

namespace nb::sim {

// A v1 GET query the way cgm-remote-monitor builds it (lib/server/query.js and each collection's
// queryOpts): find[field]=v, find[field][$op]=v ($eq $ne $gt $gte $lt $lte), integers for the
// collection's numeric fields, /regex/flags for the fields that accept it, strings otherwise;
// Mongo-style typed comparison (a string never equals or orders against a number); a default window of
// 4 days on the date field (profiles: startDate, compared as a string) when the query does not constrain
// it; and the collection's count default. (GET /profile is not a query: see NightscoutStore::listProfiles.)
class FakeNsQuery {
public:
    // entryType: the :type of /entries/:type (sets find[type]).
    FakeNsQuery(NsCollection collection, const QUrlQuery &query, const QDateTime &now, const QString &entryType = {});

    bool matches(const QJsonObject &doc) const;
    int limit() const { return m_limit; }

    // The collection's sort field (newest first): entries `date`, profile `startDate`, else `created_at`.
    static QString sortField(NsCollection collection);
    // Newest first by sortField; ties keep the later-stored document first.
    static QList<QJsonObject> sorted(NsCollection collection, QList<QJsonObject> docs);

private:
    struct Condition {
        QString field;
        QString op; // "$eq" for plain equality
        QJsonValue value;
        bool isRegex = false;
        QString pattern;
        bool caseInsensitive = false;
    };
    void addCondition(const QString &field, const QString &op, const QString &rawValue);

    NsCollection m_collection;
    QSet<QString> m_intFields;
    QSet<QString> m_regexFields;
    QList<Condition> m_conditions;
    int m_limit = 10;
};

} // namespace nb::sim
