#include "tandemfeatures.h"

#include "tandemerrors.h"

namespace nb::tandem {

namespace {
struct Named {
    Feature feature;
    const char *name;
};
const Named kNames[] = {
    {Feature::Basal, "BASAL"},
    {Feature::Bolus, "BOLUS"},
    {Feature::PumpEvents, "PUMP_EVENTS"},
    {Feature::Profiles, "PROFILES"},
    {Feature::Cgm, "CGM"},
    {Feature::CgmAlerts, "CGM_ALERTS"},
    {Feature::DeviceStatus, "DEVICE_STATUS"},
};
} // namespace

Features defaultFeatures()
{
    return Feature::Basal | Feature::Bolus | Feature::PumpEvents | Feature::Profiles;
}

Features allFeatures()
{
    Features all;
    for (const Named &n : kNames)
        all |= n.feature;
    return all;
}

Result<Features> parseFeatures(const QString &list)
{
    Features out;
    QStringList unknown;
    const QStringList parts = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part = part.trimmed().toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (part.isEmpty())
            continue;
        if (part == QLatin1String("DEFAULT")) {
            out |= defaultFeatures();
            continue;
        }
        if (part == QLatin1String("ALL")) {
            out |= allFeatures();
            continue;
        }
        // tconnectsync's legacy names: IOB came from a removed API; it is part of device status here.
        if (part == QLatin1String("IOB")) {
            out |= Feature::DeviceStatus;
            continue;
        }
        if (part == QLatin1String("PUMP_EVENTS_BASAL_SUSPENSION")) {
            out |= Feature::PumpEvents;
            continue;
        }
        bool found = false;
        for (const Named &n : kNames) {
            if (part == QLatin1String(n.name)) {
                out |= n.feature;
                found = true;
                break;
            }
        }
        if (!found)
            unknown.append(part);
    }
    if (!unknown.isEmpty()) {
        return TandemErrors::badConfig(
            QStringLiteral("unknown feature(s) %1 (known: %2)")
                .arg(unknown.join(QStringLiteral(", ")), featureNames(allFeatures()).join(QStringLiteral(", "))));
    }
    return out;
}

QStringList featureNames(Features features)
{
    QStringList names;
    for (const Named &n : kNames) {
        if (features.testFlag(n.feature))
            names.append(QString::fromLatin1(n.name));
    }
    return names;
}

} // namespace nb::tandem
