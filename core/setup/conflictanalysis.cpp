#include "conflictanalysis.h"

#include "model/identifier.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace nb::setup {

namespace {

const QString kEnteredBy = QStringLiteral("enteredBy");
const QString kDevice = QStringLiteral("device");

QDateTime timeOf(const QJsonObject &doc)
{
    const QJsonValue date = doc.value(QStringLiteral("date"));
    if (date.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(date.toDouble()), QTimeZone::utc());
    for (const char *field : {"created_at", "startDate", "dateString"}) {
        const QDateTime t = QDateTime::fromString(doc.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    return {};
}

QString uploaderOf(const QJsonObject &doc)
{
    const QString enteredBy = doc.value(kEnteredBy).toString().trimmed();
    return enteredBy.isEmpty() ? doc.value(kDevice).toString().trimmed() : enteredBy;
}

// Careportal event types that record something a pump upload also writes.
bool isPumpEventType(const QString &eventType)
{
    static const QSet<QString> types = {
        QStringLiteral("Site Change"),   QStringLiteral("Insulin Change"), QStringLiteral("Pump Battery Change"),
        QStringLiteral("Suspend Pump"),  QStringLiteral("Resume Pump"),    QStringLiteral("Sensor Start"),
        QStringLiteral("Sensor Change"), QStringLiteral("Sensor Stop"),    QStringLiteral("Cannula Change"),
    };
    return types.contains(eventType);
}

bool isBolusEventType(const QString &eventType)
{
    static const QSet<QString> types = {
        QStringLiteral("Meal Bolus"),  QStringLiteral("Snack Bolus"),     QStringLiteral("Correction Bolus"),
        QStringLiteral("Combo Bolus"), QStringLiteral("Carb Correction"), QStringLiteral("Bolus Wizard"),
        QStringLiteral("SMB"),         QStringLiteral("Bolus"),
    };
    return types.contains(eventType);
}

struct Key {
    ConflictArea area;
    QString uploader;
    bool byHand;
    bool operator==(const Key &o) const { return area == o.area && uploader == o.uploader && byHand == o.byHand; }
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return ::qHash(int(key.area), seed) ^ ::qHash(key.uploader, seed) ^ ::qHash(int(key.byHand), seed);
}

class Collector {
public:
    void add(ConflictArea area, const QString &uploader, bool byHand, const QDateTime &time)
    {
        const Key key{area, byHand ? QString() : uploader, byHand};
        auto it = m_found.find(key);
        if (it == m_found.end()) {
            Conflict c;
            c.area = area;
            c.uploader = key.uploader;
            c.byHand = byHand;
            it = m_found.insert(key, c);
        }
        ++it->count;
        if (time.isValid() && (!it->newest.isValid() || time > it->newest))
            it->newest = time;
    }
    QList<Conflict> take() const { return m_found.values(); }

private:
    QHash<Key, Conflict> m_found;
};

} // namespace

bool ConflictAnalysis::isKnownUploader(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty())
        return false;
    if (n.contains(QLatin1String("://")))
        return true;
    static const char *const apps[] = {
        "tconnectsync", "xdrip",  "androidaps", "aaps",     "openaps", "loop",     "trio",        "iaps",
        "freeaps",      "spike",  "juggluco",   "diabox",   "connect", "carelink", "minimed",     "medtronic",
        "tandem",       "glooko", "diasend",    "tidepool", "dexcom",  "share2",   "librelinkup", "nightscout-",
        "omnipod",      "camaps", "sugarmate",  "gluroo",   "pump (",  "uploader", "bridge",
    };
    for (const char *app : apps) {
        if (n.contains(QLatin1String(app)))
            return true;
    }
    return false;
}

QList<Conflict> ConflictAnalysis::analyse(const Input &input)
{
    Collector found;
    for (const QJsonObject &doc : input.entries) {
        if (isNightbridgeDocument(doc))
            continue;
        const QString type = doc.value(QStringLiteral("type")).toString();
        if (type != QLatin1String("sgv") && !(type.isEmpty() && doc.contains(QStringLiteral("sgv"))))
            continue;
        found.add(ConflictArea::Glucose, doc.value(kDevice).toString().trimmed(), false, timeOf(doc));
    }
    for (const QJsonObject &doc : input.treatments) {
        if (isNightbridgeDocument(doc))
            continue;
        const QString eventType = doc.value(QStringLiteral("eventType")).toString().trimmed();
        const QString uploader = uploaderOf(doc);
        const bool byHand = !isKnownUploader(uploader);
        const QDateTime time = timeOf(doc);
        const bool insulinOrCarbs =
            doc.value(QStringLiteral("insulin")).toDouble() > 0 || doc.value(QStringLiteral("carbs")).toDouble() > 0;
        if (eventType.contains(QLatin1String("Temp Basal")))
            found.add(ConflictArea::Basal, uploader, byHand, time);
        else if (eventType == QLatin1String("Profile Switch"))
            found.add(ConflictArea::Profiles, uploader, byHand, time);
        else if (isPumpEventType(eventType))
            found.add(ConflictArea::PumpEvents, uploader, byHand, time);
        else if (isBolusEventType(eventType) || insulinOrCarbs)
            found.add(ConflictArea::Boluses, uploader, byHand, time);
    }
    for (const QJsonObject &doc : input.deviceStatus) {
        // Only pump status competes with ours; a phone uploader's own battery does not.
        if (isNightbridgeDocument(doc) || !doc.value(QStringLiteral("pump")).isObject())
            continue;
        found.add(ConflictArea::DeviceStatus, doc.value(kDevice).toString().trimmed(), false, timeOf(doc));
    }
    for (const QJsonObject &doc : input.profiles) {
        if (isNightbridgeDocument(doc))
            continue;
        const QString uploader = uploaderOf(doc);
        // Nightscout's profile editor stores no uploader at all.
        found.add(ConflictArea::Profiles, uploader, !isKnownUploader(uploader), timeOf(doc));
    }

    QList<Conflict> conflicts = found.take();
    for (Conflict &c : conflicts)
        c.message = messageFor(c);
    std::sort(conflicts.begin(), conflicts.end(), [](const Conflict &a, const Conflict &b) {
        if (a.area != b.area)
            return int(a.area) < int(b.area);
        if (a.count != b.count)
            return a.count > b.count;
        return a.uploader < b.uploader;
    });
    return conflicts;
}

QString ConflictAnalysis::areaName(ConflictArea area)
{
    switch (area) {
    case ConflictArea::Glucose:
        return tr("glucose readings");
    case ConflictArea::Boluses:
        return tr("boluses and carbs");
    case ConflictArea::Basal:
        return tr("temp basals");
    case ConflictArea::Profiles:
        return tr("profiles");
    case ConflictArea::DeviceStatus:
        return tr("pump status");
    case ConflictArea::PumpEvents:
        return tr("pump events");
    }
    return QString();
}

QString ConflictAnalysis::messageFor(const Conflict &c)
{
    const QString who =
        c.uploader.isEmpty() ? tr("An unnamed uploader") : QStringLiteral("\u201c%1\u201d").arg(c.uploader);
    switch (c.area) {
    case ConflictArea::Glucose:
        return tr("%1 already posts glucose readings to this Nightscout (%n recently). If it reads the same sensor, "
                  "leave glucose readings off here, or every reading appears twice.",
                  nullptr, c.count)
            .arg(who);
    case ConflictArea::Boluses:
        if (c.byHand)
            return tr("Boluses or carbs are also entered by hand in Nightscout (%n recently). Synced from the pump "
                      "as well, they would count twice in insulin and carbs on board.",
                      nullptr, c.count);
        return tr("%1 already uploads boluses or carbs (%n recently). Upload them from one place only, or they "
                  "count twice.",
                  nullptr, c.count)
            .arg(who);
    case ConflictArea::Basal:
        if (c.byHand)
            return tr("Temp basals are also entered by hand in Nightscout (%n recently); the pump's own would "
                      "overlap them.",
                      nullptr, c.count);
        return tr("%1 already uploads temp basals (%n recently). Two sources of basal make the basal graph and "
                  "insulin on board wrong.",
                  nullptr, c.count)
            .arg(who);
    case ConflictArea::Profiles:
        if (c.byHand)
            return tr("This Nightscout has a profile made in its profile editor. Uploading the pump's profiles makes "
                      "them the active profile instead.");
        return tr("%1 already writes profiles (%n found). Nightbridge's profile upload would replace its active "
                  "profile.",
                  nullptr, c.count)
            .arg(who);
    case ConflictArea::DeviceStatus:
        return tr("%1 already posts pump status (%n recently). Nightscout's pump pill then jumps between the two.",
                  nullptr, c.count)
            .arg(who);
    case ConflictArea::PumpEvents:
        if (c.byHand)
            return tr("Site, cartridge or sensor changes are also logged by hand in Nightscout (%n recently); with "
                      "pump events on, they appear twice.",
                      nullptr, c.count);
        return tr("%1 already uploads pump events such as site changes (%n recently). Upload them from one place "
                  "only.",
                  nullptr, c.count)
            .arg(who);
    }
    return QString();
}

} // namespace nb::setup
