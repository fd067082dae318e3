#include "profilemapper.h"

#include "model/identifier.h"
#include "tandemerrors.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace nb::tandem {

namespace {

struct Segment {
    int startMinutes = 0;
    double basal = 0, isf = 0, carbRatio = 0, target = 0;
};

QJsonObject scheduleItem(int minutes, double value)
{
    return QJsonObject{
        {QStringLiteral("time"),
         QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("timeAsSeconds"), minutes * 60},
        {QStringLiteral("value"), value}};
}

// CGM alert thresholds, nested (legacy) or flat (2026 BFF); a fallback target when segments have none.
std::pair<double, double> cgmThresholds(const QJsonObject &details)
{
    const QJsonObject cgm = details.value(QLatin1String("cgmSettings")).toObject();
    double low = cgm.value(QLatin1String("lowGlucoseAlertMgPerDl")).toDouble();
    double high = cgm.value(QLatin1String("highGlucoseAlertMgPerDl")).toDouble();
    if (low <= 0)
        low = cgm.value(QLatin1String("lowGlucoseAlert")).toObject().value(QLatin1String("mgPerDl")).toDouble();
    if (high <= 0)
        high = cgm.value(QLatin1String("highGlucoseAlert")).toObject().value(QLatin1String("mgPerDl")).toDouble();
    return {low, high};
}

QJsonValue normalized(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        return ok ? QJsonValue(QString::number(d, 'g', 12)) : v;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(normalized(x));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), normalized(it.value()));
        return out;
    }
    return v;
}

} // namespace

Result<QJsonObject> ProfileMapper::profileDocument(const QJsonObject &details, const TransformContext &context,
                                                   const Options &options)
{
    const QJsonObject profiles = details.value(QLatin1String("profiles")).toObject();
    const QJsonValue list = profiles.value(QLatin1String("profile"));
    if (!list.isArray())
        return TandemErrors::malformed(QStringLiteral("settings.details.profiles.profile"),
                                       list.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not an array"));
    const auto [cgmLow, cgmHigh] = cgmThresholds(details);
    const qint64 activeIdp = profiles.value(QLatin1String("activeIdp")).toInteger(-1);
    const QString zoneName = QString::fromLatin1(context.zone.id());
    QJsonObject store;
    QString activeName, firstName;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject p = array.at(i).toObject();
        const QString name = p.value(QLatin1String("name")).toString().trimmed();
        QJsonValue segsValue = p.value(QLatin1String("timeDependentSegments"));
        if (!segsValue.isArray())
            segsValue = p.value(QLatin1String("tDependentSegs"));
        if (name.isEmpty() || !segsValue.isArray())
            continue;
        std::vector<Segment> segments;
        for (const QJsonValue &sv : segsValue.toArray()) {
            const QJsonObject s = sv.toObject();
            Segment seg;
            seg.startMinutes = int(s.value(QLatin1String("startTime")).toDouble());
            seg.basal = s.value(QLatin1String("basalRate")).toDouble() / 1000.0;
            seg.isf = s.value(QLatin1String("isf")).toDouble();
            seg.carbRatio = s.value(QLatin1String("carbRatio")).toDouble() / 1000.0;
            seg.target = s.value(QLatin1String("targetBg")).toDouble();
            // The pump pads the list with all-zero segments: unused slots.
            if (seg.startMinutes == 0 && seg.basal == 0 && seg.isf == 0 && seg.carbRatio == 0 && seg.target == 0)
                continue;
            if (seg.startMinutes < 0 || seg.startMinutes >= 24 * 60)
                continue;
            segments.push_back(seg);
        }
        if (segments.empty())
            continue;
        std::sort(segments.begin(), segments.end(),
                  [](const Segment &a, const Segment &b) { return a.startMinutes < b.startMinutes; });
        QJsonArray basal, sens, carbratio, targetLow, targetHigh;
        for (const Segment &s : segments) {
            basal.append(scheduleItem(s.startMinutes, s.basal));
            sens.append(scheduleItem(s.startMinutes, s.isf));
            carbratio.append(scheduleItem(s.startMinutes, s.carbRatio));
            targetLow.append(scheduleItem(s.startMinutes, s.target > 0 ? s.target : cgmLow));
            targetHigh.append(scheduleItem(s.startMinutes, s.target > 0 ? s.target : cgmHigh));
        }
        const double dia = p.value(QLatin1String("insulinDuration")).toDouble(300) / 60.0;
        store.insert(name, QJsonObject{{QStringLiteral("dia"), dia},
                                       {QStringLiteral("carbratio"), carbratio},
                                       {QStringLiteral("sens"), sens},
                                       {QStringLiteral("basal"), basal},
                                       {QStringLiteral("target_low"), targetLow},
                                       {QStringLiteral("target_high"), targetHigh},
                                       {QStringLiteral("carbs_hr"), options.carbsHr},
                                       {QStringLiteral("delay"), options.delay},
                                       {QStringLiteral("timezone"), zoneName},
                                       {QStringLiteral("units"), QStringLiteral("mg/dl")},
                                       {QStringLiteral("startDate"), QStringLiteral("1970-01-01T00:00:00.000Z")}});
        if (p.value(QLatin1String("idp")).toInteger(-2) == activeIdp)
            activeName = name;
        if (firstName.isEmpty())
            firstName = name;
    }
    if (store.isEmpty())
        return TandemErrors::malformed(QStringLiteral("settings.details.profiles"),
                                       QStringLiteral("no profile with segments"));
    QJsonObject doc{{QStringLiteral("defaultProfile"), activeName.isEmpty() ? firstName : activeName},
                    {QStringLiteral("store"), store},
                    {QStringLiteral("units"), QStringLiteral("mg/dl")},
                    {QStringLiteral("enteredBy"), nightbridgeEnteredBy()},
                    {QStringLiteral("device"), context.device}};
    // Same settings, same identifier: a repeated post is recognisable as ours and unchanged.
    const QByteArray content = QJsonDocument(normalized(doc).toObject()).toJson(QJsonDocument::Compact);
    doc.insert(
        QStringLiteral("identifier"),
        stableIdentifier(QStringLiteral("tandem"),
                         {context.pumpKey, QStringLiteral("profile"),
                          QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex())}));
    return doc;
}

