#include "nsuploadjob.h"

#include "common/clock.h"
#include "logging/categories.h"
#include "model/identifier.h"
#include "nsdocuments.h"
#include "nserrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace nb::ns {

namespace {

const QString kDevice = QStringLiteral("device");
const QString kIdentifier = QStringLiteral("identifier");
const QString kStartDate = QStringLiteral("startDate");

QString referenceKey(NsCollection collection, const QJsonObject &doc)
{
    return collection == NsCollection::DeviceStatus ? doc.value(kDevice).toString() : QString();
}

// The time a devicestatus (created_at) or profile (startDate) stands for.
QDateTime snapshotTime(NsCollection collection, const QJsonObject &doc)
{
    return collection == NsCollection::Profile ? NsDocuments::parseTime(doc.value(kStartDate))
                                               : NsDocuments::instantOf(collection, doc);
}

// Strictly newer than the latest one of ours on the site: then it cannot be there yet. Unknown times
// count as not newer (look it up).
bool isNewer(NsCollection collection, const QJsonObject &doc, const QJsonObject &reference)
{
    const QDateTime mine = snapshotTime(collection, doc);
    const QDateTime latest = snapshotTime(collection, reference);
    return mine.isValid() && latest.isValid() && mine > latest;
}

// `stored` (read from the site) is this devicestatus/profile: the same identifier, or for a
// devicestatus the same device and created_at instant.
bool isSameDocument(NsCollection collection, const QJsonObject &doc, const QJsonObject &stored)
{
    const QString id = doc.value(kIdentifier).toString();
    if (!id.isEmpty() && stored.value(kIdentifier).toString() == id)
        return true;
    if (collection != NsCollection::DeviceStatus)
        return false;
    const QDateTime t = NsDocuments::instantOf(collection, doc);
    return t.isValid() && stored.value(kDevice).toString() == doc.value(kDevice).toString() &&
           NsDocuments::instantOf(collection, stored) == t;
}

QByteArray jsonArray(const QList<QJsonObject> &docs)
{
    QJsonArray array;
    for (const QJsonObject &doc : docs)
        array.append(doc);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Oldest first. Each document's time is parsed once, not in every comparison.
void sortByTime(NsCollection collection, QList<QJsonObject> &docs)
{
    if (docs.size() < 2)
        return;
    if (collection == NsCollection::Profile) {
        std::stable_sort(docs.begin(), docs.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(kStartDate).toString() < b.value(kStartDate).toString();
        });
        return;
    }
    QList<QPair<qint64, qsizetype>> keys;
    keys.reserve(docs.size());
    bool sorted = true;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const QDateTime t = NsDocuments::instantOf(collection, docs.at(i));
        keys.append({t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(), i});
        if (i > 0 && keys.at(i).first < keys.at(i - 1).first)
            sorted = false;
    }
    if (sorted)
        return;
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QJsonObject> out;
    out.reserve(docs.size());
    for (const auto &key : std::as_const(keys))
        out.append(docs.at(key.second));
    docs = std::move(out);
}

// No HTTP answer, a server error or an unreadable 2xx: the documents may or may not be stored.
bool isAmbiguous(const HttpResponse &response, const SyncError &error)
{
    if (response.status == 0)
        return error.kind != SyncError::Kind::Cancelled && error.kind != SyncError::Kind::Auth &&
               error.kind != SyncError::Kind::Config;
    return response.status >= 500 || response.status == 429 || response.status == 408 ||
           (response.status >= 200 && response.status < 300);
}

} // namespace

NsUploadJob::NsUploadJob(NightscoutClient &client, const NsBatch &batch, NightscoutClient::UploadCallback callback,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_callback(std::move(callback))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        if (m_afterWait)
            std::exchange(m_afterWait, {})();
    });
    validate(batch);
}

