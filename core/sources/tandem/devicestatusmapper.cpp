// DEVICE_STATUS: the newest LID_DAILY_BASAL (81) as a devicestatus with battery and IOB. The battery
// uses the corrected layout (u16 millivolts at 22, u8 percent at 24); tconnectsync 2.3.5 mis-decodes
// it (about 14 V and a made-up percentage).

#include "tandemtime.h"
#include "transformstate.h"

namespace nb::tandem::detail {

void mapDeviceStatus(TransformState &state)
{
    if (!state.enabled(Feature::DeviceStatus))
        return;
    const TimedEvent *latest = nullptr;
    for (const TimedEvent &t : state.events) {
        if (t.event->code == code::DailyBasal)
            latest = &t;
    }
    if (!latest)
        return;
    const PumpEvent &e = *latest->event;
    const QString when = formatIsoWithOffset(latest->utc, latest->offset);
    QJsonObject pump;
    pump.insert(QStringLiteral("clock"), when);
    QJsonObject battery;
    if (e.has(Field::BatteryChargePercent)) {
        const qint64 percent = e.integer(Field::BatteryChargePercent);
        battery.insert(QStringLiteral("percent"), percent);
        battery.insert(QStringLiteral("status"), QStringLiteral("%1%").arg(percent));
    }
    if (e.has(Field::BatteryLipoMilliVolts) && e.value(Field::BatteryLipoMilliVolts) > 0)
        battery.insert(QStringLiteral("voltage"), e.value(Field::BatteryLipoMilliVolts) / 1000.0);
    if (!battery.isEmpty())
        pump.insert(QStringLiteral("battery"), battery);
    if (e.has(Field::Iob)) {
        pump.insert(QStringLiteral("iob"), QJsonObject{{QStringLiteral("iob"), round2(e.value(Field::Iob))},
                                                       {QStringLiteral("timestamp"), when}});
    }
    pump.insert(QStringLiteral("manufacturer"), QStringLiteral("Tandem"));
    NsDoc doc;
    doc.set("device", state.ctx.device);
    doc.set("created_at", when);
    doc.set("utcOffset", latest->offset / 60);
    doc.set("pump", pump);
    doc.set("identifier", state.identifier(u"devicestatus", e.key()));
    doc.set("pump_event_id", QString::number(e.sequenceNumber));
    state.addDeviceStatus(std::move(doc));
}

} // namespace nb::tandem::detail
