#include "fakensauth.h"

#include "common/clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace nb::sim {

namespace {

constexpr int kMinSecretLength = 12;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

FakeNsAuth::FakeNsAuth(const Clock &clock)
    : m_clock(clock)
{
    // The built-in roles of lib/authorization/storage.js.
    m_roles = {
        {QStringLiteral("admin"), {QStringLiteral("*")}},
        {QStringLiteral("denied"), {}},
        {QStringLiteral("status-only"), {QStringLiteral("api:status:read")}},
        {QStringLiteral("readable"), {QStringLiteral("*:*:read")}},
        {QStringLiteral("careportal"), {QStringLiteral("api:treatments:create")}},
        {QStringLiteral("devicestatus-upload"), {QStringLiteral("api:devicestatus:create")}},
        {QStringLiteral("activity"), {QStringLiteral("api:activity:create")}},
    };
    // A random signing key per install, as the real server has.
    m_jwtKey.resize(32);
    for (char &c : m_jwtKey)
        c = char(QRandomGenerator::global()->bounded(256));
}

void FakeNsAuth::setApiSecret(const QString &secret)
{
    m_apiEnabled = secret.size() >= kMinSecretLength;
    m_sha1 = m_apiEnabled ? QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha1).toHex() : QByteArray();
    m_sha512 =
        m_apiEnabled ? QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha512).toHex() : QByteArray();
}

QString FakeNsAuth::addSubject(const QString &name, const QStringList &roles)
{
    Subject s;
    s.id = QStringLiteral("5f0000000000%1").arg(++m_subjectCounter, 12, 16, QLatin1Char('0'));
    s.name = name;
    s.roles = roles;
    QString prefix;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128 && prefix.size() < 10)
            prefix += c;
    }
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(m_sha1 + s.id.toLatin1()), QCryptographicHash::Sha1).toHex().left(16);
    s.accessToken = prefix + QLatin1Char('-') + QString::fromLatin1(digest);
    m_subjects.append(s);
    return s.accessToken;
}

QStringList FakeNsAuth::permissionsOf(const QStringList &roles) const
{
    QStringList out;
    for (const QString &role : roles)
        out += m_roles.value(role);
    return out;
}

QByteArray FakeNsAuth::sign(const QByteArray &data) const
{
    return base64Url(QMessageAuthenticationCode::hash(data, m_jwtKey, QCryptographicHash::Sha256));
}

std::optional<QJsonObject> FakeNsAuth::issueJwt(const QString &accessToken) const
{
    const Subject *subject = subjectByToken(accessToken, nullptr);
    if (!subject || accessToken.count(QLatin1Char('.')) == 2)
        return std::nullopt;
    const qint64 iat = m_clock.nowMs() / 1000;
    const qint64 exp = iat + m_jwtLifetime.count();
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QJsonObject claims{{QStringLiteral("accessToken"), accessToken},
                             {QStringLiteral("iat"), double(iat)},
                             {QStringLiteral("exp"), double(exp)}};
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray token = header + '.' + payload + '.' + sign(QByteArray(header + '.' + payload));
    QJsonArray groups;
    for (const QString &role : subject->roles)
        groups.append(QJsonArray::fromStringList(m_roles.value(role)));
    return QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                       {QStringLiteral("sub"), subject->name},
                       {QStringLiteral("permissionGroups"), groups},
                       {QStringLiteral("iat"), double(iat)},
                       {QStringLiteral("exp"), double(exp)}};
}

const FakeNsAuth::Subject *FakeNsAuth::subjectByToken(const QString &value, std::optional<QJsonObject> *jwtInfo) const
{
    QString accessToken = value;
    const QList<QByteArray> parts = value.toLatin1().split('.');
    if (parts.size() == 3) {
        if (sign(QByteArray(parts.at(0) + '.' + parts.at(1))) != parts.at(2))
            return nullptr;
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
        if (qint64(claims.value(QStringLiteral("exp")).toDouble()) <= m_clock.nowMs() / 1000)
            return nullptr; // expired
        accessToken = claims.value(QStringLiteral("accessToken")).toString();
        if (jwtInfo)
            *jwtInfo = claims;
    }
    for (const Subject &s : m_subjects) {
        if (!accessToken.isEmpty() && s.accessToken == accessToken)
            return &s;
    }
    return nullptr;
}

FakeNsAuth::Resolved FakeNsAuth::resolve(const Presented &presented) const
{
    Resolved r;
    r.presented = presented.any();
    const QStringList defaults = permissionsOf(m_defaultRoles);
    r.permissions = defaults;
    if (!presented.secret.isEmpty() && m_apiEnabled) {
        const QByteArray given = presented.secret.toLatin1().toLower();
        if (given == m_sha1 || given == m_sha512) {
            r.authenticated = true;
            r.permissions = QStringList{QStringLiteral("*")} + defaults;
            return r;
        }
    }
    // An access token is also accepted where a secret is expected.
    for (const QString &candidate : {presented.secret, presented.token}) {
        if (candidate.isEmpty())
            continue;
        std::optional<QJsonObject> jwtInfo;
        if (const Subject *s = subjectByToken(candidate, &jwtInfo)) {
            r.authenticated = true;
            r.viaSubject = true;
            r.subject = s->name;
            r.jwtInfo = jwtInfo;
            r.permissions = permissionsOf(s->roles) + defaults;
            return r;
        }
    }
    return r;
}

bool FakeNsAuth::implies(const QString &granted, const QString &requested)
{
    const QStringList have = granted.split(QLatin1Char(':'));
    const QStringList want = requested.split(QLatin1Char(':'));
    for (qsizetype i = 0; i < have.size(); ++i) {
        if (have.at(i) == QLatin1String("*"))
            continue;
        if (i >= want.size())
            return false;
        const QStringList options = have.at(i).split(QLatin1Char(','));
        for (const QString &w : want.at(i).split(QLatin1Char(','))) {
            if (!options.contains(w))
                return false;
        }
    }
    return true;
}

bool FakeNsAuth::permitted(const Resolved &resolved, const QString &permission) const
{
    for (const QString &p : resolved.permissions) {
        if (implies(p, permission))
            return true;
    }
    return false;
}

std::chrono::milliseconds FakeNsAuth::pendingDelay(const QString &peer) const
{
    const auto it = m_deadlines.constFind(peer);
    if (it == m_deadlines.constEnd())
        return std::chrono::milliseconds(0);
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*it - std::chrono::steady_clock::now());
    return std::max(left, std::chrono::milliseconds(0));
}

void FakeNsAuth::recordFailure(const QString &peer)
{
    ++m_failures;
    const auto now = std::chrono::steady_clock::now();
    auto &deadline = m_deadlines[peer];
    deadline = std::max(deadline, now) + m_failDelay;
}

void FakeNsAuth::clearFailures(const QString &peer)
{
    m_deadlines.remove(peer);
}

} // namespace nb::sim