void NsUploadJob::validate(const NsBatch &batch)
{
    for (NsCollection c :
         {NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus, NsCollection::Profile}) {
        for (const QJsonObject &doc : batch.of(c)) {
            const QString why = NsDocuments::validationError(c, doc, !m_client.config().importMode);
            if (why.isEmpty()) {
                m_valid.of(c).append(doc);
                continue;
            }
            ++m_report.refused;
            m_report.notes.append(NsErrors::refusedDocument(nsCollectionName(c), why).detail);
        }
        sortByTime(c, m_valid.of(c));
        m_totals[int(c)] = int(m_valid.of(c).size());
    }
    const int batchSize = std::max(1, m_client.config().batchSize);
    for (NsCollection c : {NsCollection::Entries, NsCollection::Treatments}) {
        const QList<QJsonObject> &docs = m_valid.of(c);
        for (qsizetype i = 0; i < docs.size(); i += batchSize)
            m_chunks.append(Chunk{c, docs.mid(i, batchSize), false});
    }
    for (NsCollection c : {NsCollection::DeviceStatus, NsCollection::Profile}) {
        if (!m_valid.of(c).isEmpty())
            m_smallSteps.append(c);
    }
}

void NsUploadJob::start()
{
    m_requestsAtStart = m_client.requestCount();
    if (m_valid.isEmpty()) {
        QTimer::singleShot(0, this, &NsUploadJob::succeed); // callbacks never run inside upload()
        return;
    }
    const auto proceed = [this](const std::optional<NsServerStatus> &status) {
        if (!status->apiEnabled) {
            fail(NsErrors::apiDisabled(false));
            return;
        }
        verifyCredentials();
    };
    if (m_client.cachedStatus()) {
        QTimer::singleShot(0, this, [this, proceed] {
            if (!m_finished)
                proceed(m_client.cachedStatus());
        });
        return;
    }
    m_client.fetchStatus([this, proceed](const Result<NsServerStatus> &status) {
        if (m_finished)
            return;
        if (!status.ok())
            fail(status.error());
        else
            proceed(status.value());
    });
}

void NsUploadJob::verifyCredentials()
{
    if (m_client.credentialsVerified() || m_client.config().credentials.isEmpty()) {
        next();
        return;
    }
    NightscoutClient::Call call;
    call.path = QStringLiteral("api/v1/verifyauth");
    call.purpose = QStringLiteral("Nightscout verify credentials");
    call.retry = true; // a GET; a refusal is an answer, not an error, and is never repeated
    m_ticket = m_client.send(call, [this](const HttpResponse &response, const std::optional<SyncError> &error) {
        if (m_finished)
            return;
        if (error) {
            fail(*error);
            return;
        }
        const Result<NsAuthStatus> auth = NsAuthStatus::fromJson(response.body);
        if (!auth.ok()) {
            fail(auth.error());
            return;
        }
        if (!auth->authorized) {
            const bool token = m_client.config().credentials.kind == NsCredentials::Kind::AccessToken;
            const SyncError refused = token ? NsErrors::wrongToken() : NsErrors::wrongSecret();
            m_client.markAuthFailed(refused);
            fail(refused);
            return;
        }
        m_client.setCredentialsVerified();
        next();
    });
}

void NsUploadJob::cancel()
{
    if (m_finished)
        return;
    if (m_wait.isActive()) {
        m_wait.stop();
        fail(NsErrors::cancelled());
        return;
    }
    m_ticket.cancel();
}

void NsUploadJob::next()
{
    if (!m_chunks.isEmpty()) {
        Chunk chunk = m_chunks.takeFirst();
        if (chunk.collection == NsCollection::Treatments && m_client.cachedStatus() &&
            !m_client.cachedStatus()->careportalEnabled) {
            fail(NsErrors::careportalDisabled());
            return;
        }
        const int count = int(chunk.docs.size()) * 2 + 100;
        if (!needsGuard(chunk)) {
            postChunk(std::move(chunk));
        } else if (const NsUploadHints::Known *known = knownRange(chunk)) {
            filterForeign(chunk, known->docs);
            chunk.guarded = true;
            postChunk(std::move(chunk));
        } else {
            guardChunk(std::move(chunk), count);
        }
        return;
    }
    if (!m_smallSteps.isEmpty()) {
        m_smallStarted = true;
        startSmall(m_smallSteps.takeFirst());
        return;
    }
    succeed();
}

