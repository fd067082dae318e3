#pragma once

#include "common/result.h"
#include "model/nsbatch.h"
#include "net/httpclient.h"
#include "nsclientconfig.h"
#include "nsconnectionreport.h"
#include "nscredentials.h"
#include "nsquery.h"
#include "nsserverinfo.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace nb {
class Clock;
}

namespace nb::ns {

// What one upload did.
struct NsUploadReport {
    int posted = 0;           // documents sent and confirmed by the server
    int skippedUnchanged = 0; // devicestatus/profile equal to the latest one we wrote, or already on the site
    int skippedForeign = 0;   // another uploader's document holds the same key: left alone, ours not sent
    int refused = 0;          // not ours / invalid: never sent (programming error upstream)
    int requests = 0;         // HTTP requests made (including reads for dedupe)
    QStringList notes;        // English, for logs
};

// What the caller knows about a batch it uploads (all optional): lets the upload skip reads it would
// otherwise make, never a check it needs.
struct NsUploadHints {
    // Treatments newer than this were never sent to the site before this upload (the caller's newest
    // confirmed one when it is sure nothing newer was tried). On a server that dedupes treatments by
    // identifier, a post can only touch a document carrying the same identifier (ours, in our own
    // identifier namespace), and for these none can exist yet: they need no foreign-document read.
    QDateTime treatmentsNeverSentAfter;
    // What the site held in a time range, read moments ago by the caller (the gap check, a backfill's
    // comparison): the foreign-document guard uses it instead of reading the same range again, if it was
    // read less than kKnownMaxAgeSeconds ago.
    struct Known {
        NsCollection collection = NsCollection::Entries;
        QDateTime from;
        QDateTime to;
        QList<QJsonObject> docs;
        QDateTime readAt; // the client's clock
    };
    static constexpr int kKnownMaxAgeSeconds = 120;
    QList<Known> known;
};

// Client of one Nightscout site (API v1; JWT from API v2). Asynchronous: every operation calls its
// callback exactly once, on this object's thread (unless cancelAll() ran: then with a Cancelled error).
// All requests to the site run one at a time (HttpClient serialisation), and after the site refused our
// credentials no further authenticated request is sent until checkConnection() or setCredentials():
// every failed attempt costs a 5 s server-side penalty, so we never hammer.
class NightscoutClient : public QObject {
    Q_OBJECT
public:
    using ReportCallback = std::function<void(const NsConnectionReport &)>;
    using StatusCallback = std::function<void(const Result<NsServerStatus> &)>;
    using DocsCallback = std::function<void(const Result<QList<QJsonObject>> &)>;
    using LatestCallback = std::function<void(const Result<std::optional<QJsonObject>> &)>;
    using UploadCallback = std::function<void(const Result<NsUploadReport> &)>;

    NightscoutClient(HttpClient &http, const Clock &clock, NsClientConfig config, QObject *parent = nullptr);
    ~NightscoutClient() override;

    const NsClientConfig &config() const { return m_config; }
    const Clock &clock() const { return m_clock; }
    void setCredentials(NsCredentials credentials);

    // status.json + verifyauth (+ the JWT for a token): one of the NsCheckOutcome results.
    void checkConnection(ReportCallback callback);
    // status.json (cached for uploads: server version and read-only mode matter there).
    void fetchStatus(StatusCallback callback);
    std::optional<NsServerStatus> cachedStatus() const { return m_status; }

    // GET /api/v1/<collection>.json with the query (newest first). Profile with conditions: /profiles
    // (add a startDate condition, else only profiles starting in the last 4 days are searched).
    void find(NsCollection collection, const NsQuery &query, DocsCallback callback);
    // Documents whose time (entries `date`, else `created_at`) lies in [from, to]; count defaults to 1000.
    void findRange(NsCollection collection, const QDateTime &from, const QDateTime &to, NsQuery extra,
                   DocsCallback callback);
    // The newest document of a type (entries) / eventType (treatments) / device (devicestatus), at any
    // age (not only the server's default 4 days); empty filter: of any kind.
    void latest(NsCollection collection, const QString &filter, LatestCallback callback);

