#include "eventcatalog.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <initializer_list>

namespace nb::tandem {

namespace {

const char *const kFieldNames[] = {
#define NB_TANDEM_FIELD_NAME(id, json) json,
    NB_TANDEM_FIELDS(NB_TANDEM_FIELD_NAME)
#undef NB_TANDEM_FIELD_NAME
};
static_assert(sizeof(kFieldNames) / sizeof(kFieldNames[0]) == kFieldCount);

using F = Field;
using T = FieldType;

struct Spec {
    Field field;
    int offset;
    FieldType type;
    double scale = 1.0;
    bool bitmask = false;
};

// Layouts from Tandem's own event definitions (the reports web app's events.json, as described in
// ../shared/spec/tandem.md section 4.1) plus the few custom ones tconnectsync adds. Offsets are
// absolute within the 26-byte record. Event 81 uses the corrected battery layout (see spec notes).
struct Entry {
    int code;
    const char *name;
    std::initializer_list<Spec> fields;
};

// Shared field groups.
#define NB_ALERT_FIELDS(idField)                                                                                       \
    {idField, 10, T::U32}, {F::FaultLocatorData, 14, T::U32}, {F::Param1, 18, T::U32},                                 \
    {                                                                                                                  \
        F::Param2, 22, T::F32                                                                                          \
    }
#define NB_BOLUS_DONE_FIELDS                                                                                           \
    {F::BolusId, 10, T::U16}, {F::CompletionStatus, 12, T::U16}, {F::Iob, 14, T::F32},                                 \
        {F::InsulinDelivered, 18, T::F32},                                                                             \
    {                                                                                                                  \
        F::InsulinRequested, 22, T::F32                                                                                \
    }
#define NB_CGM_DATA_TAIL                                                                                               \
    {F::CurrentGlucoseDisplayValue, 14, T::U16}, {F::Rssi, 16, T::I8}, {F::AlgorithmState, 17, T::U8},                 \
        {F::EgvTimeStamp, 18, T::U32}, {F::Interval, 23, T::U8},                                                       \
    {                                                                                                                  \
        F::EgvInfoBitmask, 24, T::U16, 1.0, true                                                                       \
    }
#define NB_DEX_ALERT_HEAD                                                                                              \
    {F::SensorType, 12, T::U8},                                                                                        \
    {                                                                                                                  \
        F::DalertId, 13, T::U8                                                                                         \
    }

const Entry kEntries[] = {
    {3,
     "LID_BASAL_RATE_CHANGE",
     {{F::CommandedBasalRate, 10, T::F32},
      {F::BaseBasalRate, 14, T::F32},
      {F::MaxBasalRate, 18, T::F32},
      {F::ChangeType, 23, T::U8, 1.0, true},
      {F::Idp, 24, T::U16}}},
    {4, "LID_ALERT_ACTIVATED", {NB_ALERT_FIELDS(F::AlertId)}},
    {5, "LID_ALARM_ACTIVATED", {NB_ALERT_FIELDS(F::AlarmId)}},
    {6, "LID_MALFUNCTION_ACTIVATED", {NB_ALERT_FIELDS(F::MalfId)}},
    {11,
     "LID_PUMPING_SUSPENDED",
     {{F::PreSuspendState, 10, T::U32},
      {F::RpaTimeout, 14, T::U8},
      {F::SuspendReason, 15, T::U8},
      {F::InsulinAmount, 16, T::U16}}},
    {12, "LID_PUMPING_RESUMED", {{F::PreResumeState, 10, T::U32}, {F::InsulinAmount, 16, T::U16}}},
    {13, "LID_TIME_CHANGED", {{F::TimePrior, 10, T::U32}, {F::TimeAfter, 14, T::U32}, {F::RawRtcTime, 18, T::U32}}},
    {14, "LID_DATE_CHANGED", {{F::DatePrior, 10, T::U32}, {F::DateAfter, 14, T::U32}, {F::RawRtcTime, 18, T::U32}}},
    {16,
     "LID_BG_READING_TAKEN",
     {{F::BgEntryType, 10, T::U8},
      {F::CgmCalibration, 11, T::U8},
      {F::Bg, 12, T::U16},
      {F::Iob, 14, T::F32},
      {F::Isf, 18, T::U16},
      {F::TargetBg, 20, T::U16},
      {F::BgSourceType, 24, T::U8},
      {F::SelectedIob, 25, T::U8}}},
    {20, "LID_BOLUS_COMPLETED", {NB_BOLUS_DONE_FIELDS}},
    {21, "LID_BOLEX_COMPLETED", {NB_BOLUS_DONE_FIELDS}},
    {26, "LID_ALERT_CLEARED", {{F::AlertId, 10, T::U32}, {F::FaultLocatorData, 14, T::U32}}},
    {28, "LID_ALARM_CLEARED", {{F::AlarmId, 10, T::U32}}},
    {33, "LID_CARTRIDGE_FILLED", {{F::InsulinVolume, 10, T::U32}, {F::V2Volume, 14, T::F32}}},
    {36, "LID_USB_CONNECTED", {{F::NegotiatedCurrent, 10, T::F32}}},
    {37, "LID_USB_DISCONNECTED", {{F::NegotiatedCurrent, 10, T::F32}}},
    {48, "LID_CARBS_ENTERED", {{F::Carbs, 10, T::F32}}},
    {55,
     "LID_BOLUS_ACTIVATED",
     {{F::SelectedIob, 11, T::U8}, {F::BolusId, 12, T::U16}, {F::Iob, 14, T::F32}, {F::BolusSize, 18, T::F32}}},
    {59,
     "LID_BOLEX_ACTIVATED",
     {{F::SelectedIob, 11, T::U8}, {F::BolusId, 12, T::U16}, {F::Iob, 14, T::F32}, {F::BolexSize, 18, T::F32}}},
    {61,
     "LID_CANNULA_FILLED",
     {{F::PrimeSize, 10, T::F32}, {F::CompletionStatus, 14, T::U32}, {F::InfusionSetType, -1, T::U8}}},
    {63,
     "LID_TUBING_FILLED",
     {{F::PrimeSize, 10, T::F32}, {F::CompletionStatus, 14, T::U32}, {F::Position, 18, T::U32}}},
    {64,
     "LID_BOLUS_REQUESTED_MSG1",
     {{F::CorrectionBolusIncluded, 10, T::U8},
      {F::BolusType, 11, T::U8},
      {F::BolusId, 12, T::U16},
      {F::Bg, 14, T::U16},
      {F::CarbAmount, 16, T::U16},
      {F::Iob, 18, T::F32},
      {F::CarbRatio, 22, T::U32, 0.001}}},
    {65,
     "LID_BOLUS_REQUESTED_MSG2",
     {{F::StandardPercent, 10, T::U8},
      {F::Options, 11, T::U8},
      {F::BolusId, 12, T::U16},
      {F::Duration, 16, T::U16},
      {F::TargetBg, 18, T::U16},
      {F::Isf, 20, T::U16},
      {F::SelectedIob, 23, T::U8},
      {F::DeclinedCorrection, 24, T::U8},
      {F::UserOverride, 25, T::U8}}},
    {66,
     "LID_BOLUS_REQUESTED_MSG3",
     {{F::BolusId, 12, T::U16},
      {F::FoodBolusSize, 14, T::F32},
      {F::CorrectionBolusSize, 18, T::F32},
      {F::TotalBolusSize, 22, T::F32}}},
    {81,
     "LID_DAILY_BASAL",
     {{F::DailyTotalBasal, 10, T::F32},
      {F::LastBasalRate, 14, T::F32},
      {F::Iob, 18, T::F32},
      {F::BatteryLipoMilliVolts, 22, T::U16},
      {F::BatteryChargePercent, 24, T::U8},
      {F::FinalEventForDay, 25, T::U8}}},
    {90,
     "LID_NEW_DAY",
     {{F::CommandedBasalRate, 10, T::F32},
      {F::FeaturesBitmask, 14, T::U32, 1.0, true},
      {F::FeatureBitmaskIndex, 18, T::U32}}},
    {140,
     "LID_PLGS_PERIODIC",
     {{F::Timestamp, 10, T::U32},
      {F::Pgv, 14, T::U16},
      {F::Fmr, 16, T::U16},
      {F::HoMinState, 18, T::U8},
      {F::RuleState, 19, T::U8, 1.0, true},
      {F::PgvValid, 20, T::U8},
      {F::FmrStatus, 21, T::U8},
      {F::Status, 22, T::U32, 1.0, true}}},
    {171, "LID_CGM_ALERT_ACTIVATED", {NB_ALERT_FIELDS(F::DalertId)}},
    {172, "LID_CGM_ALERT_CLEARED", {{F::DalertId, 10, T::U32}}},
    {212,
     "LID_CGM_START_SESSION_GX",
     {{F::CurrentTransmitterTime, 10, T::U32}, {F::SessionStartTime, 14, T::U32}, {F::SessionDuration, 25, T::U8}}},
    {213,
     "LID_CGM_JOIN_SESSION_GX",
     {{F::CurrentTransmitterTime, 10, T::U32},
      {F::SessionStartTime, 14, T::U32},
      {F::SessionJoinReason, 24, T::U8},
      {F::SessionDuration, 25, T::U8}}},
    {214,
     "LID_CGM_STOP_SESSION_GX",
     {{F::CurrentTransmitterTime, 10, T::U32},
      {F::SessionStartTime, 14, T::U32},
      {F::SessionStopTime, 18, T::U32},
      {F::SessionStopReason, 24, T::U8},
      {F::SessionDuration, 25, T::U8}}},
    {229,
     "LID_AA_USER_MODE_CHANGE",
     {{F::RequestedAction, 11, T::U8},
      {F::PreviousUserMode, 12, T::U8},
      {F::CurrentUserMode, 13, T::U8},
      {F::ActiveSleepSchedule, 16, T::U8, 1.0, true},
      {F::SleepStartedByGui, 17, T::U8},
      {F::ExerciseTime, 18, T::U16},
      {F::ExerciseChoice, 20, T::U8},
      {F::ExerciseStoppedByTimer, 21, T::U8},
      {F::EatingSoonStoppedByTimer, 25, T::U8}}},
    {230,
     "LID_AA_PCM_CHANGE",
     {{F::CalculationAvailable, 10, T::U8},
      {F::PumpSuspended, 11, T::U8},
      {F::PreviousPcm, 12, T::U8},
      {F::CurrentPcm, 13, T::U8},
      {F::SufficientClosedLoopParams, 15, T::U8},
      {F::ClosedLoopPreferred, 16, T::U8},
      {F::CgmAvailable, 17, T::U8}}},
    {256,
     "LID_CGM_DATA_GXB",
     {{F::Rate, 10, T::I8, 0.1},
      {F::CgmDataType, 11, T::U8, 1.0, true},
      {F::GlucoseValueStatus, 12, T::U16},
      NB_CGM_DATA_TAIL}},
    {279,
     "LID_BASAL_DELIVERY",
     {{F::CommandedRateSource, 12, T::U16},
      {F::ProfileBasalRate, 14, T::U16},
      {F::CommandedRate, 16, T::U16},
      {F::TempRate, 18, T::U16},
      {F::AlgorithmRate, 20, T::U16}}},
    {280,
     "LID_BOLUS_DELIVERY",
     {{F::BolusType, 10, T::U8, 1.0, true},
      {F::BolusDeliveryStatus, 11, T::U8},
      {F::BolusId, 12, T::U16},
      {F::RequestedNow, 14, T::U16},
      {F::RemoteId, 16, T::U8},
      {F::BolusSource, 17, T::U8},
      {F::Correction, 18, T::U16},
      {F::RequestedLater, 20, T::U16},
      {F::DeliveredTotal, 22, T::U16},
      {F::ExtendedDurationRequested, 24, T::U16}}},
    {313,
     "LID_AA_DAILY_STATUS",
     {{F::SensorType, 11, T::U8}, {F::UserMode, 12, T::U8}, {F::PumpControlState, 13, T::U8}}},
    {369,
     "LID_CGM_ALERT_ACTIVATED_DEX",
     {NB_DEX_ALERT_HEAD, {F::FaultLocatorData, 14, T::U32}, {F::Param1, 18, T::U32}, {F::Param2, 22, T::F32}}},
    {370, "LID_CGM_ALERT_CLEARED_DEX", {NB_DEX_ALERT_HEAD}},
    {371, "LID_CGM_ALERT_ACK_DEX", {NB_DEX_ALERT_HEAD, {F::AckSource, 14, T::U32}}},
    {372,
     "LID_CGM_DATA_FSL2",
     {{F::Rate, 10, T::I16, 0.1},
      {F::CgmDataType, 12, T::U8, 1.0, true},
      {F::GlucoseValueStatus, 13, T::U8},
      NB_CGM_DATA_TAIL}},
    {394, "LID_CGM_JOIN_SESSION_G7", {{F::CgmTimestamp, 10, T::U32}, {F::SessionSignature, 14, T::U32}}},
    {399,
     "LID_CGM_DATA_G7",
     {{F::Rate, 10, T::I8, 0.1},
      {F::CgmDataType, 11, T::U8, 1.0, true},
      {F::GlucoseValueStatus, 12, T::U16},
      NB_CGM_DATA_TAIL}},
    {404, "LID_CGM_START_SESSION_FSL2", {{F::SessionStartTime, 10, T::U32}, {F::SessionDuration, 17, T::U8}}},
    {405,
     "LID_CGM_STOP_SESSION_FSL2",
     {{F::SessionStartTime, 10, T::U32},
      {F::SessionStopTime, 14, T::U32},
      {F::SessionStopReason, 20, T::U8},
      {F::SessionDuration, 21, T::U8}}},
    {406,
     "LID_CGM_JOIN_SESSION_FSL2",
     {{F::SessionStartTime, 10, T::U32},
      {F::SessionJoinTime, 14, T::U32},
      {F::SessionJoinReason, 20, T::U8},
      {F::SessionDuration, 21, T::U8}}},
    {447,
     "LID_CGM_STOP_SESSION_G7",
     {{F::CurrentTransmitterTime, 10, T::U32},
      {F::SessionStartTime, 14, T::U32},
      {F::SessionStopTime, 18, T::U32},
      {F::StopSessionCode, 23, T::U8},
      {F::SessionStopReason, 24, T::U8},
      {F::SessionDuration, 25, T::U8}}},
    {460,
     "LID_CGM_ALERT_ACTIVATED_FSL2",
     {NB_DEX_ALERT_HEAD, {F::FaultLocatorData, 14, T::U32}, {F::Param1, 18, T::U32}, {F::Param2, 22, T::F32}}},
    {461, "LID_CGM_ALERT_CLEARED_FSL2", {NB_DEX_ALERT_HEAD}},
    {477,
     "LID_CGM_JOIN_SESSION_FSL3",
     {{F::SessionStartTime, 10, T::U32},
      {F::SessionJoinTime, 14, T::U32},
      {F::SessionDuration, 18, T::U8},
      {F::SessionJoinReason, 19, T::U8}}},
    {480,
     "LID_CGM_DATA_FSL3",
     {{F::Rate, 10, T::I16, 0.1},
      {F::CgmDataType, 12, T::U8, 1.0, true},
      {F::GlucoseValueStatus, 13, T::U8},
      NB_CGM_DATA_TAIL}},
    {486,
     "LID_CGM_STOP_SESSION_FSL3",
     {{F::SessionStartTime, 10, T::U32},
      {F::SessionStopTime, 14, T::U32},
      {F::SessionDuration, 18, T::U8},
      {F::SessionStopReason, 19, T::U8}}},
};

#undef NB_ALERT_FIELDS
#undef NB_BOLUS_DONE_FIELDS
#undef NB_CGM_DATA_TAIL
#undef NB_DEX_ALERT_HEAD

// Highest code + 1; lookups are a direct index (codes are 12-bit in the binary header).
constexpr int kCodeSpace = 4096;

struct Catalog {
    QList<EventDef> defs;
    std::array<qint16, kCodeSpace> indexOfCode{};