bool NsUploadJob::needsGuard(const Chunk &chunk) const
{
    if (!m_client.config().guardForeignDocuments || chunk.guarded)
        return false;
    if (chunk.collection != NsCollection::Treatments || !m_hints.treatmentsNeverSentAfter.isValid())
        return true;
    // Identifier dedupe only (15.0.7 and later): a treatment never sent before cannot clash (see
    // NsUploadHints). The chunk is sorted: its first document is the oldest.
    const std::optional<NsServerStatus> status = m_client.cachedStatus();
    if (!status || !status->dedupesTreatmentsByIdentifier())
        return true;
    return NsDocuments::instantOf(chunk.collection, chunk.docs.first()) <= m_hints.treatmentsNeverSentAfter;
}

const NsUploadHints::Known *NsUploadJob::knownRange(const Chunk &chunk) const
{
    const QDateTime from = NsDocuments::instantOf(chunk.collection, chunk.docs.first());
    const QDateTime to = NsDocuments::instantOf(chunk.collection, chunk.docs.last());
    const QDateTime now = m_client.clock().nowUtc();
    for (const NsUploadHints::Known &known : m_hints.known) {
        const bool recent = known.readAt.isValid() && known.readAt.secsTo(now) <= NsUploadHints::kKnownMaxAgeSeconds;
        if (recent && known.collection == chunk.collection && known.from.isValid() && known.to.isValid() &&
            known.from <= from && to <= known.to)
            return &known;
    }
    return nullptr;
}

void NsUploadJob::guardChunk(Chunk chunk, int count)
{
    const QDateTime from = NsDocuments::instantOf(chunk.collection, chunk.docs.first());
    const QDateTime to = NsDocuments::instantOf(chunk.collection, chunk.docs.last());
    m_client.findRange(chunk.collection, from, to, NsQuery().count(count),
                       [this, chunk, count](const Result<QList<QJsonObject>> &existing) mutable {
                           if (m_finished)
                               return;
                           if (!existing.ok()) {
                               fail(existing.error());
                               return;
                           }
                           if (existing->size() >= count && count < 1000000) {
                               guardChunk(std::move(chunk), count * 4); // saturated: we may not see all
                               return;
                           }
                           filterForeign(chunk, existing.value());
                           chunk.guarded = true;
                           postChunk(std::move(chunk));
                       });
}

void NsUploadJob::filterForeign(Chunk &chunk, const QList<QJsonObject> &existing)
{
    const bool oldServer = m_client.cachedStatus() && !m_client.cachedStatus()->dedupesTreatmentsByIdentifier();
    QList<QJsonObject> clashing;
    chunk.docs = NsDocuments::withoutForeignClashes(chunk.collection, chunk.docs, existing, oldServer, &clashing);
    for (const QJsonObject &doc : std::as_const(clashing)) {
        ++m_report.skippedForeign;
        m_report.notes.append(
            QStringLiteral("left %1 %2 alone: another uploader's document has the same key")
                .arg(nsCollectionName(chunk.collection), doc.value(QStringLiteral("identifier")).toString()));
    }
    progress(chunk.collection, int(clashing.size()));
}

void NsUploadJob::postChunk(Chunk chunk)
{
    if (chunk.docs.isEmpty()) {
        next();
        return;
    }
    NightscoutClient::Call call;
    call.method = HttpRequest::Method::Post;
    call.path = QStringLiteral("api/v1/%1.json").arg(nsCollectionName(chunk.collection));
    call.body = jsonArray(chunk.docs);
    call.isWrite = true;
    call.retry = true; // upserts: a repeat stores nothing twice
    call.purpose =
        QStringLiteral("Nightscout upload %1 (%2)").arg(nsCollectionName(chunk.collection)).arg(chunk.docs.size());
    m_ticket = m_client.send(call, [this, chunk](const HttpResponse &response, const std::optional<SyncError> &error) {
        if (m_finished)
            return;
        if (error && response.status == 413) {
            if (chunk.docs.size() == 1) {
                fail(NsErrors::tooLarge(nsCollectionName(chunk.collection), NsDocuments::bodySize(chunk.docs)));
                return;
            }
            // Someone in front of the site (a proxy) caps bodies: halve and go on.
            const qsizetype half = chunk.docs.size() / 2;
            m_chunks.prepend(Chunk{chunk.collection, chunk.docs.mid(half), true});
            m_chunks.prepend(Chunk{chunk.collection, chunk.docs.mid(0, half), true});
            m_report.notes.append(
                QStringLiteral("413 for %1 %2: split").arg(chunk.docs.size()).arg(nsCollectionName(chunk.collection)));
            next();
            return;
        }
        if (error) {
            fail(*error);
            return;
        }
        const Result<QList<QJsonObject>> stored = NightscoutClient::parseDocuments(response, QStringLiteral("upload"));
        if (!stored.ok()) {
            fail(stored.error());
            return;
        }
        m_report.posted += int(chunk.docs.size());
        progress(chunk.collection, int(chunk.docs.size()));
        next();
    });
}

