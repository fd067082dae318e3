#include "nsconnectiontest.h"

#include "logging/categories.h"
#include "nserrors.h"

namespace nb::ns {

namespace {
bool isRedirect(const HttpResponse &response)
{
    return response.redirectTarget.isValid() && response.status >= 300 && response.status < 400;
}
} // namespace

NsConnectionTest::NsConnectionTest(NightscoutClient &client, NightscoutClient::ReportCallback callback, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_callback(std::move(callback))
{}

void NsConnectionTest::start()
{
    requestStatus(false);
}

void NsConnectionTest::requestStatus(bool authenticated)
{
    NightscoutClient::Call call;
    call.path = QStringLiteral("api/v1/status.json");
    call.purpose = QStringLiteral("Nightscout status");
    call.authenticated = authenticated;
    m_client.send(call, [this, authenticated](const HttpResponse &response, const std::optional<SyncError> &error) {
        onStatus(response, error, authenticated);
    });
}

NsCheckOutcome NsConnectionTest::wrongCredentialsOutcome() const
{
    switch (m_client.config().credentials.kind) {
    case NsCredentials::Kind::None:
        return NsCheckOutcome::NoCredentials;
    case NsCredentials::Kind::ApiSecret:
        return NsCheckOutcome::WrongSecret;
    case NsCredentials::Kind::AccessToken:
        break;
    }
    return NsCheckOutcome::WrongToken;
}

SyncError NsConnectionTest::wrongCredentialsError() const
{
    switch (m_client.config().credentials.kind) {
    case NsCredentials::Kind::None:
        return NsErrors::noCredentials();
    case NsCredentials::Kind::ApiSecret:
        return NsErrors::wrongSecret();
    case NsCredentials::Kind::AccessToken:
        break;
    }
    return NsErrors::wrongToken();
}

void NsConnectionTest::onStatus(const HttpResponse &response, const std::optional<SyncError> &error, bool authenticated)
{
    const QUrl base = m_client.config().baseUrl;
    if (isRedirect(response)) {
        m_report.redirectTarget = response.redirectTarget.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        const bool toHttps = base.scheme() == QLatin1String("http") &&
                             m_report.redirectTarget.scheme() == QLatin1String("https") &&
                             m_report.redirectTarget.host() == base.host();
        finish(toHttps ? NsCheckOutcome::HttpsRequired : NsCheckOutcome::Redirected, error);
        return;
    }
    if (response.status == 401) {
        // The site's default role does not even allow reading the status: it needs our credentials.
        if (!authenticated && !m_client.config().credentials.isEmpty()) {
            requestStatus(true);
            return;
        }
        if (authenticated)
            m_client.markAuthFailed(wrongCredentialsError());
        finish(wrongCredentialsOutcome(), wrongCredentialsError());
        return;
    }
    if (error) {
        if (error->kind == SyncError::Kind::Auth) { // a refused token exchange
            finish(wrongCredentialsOutcome(), *error);
            return;
        }
        const bool answeredSomething = response.status >= 400 && response.status < 500;
        if (answeredSomething) {
            finish(NsCheckOutcome::NotNightscout, NsErrors::notNightscout(base, error->detail));
            return;
        }
        finish(outcomeForError(*error), *error);
        return;
    }
    Result<NsServerStatus> status = NsServerStatus::fromJson(response.body);
    if (!status.ok()) {
        finish(NsCheckOutcome::NotNightscout, NsErrors::notNightscout(base, status.error().detail));
        return;
    }
    m_report.status = status.value();
    m_client.rememberStatus(status.value());

    const NsCredentials &credentials = m_client.config().credentials;
    if (!status->apiEnabled) {
        // Do not present credentials at all: with API_SECRET unset or too short every secret is wrong and
        // would only earn a penalty.
        const bool ourSecretShort = credentials.kind == NsCredentials::Kind::ApiSecret &&
                                    credentials.value.reveal().size() < kMinApiSecretLength;
        finish(NsCheckOutcome::ApiDisabled, NsErrors::apiDisabled(ourSecretShort));
        return;
    }
    if (!status->careportalEnabled)
        m_report.warnings.append(NsErrors::careportalDisabled().userMessage);
    if (credentials.isEmpty()) {
        finish(NsCheckOutcome::NoCredentials, NsErrors::noCredentials());
        return;
    }
    requestVerifyAuth();
}

void NsConnectionTest::requestVerifyAuth()
{
    NightscoutClient::Call call;
    call.path = QStringLiteral("api/v1/verifyauth");
    call.purpose = QStringLiteral("Nightscout verify credentials");
    call.retry = false; // a refused credential is never retried (server-side penalty)
    m_client.send(call, [this](const HttpResponse &response, const std::optional<SyncError> &error) {
        onVerifyAuth(response, error);
    });
}

void NsConnectionTest::onVerifyAuth(const HttpResponse &response, const std::optional<SyncError> &error)
{
    if (error) {
        if (error->kind == SyncError::Kind::Auth)
            finish(wrongCredentialsOutcome(), *error);
        else if (isRedirect(response))
            finish(NsCheckOutcome::Redirected, *error);
        else
            finish(outcomeForError(*error), *error);
        return;
    }
    Result<NsAuthStatus> auth = NsAuthStatus::fromJson(response.body);
    if (!auth.ok()) {
        finish(NsCheckOutcome::Unexpected, auth.error());
        return;
    }
    m_report.auth = auth.value();
    if (!auth->authorized) {
        // The server counted a failed attempt: no more credentialed requests until the user acts.
        m_client.markAuthFailed(wrongCredentialsError());
        finish(wrongCredentialsOutcome(), wrongCredentialsError());
        return;
    }
    judgeWritePermission();
}

void NsConnectionTest::judgeWritePermission()
{
    if (m_report.auth->canWrite) {
        m_report.canWrite = true;
        finish(NsCheckOutcome::Ok);
        return;
    }
    // canWrite tests "*:*:write", which only admin-like roles imply; a custom uploader role such as
    // "api:*:create" is enough for us. With a JWT we know the permissions and can tell.
    if (!m_client.hasJwtPermissions()) {
        finish(NsCheckOutcome::NoWritePermission, NsErrors::noWritePermission({}));
        return;
    }
    const QStringList granted = m_client.jwtPermissions();
    QStringList missing;
    QStringList optionalMissing;
    for (const char *collection : {"entries", "treatments", "devicestatus", "profile"}) {
        for (const char *action : {"read", "create"}) {
            const QString permission =
                QStringLiteral("api:%1:%2").arg(QLatin1String(collection), QLatin1String(action));
            if (permissionsImply(granted, permission))
                continue;
            const bool essential = qstrcmp(collection, "entries") == 0 || qstrcmp(collection, "treatments") == 0;
            (essential ? missing : optionalMissing).append(permission);
        }
    }
    if (!missing.isEmpty()) {
        finish(NsCheckOutcome::NoWritePermission, NsErrors::noWritePermission(missing + optionalMissing));
        return;
    }
    if (!optionalMissing.isEmpty()) {
        m_report.warnings.append(tr("The access token may not upload device status or profiles (%1).")
                                     .arg(optionalMissing.join(QStringLiteral(", "))));
    }
    m_report.canWrite = true;
    finish(NsCheckOutcome::Ok);
}

void NsConnectionTest::finish(NsCheckOutcome outcome, std::optional<SyncError> error)
{
    m_report.outcome = outcome;
    if (outcome == NsCheckOutcome::Ok || outcome == NsCheckOutcome::NoWritePermission)
        m_client.setCredentialsVerified();
    if (outcome != NsCheckOutcome::Ok && !error)
        error = NsErrors::unexpected(QStringLiteral("Nightscout connection test"), {});
    m_report.error = error;
    qCInfo(lcNightscout).noquote() << "connection test:" << nsCheckOutcomeName(outcome)
                                   << (error ? error->toLogString() : QString());
    const NightscoutClient::ReportCallback callback = std::move(m_callback);
    deleteLater();
    if (callback)
        callback(m_report);
}

} // namespace nb::ns