    // Uploads a batch: entries and treatments in batches of config().batchSize (split on 413),
    // devicestatus and profile within the body limit and only when changed. Only documents tagged as
    // ours with an identifier are sent; other uploaders' documents are never modified.
    void upload(const NsBatch &batch, UploadCallback callback);
    void upload(const NsBatch &batch, UploadCallback callback, const NsUploadHints &hints);

    // Cancels every operation in flight; their callbacks run with a Cancelled error.
    void cancelAll();

    // Number of HTTP requests this client started (tests, benchmarks).
    int requestCount() const { return m_requestCount; }

    // ---- Low-level access for the operation objects (NsConnectionTest, NsUploadJob) ----
    struct Call {
        HttpRequest::Method method = HttpRequest::Method::Get;
        QString path; // below the base URL, e.g. "api/v1/entries.json"
        QUrlQuery query;
        QByteArray body; // JSON
        QString purpose; // English, for logs and details
        bool authenticated = true;
        bool retry = true; // false: one attempt only
        bool isWrite = false;
    };
    using RawCallback = std::function<void(const HttpResponse &, const std::optional<SyncError> &)>;
    class Ticket {
    public:
        void cancel();

    private:
        friend class NightscoutClient;
        struct State;
        std::shared_ptr<State> m_state;
        QPointer<NightscoutClient> m_client;
    };
    Ticket send(Call call, RawCallback callback);
    static Call collectionGet(NsCollection collection, const NsQuery &query);
    static Result<QList<QJsonObject>> parseDocuments(const HttpResponse &response, const QString &purpose);
    void rememberStatus(const NsServerStatus &status) { m_status = status; }
    void markAuthFailed(const SyncError &error);
    // A site serves reads with a wrong secret as anonymous ones (and counts a failed attempt each time),
    // so credentials are verified once (verifyauth) before the first authenticated read of an upload.
    bool credentialsVerified() const { return m_credentialsVerified; }
    void setCredentialsVerified() { m_credentialsVerified = true; }
    bool hasJwtPermissions() const;
    QStringList jwtPermissions() const;
    // The latest devicestatus (key: device) / profile (key: empty) of ours the site holds, as last read or
    // confirmed by this client (see NsClientConfig::referenceCacheSeconds). Unknown: nullopt; known to
    // be absent: an empty object.
    std::optional<QJsonObject> cachedReference(NsCollection collection, const QString &key) const;
    void rememberReference(NsCollection collection, const QString &key, const QJsonObject &doc);
    void forgetReferences(NsCollection collection);

signals:
    void authenticationFailed(const nb::SyncError &error);
    void uploadProgress(nb::NsCollection collection, int done, int total);

private:
    void dispatch(const std::shared_ptr<Ticket::State> &state);
    void requestJwt();
    void finishJwtWaiters(const std::optional<SyncError> &error);
    bool needsJwt(const Call &call) const;
    void cancelState(const std::shared_ptr<Ticket::State> &state);
    void complete(const std::shared_ptr<Ticket::State> &state, const HttpResponse &response,
                  const std::optional<SyncError> &error);

    HttpClient &m_http;
    const Clock &m_clock;
    NsClientConfig m_config;
    std::optional<NsServerStatus> m_status;
    std::optional<SyncError> m_authFailure;
    std::optional<NsJwt> m_jwt;
    bool m_jwtInFlight = false;
    bool m_tokenViaQuery = false; // server without the v2 JWT endpoint
    bool m_credentialsVerified = false;
    QList<std::shared_ptr<Ticket::State>> m_waitingForJwt;
    QList<std::shared_ptr<Ticket::State>> m_active; // sent and not completed
    int m_requestCount = 0;
    struct Reference {
        QJsonObject doc;
        QDateTime until;
    };
    QHash<QString, Reference> m_references[2]; // devicestatus, profile
};

} // namespace nb::ns
