// BOLUS: the records of one bolus (64/65/66 request, 55/59 activation, 280 delivery, 20/21 completion)
// grouped by BolusID, as one careportal treatment. Extended boluses keep both parts (tconnectsync
// drops the extended one) as a Combo Bolus with `relative` and `duration`, which is how Nightscout
// spreads the extended insulin.

#include "tandemtime.h"
#include "transformstate.h"

#include <QHash>

#include <cmath>

namespace nb::tandem::detail {

namespace {

struct Group {
    const TimedEvent *msg1 = nullptr, *msg2 = nullptr, *msg3 = nullptr;
    const TimedEvent *bolexActivated = nullptr, *delivery = nullptr;
    const TimedEvent *completed = nullptr, *bolexCompleted = nullptr;
    std::vector<const TimedEvent *> all;
    bool closed = false;

    const TimedEvent *firstRequest() const
    {
        for (const TimedEvent *t : {msg1, msg2, msg3, bolexActivated})
            if (t)
                return t;
        return all.empty() ? nullptr : all.front();
    }
    bool extended() const
    {
        if (bolexActivated || bolexCompleted)
            return true;
        if (msg2) {
            const qint64 options = msg2->event->integer(Field::Options);
            if (options == 1 || options == 5)
                return true;
            if (msg2->event->integer(Field::Duration) > 0 && msg2->event->integer(Field::StandardPercent, 100) < 100)
                return true;
        }
        return delivery && delivery->event->integer(Field::RequestedLater) > 0;
    }
    bool finished() const { return bolexCompleted || (completed && !extended()); }
};

QString optionName(qint64 option)
{
    static const char *const kNames[] = {"Standard Bolus",
                                         "Extended Bolus",
                                         "Quick Bolus",
                                         "Automatic Bolus",
                                         "BLE Standard Bolus",
                                         "BLE Extended Bolus",
                                         "Eating Soon Automatic Bolus",
                                         "Late Bolus"};
    if (option >= 0 && option < qint64(std::size(kNames)))
        return QString::fromLatin1(kNames[option]);
    return QStringLiteral("Bolus (option %1)").arg(option);
}

QString notesFor(const Group &g)
{
    if (!g.msg2)
        return {};
    const PumpEvent &m = *g.msg2->event;
    QString notes = optionName(m.integer(Field::Options));
    if (m.integer(Field::UserOverride) == 1)
        notes += QStringLiteral(" (Override)");
    if (m.integer(Field::DeclinedCorrection) == 1)
        notes += QStringLiteral(" (Declined Correction)");
    return notes;
}

double extendedRequested(const Group &g)
{
    if (g.delivery && g.delivery->event->value(Field::RequestedLater) > 0)
        return g.delivery->event->value(Field::RequestedLater) / 1000.0;
    if (g.msg2 && g.msg3) {
        const double percent = double(g.msg2->event->integer(Field::StandardPercent, 100));
        return g.msg3->event->value(Field::TotalBolusSize) * (100.0 - percent) / 100.0;
    }
    if (g.bolexActivated)
        return g.bolexActivated->event->value(Field::BolexSize);
    return 0;
}

double durationRequested(const Group &g)
{
    if (g.msg2 && g.msg2->event->value(Field::Duration) > 0)
        return g.msg2->event->value(Field::Duration);
    if (g.delivery)
        return g.delivery->event->value(Field::ExtendedDurationRequested);
    return 0;
}

void emitGroup(TransformState &state, const Group &g)
{
    const TimedEvent *anchor = g.completed ? g.completed : g.bolexCompleted;
    const bool extended = g.extended();
    const double now = g.completed ? g.completed->event->value(Field::InsulinDelivered) : 0.0;
    const double carbs = g.msg1 ? g.msg1->event->value(Field::CarbAmount) : 0.0;
    const double bg = g.msg1 ? g.msg1->event->value(Field::Bg) : 0.0;
    if (!extended && now <= 0 && carbs <= 0)
        return; // rejected or cancelled before any insulin, and no meal to record

    QStringList ids;
    for (const TimedEvent *t : {g.completed, g.msg1, g.msg2, g.msg3, g.bolexCompleted})
        if (t)
            ids.append(QString::number(t->event->sequenceNumber));
    const QString eventType = extended    ? QStringLiteral("Combo Bolus")
                              : carbs > 0 ? QStringLiteral("Meal Bolus")
                                          : QStringLiteral("Correction Bolus");
    // Shown at the completion of the immediate part (as tconnectsync); a purely extended bolus at its
    // request, which is when the extended delivery began.
    const TimedEvent *shownAt = g.completed ? g.completed : g.firstRequest();
    NsDoc doc = state.treatment(eventType, *anchor, u"bolus", ids.join(QLatin1Char(',')));
    if (shownAt != anchor) {
        doc.set("created_at", formatIsoWithOffset(shownAt->utc, shownAt->offset));
        doc.set("utcOffset", shownAt->offset / 60);
    }
    doc.set("insulin", round2(now));
    if (carbs > 0)
        doc.set("carbs", carbs);
    if (bg > 0) {
        doc.set("glucose", bg);
        doc.set("units", QStringLiteral("mg/dl"));
    }
    QString notes = notesFor(g);
    if (extended) {
        const double planned = durationRequested(g);
        double ext = 0, minutes = planned;
        if (g.bolexCompleted) {
            const PumpEvent &done = *g.bolexCompleted->event;
            ext = done.value(Field::InsulinDelivered);
            const TimedEvent *start = g.bolexActivated ? g.bolexActivated : (g.completed ? g.completed : shownAt);
            const double elapsed = double(g.bolexCompleted->utc - start->utc) / 60.0;
            // A completed extension ran for what was asked; a cancelled one for as long as it lasted.
            if (done.integer(Field::CompletionStatus) != 3 || planned <= 0)
                minutes = planned > 0 ? std::min(planned, elapsed) : elapsed;
        } else {
            ext = extendedRequested(g);
            notes += notes.isEmpty() ? QStringLiteral("Extended part in progress")
                                     : QStringLiteral(" (extended part in progress)");
        }
        const double entered = now + ext;
        const int splitNow = entered > 0 ? int(std::lround(now / entered * 100.0)) : 0;
        doc.set("enteredinsulin", round2(entered));
        doc.set("splitNow", splitNow);
        doc.set("splitExt", 100 - splitNow);
        doc.set("duration", minutes > 0 ? minutes : 0.0);
        doc.set("relative", minutes > 0 ? std::round(ext / minutes * 60.0 * 1000.0) / 1000.0 : 0.0);
    }
    if (!notes.isEmpty())
        doc.set("notes", notes);
    state.addTreatment(*shownAt, std::move(doc));
}

bool isBolusRecord(int c)
{
    return c == code::BolusRequestedMsg1 || c == code::BolusRequestedMsg2 || c == code::BolusRequestedMsg3 ||
           c == code::BolusActivated || c == code::BolexActivated || c == code::BolusDelivery ||
           c == code::BolusCompleted || c == code::BolexCompleted;
}

} // namespace

void mapBoluses(TransformState &state)
{
    if (!state.enabled(Feature::Bolus))
        return;
    std::vector<Group> groups;
    QHash<qint64, size_t> latestById;
    for (const TimedEvent &t : state.events) {
        const int c = t.event->code;
        if (!isBolusRecord(c) || !t.event->has(Field::BolusId))
            continue;
        const qint64 id = t.event->integer(Field::BolusId);
        auto found = latestById.constFind(id);
        const bool request =
            c == code::BolusRequestedMsg1 || c == code::BolusRequestedMsg2 || c == code::BolusRequestedMsg3;
        // BolusID is 16 bits and wraps; a new request after a finished bolus starts a new group.
        bool fresh = found == latestById.cend();
        if (!fresh) {
            const Group &g = groups[found.value()];
            fresh = (request && g.closed) || (c == code::BolusRequestedMsg1 && g.msg1);
        }
        if (fresh) {
            groups.emplace_back();
            latestById.insert(id, groups.size() - 1);
        }
        Group &g = groups[latestById.value(id)];
        g.all.push_back(&t);
        switch (c) {
        case code::BolusRequestedMsg1:
            g.msg1 = &t;
            break;
        case code::BolusRequestedMsg2:
            g.msg2 = &t;
            break;
        case code::BolusRequestedMsg3:
            g.msg3 = &t;
            break;
        case code::BolexActivated:
            g.bolexActivated = &t;
            break;
        case code::BolusDelivery:
            g.delivery = &t;
            break;
        case code::BolusCompleted:
            g.completed = &t;
            break;
        case code::BolexCompleted:
            g.bolexCompleted = &t;
            break;
        default:
            break;
        }
        g.closed = g.finished();
    }
    constexpr qint64 kKeepPendingSeconds = 24 * 3600;
    constexpr qint64 kRequestLeadSeconds = 30 * 60;
    const qint64 windowStart =
        state.ctx.windowStart && state.ctx.windowStart->isValid() ? state.ctx.windowStart->toSecsSinceEpoch() : 0;
    for (const Group &g : groups) {
        // A window that starts between a bolus's request and its completion sees only the tail; the
        // previous window had the whole bolus, and a treatment without its carbs and BG must not
        // replace it under the same identifier.
        const bool cutByWindow = windowStart && !g.msg1 && !g.msg2 && !g.msg3 && !g.all.empty() &&
                                 g.all.front()->utc - windowStart < kRequestLeadSeconds;
        if ((g.completed || g.bolexCompleted) && !cutByWindow)
            emitGroup(state, g);
        if (g.finished() || cutByWindow)
            continue;
        // Not finished yet (still requesting/delivering, or the extended part still running): the next
        // run needs these records to complete the same treatment.
        const TimedEvent *first = g.firstRequest();
        if (first && state.endUtc - first->utc <= kKeepPendingSeconds) {
            ++state.stats.pendingBoluses;
            for (const TimedEvent *t : g.all)
                state.carry.append(*t->event);
        }
    }
}

} // namespace nb::tandem::detail
