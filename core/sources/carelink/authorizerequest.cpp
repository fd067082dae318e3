#include "authorizerequest.h"

#include "carelinkerrors.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace nb::carelink {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    // QRandomGenerator::system() is the OS's cryptographic source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
    return bytes;
}

bool sameText(const QString &a, const QString &b)
{
    // Constant time in the length of `a`, so a wrong state reveals nothing about the right one.
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

} // namespace

QString AuthorizeRequest::challengeFor(const Secret &verifier)
{
    return QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier.revealBytes(), QCryptographicHash::Sha256)));
}

PendingSignIn AuthorizeRequest::create(const ServiceConfig &config)
{
    return createWith(config, randomBytes(32), randomBytes(16));
}

PendingSignIn AuthorizeRequest::createWith(const ServiceConfig &config, const QByteArray &verifierBytes,
                                           const QByteArray &stateBytes)
{
    PendingSignIn p;
    p.verifier = Secret(base64Url(verifierBytes)); // 43 characters from 32 bytes (RFC 7636 §4.1)
    p.state = QString::fromLatin1(base64Url(stateBytes));
    p.redirectUri = config.redirectUri;
    // Every value fully percent-encoded (the redirect URI's ':' and '/' too), so any parser reads it back.
    QStringList parts;
    auto add = [&parts](const char *key, const QString &value) {
        parts.append(QLatin1String(key) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("client_id", config.clientId);
    add("response_type", QStringLiteral("code"));
    add("scope", config.scope);
    add("audience", config.audience);
    add("redirect_uri", config.redirectUri);
    add("code_challenge", challengeFor(p.verifier));
    add("code_challenge_method", QStringLiteral("S256"));
    add("state", p.state);
    QUrl url = config.authorizeUrl();
    url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    p.authorizeUrl = url;
    return p;
}

QUrl AuthorizeRequest::urlFromPaste(const QString &text)
{
    QString s = text.trimmed();
    while (!s.isEmpty() &&
           (s.front() == QLatin1Char('"') || s.front() == QLatin1Char('\'') || s.front() == QLatin1Char('<')))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back() == QLatin1Char('"') || s.back() == QLatin1Char('\'') ||
                            s.back() == QLatin1Char('>') || s.back() == QLatin1Char('.')))
        s.chop(1);
    const QUrl url(s, QUrl::TolerantMode);
    return url.isValid() && !url.scheme().isEmpty() ? url : QUrl();
}

Result<Secret> AuthorizeRequest::codeFromRedirect(const QUrl &redirect, const PendingSignIn &pending)
{
    if (pending.state.isEmpty())
        return CareLinkErrors::signInRejected(tr("no sign-in was started. Start the sign-in again."),
                                              QStringLiteral("redirect without a pending sign-in"));
    const QUrl expected(pending.redirectUri);
    if (redirect.scheme().compare(expected.scheme(), Qt::CaseInsensitive) != 0 || redirect.path() != expected.path())
        return CareLinkErrors::signInRejected(
            tr("that is not the address CareLink sends back after signing in (it starts with %1).")
                .arg(pending.redirectUri),
            QStringLiteral("redirect scheme/path mismatch"));
    const QUrlQuery query(redirect);
    // The state first: an answer that does not belong to the pending sign-in is dropped before anything
    // else in it (an error text someone crafted, a code) is read or shown.
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (!sameText(pending.state, state))
        return CareLinkErrors::signInRejected(
            tr("this sign-in answer does not belong to the sign-in Nightbridge started. Start the sign-in again."),
            state.isEmpty() ? QStringLiteral("redirect without state") : QStringLiteral("state mismatch"));
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        return CareLinkErrors::signInRejected(tr("CareLink did not complete the sign-in (%1). Try again.")
                                                  .arg(description.isEmpty() ? error : description),
                                              QStringLiteral("authorize error %1").arg(error));
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return CareLinkErrors::signInRejected(tr("the answer carries no sign-in code. Start the sign-in again."),
                                              QStringLiteral("redirect without code"));
    return Secret(code);
}

} // namespace nb::carelink
