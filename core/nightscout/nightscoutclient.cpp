#include "nightscoutclient.h"

#include "common/clock.h"
#include "logging/categories.h"
#include "nsconnectiontest.h"
#include "nserrors.h"
#include "nsuploadjob.h"
#include "nsurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace nb::ns {

namespace {
const QString kService = QStringLiteral("Nightscout");
const QString kEpochIso = QStringLiteral("1970-01-01T00:00:00.000Z");
} // namespace

struct NightscoutClient::Ticket::State {
    Call call;
    RawCallback callback;
    HttpClient::Handle handle;
    bool done = false;
};

void NightscoutClient::Ticket::cancel()
{
    if (m_client && m_state)
        m_client->cancelState(m_state);
}

NightscoutClient::NightscoutClient(HttpClient &http, const Clock &clock, NsClientConfig config, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_clock(clock)
    , m_config(std::move(config))
{}

NightscoutClient::~NightscoutClient()
{
    // Callbacks must not run into a half-destroyed client: drop them, then cancel the transfers.
    const QList<std::shared_ptr<Ticket::State>> active = std::exchange(m_active, {});
    for (const auto &state : active)
        state->done = true;
    m_waitingForJwt.clear();
    for (const auto &state : active)
        state->handle.cancel();
}

void NightscoutClient::setCredentials(NsCredentials credentials)
{
    m_config.credentials = std::move(credentials);
    m_credentialsVerified = false;
    m_authFailure.reset();
    m_jwt.reset();
    m_tokenViaQuery = false;
}

bool NightscoutClient::needsJwt(const Call &call) const
{
    const NsCredentials &c = m_config.credentials;
    return call.authenticated && c.kind == NsCredentials::Kind::AccessToken &&
           c.tokenTransport == NsCredentials::TokenTransport::BearerJwt && !m_tokenViaQuery &&
           (!m_jwt || m_jwt->needsRenewal(m_clock.nowUtc()));
}

NightscoutClient::Ticket NightscoutClient::send(Call call, RawCallback callback)
{
    auto state = std::make_shared<Ticket::State>();
    state->call = std::move(call);
    state->callback = std::move(callback);
    Ticket ticket;
    ticket.m_state = state;
    ticket.m_client = this;
    m_active.append(state);

    if (state->call.authenticated && m_authFailure) {
        // The site already refused these credentials: do not earn another penalty.
        const SyncError error = *m_authFailure;
        QTimer::singleShot(0, this, [this, state, error] { complete(state, {}, error); });
        return ticket;
    }
    if (needsJwt(state->call)) {
        m_waitingForJwt.append(state);
        requestJwt();
        return ticket;
    }
    dispatch(state);
    return ticket;
}

void NightscoutClient::dispatch(const std::shared_ptr<Ticket::State> &state)
{
    const Call &call = state->call;
    QUrlQuery query = call.query;
    HttpRequest request;
    request.method = call.method;
    request.setHeader("Accept", "application/json");
    if (!call.body.isEmpty() || call.method == HttpRequest::Method::Post)
        request.setHeader("Content-Type", "application/json");
    if (call.authenticated) {
        const NsCredentials &c = m_config.credentials;
        if (c.kind == NsCredentials::Kind::ApiSecret && !c.value.isEmpty()) {
            request.setHeader("api-secret", apiSecretHash(c.value));
        } else if (c.kind == NsCredentials::Kind::AccessToken && !c.value.isEmpty()) {
            if (m_jwt && !m_tokenViaQuery && c.tokenTransport == NsCredentials::TokenTransport::BearerJwt)
                request.setHeader("Authorization", "Bearer " + m_jwt->token.revealBytes());
            else
                query.addQueryItem(QStringLiteral("token"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(c.value.reveal())));
        }
    }
    request.url = NsUrl::endpoint(m_config.baseUrl, call.path, query);
    request.body = call.body;
    // We read redirects ourselves: following one would resend the secret to wherever it points.
    request.followRedirects = false;
    request.idempotent = call.retry;
    request.retry = call.retry ? m_config.retry : RetryPolicy::none();
    request.inactivityTimeout = m_config.inactivityTimeout;
    request.deadline = m_config.deadline;
    request.serializeKey = QStringLiteral("nightscout ") + NsUrl::displayString(m_config.baseUrl);
    request.purpose = call.purpose;
    ++m_requestCount;
    qCDebug(lcNightscout).noquote() << call.purpose;
    state->handle = m_http.send(std::move(request), kService, this, [this, state](const HttpResponse &response) {
        const std::optional<SyncError> error = NsErrors::fromResponse(
            response, m_config.baseUrl,
            state->call.authenticated ? m_config.credentials.kind : NsCredentials::Kind::None, state->call.isWrite);
        if (error && error->kind == SyncError::Kind::Auth && state->call.authenticated &&
            !m_config.credentials.isEmpty() && response.status == 401) {
            qCWarning(lcNightscout).noquote()
                << "credentials refused; no further authenticated requests" << error->toLogString();
            markAuthFailed(*error);
        }
        complete(state, response, error);
    });
}

void NightscoutClient::complete(const std::shared_ptr<Ticket::State> &state, const HttpResponse &response,
                                const std::optional<SyncError> &error)
{
    if (state->done)
        return;
    state->done = true;
    m_active.removeOne(state);
    if (state->callback)
        state->callback(response, error);
}

void NightscoutClient::cancelState(const std::shared_ptr<Ticket::State> &state)
{
    if (state->done)
        return;
    if (m_waitingForJwt.removeOne(state)) {
        complete(state, {}, NsErrors::cancelled());
        return;
    }
    if (state->handle.isActive())
        state->handle.cancel(); // the callback runs with a Cancelled error
    else
        complete(state, {}, NsErrors::cancelled());
}

void NightscoutClient::requestJwt()
{
    if (m_jwtInFlight)
        return;
    m_jwtInFlight = true;
    Call call;
    call.path = QStringLiteral("api/v2/authorization/request/") +
                QString::fromLatin1(QUrl::toPercentEncoding(m_config.credentials.value.reveal()));
    call.purpose = QStringLiteral("Nightscout token exchange");
    call.authenticated = false;
    call.retry = true; // a GET; a refused token (401) is never retried
    auto state = std::make_shared<Ticket::State>();
    state->call = call;
    state->callback = [this](const HttpResponse &response, const std::optional<SyncError> &error) {
        m_jwtInFlight = false;
        if (response.status == 404) {
            // No v2 API (old server): send the access token as ?token= instead.
            qCInfo(lcNightscout) << "no JWT endpoint; sending the access token as a query parameter";
            m_tokenViaQuery = true;
            finishJwtWaiters(std::nullopt);
            return;
        }
        if (response.status == 401) {
            markAuthFailed(NsErrors::wrongToken(401));
            finishJwtWaiters(m_authFailure);
            return;
        }
        if (error) {
            finishJwtWaiters(error);
            return;
        }
        Result<NsJwt> jwt = NsJwt::fromResponse(response.body);
        if (!jwt.ok()) {
            finishJwtWaiters(jwt.error());
            return;
        }
        m_jwt = std::move(jwt).value();
        finishJwtWaiters(std::nullopt);
    };
    m_active.append(state);
    dispatch(state);
}

void NightscoutClient::finishJwtWaiters(const std::optional<SyncError> &error)
{
    const QList<std::shared_ptr<Ticket::State>> waiting = std::exchange(m_waitingForJwt, {});
    for (const auto &state : waiting) {
        if (error)
            complete(state, {}, error);
        else
            dispatch(state);
    }
}

void NightscoutClient::markAuthFailed(const SyncError &error)
{
    m_authFailure = error;
    emit authenticationFailed(error);
}

bool NightscoutClient::hasJwtPermissions() const
{
    return m_jwt.has_value() && !m_tokenViaQuery;
}

QStringList NightscoutClient::jwtPermissions() const
{
    return m_jwt ? m_jwt->permissions : QStringList();
}

namespace {
int referenceSlot(NsCollection collection)
{
    return collection == NsCollection::Profile ? 1 : 0;
}
} // namespace

std::optional<QJsonObject> NightscoutClient::cachedReference(NsCollection collection, const QString &key) const
{
    const auto &cache = m_references[referenceSlot(collection)];
    const auto it = cache.constFind(key);
    if (it == cache.cend() || m_clock.nowUtc() >= it->until)
        return std::nullopt;
    return it->doc;
}

void NightscoutClient::rememberReference(NsCollection collection, const QString &key, const QJsonObject &doc)
{
    if (m_config.referenceCacheSeconds <= 0)
        return;
    m_references[referenceSlot(collection)].insert(
        key, Reference{doc, m_clock.nowUtc().addSecs(m_config.referenceCacheSeconds)});
}

void NightscoutClient::forgetReferences(NsCollection collection)
{
    m_references[referenceSlot(collection)].clear();
}

NightscoutClient::Call NightscoutClient::collectionGet(NsCollection collection, const NsQuery &query)
{
    Call call;
    // Reads use the extension-less path (JSON by default), uploads ".json": same API, and the two are
    // easy to tell apart in logs and in scripted faults of the fake server.
    call.path = QStringLiteral("api/v1/%1").arg(nsCollectionName(collection));
    // GET /profile ignores find[...] (it lists the newest by startDate); the query form is /profiles,
    // which looks only at the last 4 days of startDate unless the query constrains startDate.
    if (collection == NsCollection::Profile && query.hasConditions())
        call.path = QStringLiteral("api/v1/profiles");
    call.query = query.toUrlQuery();
    call.purpose = QStringLiteral("Nightscout read %1").arg(nsCollectionName(collection));
    return call;
}

Result<QList<QJsonObject>> NightscoutClient::parseDocuments(const HttpResponse &response, const QString &purpose)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return NsErrors::unexpected(purpose, response.body);
    QList<QJsonObject> docs;
    for (const QJsonValue &v : doc.array()) {
        if (!v.isObject())
            return NsErrors::unexpected(purpose, response.body);
        docs.append(v.toObject());
    }
    return docs;
}

