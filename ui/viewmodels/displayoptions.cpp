#include "displayoptions.h"

#include "settings/settings.h"
#include "sync/statusmodel.h"

namespace nb::ui {

DisplayOptions DisplayOptions::fromSettings(const Settings &settings)
{
    DisplayOptions o;
    o.units = settings.enumValue<GlucoseUnits>(keys::units);
    GlucoseThresholds t;
    t.urgentLow = settings.intValue(keys::urgentLowMgdl);
    t.low = settings.intValue(keys::lowMgdl);
    t.high = settings.intValue(keys::highMgdl);
    t.urgentHigh = settings.intValue(keys::urgentHighMgdl);
    if (t.isValid()) // each key is valid on its own; together they may still cross (the defaults then)
        o.thresholds = t;
    o.staleMinutes = settings.intValue(keys::staleMinutes);
    o.trayAccount = settings.stringValue(keys::trayAccount);
    return o;
}

QString DisplayOptions::trayPerson(const StatusModel &model) const
{
    const QStringList withReadings = model.readingAccounts();
    if (!trayAccount.isEmpty() && (model.account(trayAccount) || withReadings.contains(trayAccount)))
        return trayAccount;
    return withReadings.isEmpty() ? QString() : withReadings.constFirst();
}

int DisplayOptions::chartHours(const Settings &settings)
{
    switch (settings.enumValue<ChartSpan>(keys::chartSpan)) {
    case ChartSpan::Hours3:
        return 3;
    case ChartSpan::Hours6:
        return 6;
    case ChartSpan::Hours12:
        return 12;
    case ChartSpan::Hours24:
        return 24;
    }
    return 3;
}

} // namespace nb::ui
