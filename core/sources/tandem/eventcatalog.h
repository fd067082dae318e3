#pragma once

#include <QString>
#include <QtGlobal>

#include <array>

namespace nb::tandem {

// Every field of every Tandem pump event we know, as one list so both decoders (current JSON and
// legacy 26-byte binary) and the transform refer to fields by the same name. The second column is the
// camelCase name the BFF JSON uses (matched after lower-casing and dropping spaces/underscores).
#define NB_TANDEM_FIELDS(X)                                                                                            \
    X(CommandedBasalRate, "commandedBasalRate")                                                                        \
    X(BaseBasalRate, "baseBasalRate")                                                                                  \
    X(MaxBasalRate, "maxBasalRate")                                                                                    \
    X(ChangeType, "changeType")                                                                                        \
    X(Idp, "idp")                                                                                                      \
    X(AlertId, "alertId")                                                                                              \
    X(AlarmId, "alarmId")                                                                                              \
    X(MalfId, "malfId")                                                                                                \
    X(DalertId, "dalertId")                                                                                            \
    X(FaultLocatorData, "faultLocatorData")                                                                            \
    X(Param1, "param1")                                                                                                \
    X(Param2, "param2")                                                                                                \
    X(PreSuspendState, "preSuspendState")                                                                              \
    X(RpaTimeout, "rpaTimeout")                                                                                        \
    X(SuspendReason, "suspendReason")                                                                                  \
    X(InsulinAmount, "insulinAmount")                                                                                  \
    X(PreResumeState, "preResumeState")                                                                                \
    X(TimePrior, "timePrior")                                                                                          \
    X(TimeAfter, "timeAfter")                                                                                          \
    X(DatePrior, "datePrior")                                                                                          \
    X(DateAfter, "dateAfter")                                                                                          \
    X(RawRtcTime, "rawRtcTime")                                                                                        \
    X(BgEntryType, "bgEntryType")                                                                                      \
    X(CgmCalibration, "cgmCalibration")                                                                                \
    X(Bg, "bg")                                                                                                        \
    X(Iob, "iob")                                                                                                      \
    X(Isf, "isf")                                                                                                      \
    X(TargetBg, "targetBg")                                                                                            \
    X(BgSourceType, "bgSourceType")                                                                                    \
    X(SelectedIob, "selectedIob")                                                                                      \
    X(BolusId, "bolusId")                                                                                              \
    X(CompletionStatus, "completionStatus")                                                                            \
    X(InsulinDelivered, "insulinDelivered")                                                                            \
    X(InsulinRequested, "insulinRequested")                                                                            \
    X(InsulinVolume, "insulinVolume")                                                                                  \
    X(V2Volume, "v2Volume")                                                                                            \
    X(NegotiatedCurrent, "negotiatedCurrent")                                                                          \
    X(Carbs, "carbs")                                                                                                  \
    X(BolusSize, "bolusSize")                                                                                          \
    X(BolexSize, "bolexSize")                                                                                          \
    X(PrimeSize, "primeSize")                                                                                          \
    X(InfusionSetType, "infusionSetType")                                                                              \
    X(Position, "position")                                                                                            \
    X(CorrectionBolusIncluded, "correctionBolusIncluded")                                                              \
    X(BolusType, "bolusType")                                                                                          \
    X(CarbAmount, "carbAmount")                                                                                        \
    X(CarbRatio, "carbRatio")                                                                                          \
    X(StandardPercent, "standardPercent")                                                                              \
    X(Options, "options")                                                                                              \
    X(Duration, "duration")                                                                                            \
    X(DeclinedCorrection, "declinedCorrection")                                                                        \
    X(UserOverride, "userOverride")                                                                                    \
    X(FoodBolusSize, "foodBolusSize")                                                                                  \
    X(CorrectionBolusSize, "correctionBolusSize")                                                                      \
    X(TotalBolusSize, "totalBolusSize")                                                                                \
    X(DailyTotalBasal, "dailyTotalBasal")                                                                              \
    X(LastBasalRate, "lastBasalRate")                                                                                  \
    X(BatteryLipoMilliVolts, "batteryLipoMilliVolts")                                                                  \
    X(BatteryChargePercent, "batteryChargePercent")                                                                    \
    X(FinalEventForDay, "finalEventForDay")                                                                            \
    X(FeaturesBitmask, "featuresBitmask")                                                                              \
    X(FeatureBitmaskIndex, "featureBitmaskIndex")                                                                      \
    X(Timestamp, "timestamp")                                                                                          \
    X(Pgv, "pgv")                                                                                                      \
    X(Fmr, "fmr")                                                                                                      \
    X(HoMinState, "hoMinState")                                                                                        \
    X(RuleState, "ruleState")                                                                                          \
    X(PgvValid, "pgvValid")                                                                                            \
    X(FmrStatus, "fmrStatus")                                                                                          \
    X(Status, "status")                                                                                                \
    X(CurrentTransmitterTime, "currentTransmitterTime")                                                                \
    X(SessionStartTime, "sessionStartTime")                                                                            \
    X(SessionStopTime, "sessionStopTime")                                                                              \
    X(SessionJoinTime, "sessionJoinTime")                                                                              \
    X(SessionDuration, "sessionDuration")                                                                              \
    X(SessionJoinReason, "sessionJoinReason")                                                                          \
    X(SessionStopReason, "sessionStopReason")                                                                          \
    X(StopSessionCode, "stopSessionCode")                                                                              \
    X(CgmTimestamp, "cgmTimestamp")                                                                                    \
    X(SessionSignature, "sessionSignature")                                                                            \
    X(RequestedAction, "requestedAction")                                                                              \
    X(PreviousUserMode, "previousUserMode")                                                                            \
    X(CurrentUserMode, "currentUserMode")                                                                              \
    X(ActiveSleepSchedule, "activeSleepSchedule")                                                                      \
    X(SleepStartedByGui, "sleepStartedByGui")                                                                          \
    X(ExerciseTime, "exerciseTime")                                                                                    \
    X(ExerciseChoice, "exerciseChoice")                                                                                \
    X(ExerciseStoppedByTimer, "exerciseStoppedByTimer")                                                                \
    X(EatingSoonStoppedByTimer, "eatingSoonStoppedByTimer")                                                            \
    X(CalculationAvailable, "calculationAvailable")                                                                    \
    X(PumpSuspended, "pumpSuspended")                                                                                  \
    X(PreviousPcm, "previousPcm")                                                                                      \
    X(CurrentPcm, "currentPcm")                                                                                        \
    X(SufficientClosedLoopParams, "sufficientClosedLoopParams")                                                        \
    X(ClosedLoopPreferred, "closedLoopPreferred")                                                                      \
    X(CgmAvailable, "cgmAvailable")                                                                                    \
    X(Rate, "rate")                                                                                                    \
    X(CgmDataType, "cgmDataType")                                                                                      \
    X(GlucoseValueStatus, "glucoseValueStatus")                                                                        \
    X(CurrentGlucoseDisplayValue, "currentGlucoseDisplayValue")                                                        \
    X(Rssi, "rssi")                                                                                                    \
    X(AlgorithmState, "algorithmState")                                                                                \
    X(EgvTimeStamp, "egvTimeStamp")                                                                                    \
    X(Interval, "interval")                                                                                            \
    X(EgvInfoBitmask, "egvInfoBitmask")                                                                                \
    X(CommandedRateSource, "commandedRateSource")                                                                      \
    X(ProfileBasalRate, "profileBasalRate")                                                                            \
    X(CommandedRate, "commandedRate")                                                                                  \
    X(TempRate, "tempRate")                                                                                            \
    X(AlgorithmRate, "algorithmRate")                                                                                  \
    X(BolusDeliveryStatus, "bolusDeliveryStatus")                                                                      \
    X(RequestedNow, "requestedNow")                                                                                    \
    X(RemoteId, "remoteId")                                                                                            \
    X(BolusSource, "bolusSource")                                                                                      \
    X(Correction, "correction")                                                                                        \
    X(RequestedLater, "requestedLater")                                                                                \
    X(DeliveredTotal, "deliveredTotal")                                                                                \
    X(ExtendedDurationRequested, "extendedDurationRequested")                                                          \
    X(SensorType, "sensorType")                                                                                        \
    X(UserMode, "userMode")                                                                                            \
    X(PumpControlState, "pumpControlState")                                                                            \
    X(AckSource, "ackSource")

enum class Field : quint8 {
#define NB_TANDEM_FIELD_ENUM(id, json) id,
    NB_TANDEM_FIELDS(NB_TANDEM_FIELD_ENUM)
#undef NB_TANDEM_FIELD_ENUM
        Count
};
constexpr int kFieldCount = int(Field::Count);

// The camelCase name ("commandedRate") and its matching key ("commandedrate").
const char *fieldName(Field field);
QString normalizedFieldKey(QStringView name); // lower-case, without spaces and underscores

enum class FieldType : quint8 { U8, I8, U16, I16, U32, F32 };
int fieldTypeSize(FieldType type);

struct FieldDef {
    Field field;
    qint8 offset;   // absolute byte offset in the 26-byte record; -1 = only in the JSON form
    FieldType type; // binary type (big-endian); JSON values are read as numbers
    double scale;   // applied by PumpEvent::scaled(); raw values are stored (the BFF sends raw too)
    bool bitmask;   // the BFF sends it as an array of set-bit indices
};

constexpr int kMaxFieldsPerEvent = 12;
constexpr int kRecordSize = 26;

struct EventDef {
    int code = 0;
    const char *name = nullptr; // "LID_BASAL_DELIVERY"
    int fieldCount = 0;
    std::array<FieldDef, kMaxFieldsPerEvent> fields{};
    std::array<qint8, kFieldCount> slotOf{}; // Field -> index into fields, -1 when absent

