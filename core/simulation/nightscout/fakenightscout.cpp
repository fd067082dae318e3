#include "fakenightscout.h"

#include "common/clock.h"
#include "fakensnormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace nb::sim {

namespace {

ServerResponse unauthorized()
{
    return ServerResponse::json(401, QJsonObject{{QStringLiteral("status"), 401},
                                                 {QStringLiteral("message"), QStringLiteral("Unauthorized")},
                                                 {QStringLiteral("description"), QStringLiteral("Invalid/Missing")}});
}

// What Express answers for a route that is not registered.
ServerResponse cannot(const ServerRequest &request)
{
    const QByteArray body =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
        "</head>\n<body>\n<pre>Cannot " +
        request.method + ' ' + request.path.toHtmlEscaped().toUtf8() + "</pre>\n</body>\n</html>\n";
    return ServerResponse::text(404, body, "text/html; charset=utf-8");
}

ServerResponse tooLarge()
{
    return ServerResponse::text(413,
                                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error"
                                "</title>\n</head>\n<body>\n<pre>PayloadTooLargeError: request entity too large</pre>\n"
                                "</body>\n</html>\n",
                                "text/html; charset=utf-8");
}

std::optional<NsCollection> collectionNamed(const QString &name)
{
    if (name == QLatin1String("entries"))
        return NsCollection::Entries;
    if (name == QLatin1String("treatments"))
        return NsCollection::Treatments;
    if (name == QLatin1String("devicestatus"))
        return NsCollection::DeviceStatus;
    if (name == QLatin1String("profile") || name == QLatin1String("profiles"))
        return NsCollection::Profile;
    return std::nullopt;
}

QString stripJson(QString segment)
{
    if (segment.endsWith(QLatin1String(".json")))
        segment.chop(5);
    return segment;
}

// Credentials from query, headers and body, the body's secret/token removed (array: element 0 only).
FakeNsAuth::Presented collectCredentials(const ServerRequest &request, QJsonValue *body)
{
    FakeNsAuth::Presented p;
    p.secret = request.query.queryItemValue(QStringLiteral("secret"), QUrl::FullyDecoded);
    if (p.secret.isEmpty())
        p.secret = QString::fromLatin1(request.header("api-secret"));
    p.token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QByteArray authorization = request.header("authorization");
    if (p.token.isEmpty() && authorization.startsWith("Bearer "))
        p.token = QString::fromLatin1(authorization.mid(7).trimmed());

    QJsonObject first = body->isArray() ? body->toArray().first().toObject() : body->toObject();
    bool changed = false;
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("secret"), &p.secret}, std::pair{QStringLiteral("token"), &p.token}}) {
        if (first.contains(key)) {
            if (target->isEmpty())
                *target = first.value(key).toString();
            first.remove(key);
            changed = true;
        }
    }
    if (changed && body->isArray()) {
        QJsonArray array = body->toArray();
        array[0] = first;
        *body = array;
    } else if (changed) {
        *body = first;
    }
    return p;
}

} // namespace

FakeNightscout::FakeNightscout(const Clock &clock, QObject *parent)
    : FakeNightscout(clock, Options(), parent)
{}

FakeNightscout::FakeNightscout(const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_server(std::make_unique<LoopbackServer>())
    , m_store(clock)
    , m_auth(clock)
{
    m_auth.setApiSecret(m_options.apiSecret);
    m_auth.setDefaultRoles(m_options.defaultRoles);
    m_auth.setFailDelay(m_options.authFailDelay);
    m_auth.setJwtLifetime(m_options.jwtLifetime);
    const auto handler = [this](const ServerRequest &request) { return handle(request); };
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE")})
        m_server->route(method, QStringLiteral("/"), handler);
    m_server->setFallback(handler);
}

FakeNightscout::~FakeNightscout() = default;

bool FakeNightscout::listen()
{
    return m_server->listen();
}

bool FakeNightscout::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    return m_server->listenTls(certificate, key);
}

