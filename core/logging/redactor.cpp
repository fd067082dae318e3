#include "redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace nb::redact {

namespace {

const QString kMarker = QStringLiteral("<redacted>");

// Where a name appears decides how cautious we are: `code` is an OAuth authorization code in a query or
// form body, but an ordinary status number in a JSON error body.
enum class NameContext { Json, KeyValue, Header };

QString normalisedName(const QString &name)
{
    QString n = name.toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    n.remove(QLatin1Char('.'));
    return n;
}

bool isSensitiveName(const QString &name, NameContext context)
{
    const QString n = normalisedName(name);
    if (n.isEmpty())
        return false;
    // Metadata about a token is useful in diagnostics and never secret.
    if (n.endsWith(QLatin1String("type")) || n.contains(QLatin1String("expir")))
        return false;
    static const QStringList exact = {
        QStringLiteral("pwd"),          QStringLiteral("pass"),       QStringLiteral("key"),
        QStringLiteral("username"),     QStringLiteral("login"),      QStringLiteral("sid"),
        QStringLiteral("jwt"),          QStringLiteral("sig"),        QStringLiteral("signature"),
        QStringLiteral("otp"),          QStringLiteral("mfacode"),    QStringLiteral("verifier"),
        QStringLiteral("codeverifier"), QStringLiteral("credential"), QStringLiteral("credentials"),
    };
    static const QStringList parts = {
        QStringLiteral("token"),      QStringLiteral("secret"),    QStringLiteral("password"),
        QStringLiteral("passwd"),     QStringLiteral("cookie"),    QStringLiteral("authorization"),
        QStringLiteral("apikey"),     QStringLiteral("session"),   QStringLiteral("email"),
        QStringLiteral("privatekey"), QStringLiteral("assertion"),
    };
    if (exact.contains(n))
        return true;
    for (const QString &p : parts) {
        if (n.contains(p))
            return true;
    }
    return context == NameContext::KeyValue && n == QLatin1String("code");
}

// Rebuilds `input`, replacing each match of `re` by what `fn` returns (nullopt keeps the match).
template<typename Fn>
QString replaceEach(const QString &input, const QRegularExpression &re, Fn fn)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(input);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const std::optional<QString> replacement = fn(m);
        if (!replacement)
            continue;
        out += QStringView(input).mid(last, m.capturedStart() - last);
        out += *replacement;
        last = m.capturedEnd();
    }
    if (last == 0)
        return input;
    out += QStringView(input).mid(last);
    return out;
}

// Values that are secret whatever their name: e-mail addresses (also percent-encoded), JWTs, bearer
// tokens and SHA-1/SHA-256 hex digests (the Nightscout api-secret travels as a SHA-1 hash).
QString redactValuePatterns(const QString &input)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+\\-]+(?:@|%40)[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]{4,}(?:\\.[A-Za-z0-9_\\-]*)?"));
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer)\\s+(?!<redacted>)[A-Za-z0-9\\-._~+/=%]{4,}"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digest(QStringLiteral("\\b(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{40})\\b"));

    QString s = input;
    s.replace(email, kMarker);
    s.replace(jwt, kMarker);
    s.replace(bearer, QStringLiteral("\\1 <redacted>"));
    s.replace(digest, kMarker);
    return s;
}

// `"name": value` pairs in JSON-looking text (also inside log messages that quote a body).
QString redactJsonPairs(const QString &input)
{
    static const QRegularExpression pair(
        QStringLiteral("\"([^\"\\\\]{1,64})\"(\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|-?[0-9][^,}\\]\\s]*|true|false)"));
    return replaceEach(input, pair, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        if (!isSensitiveName(m.captured(1), NameContext::Json))
            return std::nullopt;
        return QLatin1Char('"') + m.captured(1) + QLatin1Char('"') + m.captured(2) + QLatin1Char('"') + kMarker +
               QLatin1Char('"');
    });
}

