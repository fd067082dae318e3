#include "tandemsource.h"

#include "client/tandemclient.h"
#include "common/clock.h"
#include "credentials/credentialmarker.h"
#include "credentials/credentialstore.h"
#include "logging/categories.h"
#include "profilemapper.h"
#include "tandemtime.h"

#include <QCryptographicHash>
#include <QPointer>

#include <algorithm>
#include <vector>

namespace nb::tandem {

namespace {

constexpr qint64 kOverlapSeconds = 3600;
constexpr int kMaxCatchUpDays = 90;

QDate wallDate(qint64 wall)
{
    int y = 0, m = 0, d = 0;
    civilFromDays((wall + kTandemEpochUnix) / 86400, &y, &m, &d);
    return QDate(y, m, d);
}

// Our own documents' times: entries carry `date` (ms), the others `created_at` with an offset.
QDateTime docTime(NsCollection collection, const QJsonObject &doc)
{
    if (collection == NsCollection::Entries)
        return QDateTime::fromMSecsSinceEpoch(qint64(doc.value(QLatin1String("date")).toDouble()), Qt::UTC);
    return QDateTime::fromString(doc.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs).toUTC();
}

QSet<quint32> idsOf(const QJsonObject &doc)
{
    QSet<quint32> ids;
    for (const QString &part : doc.value(QLatin1String("pump_event_id")).toString().split(QLatin1Char(','))) {
        bool ok = false;
        const quint32 id = part.trimmed().toUInt(&ok);
        if (ok)
            ids.insert(id);
    }
    return ids;
}

SyncError cancelled()
{
    return SyncError::make(SyncError::Kind::Cancelled, QStringLiteral("cancelled"), QStringLiteral("cancelled"));
}

// The status facts from every document of the window (whatever the upload features are).
SourceFacts factsOf(const NsBatch &all)
{
    SourceFacts facts;
    for (const QJsonObject &e : all.entries) {
        if (e.value(QLatin1String("type")).toString() != QLatin1String("sgv"))
            continue;
        facts.readings.append(SourceReading{docTime(NsCollection::Entries, e), e.value(QLatin1String("sgv")).toInt(),
                                            e.value(QLatin1String("direction")).toString()});
    }
    std::sort(facts.readings.begin(), facts.readings.end(),
              [](const SourceReading &a, const SourceReading &b) { return a.time < b.time; });
    for (const QJsonObject &t : all.treatments) {
        const double insulin = t.value(QLatin1String("insulin")).toDouble();
        const double carbs = t.value(QLatin1String("carbs")).toDouble();
        if (insulin > 0 || carbs > 0)
            facts.markers.append(SourceMarker{docTime(NsCollection::Treatments, t), insulin, carbs});
    }
    if (!all.devicestatus.isEmpty()) {
        const QJsonObject ds = all.devicestatus.last();
        const QJsonObject pump = ds.value(QLatin1String("pump")).toObject();
        SourceDevice device;
        device.time = docTime(NsCollection::DeviceStatus, ds);
        const QJsonValue iob = pump.value(QLatin1String("iob")).toObject().value(QLatin1String("iob"));
        if (iob.isDouble())
            device.iob = iob.toDouble();
        const QJsonValue percent = pump.value(QLatin1String("battery")).toObject().value(QLatin1String("percent"));
        if (percent.isDouble())
            device.pumpBatteryPercent = percent.toInt();
        facts.device = device;
    }
    return facts;
}

} // namespace

TandemSource::TandemSource(HttpClient &http, CredentialStore &store, const Clock &clock, Config config, QObject *parent)
    : DataSource(parent)
    , m_http(http)
    , m_store(store)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_inlineCredentials(!m_config.email.isEmpty() && !m_config.password.isEmpty())
{}

TandemSource::~TandemSource() = default;

template<typename F>
auto TandemSource::guarded(F f)
{
    QPointer<TandemSource> self(this);
    const quint64 generation = m_generation;
    return [self, generation, f = std::move(f)](auto &&...args) mutable {
        if (!self || self->m_generation != generation)
            return;
        f(std::forward<decltype(args)>(args)...);
    };
}

SourceLimits TandemSource::limits() const
{
    SourceLimits l;
    l.maxWindowDays = 28;
    l.historyHours = 0;
    l.overlapMinutes = int(kOverlapSeconds / 60);
    return l;
}

int TandemSource::loginAttempts() const
{
    return m_client ? m_client->loginAttempts() : 0;
}

void TandemSource::withClient(std::function<void(const Result<void> &)> next)
{
    if (m_client) {
        next({});
        return;
    }
    const auto missing = [this](const QString &what) {
        return SyncError::make(SyncError::Kind::Config,
                               tr("No Tandem Source %1 is stored for account \"%2\". Add it with `nightbridge-cli "
                                  "accounts set %2 --email E --password`.")
                                   .arg(what, m_config.accountId),
                               QStringLiteral("missing tandem credential"));
    };
    const auto build = [this, next]() {
        TandemAccount account;
        account.key = m_config.accountId;
        account.email = m_config.email;
        account.password = m_config.password;
        account.endpoints = m_config.endpoints;
        account.pumpSerial = m_config.pumpSerial;
        account.maxFailedLogins = m_config.maxFailedLogins;
        m_client = std::make_unique<TandemClient>(m_http, m_store, m_clock, account);
        next({});
    };
    const auto readPassword = [this, build, next, missing]() {
        if (!m_config.password.isEmpty()) {
            build();
            return;
        }
        m_store.read(QStringLiteral("account/%1/password").arg(m_config.accountId), this,
                     [this, build, next, missing](const Result<std::optional<Secret>> &r) {
                         if (!r.ok()) {
                             next(r.error());
                             return;
                         }
                         if (!r.value() || r.value()->isEmpty()) {
                             next(missing(tr("password")));
                             return;
                         }
                         m_config.password = *r.value();
                         build();
                     });
    };
    if (!m_config.email.isEmpty()) {
        readPassword();
        return;
    }
    m_store.read(QStringLiteral("account/%1/email").arg(m_config.accountId), this,
                 [this, readPassword, next, missing](const Result<std::optional<Secret>> &r) {
                     if (!r.ok()) {
                         next(r.error());
                         return;
                     }
                     if (!r.value() || r.value()->isEmpty()) {
                         next(missing(tr("e-mail address")));
                         return;
                     }
                     m_config.email = r.value()->reveal();
                     readPassword();
                 });
}

void TandemSource::fetch(const FetchRequest &request, FetchCallback callback)
{
    m_cancelPending = [callback] { callback(cancelled()); };
    withClient(guarded([this, request, callback](const Result<void> &ready) {
        if (!ready.ok()) {
            m_cancelPending = nullptr;
            callback(ready.error());
            return;
        }
        const QDateTime now = m_clock.nowUtc();
        const QDate today = now.toTimeZone(m_config.zone).date();
        QDate first;
        QDate last = today;
        if (request.from.isValid()) {
            first = request.from.toTimeZone(m_config.zone).date();
            last = std::min(today, request.to.toTimeZone(m_config.zone).date());
        } else {
            const TandemCursor cursor = TandemCursor::fromJson(request.cursor);
            first = cursor.isEmpty() ? today.addDays(-std::max(1, request.initialDays))
                                     : wallDate(cursor.oldestNeededWall() - kOverlapSeconds);
            if (request.resendFrom.isValid())
                first = std::min(first, request.resendFrom.toTimeZone(m_config.zone).date());
            // After a long pause the client pages through 28-day windows; beyond this is a backfill's job.
            first = std::max(first, today.addDays(-kMaxCatchUpDays));
        }
        first = std::min(first, last);
        const QDateTime windowStart = QDateTime(first, QTime(0, 0), m_config.zone).toUTC();
        m_client->fetch(
            first, last, m_config.zone, true,
            guarded([this, request, first, windowStart, callback](const Result<TandemClient::FetchResult> &result) {
                m_cancelPending = nullptr;
                if (!result.ok()) {
                    callback(result.error());
                    return;
                }
                if (result->stale)
                    qCWarning(lcTandem) << "the pump's newest data is more than 3 days old";
                process(request, first, windowStart, result->log.events, result->log.clockChanges, result->pump,
                        callback);
            }));
    }));
}

void TandemSource::process(const FetchRequest &request, const QDate &first, const QDateTime &windowStart,
                           const QList<PumpEvent> &events, const QList<PumpEvent> &clockChanges, const PumpInfo &pump,
                           FetchCallback callback)
{
    Q_UNUSED(first)
    const QString serial = pump.serialNumber;
    const QDateTime now = m_clock.nowUtc();
    const bool backfill = request.from.isValid();
    TandemCursor cursor = TandemCursor::fromJson(request.cursor);
    if (!backfill && !cursor.serial.isEmpty() && cursor.serial != serial) {
        qCInfo(lcTandem) << "the account's pump changed; starting its history afresh";
        cursor = TandemCursor{};
    }
    const QList<quint64> previousCarry = cursor.carry;
    const qint64 neededWall = cursor.isEmpty() ? 0 : cursor.oldestNeededWall();
    TandemCursor::Update update;
    if (!backfill)
        update = cursor.absorb(events + clockChanges);
    const qint64 fromWall = backfill ? 0 : mappingStart(request, neededWall, update, events);

    DecodedLog log;
    log.clockChanges = clockChanges;
    if (fromWall > 0) {
        for (const PumpEvent &e : events) {
            if (e.wall >= fromWall)
                log.events.append(e);
        }
    } else {
        log.events = events;
    }
    TransformContext context;
    context.zone = m_config.zone;
    // Readings and device status always: the status model shows them even when they are not uploaded.
    context.features = m_config.features | Feature::Cgm | Feature::DeviceStatus;
    context.now = now;
    // The mapped records start here: what began before (a bolus's request) is treated as cut by the window.
    context.windowStart = backfill       ? request.from
                          : fromWall > 0 ? std::max(windowStart, wallToUtc(fromWall))
                                         : windowStart;
    context.windowEnd = backfill ? std::min(request.to, now) : now;
    context.pumpKey = serial;
    // Records the pump numbered but the vendor has not handed over (yet): a basal record before one of
    // them is not stretched over the gap (see basalmapper.cpp).
    for (const TandemCursor::Hole &h : std::as_const(cursor.holes))
        context.missingRecords.append({h.first, h.last});
    const TransformResult transformed = TandemTransform::run(log, context);
    if (!backfill && fromWall == 0)
        m_mappedWholeWindow = true;

    FetchResult out;
    out.facts = factsOf(transformed.batch);
    out.coveredFrom = context.windowStart.value_or(windowStart);
    out.coveredTo = context.windowEnd.value_or(now);
    NsBatch all = transformed.batch;
    // The pump's profiles (from the pumper answer): posted only when they changed (the client compares
    // with the latest one we wrote).
    if (m_config.features.testFlag(Feature::Profiles) && !pump.settingsDetails.isEmpty()) {
        if (auto profile = ProfileMapper::profileDocument(pump.settingsDetails, context); profile.ok())
            all.profile = {profile.value()};
        else
            qCWarning(lcTandem).noquote() << "pump profiles not mapped:" << profile.error().detail;
    }
    if (!m_config.features.testFlag(Feature::Cgm))
        all.entries.clear();
    if (!m_config.features.testFlag(Feature::DeviceStatus))
        all.devicestatus.clear();
    // The newest record's pump time, read in the pump's zone (one conversion, not one per document).
    qint64 newestWall = 0;
    for (const PumpEvent &e : events) {
        if (e.isKnown())
            newestWall = std::max(newestWall, e.wall);
    }
    if (newestWall > 0)
        out.newestData = wallToUtc(newestWall);
    if (backfill) {
        for (NsCollection c : {NsCollection::Entries, NsCollection::Treatments}) {
            for (const QJsonObject &doc : all.of(c)) {
                const QDateTime t = docTime(c, doc);
                if (t >= request.from && t <= request.to)
                    out.batch.of(c).append(doc);
            }
        }
        out.batch.devicestatus = all.devicestatus;
        out.batch.profile = all.profile;
        out.cursor = request.cursor;
        callback(out);
        return;
    }

    QSet<quint32> wanted;
    QSet<quint32> healedIds;
    for (quint64 key : update.fresh)
        wanted.insert(quint32(key));
    for (quint64 key : update.healed) {
        wanted.insert(quint32(key));
        healedIds.insert(quint32(key));
    }
    for (quint64 key : previousCarry)
        wanted.insert(quint32(key));
    // A filled hole completes the basal record before it, which was cut short while its successor was
    // missing: send it again with its real duration (same identifier, so it replaces the short one).
    if (!update.healed.isEmpty()) {
        std::vector<quint64> basalKeys;
        for (const PumpEvent &e : std::as_const(log.events)) {
            if (e.code == code::BasalDelivery)
                basalKeys.push_back(e.key());
        }
        std::sort(basalKeys.begin(), basalKeys.end());
        for (quint64 healed : std::as_const(update.healed)) {
            const auto it = std::lower_bound(basalKeys.begin(), basalKeys.end(), healed);
            if (it != basalKeys.begin())
                wanted.insert(quint32(*std::prev(it)));
        }
    }
    cursor.carry.clear();
    cursor.carryWalls.clear();
    for (const PumpEvent &e : transformed.carryOver) {
        cursor.carry.append(e.key());
        cursor.carryWalls.append(e.wall);
    }
    cursor.serial = serial;
    for (NsCollection c : {NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus}) {
        for (const QJsonObject &doc : all.of(c)) {
            const QSet<quint32> ids = idsOf(doc);
            const bool resend = request.resendFrom.isValid() && docTime(c, doc) >= request.resendFrom;
            if (!resend && !ids.intersects(wanted))
                continue;
            out.batch.of(c).append(doc);
            if (ids.intersects(healedIds))
                ++out.healed;
        }
    }
    out.batch.profile = all.profile; // the client posts it only when it changed
    if (request.wantWindow) {
        out.window.entries = all.entries;
        out.window.treatments = all.treatments;
    }
    if (update.newHoles > 0 || update.expiredHoles > 0 || out.healed > 0)
        out.notes.append(QStringLiteral("tandem: %1 new holes, %2 healed documents, %3 holes given up")
                             .arg(update.newHoles)
                             .arg(out.healed)
                             .arg(update.expiredHoles));
    if (update.expiredHoles > 0)
        qCWarning(lcTandem) << update.expiredHoles
                            << "gaps in the pump's record numbers were not filled within a week; giving up on them";
    out.cursor = cursor.toJson();
    callback(out);
}

QDateTime TandemSource::wallToUtc(qint64 wall) const
{
    const QDateTime naive = QDateTime::fromSecsSinceEpoch(wall + kTandemEpochUnix, Qt::UTC);
    return QDateTime(naive.date(), naive.time(), m_config.zone).toUTC();
}

// A run maps only the records it may upload (new, healed, carried over, the newest one) and an hour of
// records before the oldest of them, not the whole days the vendor answers with: that is the context
// the mapping is built for (unfinished records stay in the carry-over until they are complete). The
// first run of the process, a gap check (which compares the whole window) and a resend map everything.
qint64 TandemSource::mappingStart(const FetchRequest &request, qint64 neededWall, const TandemCursor::Update &update,
                                  const QList<PumpEvent> &events) const
{
    if (!m_mappedWholeWindow || request.wantWindow || request.resendFrom.isValid() || neededWall <= 0)
        return 0;
    qint64 from = neededWall;
    for (const PumpEvent &e : events) {
        if (e.wall < from && (update.fresh.contains(e.key()) || update.healed.contains(e.key())))
            from = e.wall;
    }
    return std::max<qint64>(1, from - kOverlapSeconds);
}

void TandemSource::checkLogin(LoginCallback callback)
{
    m_cancelPending = [callback] { callback(cancelled()); };
    withClient(guarded([this, callback](const Result<void> &ready) {
        if (!ready.ok()) {
            m_cancelPending = nullptr;
            callback(ready.error());
            return;
        }
        m_client->fetchPumper(guarded([this, callback](const Result<PumperInfo> &pumper) {
            m_cancelPending = nullptr;
            if (!pumper.ok()) {
                callback(pumper.error());
                return;
            }
            const auto choice = pumper->choose(m_config.pumpSerial, m_config.zone, m_clock.nowUtc());
            if (!choice.ok()) {
                callback(choice.error());
                return;
            }
            LoginInfo info;
            const QString serial = choice->pump.serialNumber;
            info.who = tr("Tandem Source, pump %1 (serial ending %2)").arg(choice->pump.modelName, serial.right(4));
            info.detail =
                choice->newestEventUtc > 0
                    ? tr("newest data %1 UTC%2")
                          .arg(QDateTime::fromSecsSinceEpoch(choice->newestEventUtc, Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               choice->stale ? tr(" (more than 3 days old: is the phone app uploading?)") : QString())
                    : tr("no data uploaded yet");
            callback(info);
        }));
    }));
}

void TandemSource::credentialFingerprint(FingerprintCallback callback)
{
    // An HMAC under this installation's own key: state.json keeps nothing a password could be guessed from.
    const auto done = [this, callback](const QString &email, const Secret &password) {
        QByteArray material = QByteArrayLiteral("tandem|") + email.trimmed().toLower().toUtf8();
        material += '\0';
        material += password.revealBytes();
        CredentialMarker::compute(m_store, material, this, callback);
    };
    if (m_inlineCredentials) {
        done(m_config.email, m_config.password);
        return;
    }
    // Read again from the store: the question is whether the user stored new ones.
    const QString id = m_config.accountId;
    m_store.read(QStringLiteral("account/%1/email").arg(id), this,
                 [this, id, done](const Result<std::optional<Secret>> &email) {
                     const QString e = email.ok() && email.value() ? email.value()->reveal() : QString();
                     m_store.read(QStringLiteral("account/%1/password").arg(id), this,
                                  [done, e](const Result<std::optional<Secret>> &password) {
                                      done(e, password.ok() && password.value() ? *password.value() : Secret());
                                  });
                 });
}

void TandemSource::cancel()
{
    ++m_generation;
    if (auto pending = std::move(m_cancelPending)) {
        m_cancelPending = nullptr;
        pending();
    }
}

} // namespace nb::tandem