ServerResponse FakeNightscout::handle(const ServerRequest &request)
{
    // lib/server/app.js: plain http without X-Forwarded-Proto: https is sent to https.
    if (m_options.httpsOnly && request.url.scheme() == QLatin1String("http") &&
        request.header("x-forwarded-proto") != "https") {
        QUrl target = request.url;
        target.setScheme(QStringLiteral("https"));
        return ServerResponse::redirect(307, target);
    }

    const QString peer = request.peer.toString();
    // The brute-force delay applies to every request from this address, even anonymous reads.
    const std::chrono::milliseconds wait = m_auth.pendingDelay(peer);

    const QString path = request.path;
    QString route;
    if (path.startsWith(QLatin1String("/api/v2/authorization/request/")) && request.method == "GET") {
        ServerResponse r = jwtRequest(path.mid(30), peer);
        r.delay = wait;
        return r;
    }
    if (path.startsWith(QLatin1String("/api/v1/")))
        route = path.mid(8);
    else if (path.startsWith(QLatin1String("/api/")) && !path.startsWith(QLatin1String("/api/v2/")) &&
             !path.startsWith(QLatin1String("/api/v3/")))
        route = path.mid(5);
    else
        return cannot(request);

    // Body limits are enforced by the body parser before any route runs.
    const bool small = route.startsWith(QLatin1String("devicestatus")) || route.startsWith(QLatin1String("profile"));
    const qint64 limit = small ? m_options.smallBodyLimit : m_options.largeBodyLimit;
    if ((m_options.proxyBodyLimit > 0 && request.body.size() > m_options.proxyBodyLimit) ||
        request.body.size() > limit) {
        ServerResponse r = tooLarge();
        r.delay = wait;
        return r;
    }
    QJsonValue body;
    if (!request.body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError) {
            return ServerResponse::json(400, QJsonObject{{QStringLiteral("status"), 400},
                                                         {QStringLiteral("message"), QStringLiteral("Bad Request")}});
        }
        body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    const FakeNsAuth::Presented presented = collectCredentials(request, &body);
    const FakeNsAuth::Resolved auth = m_auth.resolve(presented);
    if (auth.presented && !auth.authenticated)
        m_auth.recordFailure(peer);
    else if (auth.authenticated)
        m_auth.clearFailures(peer);

    ServerResponse r = handleApi(request, route, auth, body);
    r.delay = wait;
    return r;
}

ServerResponse FakeNightscout::handleApi(const ServerRequest &request, const QString &route,
                                         const FakeNsAuth::Resolved &auth, const QJsonValue &body)
{
    const QString head = stripJson(route.section(QLatin1Char('/'), 0, 0));
    const QString rest = route.section(QLatin1Char('/'), 1);
    if (request.method == "GET" && head == QLatin1String("status"))
        return m_auth.permitted(auth, QStringLiteral("api:status:read")) ? statusJson(auth) : unauthorized();
    if (request.method == "GET" && head == QLatin1String("verifyauth"))
        return verifyAuth(auth);

    const std::optional<NsCollection> collection = collectionNamed(head);
    if (!collection)
        return cannot(request);
    const QString name = nsCollectionName(*collection);
    if (request.method == "GET") {
        if (!m_auth.permitted(auth, QStringLiteral("api:%1:read").arg(name)))
            return unauthorized();
        if (head == QLatin1String("profile") && stripJson(rest).isEmpty()) {
            // The list route: find[...] is ignored, count (default 10) is read as Number().
            bool ok = false;
            const double count = request.query.queryItemValue(QStringLiteral("count")).toDouble(&ok);
            return ServerResponse::json(200, m_store.listProfiles(ok && count > 0 ? int(std::min(count, 1e9)) : 10));
        }
        return collectionGet(*collection, head == QLatin1String("profiles") ? QString() : rest, request);
    }
    if (request.method == "POST" && writeRouteExists(*collection) && head != QLatin1String("profiles")) {
        if (!m_auth.permitted(auth, QStringLiteral("api:%1:read").arg(name)) ||
            !m_auth.permitted(auth, QStringLiteral("api:%1:create").arg(name)))
            return unauthorized();
        return collectionPost(*collection, rest, body);
    }
    return cannot(request);
}

bool FakeNightscout::writeRouteExists(NsCollection collection) const
{
    if (!m_auth.apiEnabled())
        return false;
    return collection != NsCollection::Treatments || m_options.careportal;
}

ServerResponse FakeNightscout::collectionGet(NsCollection collection, const QString &rest, const ServerRequest &request)
{
    const QString sub = stripJson(rest);
    if (collection == NsCollection::Entries && !sub.isEmpty()) {
        if (sub == QLatin1String("current")) {
            const QJsonValue current = m_store.currentEntry();
            return ServerResponse::json(200, current.isNull() ? QJsonArray() : QJsonArray{current});
        }
        if (FakeNsNormalizer::isObjectId(sub)) {
            for (const QJsonObject &doc : m_store.documents(collection)) {
                if (doc.value(QStringLiteral("_id")).toString() == sub)
                    return ServerResponse::json(200, QJsonArray{doc});
            }
            return ServerResponse::json(200, QJsonArray());
        }
        return ServerResponse::json(200, m_store.find(collection, request.query, sub));
    }
    if (collection == NsCollection::Profile && sub == QLatin1String("current")) {
        const QJsonValue current = m_store.currentProfile();
        return current.isObject() ? ServerResponse::json(200, current.toObject())
                                  : ServerResponse::text(200, "null", "application/json; charset=utf-8");
    }
    if (!sub.isEmpty())
        return cannot(request);
    return ServerResponse::json(200, m_store.find(collection, request.query));
}

