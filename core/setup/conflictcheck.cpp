#include "conflictcheck.h"

#include "common/clock.h"
#include "logging/categories.h"
#include "nightscout/nightscoutclient.h"

#include <QPointer>

namespace nb::setup {

using ns::NightscoutClient;
using ns::NsQuery;

ConflictCheck::ConflictCheck(NightscoutClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{}

void ConflictCheck::start(Callback done)
{
    m_done = std::move(done);
    m_input = {};
    readEntries();
}

// Each step checks that the check still exists: the client outlives it and calls back regardless.
void ConflictCheck::readRange(NsCollection collection, int days, const NsQuery &query,
                              QList<QJsonObject> ConflictAnalysis::Input::*target, void (ConflictCheck::*next)())
{
    const QDateTime now = m_clock.nowUtc();
    m_client.findRange(collection, now.addDays(-days), now, query,
                       [self = QPointer<ConflictCheck>(this), target, next](const Result<QList<QJsonObject>> &docs) {
                           if (!self)
                               return;
                           if (!docs.ok()) {
                               self->finish(docs.error());
                               return;
                           }
                           self->m_input.*target = docs.value();
                           (self->*next)();
                       });
}

void ConflictCheck::readEntries()
{
    NsQuery query;
    query.equals(QStringLiteral("type"), QStringLiteral("sgv")).count(1000);
    readRange(NsCollection::Entries, kGlucoseDays, query, &ConflictAnalysis::Input::entries,
              &ConflictCheck::readTreatments);
}

void ConflictCheck::readTreatments()
{
    readRange(NsCollection::Treatments, kTreatmentDays, NsQuery().count(1000), &ConflictAnalysis::Input::treatments,
              &ConflictCheck::readDeviceStatus);
}

void ConflictCheck::readDeviceStatus()
{
    readRange(NsCollection::DeviceStatus, kDeviceStatusDays, NsQuery().count(200),
              &ConflictAnalysis::Input::deviceStatus, &ConflictCheck::readProfiles);
}

void ConflictCheck::readProfiles()
{
    // Profiles are few and long-lived: the newest ones at any age.
    m_client.find(NsCollection::Profile, NsQuery().count(10),
                  [self = QPointer<ConflictCheck>(this)](const Result<QList<QJsonObject>> &docs) {
                      if (!self)
                          return;
                      if (!docs.ok()) {
                          self->finish(docs.error());
                          return;
                      }
                      self->m_input.profiles = docs.value();
                      const QList<Conflict> conflicts = ConflictAnalysis::analyse(self->m_input);
                      qCInfo(lcNightscout)
                          << "conflict check:" << self->m_input.entries.size() << "entries,"
                          << self->m_input.treatments.size() << "treatments," << self->m_input.deviceStatus.size()
                          << "devicestatus," << self->m_input.profiles.size() << "profiles read;" << conflicts.size()
                          << "conflicts";
                      self->finish(conflicts);
                  });
}

void ConflictCheck::finish(const Result<QList<Conflict>> &result)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

} // namespace nb::setup
