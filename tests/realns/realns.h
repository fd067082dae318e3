#pragma once
// The real Nightscout server (../shared/nightscout/nightscout.sh, cgm-remote-monitor 15.0.7) for the tests
// labelled `realns`. cmake/dev.sh test starts it and exports NB_REAL_NS_URL / NB_REAL_NS_SECRET. Without
// them a test skips locally, and fails under CI=true: CI must never pass without having run them.
// Header only: each realns test is one executable.
#include "common/clock.h"
#include "model/nsbatch.h"
#include "net/httpclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

// In initTestCase: skips (locally) or fails (CI=true) the whole test when the server is not there.
#define NB_REQUIRE_REAL_NS()                                                                                           \
    do {                                                                                                               \
        if (!nb::test::RealNs::configured()) {                                                                         \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL("NB_REAL_NS_URL is not set under CI=true: the realns tests must run against the real "           \
                      "server (cmake/dev.sh test starts it)");                                                         \
            QSKIP("NB_REAL_NS_URL is not set: start ../shared/nightscout/nightscout.sh (see its README)");             \
        }                                                                                                              \
    } while (false)

namespace nb::test {

// Admin access to the real server, besides what the code under test does: wiping the database between
// scenarios, reading everything back, creating roles and subjects.
class RealNs {
public:
    static bool configured() { return !qEnvironmentVariableIsEmpty("NB_REAL_NS_URL"); }
    static QUrl url() { return QUrl(qEnvironmentVariable("NB_REAL_NS_URL")); }
    static QString secret() { return qEnvironmentVariable("NB_REAL_NS_SECRET"); }

    RealNs()
        : m_http(std::make_unique<HttpClient>(m_clock))
    {}

    struct Reply {
        int status = 0;
        QByteArray body;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    };

    Reply request(HttpRequest::Method method, const QString &pathAndQuery, const QByteArray &body = {},
                  bool authenticated = true)
    {
        HttpRequest request;
        request.method = method;
        request.url = QUrl(url().toString() + pathAndQuery);
        request.body = body;
        request.setHeader("Content-Type", "application/json");
        if (authenticated)
            request.setHeader("api-secret",
                              QCryptographicHash::hash(secret().toUtf8(), QCryptographicHash::Sha1).toHex());
        std::optional<HttpResponse> response;
        m_http->send(request, QStringLiteral("real nightscout admin"), nullptr,
                     [&](const HttpResponse &r) { response = r; });
        if (!QTest::qWaitFor([&] { return response.has_value(); }, 60000))
            return {};
        return {response->status, response->body};
    }

    // Every document of a collection, at any age (the server's reads default to the last 4 days).
    QList<QJsonObject> all(NsCollection collection)
    {
        QString path;
        switch (collection) {
        case NsCollection::Entries:
            path = QStringLiteral("/api/v1/entries.json?find[date][$gte]=0&count=1000000");
            break;
        case NsCollection::Treatments:
        case NsCollection::DeviceStatus:
            path = QStringLiteral("/api/v1/%1.json?find[created_at][$gte]=1970-01-01T00:00:00.000Z&count=1000000")
                       .arg(nsCollectionName(collection));
            break;
        case NsCollection::Profile:
            path = QStringLiteral("/api/v1/profile.json?count=1000000");
            break;
        }
        QList<QJsonObject> docs;
        for (const QJsonValue &v : request(HttpRequest::Method::Get, path).json().array())
            docs.append(v.toObject());
        return docs;
    }

    // Empties the four collections (subjects and roles stay).
    bool wipe()
    {
        bool ok =
            request(HttpRequest::Method::Delete, QStringLiteral("/api/v1/entries?find[date][$gte]=0")).status == 200;
        for (const char *name : {"treatments", "devicestatus"}) {
            ok = ok && request(HttpRequest::Method::Delete,
                               QStringLiteral("/api/v1/%1?find[created_at][$gte]=1970-01-01T00:00:00.000Z")
                                   .arg(QLatin1String(name)))
                               .status == 200;
        }
        for (const QJsonObject &profile : all(NsCollection::Profile)) {
            ok = ok && request(HttpRequest::Method::Delete,
                               QStringLiteral("/api/v1/profile/") + profile.value(QLatin1String("_id")).toString())
                               .status == 200;
        }
        for (NsCollection c :
             {NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus, NsCollection::Profile})
            ok = ok && all(c).isEmpty();
        return ok;
    }

    bool createRole(const QString &name, const QStringList &permissions)
    {
        const QJsonObject role{{QStringLiteral("name"), name},
                               {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
                               {QStringLiteral("notes"), QStringLiteral("nightbridge realns test")}};
        return request(HttpRequest::Method::Post, QStringLiteral("/api/v2/authorization/roles"),
                       QJsonDocument(role).toJson())
                   .status == 200;
    }

    // Creates a subject through /api/v2/authorization/subjects; returns its access token (empty on error).
    QString createSubject(const QString &name, const QStringList &roles)
    {
        const QJsonObject subject{{QStringLiteral("name"), name},
                                  {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                                  {QStringLiteral("notes"), QStringLiteral("nightbridge realns test")}};
        const Reply created = request(HttpRequest::Method::Post, QStringLiteral("/api/v2/authorization/subjects"),
                                      QJsonDocument(subject).toJson());
        const QJsonValue createdValue =
            created.json().isArray() ? created.json().array().first() : created.json().object();
        const QString id = createdValue[QLatin1String("_id")].toString();
        if (created.status != 200 || id.isEmpty())
            return {};
        QString token;
        // The server reloads its subjects after the insert; the token appears in the list then.
        (void)QTest::qWaitFor(
            [&] {
                const QJsonArray list =
                    request(HttpRequest::Method::Get, QStringLiteral("/api/v2/authorization/subjects")).json().array();
                for (const QJsonValue &v : list) {
                    if (v[QLatin1String("_id")].toString() == id)
                        token = v[QLatin1String("accessToken")].toString();
                }
                return !token.isEmpty();
            },
            10000);
        return token;
    }

    // The same reading of "which document is this" the tests use everywhere: its identifier.
    static QHash<QString, int> identifierCounts(const QList<QJsonObject> &docs)
    {
        QHash<QString, int> counts;
        for (const QJsonObject &doc : docs)
            ++counts[doc.value(QLatin1String("identifier")).toString()];
        return counts;
    }

private:
    SystemClock m_clock; // before m_http, which keeps a reference
    std::unique_ptr<HttpClient> m_http;
};

} // namespace nb::test
