// PUMP_EVENTS: Control-IQ sleep and exercise modes (229) as treatments with real durations. A mode
// still running at the end of the data is sent with " - Not Ended" and the time so far; its start
// record is carried over, so the next run sends the finished treatment under the same identifier
// (replacing it, where tconnectsync deletes and re-posts).

#include "transformstate.h"

namespace nb::tandem::detail {

namespace {

enum Action { StartSleep = 1, StopSleep = 2, StartExercise = 3, StopExercise = 4, StopAll = 5 };

QString sleepReason(const PumpEvent &start)
{
    if (start.integer(Field::SleepStartedByGui) == 1)
        return QStringLiteral("Sleep (Manual)");
    if (start.integer(Field::ActiveSleepSchedule) != 0)
        return QStringLiteral("Sleep (Scheduled)");
    return QStringLiteral("Sleep");
}

QString exerciseReason(const PumpEvent &start, const PumpEvent *stop)
{
    QString reason =
        start.integer(Field::ExerciseChoice) == 1 ? QStringLiteral("Exercise (Timed)") : QStringLiteral("Exercise");
    if (stop && stop->integer(Field::ExerciseStoppedByTimer) == 1)
        reason += QStringLiteral(" (Stopped by timer)");
    return reason;
}

void emitMode(TransformState &state, bool sleep, const TimedEvent &start, const TimedEvent *stop)
{
    const qint64 end = stop ? stop->utc : std::max(state.endUtc, start.utc);
    QString reason = sleep ? sleepReason(*start.event) : exerciseReason(*start.event, stop ? stop->event : nullptr);
    QString ids = QString::number(start.event->sequenceNumber);
    if (stop)
        ids += QLatin1Char(',') + QString::number(stop->event->sequenceNumber);
    else
        reason += QStringLiteral(" - Not Ended");
    const QString eventType = sleep ? QStringLiteral("Sleep") : QStringLiteral("Exercise");
    NsDoc doc = state.treatment(eventType, start, sleep ? u"sleep" : u"exercise", ids);
    doc.set("reason", reason);
    doc.set("notes", reason);
    doc.set("duration", double(end - start.utc) / 60.0);
    state.addTreatment(start, std::move(doc));
}

} // namespace

void mapUserModes(TransformState &state)
{
    if (!state.enabled(Feature::PumpEvents))
        return;
    const TimedEvent *sleep = nullptr;
    const TimedEvent *exercise = nullptr;
    for (const TimedEvent &t : state.events) {
        if (t.event->code != code::UserModeChange)
            continue;
        const qint64 action = t.event->integer(Field::RequestedAction);
        const bool stopsSleep = action == StopSleep || action == StopAll;
        const bool stopsExercise = action == StopExercise || action == StopAll;
        // A second start without a stop restarts the mode: the first one ended there.
        if ((stopsSleep || action == StartSleep) && sleep) {
            emitMode(state, true, *sleep, &t);
            sleep = nullptr;
        }
        if ((stopsExercise || action == StartExercise) && exercise) {
            emitMode(state, false, *exercise, &t);
            exercise = nullptr;
        }
        if (action == StartSleep)
            sleep = &t;
        else if (action == StartExercise)
            exercise = &t;
    }
    // A mode open for more than a day lost its stop record; it is shown as not ended and let go.
    constexpr qint64 kKeepOpenSeconds = 24 * 3600;
    for (const TimedEvent *open : {sleep, exercise}) {
        if (!open)
            continue;
        emitMode(state, open == sleep, *open, nullptr);
        if (state.endUtc - open->utc <= kKeepOpenSeconds) {
            state.carry.append(*open->event);
            ++state.stats.openModes;
        }
    }
}

} // namespace nb::tandem::detail