void NsUploadJob::startSmall(NsCollection collection)
{
    m_reference.clear();
    m_changedKeys.clear();
    m_smallUncertain = false;
    QList<QString> devices;
    if (collection == NsCollection::DeviceStatus) {
        for (const QJsonObject &doc : m_valid.of(collection)) {
            if (!devices.contains(doc.value(kDevice).toString()))
                devices.append(doc.value(kDevice).toString());
        }
    } else {
        devices.append(QString());
    }
    loadReference(collection, devices);
}

void NsUploadJob::loadReference(NsCollection collection, QList<QString> devices)
{
    // What this client read or confirmed lately stands in for a read (see referenceCacheSeconds).
    while (!devices.isEmpty()) {
        const std::optional<QJsonObject> cached = m_client.cachedReference(collection, devices.first());
        if (!cached)
            break;
        if (!cached->isEmpty())
            m_reference.insert(devices.first(), *cached);
        devices.removeFirst();
    }
    if (devices.isEmpty()) {
        selectChanged(collection);
        return;
    }
    const QString device = devices.takeFirst();
    if (collection == NsCollection::DeviceStatus) {
        m_client.latest(collection, device, [this, collection, devices, device](const auto &latest) {
            if (m_finished)
                return;
            if (!latest.ok()) {
                fail(latest.error());
                return;
            }
            if (latest.value())
                m_reference.insert(device, *latest.value());
            m_client.rememberReference(collection, device, latest.value().value_or(QJsonObject()));
            loadReference(collection, devices);
        });
        return;
    }
    // Profiles come back newest first (startDate); the first one of ours is the reference.
    m_client.find(collection, NsQuery().count(50), [this, collection](const Result<QList<QJsonObject>> &docs) {
        if (m_finished)
            return;
        if (!docs.ok()) {
            fail(docs.error());
            return;
        }
        QJsonObject ours;
        for (const QJsonObject &doc : docs.value()) {
            if (isNightbridgeDocument(doc)) {
                ours = doc;
                break;
            }
        }
        if (!ours.isEmpty())
            m_reference.insert(QString(), ours);
        m_client.rememberReference(collection, QString(), ours);
        selectChanged(collection);
    });
}

void NsUploadJob::selectChanged(NsCollection collection)
{
    // No server-side dedupe for these: post only what differs from the latest one we wrote, and look up
    // on the site the ones that are not newer than it (they may be there already).
    m_selected.clear();
    m_toLookUp.clear();
    for (const QJsonObject &doc : m_valid.of(collection)) {
        const QString key = referenceKey(collection, doc);
        const auto reference = m_reference.constFind(key);
        if (reference != m_reference.constEnd() && NsDocuments::sameContent(doc, *reference)) {
            ++m_report.skippedUnchanged;
            progress(collection, 1);
            continue;
        }
        if (m_client.config().importMode ||
            (reference != m_reference.constEnd() && !isNewer(collection, doc, *reference))) {
            m_toLookUp.append(doc); // an older one never becomes the reference
            continue;
        }
        m_selected.append(doc);
        m_reference.insert(key, doc);
        m_changedKeys.insert(key);
    }
    lookUpOlder(collection, 0);
}

