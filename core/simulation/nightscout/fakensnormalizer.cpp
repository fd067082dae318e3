#include "fakensnormalizer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace nb::sim {

namespace {

// Treatment fields the server converts with Number(), and which of them it drops when empty or zero.
const char *const kNumericTreatmentFields[] = {"glucose",  "targetTop", "targetBottom", "carbs",    "insulin",
                                               "duration", "percent",   "absolute",     "relative", "preBolus"};
const char *const kDeleteIfEmpty[] = {"carbs",     "insulin",      "percent", "relative",
                                      "targetTop", "targetBottom", "notes",   "preBolus"};
const char *const kDeleteIfNaN[] = {"absolute", "duration"};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// lodash: _.isEmpty(v) && !_.isNumber(v)
bool isEmptyNonNumber(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Bool:
        return true;
    case QJsonValue::Double:
        return false;
    case QJsonValue::String:
        return v.toString().isEmpty();
    case QJsonValue::Array:
        return v.toArray().isEmpty();
    case QJsonValue::Object:
        return v.toObject().isEmpty();
    }
    return true;
}

void truncatePredictions(QJsonObject &object, int max)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject())
            continue;
        QJsonObject child = it.value().toObject();
        if (it.key() == QLatin1String("predBGs")) {
            for (auto p = child.begin(); p != child.end(); ++p) {
                if (!p.value().isArray())
                    continue;
                QJsonArray values = p.value().toArray();
                while (values.size() > max)
                    values.removeLast();
                p.value() = values;
            }
        } else {
            truncatePredictions(child, max);
        }
        it.value() = child;
    }
}

} // namespace

FakeNsNormalizer::ParsedTime FakeNsNormalizer::parseTime(const QJsonValue &value)
{
    ParsedTime t;
    if (value.isDouble()) {
        t.utc = QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::utc());
        return t;
    }
    if (!value.isString())
        return t;
    const QString text = value.toString().trimmed();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return t;
    if (parsed.timeSpec() == Qt::LocalTime) // no zone written: parseZone reads it as UTC
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    t.offsetMinutes = parsed.offsetFromUtc() / 60;
    t.utc = parsed.toUTC();
    return t;
}

QString FakeNsNormalizer::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

bool FakeNsNormalizer::isObjectId(const QJsonValue &value)
{
    static const QRegularExpression hex24(QStringLiteral("^[0-9a-fA-F]{24}$"));
    return value.isString() && hex24.match(value.toString()).hasMatch();
}