// key=value pairs: query strings, form bodies, and free text such as "password=hunter2".
QString redactKeyValuePairs(const QString &input)
{
    static const QRegularExpression pair(QStringLiteral(
        "(?<![A-Za-z0-9_.\\-%])([A-Za-z][A-Za-z0-9_.\\-]{0,63})(\\s*=\\s*)(\"[^\"]*\"?|'[^']*'?|[^\\s&;,\"'<>]*)"));
    return replaceEach(input, pair, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        // An empty value hides nothing (and is what a second pass sees in front of the marker).
        if (!isSensitiveName(m.captured(1), NameContext::KeyValue) || m.captured(3).isEmpty())
            return std::nullopt;
        return m.captured(1) + m.captured(2) + kMarker;
    });
}

bool isCredentialHeader(const QString &name)
{
    static const QStringList names = {QStringLiteral("proxy-authorization"), QStringLiteral("authorization"),
                                      QStringLiteral("api-secret"), QStringLiteral("set-cookie"),
                                      QStringLiteral("cookie")};
    return names.contains(name.toLower());
}

// "Name: value" lines. Credential headers lose the rest of the line (cookies contain spaces and
// semicolons); other sensitive names lose one word.
QString redactHeaderLike(const QString &input)
{
    static const QRegularExpression wholeLine(
        QStringLiteral("\\b(proxy-authorization|authorization|api-secret|set-cookie|cookie)(\\s*:\\s*)([^\\r\\n]*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(
        QStringLiteral("(?<![A-Za-z0-9_.\\-\"])([A-Za-z][A-Za-z0-9_.\\-]{0,63})(\\s*:\\s+)(?!<redacted>)([^\\s,;]+)"));
    QString s = replaceEach(input, wholeLine, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        if (m.captured(3).isEmpty() || m.captured(3).endsWith(kMarker))
            return std::nullopt;
        // Keep the scheme of an Authorization value: "Bearer <redacted>" still helps diagnose auth issues.
        static const QRegularExpression scheme(QStringLiteral("^(Bearer|Basic|Digest|Token|Negotiate)\\s"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto sm = scheme.match(m.captured(3));
        const QString kept = sm.hasMatch() ? sm.captured(1) + QLatin1Char(' ') : QString();
        return m.captured(1) + m.captured(2) + kept + kMarker;
    });
    return replaceEach(s, word, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
        if (!isSensitiveName(m.captured(1), NameContext::Header) || isCredentialHeader(m.captured(1)))
            return std::nullopt;
        return m.captured(1) + m.captured(2) + kMarker;
    });
}

QJsonValue redactJsonValue(const QJsonValue &value);

QJsonObject redactJsonObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSensitiveName(it.key(), NameContext::Json) && !it.value().isNull())
            out.insert(it.key(), kMarker);
        else
            out.insert(it.key(), redactJsonValue(it.value()));
    }
    return out;
}

QJsonValue redactJsonValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactJsonObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactJsonValue(v));
        return out;
    }
    if (value.isString())
        return text(value.toString());
    return value;
}

// A query string or form body ("a=1&b=2"), still percent-encoded.
QString redactQueryString(const QString &query)
{
    QStringList items = query.split(QLatin1Char('&'));
    for (QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString rawName = eq < 0 ? item : item.left(eq);
        const QString name = QUrl::fromPercentEncoding(rawName.toUtf8());
        if (eq >= 0 && isSensitiveName(name, NameContext::KeyValue))
            item = rawName + QLatin1Char('=') + kMarker;
        else
            item = redactValuePatterns(item);
    }
    return items.join(QLatin1Char('&'));
}

bool looksLikeForm(const QByteArray &body)
{
    static const QRegularExpression form(QStringLiteral("^[^=&\\s]+=[^&\\s]*(?:&[^=&\\s]+=[^&\\s]*)*$"));
    return body.size() < 64 * 1024 && form.match(QString::fromUtf8(body)).hasMatch();
}

