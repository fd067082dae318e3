#include "tandemstreamgenerator.h"

#include "sources/tandem/tandemtime.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace nb::sim {

using namespace nb::tandem;
using F = Field;

namespace {

struct Pending {
    qint64 utc;
    int order; // keeps records of one step in the order the pump logs them
    PumpEvent event;
};

class Builder {
public:
    explicit Builder(const TandemStreamOptions &o)
        : m_o(o)
        , m_rng(o.seed)
    {}

    TandemStream run();

private:
    PumpEvent make(int code, std::initializer_list<std::pair<Field, double>> fields = {})
    {
        PumpEvent e;
        e.code = code;
        e.def = eventDefinition(code);
        for (const auto &[field, value] : fields)
            e.set(field, value);
        return e;
    }
    void add(qint64 utc, PumpEvent e) { m_pending.push_back({utc, m_order++, std::move(e)}); }
    int localMinuteOfDay(qint64 utc) const
    {
        const qint64 local = utc + m_o.zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
        return int(((local % 86400) + 86400) % 86400 / 60);
    }
    int localWeekday(qint64 utc) const
    {
        return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toTimeZone(m_o.zone).date().dayOfWeek();
    }
    double uniform(double lo, double hi) { return lo + (hi - lo) * m_rng.generateDouble(); }
    int cgmCode() const
    {
        switch (m_o.cgm) {
        case TandemStreamOptions::Cgm::G6:
            return code::CgmDataGxb;
        case TandemStreamOptions::Cgm::Libre2:
            return code::CgmDataFsl2;
        case TandemStreamOptions::Cgm::Libre3:
            return code::CgmDataFsl3;
        case TandemStreamOptions::Cgm::G7:
            break;
        }
        return code::CgmDataG7;
    }

    void glucoseStep(qint64 t);
    void bolus(qint64 t, double carbs, bool automatic, bool extended);
    void siteChange(qint64 t);
    void sensorChange(qint64 t);