void NightscoutClient::fetchStatus(StatusCallback callback)
{
    Call call;
    call.path = QStringLiteral("api/v1/status.json");
    call.purpose = QStringLiteral("Nightscout status");
    call.authenticated = false;
    auto handle = [this, callback](const HttpResponse &response, const std::optional<SyncError> &error) {
        if (error) {
            callback(*error);
            return;
        }
        Result<NsServerStatus> status = NsServerStatus::fromJson(response.body);
        if (!status.ok()) {
            callback(NsErrors::notNightscout(m_config.baseUrl, status.error().detail));
            return;
        }
        m_status = status.value();
        callback(status);
    };
    send(call, [this, call, handle](const HttpResponse &response, const std::optional<SyncError> &error) mutable {
        // A site whose default role is "denied" answers 401 to anonymous reads: ask again with credentials.
        if (response.status == 401 && !m_config.credentials.isEmpty()) {
            call.authenticated = true;
            send(call, handle);
            return;
        }
        handle(response, error);
    });
}

void NightscoutClient::find(NsCollection collection, const NsQuery &query, DocsCallback callback)
{
    const Call call = collectionGet(collection, query);
    send(call, [callback, purpose = call.purpose](const HttpResponse &response, const std::optional<SyncError> &error) {
        if (error)
            callback(*error);
        else
            callback(parseDocuments(response, purpose));
    });
}

