#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace nb {
class Clock;
}

namespace nb::sim {

// Authorization of the fake Nightscout, after cgm-remote-monitor 15.0.7 (spec/nightscout.md section 1):
// API_SECRET (>= 12 characters, presented as SHA-1 or SHA-512 hex, never plain), subjects with roles
// and derived access tokens, JWTs from /api/v2/authorization/request/<token>, Shiro-style permissions,
// default roles for anonymous requests, and the per-IP delay after every failed credential.
class FakeNsAuth {
public:
    // The credentials a request carried (the HTTP layer collects them from query, headers and body).
    struct Presented {
        QString secret; // ?secret=, api-secret header, body "secret"
        QString token;  // ?token=, Authorization: Bearer, body "token"
        bool any() const { return !secret.isEmpty() || !token.isEmpty(); }
    };
    struct Resolved {
        QStringList permissions; // granted (subject or admin, plus the default roles)
        bool presented = false;  // credentials were sent
        bool authenticated = false;
        bool viaSubject = false; // a token / subject (verifyauth: rolefound FOUND)
        QString subject;
        std::optional<QJsonObject> jwtInfo; // for status.json "authorized"
    };

    explicit FakeNsAuth(const Clock &clock);

    void setApiSecret(const QString &secret); // shorter than 12 characters: API disabled, no admin
    bool apiEnabled() const { return m_apiEnabled; }
    void setDefaultRoles(const QStringList &roles) { m_defaultRoles = roles; }
    void setRole(const QString &name, const QStringList &permissions) { m_roles.insert(name, permissions); }
    // Creates a subject and returns its access token ("name-0123456789abcdef"), derived like the real server.
    QString addSubject(const QString &name, const QStringList &roles);
    void setJwtLifetime(std::chrono::seconds lifetime) { m_jwtLifetime = lifetime; }
    void setFailDelay(std::chrono::milliseconds delay) { m_failDelay = delay; }
    std::chrono::milliseconds failDelay() const { return m_failDelay; }

    Resolved resolve(const Presented &presented) const;
    bool permitted(const Resolved &resolved, const QString &permission) const;

    // JWT for an access token, {token, sub, permissionGroups, iat, exp}; nullopt for an unknown token.
    std::optional<QJsonObject> issueJwt(const QString &accessToken) const;

    // Brute-force delay: the remaining wait for a request from `peer` arriving now, and bookkeeping.
    std::chrono::milliseconds pendingDelay(const QString &peer) const;
    void recordFailure(const QString &peer);
    void clearFailures(const QString &peer);
    int failureCount() const { return m_failures; }

    static bool implies(const QString &granted, const QString &requested);

private:
    struct Subject {
        QString id;
        QString name;
        QStringList roles;
        QString accessToken;
    };
    const Subject *subjectByToken(const QString &accessTokenOrJwt, std::optional<QJsonObject> *jwtInfo) const;
    QStringList permissionsOf(const QStringList &roles) const;
    QByteArray sign(const QByteArray &data) const;

    const Clock &m_clock;
    bool m_apiEnabled = false;
    QByteArray m_sha1;
    QByteArray m_sha512;
    QStringList m_defaultRoles{QStringLiteral("readable")};
    QHash<QString, QStringList> m_roles;
    QList<Subject> m_subjects;
    QByteArray m_jwtKey;
    std::chrono::seconds m_jwtLifetime{8 * 3600};
    std::chrono::milliseconds m_failDelay{5000};
    QHash<QString, std::chrono::steady_clock::time_point> m_deadlines;
    int m_failures = 0;
    int m_subjectCounter = 0;
};

} // namespace nb::sim