    const TandemStreamOptions &m_o;
    QRandomGenerator m_rng;
    std::vector<Pending> m_pending;
    int m_order = 0;
    double m_glucose = 120;
    double m_trend = 0;    // mg/dL per 5 min
    double m_mealLoad = 0; // carbs still being absorbed
    int m_bolusId = 1000;
    qint64 m_lastAuto = 0;
    qint64 m_suspendedUntil = 0;
    qint64 m_cgmPausedUntil = 0;
};

void Builder::glucoseStep(qint64 t)
{
    const double absorbed = m_mealLoad * 0.06;
    m_mealLoad -= absorbed;
    m_trend = 0.7 * m_trend + absorbed * 0.9 + uniform(-2.5, 2.5) - (m_glucose - 120) * 0.02;
    m_glucose = std::clamp(m_glucose + m_trend, 45.0, 380.0);
    if (t < m_cgmPausedUntil)
        return;
    const double rate = std::clamp(m_trend / 5.0, -12.0, 12.0); // mg/dL/min
    add(t + 31, make(cgmCode(), {{F::Rate, std::round(rate * 10)},
                                 {F::CgmDataType, 1},
                                 {F::GlucoseValueStatus, 0},
                                 {F::CurrentGlucoseDisplayValue, std::round(m_glucose)},
                                 {F::Rssi, std::round(uniform(-85, -55))},
                                 {F::AlgorithmState, m_o.cgm >= TandemStreamOptions::Cgm::Libre2 ? 100.0 : 32.0},
                                 {F::EgvTimeStamp, double(t + 28)}, // placeholder: wall set in run()
                                 {F::EgvInfoBitmask, 6625}}));
}

void Builder::bolus(qint64 t, double carbs, bool automatic, bool extended)
{
    const int id = ++m_bolusId;
    const double food = std::round(carbs / 10.0 * 100) / 100;
    const double correction = m_glucose > 150 ? std::round((m_glucose - 110) / 40.0 * 100) / 100 : 0.0;
    const double total = automatic ? std::round(uniform(0.3, 1.2) * 100) / 100 : food + correction;
    const double now = extended ? std::round(total * 50) / 100 : total;
    add(t, make(code::BolusRequestedMsg1, {{F::BolusId, id},
                                           {F::BolusType, automatic ? 2.0 : (carbs > 0 ? 1.0 : 0.0)},
                                           {F::CorrectionBolusIncluded, correction > 0 ? 1.0 : 0.0},
                                           {F::Bg, std::round(m_glucose)},
                                           {F::CarbAmount, carbs},
                                           {F::Iob, std::round(uniform(0, 3) * 100) / 100},
                                           {F::CarbRatio, 10000}}));
    add(t, make(code::BolusRequestedMsg2, {{F::BolusId, id},
                                           {F::Options, automatic ? 3.0 : (extended ? 1.0 : 4.0)},
                                           {F::StandardPercent, extended ? 50.0 : 100.0},
                                           {F::Duration, extended ? 120.0 : 0.0},
                                           {F::TargetBg, 110},
                                           {F::Isf, 40},
                                           {F::SelectedIob, 1}}));
    add(t, make(code::BolusRequestedMsg3, {{F::BolusId, id},
                                           {F::FoodBolusSize, food},
                                           {F::CorrectionBolusSize, correction},
                                           {F::TotalBolusSize, total}}));
    add(t + 12, make(code::BolusActivated, {{F::BolusId, id}, {F::BolusSize, now}, {F::SelectedIob, 1}}));
    if (extended)
        add(t + 12, make(code::BolexActivated, {{F::BolusId, id}, {F::BolexSize, total - now}}));
    const qint64 done = t + 12 + qint64(now * 40) + 5;
    add(t + 12, make(code::BolusDelivery, {{F::BolusId, id},
                                           {F::BolusDeliveryStatus, 1},
                                           {F::BolusType, automatic ? 8.0 : 17.0},
                                           {F::RequestedNow, std::round(now * 1000)},
                                           {F::RequestedLater, std::round((total - now) * 1000)},
                                           {F::ExtendedDurationRequested, extended ? 120.0 : 0.0},
                                           {F::BolusSource, automatic ? 7.0 : 8.0}}));
    add(done, make(code::BolusDelivery, {{F::BolusId, id},
                                         {F::BolusDeliveryStatus, 0},
                                         {F::RequestedNow, std::round(now * 1000)},
                                         {F::DeliveredTotal, std::round(now * 1000)}}));
    add(done, make(code::BolusCompleted, {{F::BolusId, id},
                                          {F::CompletionStatus, 3},
                                          {F::InsulinDelivered, now},
                                          {F::InsulinRequested, now},
                                          {F::Iob, now}}));
    if (extended)
        add(t + 12 + 120 * 60, make(code::BolexCompleted, {{F::BolusId, id},
                                                           {F::CompletionStatus, 3},
                                                           {F::InsulinDelivered, total - now},
                                                           {F::InsulinRequested, total - now}}));
    m_mealLoad += carbs;
}

void Builder::siteChange(qint64 t)
{
    add(t - 600, make(code::AlarmActivated, {{F::AlarmId, 8}, {F::FaultLocatorData, 8241}}));
    add(t, make(code::CartridgeFilled, {{F::InsulinVolume, 200}, {F::V2Volume, 200}}));
    add(t + 240, make(code::TubingFilled, {{F::PrimeSize, 12.5}, {F::CompletionStatus, 3}, {F::Position, 540000}}));
    add(t + 420, make(code::CannulaFilled, {{F::PrimeSize, 0.3}, {F::CompletionStatus, 3}}));
}

void Builder::sensorChange(qint64 t)
{
    const bool libre = m_o.cgm >= TandemStreamOptions::Cgm::Libre2;
    const bool libre3 = m_o.cgm == TandemStreamOptions::Cgm::Libre3;
    add(t, make(libre3  ? code::CgmStopSessionFsl3
                : libre ? code::CgmStopSessionFsl2
                        : code::CgmStopSessionG7,
                {{F::SessionDuration, 10}}));
    add(t + 300, make(libre3  ? code::CgmJoinSessionFsl3
                      : libre ? code::CgmJoinSessionFsl2
                              : code::CgmJoinSessionG7,
                      {{F::SessionDuration, 10}}));
    m_cgmPausedUntil = t + 30 * 60; // warm-up
}

TandemStream Builder::run()
{
    const qint64 start = m_o.startUtc.toSecsSinceEpoch() / 300 * 300;
    const qint64 end = start + qint64(m_o.days) * 86400;
    // The pump shows the zone's offset at the start, and follows DST only when the user moves it.
    struct Change {
        qint64 utc;
        int offsetBefore, offsetAfter;
    };
    std::vector<Change> changes;
    for (const auto &t : m_o.zone.transitions(QDateTime::fromSecsSinceEpoch(start, Qt::UTC),
                                              QDateTime::fromSecsSinceEpoch(end, Qt::UTC))) {
        const qint64 at = t.atUtc.toSecsSinceEpoch() + qint64(m_o.clockAdjustDelayMinutes) * 60;
        changes.push_back({at, m_o.zone.offsetFromUtc(t.atUtc.addSecs(-1)), t.offsetFromUtc});
    }
    const int initialOffset = m_o.zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(start, Qt::UTC));
    auto pumpOffset = [&](qint64 utc) {
        int offset = initialOffset;
        for (const Change &c : changes)
            if (utc >= c.utc)
                offset = c.offsetAfter;
        return offset;
    };

