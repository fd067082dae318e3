#include "featurecatalog.h"

#include "sources/carelink/transformcontext.h"
#include "sources/tandem/tandemfeatures.h"

namespace nb::setup {

namespace {

QList<FeatureInfo> tandemFeatures()
{
    using tandem::Feature;
    const tandem::Features defaults = tandem::defaultFeatures();
    const auto info = [&](Feature f, const QString &label, const QString &explanation,
                          std::optional<ConflictArea> area) {
        FeatureInfo i;
        i.name = tandem::featureNames(f).value(0);
        i.label = label;
        i.explanation = explanation;
        i.defaultOn = defaults.testFlag(f);
        i.area = area;
        return i;
    };
    return {
        info(Feature::Basal, FeatureCatalog::tr("Basal"),
             FeatureCatalog::tr("Temp basals and suspensions, so Nightscout shows the basal actually delivered."),
             ConflictArea::Basal),
        info(Feature::Bolus, FeatureCatalog::tr("Boluses"),
             FeatureCatalog::tr("Boluses with their carbs and blood glucose, for insulin and carbs on board."),
             ConflictArea::Boluses),
        info(Feature::PumpEvents, FeatureCatalog::tr("Pump events"),
             FeatureCatalog::tr("Alarms, site and cartridge changes, suspend and resume, sleep and exercise."),
             ConflictArea::PumpEvents),
        info(Feature::Profiles, FeatureCatalog::tr("Profiles"),
             FeatureCatalog::tr("The pump's basal, carb ratio and correction profiles as the Nightscout profile."),
             ConflictArea::Profiles),
        info(Feature::Cgm, FeatureCatalog::tr("CGM readings"),
             FeatureCatalog::tr("Glucose readings the pump received. Leave off if xDrip+ or Dexcom Share already "
                                "uploads them."),
             ConflictArea::Glucose),
        info(Feature::CgmAlerts, FeatureCatalog::tr("CGM alerts"),
             FeatureCatalog::tr("High, low and sensor alerts of the CGM as notes, with sensor sessions."),
             ConflictArea::PumpEvents),
        info(Feature::DeviceStatus, FeatureCatalog::tr("Pump status"),
             FeatureCatalog::tr("Battery and insulin on board for Nightscout's pump pill."),
             ConflictArea::DeviceStatus),
    };
}

QList<FeatureInfo> careLinkFeatures()
{
    const carelink::Features defaults;
    const auto info = [](const char *name, const QString &label, const QString &explanation, bool on,
                         std::optional<ConflictArea> area) {
        return FeatureInfo{QString::fromLatin1(name), label, explanation, on, area};
    };
    return {
        info("entries", FeatureCatalog::tr("Glucose readings"),
             FeatureCatalog::tr("Sensor glucose every five minutes, with the trend arrow."), defaults.entries,
             ConflictArea::Glucose),
        info("devicestatus", FeatureCatalog::tr("Pump status"),
             FeatureCatalog::tr("Pump battery, reservoir, active insulin and sensor state."), defaults.deviceStatus,
             ConflictArea::DeviceStatus),
        info("carbs", FeatureCatalog::tr("Carbs"),
             FeatureCatalog::tr("Meals entered on the pump, as carbs (CareLink keeps only a summary)."), defaults.carbs,
             ConflictArea::Boluses),
        info("boluses", FeatureCatalog::tr("Boluses"),
             FeatureCatalog::tr("Meal and correction boluses, auto-corrections marked as such."), defaults.boluses,
             ConflictArea::Boluses),
        info("microboluses", FeatureCatalog::tr("Auto basal"),
             FeatureCatalog::tr("SmartGuard's automatic basal as five-minute temp basals."), defaults.microBoluses,
             ConflictArea::Basal),
        info("bgchecks", FeatureCatalog::tr("BG checks"), FeatureCatalog::tr("Finger-stick readings and calibrations."),
             defaults.bgChecks, std::nullopt),
        info("events", FeatureCatalog::tr("Pump events"),
             FeatureCatalog::tr("Suspend on low, SmartGuard mode changes and pump clock changes as notes."),
             defaults.pumpEvents, ConflictArea::PumpEvents),
    };
}

} // namespace

QList<FeatureInfo> FeatureCatalog::forVendor(AccountVendor vendor)
{
    return vendor == AccountVendor::CareLink ? careLinkFeatures() : tandemFeatures();
}

QStringList FeatureCatalog::defaultNames(AccountVendor vendor)
{
    QStringList names;
    for (const FeatureInfo &f : forVendor(vendor)) {
        if (f.defaultOn)
            names.append(f.name);
    }
    return names;
}

Result<QStringList> FeatureCatalog::enabledNames(AccountVendor vendor, const QString &stored)
{
    if (stored.trimmed().isEmpty())
        return defaultNames(vendor);
    QStringList enabled;
    if (vendor == AccountVendor::Tandem) {
        const auto parsed = tandem::parseFeatures(stored);
        if (!parsed.ok())
            return parsed.error();
        const QStringList names = tandem::featureNames(parsed.value());
        for (const FeatureInfo &f : tandemFeatures()) {
            if (names.contains(f.name))
                enabled.append(f.name);
        }
        return enabled;
    }
    QString unknown;
    const auto parsed = carelink::Features::fromList(stored.split(QLatin1Char(',')), &unknown);
    if (!parsed)
        return SyncError::make(SyncError::Kind::Config,
                               tr("Unknown CareLink feature \"%1\". Known: %2.")
                                   .arg(unknown, carelink::Features::knownNames().join(QStringLiteral(", "))),
                               QStringLiteral("unknown carelink feature"));
    const QList<QPair<const char *, bool>> flags = {
        {"entries", parsed->entries},  {"devicestatus", parsed->deviceStatus}, {"carbs", parsed->carbs},
        {"boluses", parsed->boluses},  {"microboluses", parsed->microBoluses}, {"bgchecks", parsed->bgChecks},
        {"events", parsed->pumpEvents}};
    for (const auto &[name, on] : flags) {
        if (on)
            enabled.append(QString::fromLatin1(name));
    }
    return enabled;
}

QString FeatureCatalog::toStored(AccountVendor vendor, const QStringList &enabled)
{
    QStringList ordered;
    for (const FeatureInfo &f : forVendor(vendor)) {
        if (enabled.contains(f.name))
            ordered.append(f.name);
    }
    if (ordered == defaultNames(vendor))
        return QString();
    return ordered.join(QLatin1Char(','));
}

} // namespace nb::setup