    int slot(Field field) const { return slotOf[size_t(field)]; }
};

// The definition for an event code, or nullptr for codes we do not know (kept as raw records).
const EventDef *eventDefinition(int code);

// Every known code, ascending (tests, fuzzers, the generator).
QList<int> knownEventCodes();

// Event codes the transform reads (for documentation and tests).
namespace code {
constexpr int BasalRateChange = 3;
constexpr int AlertActivated = 4;
constexpr int AlarmActivated = 5;
constexpr int MalfunctionActivated = 6;
constexpr int PumpingSuspended = 11;
constexpr int PumpingResumed = 12;
constexpr int TimeChanged = 13;
constexpr int DateChanged = 14;
constexpr int BgReadingTaken = 16;
constexpr int BolusCompleted = 20;
constexpr int BolexCompleted = 21;
constexpr int CartridgeFilled = 33;
constexpr int BolusActivated = 55;
constexpr int BolexActivated = 59;
constexpr int CannulaFilled = 61;
constexpr int TubingFilled = 63;
constexpr int BolusRequestedMsg1 = 64;
constexpr int BolusRequestedMsg2 = 65;
constexpr int BolusRequestedMsg3 = 66;
constexpr int DailyBasal = 81;
constexpr int CgmAlertActivated = 171;
constexpr int CgmStartSessionGx = 212;
constexpr int CgmJoinSessionGx = 213;
constexpr int CgmStopSessionGx = 214;
constexpr int UserModeChange = 229;
constexpr int CgmDataGxb = 256;
constexpr int BasalDelivery = 279;
constexpr int BolusDelivery = 280;
constexpr int CgmAlertActivatedDex = 369;
constexpr int CgmDataFsl2 = 372;
constexpr int CgmJoinSessionG7 = 394;
constexpr int CgmDataG7 = 399;
constexpr int CgmStartSessionFsl2 = 404;
constexpr int CgmStopSessionFsl2 = 405;
constexpr int CgmJoinSessionFsl2 = 406;
constexpr int CgmStopSessionG7 = 447;
constexpr int CgmAlertActivatedFsl2 = 460;
constexpr int CgmJoinSessionFsl3 = 477;
constexpr int CgmDataFsl3 = 480;
constexpr int CgmStopSessionFsl3 = 486;
} // namespace code

} // namespace nb::tandem