    int nextSleepStop = -1;
    for (qint64 t = start; t < end; t += 300) {
        const int minute = localMinuteOfDay(t);
        const int weekday = localWeekday(t);
        const qint64 day = (t - start) / 86400;
        const bool suspended = t < m_suspendedUntil;
        // Control-IQ: more insulin when high, none when low.
        const double profile = minute < 6 * 60 ? 0.8 : 1.0;
        double commanded = m_glucose > 180 ? profile * 1.6 : m_glucose < 80 ? 0.0 : profile;
        if (suspended)
            commanded = 0;
        add(t, make(code::BasalDelivery, {{F::CommandedRateSource, suspended ? 0.0 : 3.0},
                                          {F::ProfileBasalRate, profile * 1000},
                                          {F::CommandedRate, std::round(commanded * 1000)},
                                          {F::TempRate, 65535},
                                          {F::AlgorithmRate, std::round(commanded * 1000)}}));
        glucoseStep(t);

        if (minute == 0)
            add(t + 1, make(90, {{F::CommandedBasalRate, commanded}}));
        for (int meal : {7 * 60 + 30, 12 * 60 + 30, 19 * 60})
            if (minute == meal)
                bolus(t + 95 + qint64(uniform(0, 600)), std::round(uniform(30, 75)), false,
                      meal == 19 * 60 && day % 3 == 1);
        if (m_glucose > 200 && t - m_lastAuto > 3600 && !suspended && m_rng.bounded(3) == 0) {
            bolus(t + 150, 0, true, false);
            m_lastAuto = t;
        }
        if (minute == 20 * 60 && day % 3 == 2)
            siteChange(t + 60);
        if (minute == 9 * 60 && day % 10 == 5)
            sensorChange(t + 40);
        if (minute == 22 * 60 + 30) {
            add(t + 5, make(code::UserModeChange, {{F::RequestedAction, 1},
                                                   {F::CurrentUserMode, 1},
                                                   {F::ActiveSleepSchedule, 1},
                                                   {F::SleepStartedByGui, 0}}));
            nextSleepStop = 6 * 60 + 30;
        }
        if (nextSleepStop >= 0 && minute == nextSleepStop) {
            add(t + 5, make(code::UserModeChange, {{F::RequestedAction, 2}, {F::PreviousUserMode, 1}}));
            nextSleepStop = -1;
        }
        if ((weekday == 2 || weekday == 6) && minute == 17 * 60)
            add(t + 7,
                make(code::UserModeChange, {{F::RequestedAction, 3}, {F::CurrentUserMode, 2}, {F::ExerciseTime, 45}}));
        if ((weekday == 2 || weekday == 6) && minute == 17 * 60 + 45)
            add(t + 7, make(code::UserModeChange, {{F::RequestedAction, 4}, {F::PreviousUserMode, 2}}));
        if (weekday == 7 && minute == 10 * 60) {
            add(t + 20, make(code::PumpingSuspended, {{F::SuspendReason, 0}, {F::InsulinAmount, 120}}));
            add(t + 20 + 1200, make(code::PumpingResumed, {{F::InsulinAmount, 120}}));
            m_suspendedUntil = t + 20 + 1200;
        }
        if (m_o.unknownEvents && minute == 3 * 60)
            add(t + 13, make(99));
        if (m_o.dailyStatus && minute == 23 * 60 + 55)
            add(t + 30, make(code::DailyBasal, {{F::DailyTotalBasal, 20.5},
                                                {F::LastBasalRate, commanded},
                                                {F::Iob, 1.2},
                                                {F::BatteryLipoMilliVolts, 3900 - 10 * double(day % 10)},
                                                {F::BatteryChargePercent, 90 - 8 * double(day % 10)},
                                                {F::FinalEventForDay, 1}}));
    }