void NightscoutClient::findRange(NsCollection collection, const QDateTime &from, const QDateTime &to, NsQuery extra,
                                 DocsCallback callback)
{
    if (collection == NsCollection::Entries) {
        extra.gte(QStringLiteral("date"), QString::number(from.toMSecsSinceEpoch()));
        extra.lte(QStringLiteral("date"), QString::number(to.toMSecsSinceEpoch()));
    } else {
        extra.gte(QStringLiteral("created_at"), NsQuery::isoTime(from));
        extra.lte(QStringLiteral("created_at"), NsQuery::isoTime(to));
    }
    if (extra.countValue() <= 0)
        extra.count(1000);
    find(collection, extra, std::move(callback));
}

void NightscoutClient::latest(NsCollection collection, const QString &filter, LatestCallback callback)
{
    NsQuery query;
    switch (collection) {
    case NsCollection::Entries:
        if (!filter.isEmpty())
            query.equals(QStringLiteral("type"), filter);
        query.gte(QStringLiteral("date"), QStringLiteral("0")); // beyond the default 4 days
        break;
    case NsCollection::Treatments:
        if (!filter.isEmpty())
            query.equals(QStringLiteral("eventType"), filter);
        query.gte(QStringLiteral("created_at"), kEpochIso);
        break;
    case NsCollection::DeviceStatus:
        if (!filter.isEmpty())
            query.equals(QStringLiteral("device"), filter);
        query.gte(QStringLiteral("created_at"), kEpochIso);
        break;
    case NsCollection::Profile:
        break; // sorted by startDate; no default window
    }
    query.count(1);
    find(collection, query, [callback](const Result<QList<QJsonObject>> &docs) {
        if (!docs.ok())
            callback(docs.error());
        else
            callback(docs->isEmpty() ? std::optional<QJsonObject>() : std::optional(docs->first()));
    });
}

void NightscoutClient::checkConnection(ReportCallback callback)
{
    // An explicit test is the user's way to try again after fixing the secret.
    m_authFailure.reset();
    m_credentialsVerified = false;
    m_jwt.reset();
    m_tokenViaQuery = false;
    forgetReferences(NsCollection::DeviceStatus);
    forgetReferences(NsCollection::Profile);
    auto *test = new NsConnectionTest(*this, std::move(callback), this);
    test->start();
}

void NightscoutClient::upload(const NsBatch &batch, UploadCallback callback)
{
    upload(batch, std::move(callback), NsUploadHints{});
}

void NightscoutClient::upload(const NsBatch &batch, UploadCallback callback, const NsUploadHints &hints)
{
    auto *job = new NsUploadJob(*this, batch, std::move(callback), this);
    job->setHints(hints);
    job->start();
}

void NightscoutClient::cancelAll()
{
    // Jobs first (one may be waiting on a timer), then every call: operations waiting on a call finish
    // with the Cancelled error it gets.
    for (NsUploadJob *job : findChildren<NsUploadJob *>(Qt::FindDirectChildrenOnly))
        job->cancel();
    const QList<std::shared_ptr<Ticket::State>> active = m_active;
    for (const auto &state : active)
        cancelState(state);
}

} // namespace nb::ns
