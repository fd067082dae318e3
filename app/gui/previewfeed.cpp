#include "previewfeed.h"

#include "common/clock.h"

#include <QTimeZone>
#include <QTimer>

#include <cmath>
#include <numbers>

namespace nb::gui {

namespace {
constexpr qint64 kStepSecs = 5 * 60;
const QString kTandem = QStringLiteral("preview-tandem");
const QString kCareLink = QStringLiteral("preview-carelink");

QDateTime floorToStep(const QDateTime &t)
{
    const qint64 secs = t.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs - secs % kStepSecs, QTimeZone::utc());
}
} // namespace

PreviewFeed::PreviewFeed(StatusModel &model, const Clock &clock, QString scenario, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
    , m_scenario(scenarios().contains(scenario) ? std::move(scenario) : QStringLiteral("ok"))
    , m_next(new QTimer(this))
    , m_resume(new QTimer(this))
{
    m_next->setSingleShot(true);
    m_resume->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, &PreviewFeed::addNewest);
    connect(m_resume, &QTimer::timeout, this, &PreviewFeed::resume);
}

QStringList PreviewFeed::scenarios()
{
    return {QStringLiteral("ok"), QStringLiteral("attention"), QStringLiteral("stale"), QStringLiteral("empty")};
}

int PreviewFeed::valueAt(const QDateTime &time)
{
    const double h = time.toSecsSinceEpoch() / 3600.0;
    const double v =
        135 + 55 * std::sin(2 * std::numbers::pi * h / 7.0) + 22 * std::sin(2 * std::numbers::pi * h / 1.6);
    return int(std::lround(v));
}

QString PreviewFeed::directionAt(const QDateTime &time)
{
    const double perMinute = (valueAt(time) - valueAt(time.addSecs(-kStepSecs))) / 5.0;
    if (perMinute > 3)
        return QStringLiteral("DoubleUp");
    if (perMinute > 2)
        return QStringLiteral("SingleUp");
    if (perMinute > 1)
        return QStringLiteral("FortyFiveUp");
    if (perMinute < -3)
        return QStringLiteral("DoubleDown");
    if (perMinute < -2)
        return QStringLiteral("SingleDown");
    if (perMinute < -1)
        return QStringLiteral("FortyFiveDown");
    return QStringLiteral("Flat");
}

GlucoseReading PreviewFeed::readingAt(const QDateTime &time) const
{
    return GlucoseReading{time, valueAt(time), directionAt(time), kTandem};
}

void PreviewFeed::start()
{
    m_model.setDemo(true);
    const QDateTime now = m_clock.nowUtc();
    if (m_scenario != QLatin1String("empty")) {
        const qint64 lag = m_scenario == QLatin1String("stale") ? 25 * 60 : 2 * 60;
        fillHistory(floorToStep(now.addSecs(-lag)));
        DeviceSnapshot device;
        device.time = now.addSecs(-lag);
        device.iob = 1.35;
        device.reservoir = 142;
        device.pumpBatteryPercent = 80;
        device.phoneBatteryPercent = 64;
        device.accountId = kTandem;
        m_model.setDevice(device);
    }
    setAccounts();
    if (m_scenario == QLatin1String("ok") || m_scenario == QLatin1String("attention"))
        armNextReading();
}

void PreviewFeed::fillHistory(const QDateTime &newest)
{
    QList<GlucoseReading> readings;
    for (QDateTime t = newest.addSecs(-24 * 3600 + kStepSecs); t <= newest; t = t.addSecs(kStepSecs))
        readings << readingAt(t);
    m_model.addReadings(readings);
    QList<TreatmentMarker> markers;
    for (const int hoursAgo : {2, 7, 13, 20}) {
        const QDateTime t = floorToStep(newest.addSecs(-hoursAgo * 3600 - 1200));
        markers << TreatmentMarker{t, 0, 45.0 + hoursAgo, kTandem} << TreatmentMarker{t.addSecs(300), 4.5, 0, kTandem};
    }
    markers << TreatmentMarker{floorToStep(newest.addSecs(-4 * 3600)), 1.2, 0, kTandem};
    m_model.addMarkers(markers);
}