void NsUploadJob::lookUpOlder(NsCollection collection, int count)
{
    if (m_toLookUp.isEmpty()) {
        postSelected(collection);
        return;
    }
    // One read per device (devicestatus: the range of created_at of its documents) or per profile (by
    // identifier; /profiles needs a startDate condition to look beyond 4 days).
    QList<QJsonObject> group;
    NsQuery query;
    if (collection == NsCollection::DeviceStatus) {
        const QString device = m_toLookUp.first().value(kDevice).toString();
        for (const QJsonObject &doc : std::as_const(m_toLookUp)) {
            if (doc.value(kDevice).toString() == device)
                group.append(doc);
        }
        if (count == 0)
            count = int(group.size()) * 2 + 100;
        QDateTime from = NsDocuments::instantOf(collection, group.first());
        QDateTime to = from;
        for (const QJsonObject &doc : std::as_const(group)) {
            from = std::min(from, NsDocuments::instantOf(collection, doc));
            to = std::max(to, NsDocuments::instantOf(collection, doc));
        }
        query.equals(kDevice, device)
            .gte(QStringLiteral("created_at"), NsQuery::isoTime(from))
            .lte(QStringLiteral("created_at"), NsQuery::isoTime(to));
    } else {
        group.append(m_toLookUp.first());
        count = std::max(count, 10);
        query.equals(kIdentifier, group.first().value(kIdentifier).toString())
            .gte(kStartDate, QStringLiteral("1970-01-01T00:00:00.000Z")); // compared as strings
    }
    query.count(count);
    m_client.find(collection, query, [this, collection, group, count](const Result<QList<QJsonObject>> &found) {
        if (m_finished)
            return;
        if (!found.ok()) {
            fail(found.error());
            return;
        }
        if (found->size() >= count && count < 1000000) {
            lookUpOlder(collection, count * 4); // saturated: we may not see all
            return;
        }
        for (const QJsonObject &doc : group) {
            m_toLookUp.removeOne(doc);
            const auto same = [&](const QJsonObject &other) { return isSameDocument(collection, doc, other); };
            // On the site, or twice in this upload.
            const bool present = std::any_of(found->begin(), found->end(), same) ||
                                 std::any_of(m_selected.cbegin(), m_selected.cend(), same);
            if (present) {
                ++m_report.skippedUnchanged;
                progress(collection, 1);
            } else {
                m_selected.append(doc);
            }
        }
        lookUpOlder(collection, 0);
    });
}

void NsUploadJob::postSelected(NsCollection collection)
{
    sortByTime(collection, m_selected);
    QList<QJsonObject> tooLarge;
    m_packs = NsDocuments::packBySize(m_selected, m_client.config().maxSmallBodyBytes, &tooLarge);
    m_selected.clear();
    if (!tooLarge.isEmpty())
        m_smallUncertain = true;
    for (const QJsonObject &doc : std::as_const(tooLarge)) {
        ++m_report.refused;
        m_report.notes.append(NsErrors::tooLarge(nsCollectionName(collection), NsDocuments::bodySize({doc})).detail);
        qCWarning(lcNightscout).noquote() << m_report.notes.last();
    }
    postNextPack(collection);
}

void NsUploadJob::postNextPack(NsCollection collection)
{
    if (!m_packs.isEmpty()) {
        postPack(collection, m_packs.takeFirst(), true);
        return;
    }
    // Every changed one is confirmed: they are now the latest of ours, unless something was refused or
    // had to be checked (then the next upload reads the site again).
    if (m_smallUncertain) {
        m_client.forgetReferences(collection);
    } else {
        for (const QString &key : std::as_const(m_changedKeys)) // unchanged ones keep their read time
            m_client.rememberReference(collection, key, m_reference.value(key));
    }
    next();
}

void NsUploadJob::postPack(NsCollection collection, QList<QJsonObject> pack, bool mayRepost)
{
    NightscoutClient::Call call;
    call.method = HttpRequest::Method::Post;
    call.path = QStringLiteral("api/v1/%1.json").arg(nsCollectionName(collection));
    call.body = jsonArray(pack);
    call.isWrite = true;
    call.retry = false; // plain inserts: a blind repeat would store a duplicate
    call.purpose = QStringLiteral("Nightscout upload %1 (%2)").arg(nsCollectionName(collection)).arg(pack.size());
    m_ticket = m_client.send(call, [this, collection, pack, mayRepost](const HttpResponse &response,
                                                                       const std::optional<SyncError> &error) {
        if (m_finished)
            return;
        if (error && response.status == 413) {
            if (pack.size() == 1) {
                m_smallUncertain = true;
                ++m_report.refused;
                m_report.notes.append(
                    NsErrors::tooLarge(nsCollectionName(collection), NsDocuments::bodySize(pack)).detail);
            } else {
                m_packs.prepend(pack.mid(pack.size() / 2));
                m_packs.prepend(pack.mid(0, pack.size() / 2));
            }
            postNextPack(collection);
            return;
        }
        if (error) {
            if (isAmbiguous(response, *error))
                recheckPack(collection, pack, *error, mayRepost);
            else
                fail(*error);
            return;
        }
        const Result<QList<QJsonObject>> stored = NightscoutClient::parseDocuments(response, QStringLiteral("upload"));
        if (!stored.ok()) {
            recheckPack(collection, pack, stored.error(), mayRepost);
            return;
        }
        m_report.posted += int(pack.size());
        progress(collection, int(pack.size()));
        postNextPack(collection);
    });
}

