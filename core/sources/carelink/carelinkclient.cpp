#include "carelinkclient.h"

#include "carelinkauth.h"
#include "carelinkerrors.h"
#include "logging/categories.h"
#include "net/httpclient.h"
#include "payloadparser.h"
#include "tokenresponse.h"

#include <QPointer>

namespace nb::carelink {

namespace {

const QString kService = QStringLiteral("CareLink");

HttpRequest makeRequest(const ServiceConfig &config, HttpRequest::Method method, const QUrl &url,
                        const QString &purpose)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.purpose = purpose;
    r.setHeader("Accept", "application/json, text/plain, */*");
    r.setHeader("User-Agent", config.userAgent.toUtf8());
    return r;
}

SyncError accessRefused(const SyncError &cause)
{
    SyncError e = cause;
    e.userMessage = CareLinkErrors::tr("CareLink refused access even after renewing the sign-in. Check that the "
                                       "CareLink account (and its link to the patient) is still active.");
    return e;
}

// An HTML page where CareLink answers JSON: a CDN or firewall ("Request blocked") spoke, not CareLink.
bool isFirewallPage(const HttpResponse &response)
{
    const QByteArray type = response.header("Content-Type").toLower();
    const QByteArray start = response.body.trimmed().left(64).toLower();
    return type.contains("text/html") || start.startsWith("<!doctype html") || start.startsWith("<html");
}

} // namespace

CareLinkClient::CareLinkClient(HttpClient &http, CareLinkAuth &auth, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_auth(auth)
    , m_retry(RetryPolicy::Params{2, std::chrono::milliseconds(2000), std::chrono::milliseconds(30000),
                                  std::chrono::seconds(60)})
{}

void CareLinkClient::authorized(HttpRequest request, QObject *context, ResponseCallback callback, bool retried)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_auth.accessToken(this, [=, this](const Result<Secret> &token) mutable {
        if (hadContext && !guard)
            return;
        if (!token.ok()) {
            HttpResponse failed;
            failed.error = token.error();
            callback(failed);
            return;
        }
        HttpRequest r = request;
        r.setHeader("Authorization", "Bearer " + token->revealBytes());
        m_http.send(r, kService, this, [=, this](const HttpResponse &response) {
            if (hadContext && !guard)
                return;
            if (response.status == 403 && isFirewallPage(response)) {
                // A CDN/WAF page, not CareLink judging the token: no refresh (it would only rotate the
                // token), retry later with backoff.
                HttpResponse blocked = response;
                blocked.error = CareLinkErrors::blockedByFirewall(response.status, response.error->detail);
                callback(blocked);
                return;
            }
            if ((response.status == 401 || response.status == 403) && !retried) {
                // The access token may have been revoked early (another login): refresh once, retry once.
                qCInfo(lcCareLink) << request.purpose << "refused with" << response.status << "- refreshing once";
                m_auth.invalidateAccessToken();
                authorized(request, context, callback, true);
                return;
            }
            if (response.status == 401 || response.status == 403) {
                HttpResponse refused = response;
                refused.error = accessRefused(*response.error);
                callback(refused);
                return;
            }
            callback(response);
        });
    });
}

void CareLinkClient::fetchIdentity(QObject *context, IdentityCallback callback)
{
    const ServiceConfig &config = m_auth.config();
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto deliver = [guard, hadContext, callback](const Result<Identity> &result) {
        if (!hadContext || guard)
            callback(result);
    };
    authorized(
        makeRequest(config, HttpRequest::Method::Get, config.careLinkUrl(QStringLiteral("/users/me")),
                    QStringLiteral("CareLink users/me")),
        this,
        [=, this](const HttpResponse &me) {
            if (!me.ok()) {
                deliver(*me.error);
                return;
            }
            Result<Identity> parsed = IdentityParser::parseUser(me.body);
            if (!parsed.ok()) {
                deliver(parsed);
                return;
            }
            Identity identity = parsed.value();
            if (!identity.username.isEmpty()) {
                fetchLinks(identity, this, deliver);
                return;
            }
            // users/me may not carry the username the data call needs: the profile does.
            authorized(
                makeRequest(config, HttpRequest::Method::Get, config.careLinkUrl(QStringLiteral("/users/me/profile")),
                            QStringLiteral("CareLink users/me/profile")),
                this,
                [=, this](const HttpResponse &profile) mutable {
                    if (!profile.ok()) {
                        deliver(*profile.error);
                        return;
                    }
                    identity.username = IdentityParser::parseProfileUsername(profile.body);
                    if (identity.username.isEmpty()) {
                        deliver(CareLinkErrors::unexpectedResponse(QStringLiteral("profile without username")));
                        return;
                    }
                    fetchLinks(identity, this, deliver);
                },
                false);
        },
        false);
}

void CareLinkClient::fetchLinks(Identity identity, QObject *context, IdentityCallback callback)
{
    if (!identity.carePartner) {
        callback(identity);
        return;
    }
    const ServiceConfig &config = m_auth.config();
    authorized(
        makeRequest(config, HttpRequest::Method::Get, config.careLinkUrl(QStringLiteral("/links/patients")),
                    QStringLiteral("CareLink linked patients")),
        context,
        [identity, callback](const HttpResponse &links) mutable {
            if (!links.ok()) {
                callback(*links.error);
                return;
            }
            const Result<QList<LinkedPatient>> patients = IdentityParser::parsePatients(links.body);
            if (!patients.ok()) {
                callback(patients.error());
                return;
            }
            identity.patients = patients.value();
            callback(identity);
        },
        false);
}

void CareLinkClient::fetchDataBody(const DataRequest &dataRequest, QObject *context, BodyCallback callback)
{
    const ServiceConfig &config = m_auth.config();
    DataRequest body = dataRequest;
    if (body.appVersion.isEmpty())
        body.appVersion = config.appVersion;
    HttpRequest r =
        makeRequest(config, HttpRequest::Method::Post, config.cumulusUrl(QStringLiteral("/display/message")),
                    QStringLiteral("CareLink display/message"));
    r.setHeader("Content-Type", "application/json");
    r.body = body.toJson();
    r.idempotent = true; // a read, though it is a POST
    r.retry = m_retry;
    const QString appVersion = body.appVersion;
    authorized(
        r, context,
        [callback, appVersion](const HttpResponse &response) {
            if (!response.ok()) {
                callback(*response.error);
                return;
            }
            if (response.status == 206) // "Upgrade application"
                callback(CareLinkErrors::appVersionTooOld(appVersion));
            else if (response.status == 204)
                callback(QByteArray());
            else
                callback(response.body);
        },
        false);
}

void CareLinkClient::fetchData(const DataRequest &request, QObject *context, DataCallback callback)
{
    fetchDataBody(request, context, [callback](const Result<QByteArray> &body) {
        if (!body.ok()) {
            callback(body.error());
            return;
        }
        if (body->isEmpty()) { // 204: nothing for this patient yet
            PatientData empty;
            empty.empty = true;
            callback(empty);
            return;
        }
        callback(PayloadParser::parse(body.value()));
    });
}

} // namespace nb::carelink