    std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
        return a.utc != b.utc ? a.utc < b.utc : a.order < b.order;
    });
    TandemStream stream;
    stream.firstUtc = start;
    stream.lastUtc = start;
    stream.events.reserve(qsizetype(m_pending.size()));
    quint32 seq = m_o.firstSequence;
    size_t nextChange = 0;
    for (Pending &p : m_pending) {
        while (nextChange < changes.size() && changes[nextChange].utc <= p.utc) {
            const Change &c = changes[nextChange++];
            PumpEvent e = make(code::TimeChanged);
            e.sequenceNumber = seq++;
            e.wall = c.utc + c.offsetAfter - kTandemEpochUnix;
            const qint64 before = ((c.utc + c.offsetBefore) % 86400) * 1000;
            const qint64 after = ((c.utc + c.offsetAfter) % 86400) * 1000;
            e.set(F::TimePrior, double(before));
            e.set(F::TimeAfter, double(after));
            e.set(F::RawRtcTime, double(c.utc % 86400) * 1000);
            stream.clockChanges.append(e);
        }
        PumpEvent &e = p.event;
        e.sequenceNumber = seq++;
        e.wall = p.utc + pumpOffset(p.utc) - kTandemEpochUnix;
        if (e.has(F::EgvTimeStamp)) {
            const qint64 egvUtc = qint64(e.value(F::EgvTimeStamp));
            e.set(F::EgvTimeStamp, double(egvUtc + pumpOffset(egvUtc) - kTandemEpochUnix));
        }
        stream.lastUtc = std::max(stream.lastUtc, p.utc);
        stream.events.append(std::move(e));
    }
    return stream;
}

} // namespace

QList<PumpEvent> TandemStream::allEventsInSequence() const
{
    QList<PumpEvent> all = events + clockChanges;
    std::sort(all.begin(), all.end(), [](const PumpEvent &a, const PumpEvent &b) { return a.key() < b.key(); });
    return all;
}

TandemStream TandemStreamGenerator::generate(const TandemStreamOptions &options)
{
    return Builder(options).run();
}

QJsonObject TandemStreamGenerator::settingsDetails()
{
    auto segment = [](int start, int basal, int carbRatio, int isf) {
        return QJsonObject{{QStringLiteral("startTime"), start},
                           {QStringLiteral("basalRate"), basal},
                           {QStringLiteral("carbRatio"), carbRatio},
                           {QStringLiteral("targetBg"), 110},
                           {QStringLiteral("isf"), isf},
                           {QStringLiteral("status"), QJsonArray{QStringLiteral("BasalRateAvailability")}}};
    };
    const QJsonObject weekday{
        {QStringLiteral("idp"), 0},
        {QStringLiteral("name"), QStringLiteral("Weekday")},
        {QStringLiteral("carbEntry"), QStringLiteral("UnitsAsCarbs")},
        {QStringLiteral("maxBolus"), 25000},
        {QStringLiteral("insulinDuration"), 300},
        {QStringLiteral("timeDependentSegments"),
         QJsonArray{segment(0, 800, 10000, 40), segment(360, 1000, 10000, 40), segment(1080, 1000, 8000, 35)}}};
    return QJsonObject{{QStringLiteral("profiles"), QJsonObject{{QStringLiteral("activeIdp"), 0},
                                                                {QStringLiteral("profile"), QJsonArray{weekday}}}},
                       {QStringLiteral("cgmSettings"), QJsonObject{{QStringLiteral("highGlucoseAlertMgPerDl"), 200},
                                                                   {QStringLiteral("lowGlucoseAlertMgPerDl"), 80}}}};
}

} // namespace nb::sim