std::optional<double> FakeNsNormalizer::jsNumber(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return value.toDouble();
    case QJsonValue::Bool:
        return value.toBool() ? 1.0 : 0.0;
    case QJsonValue::Null:
        return 0.0;
    case QJsonValue::String: {
        const QString s = value.toString().trimmed();
        if (s.isEmpty())
            return 0.0;
        bool ok = false;
        const double d = s.toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional(d) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

void FakeNsNormalizer::moveUuidId(QJsonObject &doc)
{
    const QJsonValue id = doc.value(QStringLiteral("_id"));
    if (id.isString() && !isObjectId(id)) {
        if (!doc.contains(QStringLiteral("identifier")))
            doc.insert(QStringLiteral("identifier"), id);
        doc.remove(QStringLiteral("_id"));
    }
}

QJsonObject FakeNsNormalizer::prepareEntry(QJsonObject doc, const QDateTime &now)
{
    moveUuidId(doc);
    const bool hasDateString = doc.contains(QStringLiteral("dateString"));
    ParsedTime t;
    if (hasDateString)
        t = parseTime(doc.value(QStringLiteral("dateString")));
    if (!t.isValid() && doc.value(QStringLiteral("date")).isDouble())
        t = parseTime(doc.value(QStringLiteral("date")));
    if (!t.isValid()) {
        t.utc = now.toUTC();
        t.offsetMinutes = 0;
    }
    doc.insert(QStringLiteral("utcOffset"), t.offsetMinutes);
    doc.insert(QStringLiteral("sysTime"), isoTime(t.utc));
    if (hasDateString)
        doc.insert(QStringLiteral("dateString"), isoTime(t.utc));
    return doc;
}

QList<QJsonObject> FakeNsNormalizer::prepareTreatment(QJsonObject doc, const QDateTime &now)
{
    moveUuidId(doc);
    ParsedTime t;
    if (doc.contains(QStringLiteral("eventTime"))) {
        t = parseTime(doc.value(QStringLiteral("eventTime")));
        doc.remove(QStringLiteral("eventTime"));
        t.offsetMinutes = t.isValid() ? t.offsetMinutes : 0;
    } else {
        t = parseTime(doc.value(QStringLiteral("created_at")));
    }
    if (!t.isValid()) {
        t.utc = now.toUTC();
        t.offsetMinutes = 0;
    }
    doc.insert(QStringLiteral("created_at"), isoTime(t.utc));
    doc.insert(QStringLiteral("utcOffset"), t.offsetMinutes);

    // Number() on the numeric fields; NaN results are dropped by the rules below either way.
    QSet<QString> nan;
    for (const char *field : kNumericTreatmentFields) {
        if (!doc.contains(key(field)))
            continue;
        const std::optional<double> n = jsNumber(doc.value(key(field)));
        if (n)
            doc.insert(key(field), *n);
        else
            nan.insert(key(field));
    }
    for (const char *field : kDeleteIfEmpty) {
        const QJsonValue v = doc.value(key(field));
        if (nan.contains(key(field)) || isEmptyNonNumber(v) || (v.isDouble() && v.toDouble() == 0))
            doc.remove(key(field));
    }
    for (const char *field : kDeleteIfNaN) {
        if (nan.contains(key(field)))
            doc.remove(key(field));
    }
    const QJsonValue glucose = doc.value(QStringLiteral("glucose"));
    if (!glucose.isDouble() || glucose.toDouble() == 0 || nan.contains(QStringLiteral("glucose"))) {
        doc.remove(QStringLiteral("glucose"));
        doc.remove(QStringLiteral("glucoseType"));
        doc.remove(QStringLiteral("units"));
    }
    if (doc.value(QStringLiteral("eventType")).toString() == QLatin1String("Announcement"))
        doc.insert(QStringLiteral("isAnnouncement"), true);

    QList<QJsonObject> result{doc};
    const double preBolus = doc.value(QStringLiteral("preBolus")).toDouble();
    if (preBolus != 0 && doc.contains(QStringLiteral("carbs"))) {
        QJsonObject carbs{{QStringLiteral("eventType"), doc.value(QStringLiteral("eventType"))},
                          {QStringLiteral("carbs"), doc.value(QStringLiteral("carbs"))},
                          {QStringLiteral("created_at"), isoTime(t.utc.addSecs(qint64(preBolus * 60)))}};
        if (doc.contains(QStringLiteral("notes")))
            carbs.insert(QStringLiteral("notes"), doc.value(QStringLiteral("notes")));
        result.first().remove(QStringLiteral("carbs"));
        result.append(carbs);
    }
    return result;
}

QJsonObject FakeNsNormalizer::prepareDeviceStatus(QJsonObject doc, const QDateTime &now, int predictionsMax)
{
    ParsedTime t = parseTime(doc.value(QStringLiteral("created_at")));
    if (!t.isValid()) {
        t.utc = now.toUTC();
        t.offsetMinutes = 0;
    }
    doc.insert(QStringLiteral("created_at"), isoTime(t.utc));
    doc.insert(QStringLiteral("utcOffset"), t.offsetMinutes);
    truncatePredictions(doc, predictionsMax);
    return doc;
}

QJsonObject FakeNsNormalizer::prepareProfile(QJsonObject doc, const QDateTime &now)
{
    if (!doc.contains(QStringLiteral("created_at")))
        doc.insert(QStringLiteral("created_at"), isoTime(now));
    return doc;
}

QJsonObject FakeNsNormalizer::treatmentForOutput(QJsonObject doc)
{
    for (const char *field : {"carbs", "insulin"}) {
        const std::optional<double> n = jsNumber(doc.value(key(field)));
        doc.insert(key(field), n && doc.contains(key(field)) ? QJsonValue(*n) : QJsonValue(QJsonValue::Null));
    }
    return doc;
}

} // namespace nb::sim