void PreviewFeed::setAccounts()
{
    const QDateTime now = m_clock.nowUtc();
    const std::optional<GlucoseReading> latest = m_model.latestReading();
    AccountStatus tandem;
    tandem.accountId = kTandem;
    tandem.displayName = tr("Tandem Source (demo)");
    tandem.vendor = QStringLiteral("tandem");
    tandem.lastAttempt = now.addSecs(-120);
    tandem.lastSuccess = now.addSecs(-120);
    tandem.nextRun = now.addSecs(180);
    tandem.lastDataTime = latest ? latest->time : QDateTime();
    if (m_scenario == QLatin1String("stale")) {
        tandem.state = AccountState::Retrying;
        tandem.lastSuccess = now.addSecs(-26 * 60);
        tandem.lastError = SyncError::make(SyncError::Kind::Network,
                                           tr("Tandem Source cannot be reached. "
                                              "Nightbridge will try again."),
                                           QStringLiteral("preview: network"), true);
    }
    m_model.setAccount(tandem);
    if (m_scenario == QLatin1String("empty"))
        return;
    AccountStatus carelink;
    carelink.accountId = kCareLink;
    carelink.displayName = tr("CareLink (demo)");
    carelink.vendor = QStringLiteral("carelink");
    carelink.lastSuccess = now.addSecs(-4 * 60);
    carelink.nextRun = now.addSecs(60);
    if (m_scenario == QLatin1String("attention")) {
        carelink.state = AccountState::NeedsAttention;
        carelink.action = AccountAction::SignInAgain;
        carelink.lastSuccess = now.addSecs(-3 * 3600);
        carelink.nextRun = QDateTime();
        carelink.lastError = SyncError::make(SyncError::Kind::Auth,
                                             tr("The CareLink sign-in has expired. "
                                                "Sign in again to continue."),
                                             QStringLiteral("preview: auth"));
    }
    m_model.setAccount(carelink);
}

void PreviewFeed::armNextReading()
{
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    const qint64 due = (now / kStepSecs + 1) * kStepSecs + 30; // readings arrive a little after the slot
    m_next->start(int((due - now) * 1000));
}

void PreviewFeed::addNewest()
{
    const QDateTime slot = floorToStep(m_clock.nowUtc());
    m_model.addReadings({readingAt(slot)});
    if (std::optional<AccountStatus> tandem = m_model.account(kTandem);
        tandem && tandem->state != AccountState::Paused) {
        tandem->lastSuccess = m_clock.nowUtc();
        tandem->lastDataTime = slot;
        tandem->nextRun = m_clock.nowUtc().addSecs(kStepSecs);
        m_model.setAccount(*tandem);
    }
    armNextReading();
}

void PreviewFeed::syncNow()
{
    for (AccountStatus account : m_model.accounts()) {
        if (account.state != AccountState::Idle && account.state != AccountState::Retrying)
            continue;
        account.state = AccountState::Syncing;
        m_model.setAccount(account);
        const QString id = account.accountId;
        QTimer::singleShot(1500, this, [this, id] {
            std::optional<AccountStatus> done = m_model.account(id);
            if (!done || done->state != AccountState::Syncing)
                return;
            done->state = AccountState::Idle;
            done->lastError.reset();
            done->lastSuccess = m_clock.nowUtc();
            done->nextRun = m_clock.nowUtc().addSecs(kStepSecs);
            m_model.setAccount(*done);
        });
    }
}

void PreviewFeed::pause(int minutes)
{
    const QDateTime until = minutes > 0 ? m_clock.nowUtc().addSecs(qint64(minutes) * 60) : QDateTime();
    for (AccountStatus account : m_model.accounts()) {
        if (account.state == AccountState::Disabled)
            continue;
        account.state = AccountState::Paused;
        account.pausedUntil = until;
        account.nextRun = QDateTime();
        m_model.setAccount(account);
    }
    if (minutes > 0)
        m_resume->start(minutes * 60 * 1000);
    else
        m_resume->stop();
}

void PreviewFeed::resume()
{
    m_resume->stop();
    for (AccountStatus account : m_model.accounts()) {
        if (account.state != AccountState::Paused)
            continue;
        account.state = AccountState::Idle;
        account.pausedUntil = QDateTime();
        account.nextRun = m_clock.nowUtc().addSecs(10);
        m_model.setAccount(account);
    }
}

} // namespace nb::gui