void NsUploadJob::recheckPack(NsCollection collection, QList<QJsonObject> pack, SyncError error, bool mayRepost)
{
    m_smallUncertain = true;
    m_client.forgetReferences(collection);
    qCInfo(lcNightscout).noquote() << "ambiguous failure, reading back before any repeat:" << error.toLogString();
    const std::optional<std::chrono::milliseconds> delay =
        m_client.config().retry.nextDelay(1, error.retryAfter, QRandomGenerator::global()->generateDouble());
    m_afterWait = [this, collection, pack, error, mayRepost] {
        NsQuery query;
        if (collection == NsCollection::DeviceStatus) {
            QDateTime earliest = NsDocuments::instantOf(collection, pack.first());
            for (const QJsonObject &doc : pack)
                earliest = std::min(earliest, NsDocuments::instantOf(collection, doc));
            query.gte(QStringLiteral("created_at"), NsQuery::isoTime(earliest)).count(int(pack.size()) * 2 + 20);
        } else {
            query.count(50);
        }
        m_client.find(collection, query,
                      [this, collection, pack, error, mayRepost](const Result<QList<QJsonObject>> &docs) {
                          if (m_finished)
                              return;
                          if (!docs.ok()) {
                              fail(error);
                              return;
                          }
                          QList<QJsonObject> missing;
                          const bool anyUploader = m_client.config().importMode;
                          for (const QJsonObject &doc : pack) {
                              const bool stored = std::any_of(docs->begin(), docs->end(), [&](const QJsonObject &s) {
                                  return (anyUploader || isNightbridgeDocument(s)) && NsDocuments::sameContent(doc, s);
                              });
                              if (!stored)
                                  missing.append(doc);
                          }
                          const int confirmed = int(pack.size() - missing.size());
                          m_report.posted += confirmed;
                          progress(collection, confirmed);
                          if (missing.isEmpty()) {
                              postNextPack(collection);
                          } else if (mayRepost) { // checked first: really missing, so one repeat stores it once
                              postPack(collection, missing, false);
                          } else {
                              fail(error);
                          }
                      });
    };
    m_wait.start(delay ? *delay : std::chrono::milliseconds(1000));
}

void NsUploadJob::progress(NsCollection collection, int count)
{
    if (count <= 0)
        return;
    m_done[int(collection)] += count;
    emit m_client.uploadProgress(collection, m_done[int(collection)], m_totals[int(collection)]);
}

void NsUploadJob::fail(const SyncError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_smallStarted) { // a devicestatus/profile post may or may not have landed
        m_client.forgetReferences(NsCollection::DeviceStatus);
        m_client.forgetReferences(NsCollection::Profile);
    }
    qCWarning(lcNightscout).noquote() << "upload failed:" << error.toLogString();
    const NightscoutClient::UploadCallback callback = std::move(m_callback);
    deleteLater();
    if (callback)
        callback(error);
}

void NsUploadJob::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.requests = m_client.requestCount() - m_requestsAtStart;
    qCInfo(lcNightscout).noquote() << "upload done:" << m_report.posted << "posted," << m_report.skippedUnchanged
                                   << "unchanged," << m_report.skippedForeign << "left to other uploaders,"
                                   << m_report.refused << "refused," << m_report.requests << "requests";
    const NightscoutClient::UploadCallback callback = std::move(m_callback);
    deleteLater();
    if (callback)
        callback(m_report);
}

} // namespace nb::ns