ServerResponse FakeNightscout::collectionPost(NsCollection collection, const QString &rest, const QJsonValue &body)
{
    const QString sub = stripJson(rest);
    if (collection == NsCollection::Entries && sub == QLatin1String("preview")) {
        QJsonArray preview;
        for (const QJsonValue &doc : body.isArray() ? body.toArray() : QJsonArray{body})
            preview.append(FakeNsNormalizer::prepareEntry(doc.toObject(), m_clock.nowUtc()));
        return ServerResponse::json(200, preview);
    }
    NightscoutStore::Reply reply;
    switch (collection) {
    case NsCollection::Entries:
        reply = m_store.postEntries(body);
        break;
    case NsCollection::Treatments:
        reply = m_store.postTreatments(body);
        break;
    case NsCollection::DeviceStatus:
        reply = m_store.postDeviceStatus(body);
        break;
    case NsCollection::Profile:
        reply = m_store.postProfile(body);
        break;
    }
    return reply.body.isArray() ? ServerResponse::json(reply.status, reply.body.toArray())
                                : ServerResponse::json(reply.status, reply.body.toObject());
}

ServerResponse FakeNightscout::statusJson(const FakeNsAuth::Resolved &auth) const
{
    const QDateTime now = m_clock.nowUtc();
    QJsonArray enable{QStringLiteral("careportal"),  QStringLiteral("basal"),     QStringLiteral("iob"),
                      QStringLiteral("cob"),         QStringLiteral("bwp"),       QStringLiteral("cage"),
                      QStringLiteral("sage"),        QStringLiteral("boluscalc"), QStringLiteral("pump"),
                      QStringLiteral("devicestatus")};
    if (!m_options.careportal)
        enable.removeFirst();
    const QJsonObject settings{
        {QStringLiteral("units"), m_options.units},
        {QStringLiteral("timeFormat"), 12},
        {QStringLiteral("customTitle"), QStringLiteral("Nightscout")},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("enable"), enable},
        {QStringLiteral("authDefaultRoles"), m_options.defaultRoles.join(QLatin1Char(' '))},
        {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("bgHigh"), 260},
                                                   {QStringLiteral("bgTargetTop"), 180},
                                                   {QStringLiteral("bgTargetBottom"), 80},
                                                   {QStringLiteral("bgLow"), 55}}},
    };
    const bool api = m_auth.apiEnabled();
    QJsonObject status{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("name"), QStringLiteral("nightscout")},
        {QStringLiteral("version"), m_options.version},
        {QStringLiteral("serverTime"), FakeNsNormalizer::isoTime(now)},
        {QStringLiteral("serverTimeEpoch"), double(now.toMSecsSinceEpoch())},
        {QStringLiteral("apiEnabled"), api},
        {QStringLiteral("careportalEnabled"), api && m_options.careportal},
        {QStringLiteral("boluscalcEnabled"), api},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("extendedSettings"), QJsonObject{{QStringLiteral("devicestatus"), QJsonObject()}}},
        {QStringLiteral("authorized"), auth.jwtInfo ? QJsonValue(*auth.jwtInfo) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("runtimeState"), QStringLiteral("loaded")},
    };
    return ServerResponse::json(200, status);
}

ServerResponse FakeNightscout::verifyAuth(const FakeNsAuth::Resolved &auth) const
{
    const bool canRead = m_auth.permitted(auth, QStringLiteral("*:*:read"));
    const QJsonObject message{
        {QStringLiteral("canRead"), canRead},
        {QStringLiteral("canWrite"), m_auth.permitted(auth, QStringLiteral("*:*:write"))},
        {QStringLiteral("isAdmin"), m_auth.permitted(auth, QStringLiteral("*:*:admin"))},
        {QStringLiteral("message"),
         auth.authenticated && canRead ? QStringLiteral("OK") : QStringLiteral("UNAUTHORIZED")},
        {QStringLiteral("rolefound"), auth.viaSubject ? QStringLiteral("FOUND") : QStringLiteral("NOTFOUND")},
        {QStringLiteral("permissions"), auth.authenticated ? QStringLiteral("ROLE") : QStringLiteral("DEFAULT")},
    };
    return ServerResponse::json(200,
                                QJsonObject{{QStringLiteral("status"), 200}, {QStringLiteral("message"), message}});
}

ServerResponse FakeNightscout::jwtRequest(const QString &accessToken, const QString &peer)
{
    const std::optional<QJsonObject> jwt = m_auth.issueJwt(accessToken);
    if (!jwt) {
        m_auth.recordFailure(peer);
        return unauthorized();
    }
    m_auth.clearFailures(peer);
    return ServerResponse::json(200, *jwt);
}

} // namespace nb::sim
