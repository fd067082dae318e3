#pragma once

#include "nightscoutclient.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace nb::ns {

// One upload of an NsBatch (see NightscoutClient::upload). Steps, one request at a time:
//  1. refuse documents that are not ours (tag + identifier) — they are never sent;
//  2. status.json once (read-only site? server version decides the treatment dedupe key), and
//     verifyauth once per client (a wrong secret must cost one server-side penalty, not one per read);
//  3. entries, then treatments, in chunks of batchSize: read what the site holds in the chunk's time
//     range (or take it from the caller's NsUploadHints; no read for treatments that cannot clash),
//     leave out ours where another uploader's document has the same key, POST the rest
//     (idempotent upserts, retried by the RetryPolicy; 413 -> split in halves);
//  4. devicestatus, then profile: compare with the latest one we wrote (as the client remembers it, or
//     read) and post only changed ones. The site does not dedupe these, so one that is not newer than
//     that latest one (a backfill of an old range, a re-upload of a file) is first looked up on the site
//     by its identifier (devicestatus also by its device and created_at) and left out when found. Posts
//     go in bodies under the 1 MB limit, never blindly retried: after an ambiguous failure we read back
//     and re-post at most once what is really missing.
// Deletes itself after calling back exactly once.
class NsUploadJob : public QObject {
    Q_OBJECT
public:
    NsUploadJob(NightscoutClient &client, const NsBatch &batch, NightscoutClient::UploadCallback callback,
                QObject *parent = nullptr);
    void setHints(const NsUploadHints &hints) { m_hints = hints; }
    void start();
    void cancel();

private:
    struct Chunk {
        NsCollection collection = NsCollection::Entries;
        QList<QJsonObject> docs;
        bool guarded = false;
    };
    void validate(const NsBatch &batch);
    void verifyCredentials();
    void next();
    bool needsGuard(const Chunk &chunk) const;
    const NsUploadHints::Known *knownRange(const Chunk &chunk) const;
    void guardChunk(Chunk chunk, int count);
    void filterForeign(Chunk &chunk, const QList<QJsonObject> &existing);
    void postChunk(Chunk chunk);
    void startSmall(NsCollection collection);
    void loadReference(NsCollection collection, QList<QString> devices);
    void selectChanged(NsCollection collection);
    void lookUpOlder(NsCollection collection, int count);
    void postSelected(NsCollection collection);
    void postNextPack(NsCollection collection);
    void postPack(NsCollection collection, QList<QJsonObject> pack, bool mayRepost);
    void recheckPack(NsCollection collection, QList<QJsonObject> pack, SyncError error, bool mayRepost);
    void progress(NsCollection collection, int count);
    void fail(const SyncError &error);
    void succeed();

    NightscoutClient &m_client;
    NightscoutClient::UploadCallback m_callback;
    NsBatch m_valid;
    NsUploadHints m_hints;
    QList<Chunk> m_chunks;
    QList<NsCollection> m_smallSteps;
    QHash<QString, QJsonObject> m_reference; // device (or "" for profile) -> latest one we wrote
    QSet<QString> m_changedKeys;             // the references this job posts
    QList<QJsonObject> m_selected;           // changed devicestatus/profile to post
    QList<QJsonObject> m_toLookUp;           // changed, but not newer than the latest of ours: maybe on the site
    QList<QList<QJsonObject>> m_packs;
    NsUploadReport m_report;
    int m_requestsAtStart = 0;
    int m_totals[4] = {0, 0, 0, 0};
    int m_done[4] = {0, 0, 0, 0};
    NightscoutClient::Ticket m_ticket;
    QTimer m_wait; // before reading back after an ambiguous failure (honours Retry-After)
    std::function<void()> m_afterWait;
    bool m_finished = false;
    bool m_smallStarted = false;   // devicestatus/profile steps began (a failure then forgets references)
    bool m_smallUncertain = false; // this collection had a refusal or an ambiguous post
};

} // namespace nb::ns
