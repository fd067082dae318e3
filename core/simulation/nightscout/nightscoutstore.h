#pragma once

#include "model/nsbatch.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <array>
#include <optional>

namespace nb {
class Clock;
}

namespace nb::sim {

// The fake Nightscout's database, with the write and read rules of cgm-remote-monitor 15.0.7's v1 API
// (spec/nightscout.md section 2). No HTTP and no auth here, so the rules can be tested directly.
//   entries:      upsert-merge on (sysTime, type); without type the whole document is the filter
//   treatments:   full replace on identifier (or _id == identifier) > _id > (created_at, eventType)
//   devicestatus, profile: plain inserts, no dedupe; a non-ObjectId `_id` is a 400
// Reads: FakeNsQuery (find, count, default window), newest first.
class NightscoutStore {
public:
    struct Reply {
        int status = 200;
        QJsonValue body;
    };

    explicit NightscoutStore(const Clock &clock);

    // body: an array of documents or one document (an entries object without `date` is ignored).
    Reply postEntries(const QJsonValue &body);
    Reply postTreatments(const QJsonValue &body);
    Reply postDeviceStatus(const QJsonValue &body);
    Reply postProfile(const QJsonValue &body);

    QJsonArray find(NsCollection collection, const QUrlQuery &query, const QString &entryType = {}) const;
    // GET /profile: the newest `count` profiles by startDate; find[...] is ignored there (only /profiles,
    // i.e. find(), queries).
    QJsonArray listProfiles(int count) const;
    QJsonValue currentEntry() const;   // newest entry of any type in the last 4 days, or null
    QJsonValue currentProfile() const; // newest profile by startDate, or null

    // Test access: stored documents in storage order, and seeding documents as another uploader would
    // have left them (stored as given, plus an _id when missing).
    const QList<QJsonObject> &documents(NsCollection collection) const;
    QJsonObject insertRaw(NsCollection collection, QJsonObject doc);
    void clear();

    QString newObjectId();

private:
    void upsertEntry(QJsonObject doc, QJsonArray &response);
    void upsertTreatment(QJsonObject doc, QJsonArray &response);
    void indexDocument(NsCollection collection, qsizetype index);
    qsizetype findTreatment(const QJsonObject &doc, int *how) const;
    std::optional<Reply> invalidId(const QList<QJsonObject> &docs) const;

    const Clock &m_clock;
    QList<QJsonObject> &docsOf(NsCollection collection) { return m_docs[size_t(collection)]; }

    std::array<QList<QJsonObject>, 4> m_docs;
    QHash<QString, qsizetype> m_entryKeys;        // sysTime|type -> index
    QHash<QString, qsizetype> m_treatmentIds;     // identifier and _id -> index
    QHash<QString, qsizetype> m_treatmentNatural; // created_at|eventType -> index (newest)
    quint64 m_idCounter = 0;
};

} // namespace nb::sim