QByteArray truncated(QByteArray data, qsizetype maxBytes)
{
    if (maxBytes < 0 || data.size() <= maxBytes)
        return data;
    const qsizetype dropped = data.size() - maxBytes;
    data.truncate(maxBytes);
    // Do not leave half a UTF-8 sequence at the end.
    while (!data.isEmpty() && (static_cast<unsigned char>(data.back()) & 0xC0) == 0x80)
        data.chop(1);
    if (!data.isEmpty() && (static_cast<unsigned char>(data.back()) & 0xC0) == 0xC0)
        data.chop(1);
    return data + "... (" + QByteArray::number(dropped) + " more bytes)";
}

} // namespace

bool isSensitiveName(const QString &name)
{
    return isSensitiveName(name, NameContext::KeyValue);
}

QString text(const QString &input)
{
    if (input.isEmpty())
        return input;
    QString s = redactJsonPairs(input);
    s = redactHeaderLike(s);
    s = redactKeyValuePairs(s);
    return redactValuePatterns(s);
}

QString url(const QUrl &input)
{
    if (input.isEmpty())
        return QString();
    QUrl base = input;
    if (!base.userName().isEmpty())
        base.setUserName(kMarker);
    if (!base.password().isEmpty())
        base.setPassword(kMarker);
    base.setQuery(QString());
    base.setFragment(QString());
    // Nightscout exchanges an access token for a JWT at /api/v2/authorization/request/<token>: the
    // token is a credential even though it stands in the path.
    static const QLatin1String tokenPath("/authorization/request/");
    const QString path = base.path();
    if (const qsizetype at = path.indexOf(tokenPath); at >= 0 && path.size() > at + tokenPath.size())
        base.setPath(path.left(at + tokenPath.size()) + kMarker);
    QString out = base.toString(QUrl::FullyEncoded);
    out.replace(QLatin1String("%3Credacted%3E"), kMarker);
    out = redactValuePatterns(out);
    if (input.hasQuery())
        out += QLatin1Char('?') + redactQueryString(input.query(QUrl::FullyEncoded));
    // The OAuth implicit flow returns access_token in the fragment.
    if (input.hasFragment())
        out += QLatin1Char('#') + redactQueryString(input.fragment(QUrl::FullyEncoded));
    return out;
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value)
{
    const QString n = QString::fromLatin1(name).trimmed().toLower();
    const QString v = QString::fromLatin1(value);
    if (n == QLatin1String("authorization") || n == QLatin1String("proxy-authorization")) {
        const qsizetype space = v.indexOf(QLatin1Char(' '));
        if (space > 0 && space < 16)
            return v.left(space).toLatin1() + " " + kMarker.toLatin1();
        return kMarker.toLatin1();
    }
    if (n == QLatin1String("cookie") || n == QLatin1String("set-cookie")) {
        // Keep cookie names and Set-Cookie attributes (Path, Expires, ...): they explain session bugs.
        QStringList parts = v.split(QLatin1Char(';'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const qsizetype eq = parts[i].indexOf(QLatin1Char('='));
            if (eq < 0)
                continue;
            const bool isAttribute = n == QLatin1String("set-cookie") && i > 0;
            if (!isAttribute)
                parts[i] = parts[i].left(eq + 1) + kMarker;
        }
        return parts.join(QLatin1Char(';')).toLatin1();
    }
    // The challenge carries no secret and explains auth failures ("invalid_token").
    if (n == QLatin1String("www-authenticate"))
        return value;
    if (isSensitiveName(n, NameContext::Header) || n.contains(QLatin1String("key")) ||
        n.contains(QLatin1String("auth")))
        return kMarker.toLatin1();
    if (n == QLatin1String("location") || n == QLatin1String("content-location") || n == QLatin1String("referer"))
        return url(QUrl(v)).toUtf8();
    return text(QString::fromUtf8(value)).toUtf8();
}

QByteArray body(const QByteArray &input, qsizetype maxBytes)
{
    if (input.isEmpty())
        return input;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
    QByteArray out;
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue redacted =
            redactJsonValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        out = redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
    } else if (looksLikeForm(input)) {
        out = redactQueryString(QString::fromUtf8(input)).toUtf8();
    } else {
        out = text(QString::fromUtf8(input)).toUtf8();
    }
    return truncated(out, maxBytes);
}

} // namespace nb::redact
