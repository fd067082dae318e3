#pragma once

#include "common/result.h"
#include "conflictanalysis.h"
#include "model/nsbatch.h"
#include "nightscout/nsquery.h"

#include <QObject>

#include <functional>

namespace nb {
class Clock;
namespace ns {
class NightscoutClient;
}
} // namespace nb

namespace nb::setup {

// Reads what the user's Nightscout received recently (glucose of the last 2 days, treatments of the last
// 7, pump status of the last day, the newest profiles), one request after the other, and hands the
// documents to ConflictAnalysis. Reads only: nothing is written, and a wrong secret costs nothing more
// than anonymous reads would. The callback runs once (not at all if this object is destroyed first).
class ConflictCheck : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QList<Conflict>> &)>;

    static constexpr int kGlucoseDays = 2;
    static constexpr int kTreatmentDays = 7;
    static constexpr int kDeviceStatusDays = 1;

    ConflictCheck(ns::NightscoutClient &client, const Clock &clock, QObject *parent = nullptr);
    void start(Callback done);

private:
    void readRange(NsCollection collection, int days, const ns::NsQuery &query,
                   QList<QJsonObject> ConflictAnalysis::Input::*target, void (ConflictCheck::*next)());
    void readEntries();
    void readTreatments();
    void readDeviceStatus();
    void readProfiles();
    void finish(const Result<QList<Conflict>> &result);

    ns::NightscoutClient &m_client;
    const Clock &m_clock;
    Callback m_done;
    ConflictAnalysis::Input m_input;
};

} // namespace nb::setup