bool ProfileMapper::sameProfiles(const QJsonObject &a, const QJsonObject &b)
{
    return a.value(QLatin1String("defaultProfile")) == b.value(QLatin1String("defaultProfile")) &&
           normalized(a.value(QLatin1String("store"))) == normalized(b.value(QLatin1String("store")));
}

ProfileMapper::Plan ProfileMapper::planUpload(const QJsonObject &ours, const std::optional<QJsonObject> &ourLatest,
                                              Mode mode, const QDateTime &nowUtc)
{
    Plan plan;
    if (ourLatest && sameProfiles(ours, *ourLatest)) {
        plan.why = QStringLiteral("our latest profile document already matches the pump");
        return plan;
    }
    plan.document = ours;
    const QString now = nowUtc.toUTC().toString(Qt::ISODateWithMs);
    plan.document.insert(QStringLiteral("created_at"), now);
    plan.document.insert(QStringLiteral("startDate"), now);
    plan.document.insert(QStringLiteral("mills"), nowUtc.toMSecsSinceEpoch());
    const QString ourId = ourLatest ? ourLatest->value(QLatin1String("_id")).toString() : QString();
    if (mode == Mode::Replace && !ourId.isEmpty() && isNightbridgeDocument(*ourLatest)) {
        plan.action = Action::Put;
        plan.document.insert(QStringLiteral("_id"), ourId);
        plan.why = QStringLiteral("replace our previous profile document");
    } else {
        plan.action = Action::Post;
        plan.why = ourLatest ? QStringLiteral("pump profiles changed") : QStringLiteral("no profile from us yet");
    }
    return plan;
}

} // namespace nb::tandem
