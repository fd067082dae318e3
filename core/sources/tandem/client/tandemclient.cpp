#include "tandemclient.h"

#include "../jsondecoder.h"
#include "../tandemerrors.h"
#include "common/clock.h"
#include "credentials/credentialstore.h"
#include "logging/categories.h"
#include "tandemauth.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUrlQuery>

namespace nb::tandem {

namespace {
const QString kService = QStringLiteral("Tandem Source");

SyncError blockedByFirewall(const QString &purpose)
{
    return SyncError::make(SyncError::Kind::Protocol,
                           TandemClient::tr("Tandem Source refused the request (its firewall blocked it). The "
                                            "vendor may have changed something; Nightbridge needs an update."),
                           QStringLiteral("%1: HTTP 403 from the data host (Origin/Referer rejected?)").arg(purpose),
                           false, 403);
}
} // namespace

TandemClient::TandemClient(HttpClient &http, CredentialStore &store, const Clock &clock, TandemAccount account,
                           QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_store(store)
    , m_clock(clock)
    , m_account(std::move(account))
    , m_auth(new TandemAuth(http, clock, m_account.endpoints, this))
{}

TandemClient::~TandemClient() = default;

QString TandemClient::storeKey(const char *what) const
{
    return QStringLiteral("account/%1/%2").arg(m_account.key, QLatin1String(what));
}

QString TandemClient::defaultEventIds()
{
    // What Tandem's own web app asks for (55 ids, with FreeStyle Libre 3's 477/480/486).
    return QStringLiteral("229,5,28,4,26,99,279,3,16,59,21,55,20,280,64,65,66,61,33,371,171,369,460,172,370,461,372,"
                          "480,399,256,213,406,477,394,212,404,214,405,486,447,313,60,14,6,90,230,140,12,11,53,13,63,"
                          "203,307,191");
}

QList<QPair<QDate, QDate>> TandemClient::windows(QDate first, QDate last, int maxDays)
{
    QList<QPair<QDate, QDate>> out;
    if (!first.isValid() || !last.isValid() || last < first || maxDays < 1)
        return out;
    for (QDate start = first; start <= last; start = start.addDays(maxDays))
        out.append({start, std::min(last, start.addDays(maxDays - 1))});
    return out;
}

void TandemClient::persist(const QString &key, const Secret &value)
{
    m_store.write(key, value, this, [key](const Result<void> &r) {
        if (!r.ok())
            qCWarning(lcTandem).noquote() << "could not store" << key << ":" << r.error().toLogString();
    });
}

void TandemClient::ensureSession(Callback<TandemSession> done)
{
    if (m_session && m_session->isUsable(m_clock.nowUtc())) {
        done(*m_session);
        return;
    }
    m_waiters.append(std::move(done));
    if (m_waiters.size() > 1)
        return; // a sign-in is already under way; it answers everyone
    if (m_sessionLoaded) {
        continueSessionSetup();
        return;
    }
    m_store.read(storeKey("token"), this, [this](const Result<std::optional<Secret>> &stored) {
        m_sessionLoaded = true;
        if (stored.ok() && stored.value()) {
            m_session = TandemSession::fromSecret(*stored.value());
            if (m_session && m_session->isUsable(m_clock.nowUtc())) {
                qCInfo(lcTandem) << "using the stored Tandem Source session";
                resolveSession(*m_session);
                return;
            }
        } else if (!stored.ok()) {
            qCWarning(lcTandem).noquote() << "cannot read the stored session:" << stored.error().toLogString();
        }
        continueSessionSetup();
    });
}

void TandemClient::continueSessionSetup()
{
    if (m_guard) {
        signIn();
        return;
    }
    m_store.read(storeKey("login-guard"), this, [this](const Result<std::optional<Secret>> &stored) {
        m_guard = stored.ok() && stored.value() ? TandemLoginGuard::fromSecret(*stored.value()) : TandemLoginGuard();
        signIn();
    });
}

void TandemClient::signIn()
{
    const QByteArray credentials = TandemLoginGuard::fingerprintOf(m_account.email, m_account.password);
    if (!m_guard->allows(credentials, m_account.maxFailedLogins)) {
        resolveSession(TandemErrors::lockedOut(m_guard->failures));
        return;
    }
    if (m_account.email.isEmpty() || m_account.password.isEmpty()) {
        resolveSession(TandemErrors::badConfig(QStringLiteral("e-mail address and password are needed")));
        return;
    }
    ++m_loginAttempts;
    m_auth->login(m_account.email, m_account.password,
                  [this, credentials](const Result<TandemSession> &result, bool rejected) {
                      if (result.ok()) {
                          m_session = result.value();
                          persist(storeKey("token"), m_session->toSecret());
                          if (m_guard->failures > 0) {
                              m_guard->recordSuccess();
                              persist(storeKey("login-guard"), m_guard->toSecret());
                          }
                          resolveSession(result);
                          return;
                      }
                      if (rejected) {
                          m_guard->recordFailure(credentials);
                          persist(storeKey("login-guard"), m_guard->toSecret());
                          if (!m_guard->allows(credentials, m_account.maxFailedLogins)) {
                              resolveSession(TandemErrors::lockedOut(m_guard->failures));
                              return;
                          }
                      }
                      resolveSession(result);
                  });
}

void TandemClient::resolveSession(const Result<TandemSession> &result)
{
    const QList<Callback<TandemSession>> waiters = std::exchange(m_waiters, {});
    for (const auto &waiter : waiters)
        waiter(result);
}

void TandemClient::authorizedGet(const QUrl &url, const QString &purpose, Callback<Response> done, bool retried)
{
    ensureSession([this, url, purpose, done, retried](const Result<TandemSession> &session) {
        if (!session) {
            done(session.error());
            return;
        }
        HttpRequest r;
        r.url = url;
        r.purpose = purpose;
        r.idempotent = true;
        r.retry = m_account.dataRetry;
        r.serializeKey = QStringLiteral("tandem-source");
        r.setHeader("Authorization", "Bearer " + session->accessToken.revealBytes());
        r.setHeader("User-Agent", m_account.endpoints.userAgent);
        r.setHeader("Accept", "application/json");
        r.setHeader("Origin", m_account.endpoints.origin());
        r.setHeader("Referer", m_account.endpoints.referer());
        m_http.send(r, kService, this, [this, url, purpose, done, retried](const HttpResponse &response) {
            if (response.status == 401 && !retried) {
                // Revoked or expired early: sign in again, once.
                qCInfo(lcTandem) << "Tandem Source answered 401; signing in again";
                m_session.reset();
                authorizedGet(url, purpose, done, true);
                return;
            }
            if (response.status == 403) {
                done(blockedByFirewall(purpose));
                return;
            }
            if (response.error) {
                done(*response.error);
                return;
            }
            done(Response{response.status, response.body});
        });
    });
}

void TandemClient::fetchPumper(Callback<PumperInfo> done)
{
    ensureSession([this, done](const Result<TandemSession> &session) {
        if (!session) {
            done(session.error());
            return;
        }
        const QUrl url = m_account.endpoints.sourceBase.resolved(
            QUrl(QStringLiteral("api/reports/bff/pumper/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(session->pumperId))));
        authorizedGet(url, QStringLiteral("Tandem pumper"), [done](const Result<Response> &response) {
            if (!response) {
                done(response.error());
                return;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(response->body);
            if (!doc.isObject()) {
                done(TandemErrors::unexpectedResponse(QStringLiteral("pumper"), QStringLiteral("not a JSON object"),
                                                      response->body));
                return;
            }
            done(PumperInfo::fromJson(doc.object()));
        });
    });
}

void TandemClient::fetchPumpLogs(const QString &assignmentId, QDate first, QDate last, bool allEvents,
                                 Callback<DecodedLog> done)
{
    const auto list = windows(first, last);
    if (list.isEmpty()) {
        done(TandemErrors::badConfig(QStringLiteral("the date range %1 to %2 is empty")
                                         .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))));
        return;
    }
    fetchWindow(assignmentId, list, allEvents, std::make_shared<DecodedLog>(), std::move(done));
}

void TandemClient::fetchWindow(const QString &assignmentId, QList<QPair<QDate, QDate>> remaining, bool allEvents,
                               std::shared_ptr<DecodedLog> collected, Callback<DecodedLog> done)
{
    if (remaining.isEmpty()) {
        collected->dedupe();
        done(*collected);
        return;
    }
    const auto [from, to] = remaining.takeFirst();
    ensureSession([=, this](const Result<TandemSession> &session) {
        if (!session) {
            done(session.error());
            return;
        }
        QUrl url = m_account.endpoints.sourceBase.resolved(QUrl(
            QStringLiteral("api/reports/bff/pump-logs/") + QString::fromLatin1(QUrl::toPercentEncoding(assignmentId))));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pumperId"), session->pumperId);
        // Whole days, as these literal strings (not converted time zones).
        query.addQueryItem(QStringLiteral("startDate"), from.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
        query.addQueryItem(QStringLiteral("endDate"), to.toString(Qt::ISODate) + QStringLiteral("T23:59:59Z"));
        if (!allEvents)
            query.addQueryItem(QStringLiteral("eventIds"), defaultEventIds());
        url.setQuery(query);
        authorizedGet(url, QStringLiteral("Tandem pump logs"), [=, this](const Result<Response> &response) {
            if (!response) {
                done(response.error());
                return;
            }
            // A short window (a sync run's) that answers as last time has no new records: skip decoding.
            const bool shortWindow = from.daysTo(to) < 3;
            const QString windowKey = assignmentId + QLatin1Char('|') + from.toString(Qt::ISODate) + QLatin1Char('|') +
                                      to.toString(Qt::ISODate) +
                                      (allEvents ? QLatin1String("|all") : QLatin1String("|default"));
            QByteArray hash;
            if (shortWindow) {
                hash = QCryptographicHash::hash(response->body, QCryptographicHash::Sha1);
                if (m_lastWindow && m_lastWindow->key == windowKey && m_lastWindow->hash == hash) {
                    qCDebug(lcTandem) << "pump logs" << from << "to" << to << "unchanged";
                    collected->append(m_lastWindow->log);
                    fetchWindow(assignmentId, remaining, allEvents, collected, done);
                    return;
                }
            }
            auto log = JsonDecoder::decodePumpLogs(response->body);
            if (!log) {
                done(log.error());
                return;
            }
            if (shortWindow)
                m_lastWindow = LastWindow{windowKey, hash, log.value()};
            qCDebug(lcTandem) << "pump logs" << from << "to" << to << ":" << log->events.size() << "events";
            collected->append(*log);
            fetchWindow(assignmentId, remaining, allEvents, collected, done);
        });
    });
}

void TandemClient::fetch(QDate first, QDate last, const QTimeZone &pumpZone, bool allEvents, Callback<FetchResult> done)
{
    if (m_pumper && m_account.pumperRefreshSeconds > 0 && m_clock.nowUtc() < m_pumperUntil) {
        fetchWith(*m_pumper, true, first, last, pumpZone, allEvents, std::move(done));
        return;
    }
    fetchPumper([=, this](const Result<PumperInfo> &pumper) {
        if (!pumper) {
            done(pumper.error());
            return;
        }
        m_pumper = pumper.value();
        m_pumperUntil = m_clock.nowUtc().addSecs(m_account.pumperRefreshSeconds);
        fetchWith(pumper.value(), false, first, last, pumpZone, allEvents, done);
    });
}

void TandemClient::fetchWith(const PumperInfo &pumper, bool fromCache, QDate first, QDate last,
                             const QTimeZone &pumpZone, bool allEvents, Callback<FetchResult> done)
{
    auto choice = pumper.choose(m_account.pumpSerial, pumpZone, m_clock.nowUtc());
    if (!choice) {
        m_pumper.reset();
        done(choice.error());
        return;
    }
    if (choice->stale && !fromCache)
        qCWarning(lcTandem).noquote() << "the newest data of pump" << choice->pump.serialNumber
                                      << "is more than 3 days old; is the pump still uploading?";
    const PumpInfo pump = choice->pump;
    const bool stale = choice->stale;
    fetchPumpLogs(pump.assignmentId, first, last, allEvents, [=, this](const Result<DecodedLog> &log) {
        if (!log) {
            // 4xx other than sign-in trouble, or an answer we do not understand: the pump may
            // have changed (new assignment). Not for outages: that would only double them.
            const SyncError &e = log.error();
            const bool pumpMayHaveChanged =
                e.kind == SyncError::Kind::Protocol ||
                (e.httpStatus >= 400 && e.httpStatus < 500 && e.httpStatus != 401 && e.httpStatus != 429);
            if (fromCache && pumpMayHaveChanged) {
                qCInfo(lcTandem) << "pump logs failed with the remembered pump; reading the pumper again";
                m_pumper.reset();
                fetch(first, last, pumpZone, allEvents, done);
                return;
            }
            m_pumper.reset();
            done(log.error());
            return;
        }
        done(FetchResult{pump, stale, log.value()});
    });
}

} // namespace nb::tandem
