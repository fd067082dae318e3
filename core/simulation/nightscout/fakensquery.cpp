#include "fakensquery.h"

#include "fakensnormalizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace nb::sim {

namespace {

constexpr qint64 kDefaultWindowMs = 4LL * 24 * 3600 * 1000;

// JavaScript parseInt: leading integer, else NaN (nullopt).
std::optional<double> jsParseInt(const QString &text)
{
    static const QRegularExpression leading(QStringLiteral("^\\s*([+-]?\\d+)"));
    const QRegularExpressionMatch m = leading.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

// Mongo compares values of the same type only.
std::optional<int> compare(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString()) < 0 ? -1 : (a.toString() == b.toString() ? 0 : 1);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    return std::nullopt;
}

} // namespace

FakeNsQuery::FakeNsQuery(NsCollection collection, const QUrlQuery &query, const QDateTime &now,
                         const QString &entryType)
    : m_collection(collection)
{
    QString dateField = QStringLiteral("created_at");
    bool findGiven = false;
    switch (collection) {
    case NsCollection::Entries:
        dateField = QStringLiteral("date");
        m_intFields = {QStringLiteral("date"),       QStringLiteral("sgv"),  QStringLiteral("filtered"),
                       QStringLiteral("unfiltered"), QStringLiteral("rssi"), QStringLiteral("noise"),
                       QStringLiteral("mbg")};
        break;
    case NsCollection::Treatments:
        m_intFields = {QStringLiteral("insulin"), QStringLiteral("carbs"), QStringLiteral("glucose")};
        m_regexFields = {QStringLiteral("eventType"), QStringLiteral("notes"), QStringLiteral("enteredBy")};
        break;
    case NsCollection::DeviceStatus:
        break;
    case NsCollection::Profile:
        dateField = QStringLiteral("startDate"); // /profiles (lib/server/profile.js queryOpts)
        break;
    }

    static const QRegularExpression findKey(QStringLiteral("^find\\[([^\\]]+)\\](?:\\[(\\$[a-z]+)\\])?$"));
    for (const auto &[rawKey, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QRegularExpressionMatch m = findKey.match(rawKey);
        if (!m.hasMatch())
            continue;
        findGiven = true;
        addCondition(m.captured(1), m.captured(2).isEmpty() ? QStringLiteral("$eq") : m.captured(2), rawValue);
    }
    if (!entryType.isEmpty())
        addCondition(QStringLiteral("type"), QStringLiteral("$eq"), entryType);

    bool dateConstrained = false;
    for (const Condition &c : std::as_const(m_conditions)) {
        dateConstrained = dateConstrained || c.field == dateField ||
                          (collection == NsCollection::Entries && c.field == QLatin1String("dateString"));
    }
    if (!dateConstrained) { // profiles too: /profiles looks at the last 4 days of startDate by default
        const QDateTime since = now.addMSecs(-kDefaultWindowMs);
        Condition window{dateField, QStringLiteral("$gte"), {}, false, {}, false};
        window.value = collection == NsCollection::Entries ? QJsonValue(double(since.toMSecsSinceEpoch()))
                                                           : QJsonValue(FakeNsNormalizer::isoTime(since));
        m_conditions.append(window);
    }

    switch (collection) {
    case NsCollection::Entries:
    case NsCollection::DeviceStatus:
    case NsCollection::Profile:
        m_limit = 10;
        break;
    case NsCollection::Treatments:
        m_limit = findGiven ? 1000 : 100;
        break;
    }
    if (query.hasQueryItem(QStringLiteral("count"))) {
        const std::optional<double> count = jsParseInt(query.queryItemValue(QStringLiteral("count")));
        if (count && *count > 0)
            m_limit = int(std::min(*count, 1e9));
    }
}

void FakeNsQuery::addCondition(const QString &field, const QString &op, const QString &rawValue)
{
    Condition c;
    c.field = field;
    c.op = op;
    if (m_intFields.contains(field)) {
        const std::optional<double> n = jsParseInt(rawValue);
        c.value = n ? QJsonValue(*n) : QJsonValue(QJsonValue::Undefined); // NaN matches nothing
    } else if (m_regexFields.contains(field) && rawValue.size() >= 2 && rawValue.startsWith(QLatin1Char('/')) &&
               rawValue.lastIndexOf(QLatin1Char('/')) > 0) {
        const qsizetype end = rawValue.lastIndexOf(QLatin1Char('/'));
        c.isRegex = true;
        c.pattern = rawValue.mid(1, end - 1);
        c.caseInsensitive = rawValue.mid(end + 1).contains(QLatin1Char('i'));
    } else {
        c.value = rawValue;
    }
    m_conditions.append(c);
}

bool FakeNsQuery::matches(const QJsonObject &doc) const
{
    for (const Condition &c : m_conditions) {
        const QJsonValue v = doc.value(c.field);
        if (c.isRegex) {
            const QRegularExpression re(c.pattern, c.caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                                     : QRegularExpression::NoPatternOption);
            if (!v.isString() || !re.match(v.toString()).hasMatch())
                return false;
            continue;
        }
        if (c.value.isUndefined())
            return false;
        const std::optional<int> cmp = compare(v, c.value);
        if (c.op == QLatin1String("$ne")) {
            if (cmp && *cmp == 0)
                return false;
            continue;
        }
        if (!cmp)
            return false;
        const bool ok = (c.op == QLatin1String("$eq") && *cmp == 0) || (c.op == QLatin1String("$gt") && *cmp > 0) ||
                        (c.op == QLatin1String("$gte") && *cmp >= 0) || (c.op == QLatin1String("$lt") && *cmp < 0) ||
                        (c.op == QLatin1String("$lte") && *cmp <= 0);
        if (!ok)
            return false;
    }
    return true;
}

QString FakeNsQuery::sortField(NsCollection collection)
{
    switch (collection) {
    case NsCollection::Entries:
        return QStringLiteral("date");
    case NsCollection::Profile:
        return QStringLiteral("startDate");
    case NsCollection::Treatments:
    case NsCollection::DeviceStatus:
        break;
    }
    return QStringLiteral("created_at");
}

QList<QJsonObject> FakeNsQuery::sorted(NsCollection collection, QList<QJsonObject> docs)
{
    const QString field = sortField(collection);
    std::reverse(docs.begin(), docs.end()); // later-stored first among equals
    std::stable_sort(docs.begin(), docs.end(), [&field](const QJsonObject &a, const QJsonObject &b) {
        const std::optional<int> cmp = compare(a.value(field), b.value(field));
        if (cmp)
            return *cmp > 0;
        // Mixed or missing types: numbers and strings before anything else (close enough to BSON order).
        return !a.value(field).isUndefined() && b.value(field).isUndefined();
    });
    return docs;
}

} // namespace nb::sim
