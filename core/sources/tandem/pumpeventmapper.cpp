// PUMP_EVENTS (and CGM_ALERTS): alarms, malfunctions, suspend/resume, cartridge/cannula/tubing fills,
// CGM session start/join/stop, CGM alerts.

#include "eventnames.h"
#include "transformstate.h"

namespace nb::tandem::detail {

namespace {

void noteTreatment(TransformState &state, const TimedEvent &t, const QString &eventType, const QString &kind,
                   const QString &text, int order = 0)
{
    NsDoc doc = state.treatment(eventType, t, kind, QString::number(t.event->sequenceNumber));
    doc.set("reason", text);
    doc.set("notes", text);
    state.addTreatment(t, std::move(doc), order);
}

enum class Session { None, Start, Join, Stop };

Session sessionKind(int c)
{
    switch (c) {
    case code::CgmStartSessionGx:
    case code::CgmStartSessionFsl2:
        return Session::Start;
    case code::CgmJoinSessionGx:
    case code::CgmJoinSessionG7:
    case code::CgmJoinSessionFsl2:
    case code::CgmJoinSessionFsl3: // Libre 3 (tconnectsync 2.3.5 ignores it)
        return Session::Join;
    case code::CgmStopSessionGx:
    case code::CgmStopSessionG7:
    case code::CgmStopSessionFsl2:
    case code::CgmStopSessionFsl3:
        return Session::Stop;
    default:
        return Session::None;
    }
}

void mapCgmAlert(TransformState &state, const TimedEvent &t)
{
    const PumpEvent &e = *t.event;
    const qint64 id = e.integer(Field::DalertId, -1);
    const QString name = cgmAlertName(id);
    if (name.isEmpty())
        return;
    QString text;
    if (e.code == code::CgmAlertActivated) {
        text = QStringLiteral("CGM Alert (%1)").arg(name);
    } else if (e.code == code::CgmAlertActivatedDex) {
        if (id == 14)
            return; // out of range: the Dexcom reports it constantly while the sensor is away
        text = QStringLiteral("Dexcom CGM Alert (%1)").arg(name);
    } else {
        text = QStringLiteral("Libre CGM Alert (%1)").arg(name);
    }
    noteTreatment(state, t, QStringLiteral("CGM Alert"), QStringLiteral("cgm-alert"), text);
}

QString primed(const QString &what, double units, const QString &verb)
{
    // Amounts as the pump reported them (tconnectsync prints 0.3 U as "0u"); none when not logged.
    if (!(units > 0))
        return what;
    return QStringLiteral("%1 (%2u %3)").arg(what, formatUnits(units), verb);
}

} // namespace

void mapPumpEvents(TransformState &state)
{
    const bool pumpEvents = state.enabled(Feature::PumpEvents);
    const bool suspensions = pumpEvents || state.enabled(Feature::Basal);
    const bool sessions = pumpEvents || state.enabled(Feature::CgmAlerts);
    const bool cgmAlerts = state.enabled(Feature::CgmAlerts);
    for (const TimedEvent &t : state.events) {
        const PumpEvent &e = *t.event;
        switch (e.code) {
        case code::PumpingSuspended:
            if (suspensions)
                noteTreatment(state, t, QStringLiteral("Basal Suspension"), QStringLiteral("suspend"),
                              suspendReasonName(e.integer(Field::SuspendReason)));
            break;
        case code::PumpingResumed:
            if (pumpEvents)
                noteTreatment(state, t, QStringLiteral("Basal Resume"), QStringLiteral("resume"),
                              QStringLiteral("Basal resumed"));
            break;
        case code::AlarmActivated: {
            const qint64 id = e.integer(Field::AlarmId, -1);
            if (pumpEvents && !isResumeReminderAlarm(id))
                noteTreatment(state, t, QStringLiteral("Alarm"), QStringLiteral("alarm"), alarmName(id));
            break;
        }
        case code::MalfunctionActivated:
            if (pumpEvents)
                noteTreatment(state, t, QStringLiteral("Alarm"), QStringLiteral("malfunction"),
                              QStringLiteral("Malfunction"));
            break;
        case code::CartridgeFilled:
            // A new cartridge is new insulin: Nightscout's insulin age (IAGE) reads "Insulin Change".
            if (pumpEvents)
                noteTreatment(state, t, QStringLiteral("Insulin Change"), QStringLiteral("cartridge"),
                              primed(QStringLiteral("Cartridge Filled"), std::round(e.value(Field::V2Volume)),
                                     QStringLiteral("filled")),
                              0);
            break;
        case code::CannulaFilled:
            if (pumpEvents)
                noteTreatment(
                    state, t, QStringLiteral("Site Change"), QStringLiteral("cannula"),
                    primed(QStringLiteral("Cannula Filled"), e.value(Field::PrimeSize), QStringLiteral("primed")), 1);
            break;
        case code::TubingFilled:
            if (pumpEvents)
                noteTreatment(
                    state, t, QStringLiteral("Site Change"), QStringLiteral("tubing"),
                    primed(QStringLiteral("Tubing Filled"), e.value(Field::PrimeSize), QStringLiteral("primed")), 2);
            break;
        case code::CgmAlertActivated:
        case code::CgmAlertActivatedDex:
        case code::CgmAlertActivatedFsl2:
            if (cgmAlerts)
                mapCgmAlert(state, t);
            break;
        default: {
            const Session s = sessionKind(e.code);
            if (s == Session::None || !sessions)
                break;
            if (s == Session::Stop)
                noteTreatment(state, t, QStringLiteral("Sensor Stop"), QStringLiteral("sensor-stop"),
                              QStringLiteral("CGM Session Stopped"));
            else
                noteTreatment(state, t, QStringLiteral("Sensor Start"), QStringLiteral("sensor-start"),
                              s == Session::Start ? QStringLiteral("CGM Session Started")
                                                  : QStringLiteral("CGM Session Joined"));
            break;
        }
        }
    }
}

} // namespace nb::tandem::detail
