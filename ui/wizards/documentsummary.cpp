#include "documentsummary.h"

#include <QLocale>
#include <QTimeZone>

namespace nb {

QString DocumentSummary::kindName(NsCollection collection)
{
    switch (collection) {
    case NsCollection::Entries:
        return tr("Glucose readings");
    case NsCollection::Treatments:
        return tr("Treatments");
    case NsCollection::DeviceStatus:
        return tr("Device status");
    case NsCollection::Profile:
        return tr("Profiles");
    }
    return QString();
}

QDateTime DocumentSummary::time(const QJsonObject &document)
{
    if (document.contains(QLatin1String("date")))
        return QDateTime::fromMSecsSinceEpoch(qint64(document.value(QLatin1String("date")).toDouble()),
                                              QTimeZone::utc());
    for (const char *key : {"created_at", "startDate"}) {
        const QDateTime t = QDateTime::fromString(document.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    return QDateTime();
}

QString DocumentSummary::describe(NsCollection collection, const QJsonObject &document)
{
    if (collection == NsCollection::Entries) {
        if (document.contains(QLatin1String("sgv")))
            return tr("%1 mg/dL %2")
                .arg(document.value(QLatin1String("sgv")).toInt())
                .arg(document.value(QLatin1String("direction")).toString())
                .trimmed();
        return document.value(QLatin1String("type")).toString();
    }
    if (collection == NsCollection::Treatments) {
        QString text = document.value(QLatin1String("eventType")).toString();
        if (const double insulin = document.value(QLatin1String("insulin")).toDouble(); insulin > 0)
            text += QLatin1Char(' ') + tr("%1 U").arg(QLocale().toString(insulin, 'f', 2));
        if (const double carbs = document.value(QLatin1String("carbs")).toDouble(); carbs > 0)
            text += QLatin1Char(' ') + tr("%1 g").arg(QLocale().toString(carbs, 'f', 0));
        if (const double rate = document.value(QLatin1String("absolute")).toDouble(); rate > 0)
            text += QLatin1Char(' ') + tr("%1 U/h").arg(QLocale().toString(rate, 'f', 2));
        return text;
    }
    return document.value(QLatin1String("device")).toString();
}

} // namespace nb