    Catalog()
    {
        indexOfCode.fill(-1);
        defs.reserve(int(std::size(kEntries)));
        for (const Entry &entry : kEntries) {
            EventDef def;
            def.code = entry.code;
            def.name = entry.name;
            def.slotOf.fill(-1);
            for (const Spec &spec : entry.fields) {
                Q_ASSERT(def.fieldCount < kMaxFieldsPerEvent);
                Q_ASSERT(spec.offset < 0 || spec.offset + fieldTypeSize(spec.type) <= kRecordSize);
                def.slotOf[size_t(spec.field)] = qint8(def.fieldCount);
                def.fields[size_t(def.fieldCount++)] =
                    FieldDef{spec.field, qint8(spec.offset), spec.type, spec.scale, spec.bitmask};
            }
            indexOfCode[size_t(entry.code)] = qint16(defs.size());
            defs.append(def);
        }
    }
};

const Catalog &catalog()
{
    static const Catalog instance;
    return instance;
}

} // namespace

const char *fieldName(Field field)
{
    const int i = int(field);
    return i >= 0 && i < kFieldCount ? kFieldNames[i] : "";
}

QString normalizedFieldKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('_'))
            continue;
        key.append(c.toLower());
    }
    return key;
}

int fieldTypeSize(FieldType type)
{
    switch (type) {
    case FieldType::U8:
    case FieldType::I8:
        return 1;
    case FieldType::U16:
    case FieldType::I16:
        return 2;
    case FieldType::U32:
    case FieldType::F32:
        return 4;
    }
    return 0;
}

const EventDef *eventDefinition(int code)
{
    if (code < 0 || code >= kCodeSpace)
        return nullptr;
    const Catalog &c = catalog();
    const qint16 index = c.indexOfCode[size_t(code)];
    return index < 0 ? nullptr : &c.defs.at(index);
}

QList<int> knownEventCodes()
{
    QList<int> codes;
    for (const EventDef &def : catalog().defs)
        codes.append(def.code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace nb::tandem
