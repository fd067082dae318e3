#include "fakeworld.h"

#include "common/clock.h"
#include "simulation/tandem/tandemstreamgenerator.h"
#include "sources/tandem/tandemtime.h"

#include <climits>

namespace nb::sim {

namespace {
constexpr qint64 kDaySeconds = 24 * 3600;
constexpr quint32 kFirstSequence = 100000;
constexpr int kUnknownCode = 99; // a record type the app does not know: counted, never mapped
} // namespace

FakeWorld::FakeWorld(const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
{
    FakeTandemSource::Options t;
    t.email = tandemEmail();
    t.password = tandemPassword();
    t.clientId = tandemClientId();
    t.tokenLifetime = m_options.tandemTokenLifetime;
    m_tandem = std::make_unique<FakeTandemSource>(clock, t);
    m_careLink = std::make_unique<FakeCareLink>(clock);
    m_careLink->tenant(QStringLiteral("EU")).options().rotateRefreshTokens = m_options.careLinkRotatesRefreshTokens;
    m_careLink->tenant(QStringLiteral("EU")).options().revokeOnNewLogin = m_options.careLinkRevokesOnNewLogin;
    FakeCareLinkUser user;
    user.username = careLinkUser();
    user.password = QStringLiteral("demo-password-carelink");
    user.role = QStringLiteral("PATIENT_OUS");
    user.country = QStringLiteral("DE");
    user.scenario.era = CareLinkEra::V11; // a 780G with a pump: readings, markers, IOB, reservoir
    user.scenario.zone = m_options.careLinkZone;
    user.scenario.seed = m_options.seed;
    m_careLink->addUser(user);
    for (int i = 0; i < m_options.nightscoutSites; ++i) {
        FakeNightscout::Options n;
        n.apiSecret = m_options.nightscoutSecret;
        n.authFailDelay = std::chrono::milliseconds(200);
        m_nightscout.push_back(std::make_unique<FakeNightscout>(clock, n));
    }
}

FakeWorld::~FakeWorld() = default;

QDateTime FakeWorld::anchor()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

QList<nb::tandem::PumpEvent> FakeWorld::tandemDay(qint64 dayIndex, quint32 seed, const QTimeZone &zone,
                                                  QList<nb::tandem::PumpEvent> *clockChanges)
{
    TandemStreamOptions o;
    o.startUtc = anchor().addDays(dayIndex);
    o.days = 1;
    o.zone = zone;
    o.seed = seed * 100003u + quint32(dayIndex);
    o.firstSequence = kFirstSequence + quint32(dayIndex) * kDayStride;
    o.cgm = TandemStreamOptions::Cgm::G7;
    const TandemStream stream = TandemStreamGenerator::generate(o);
    QList<nb::tandem::PumpEvent> events = stream.events;
    if (clockChanges)
        *clockChanges = stream.clockChanges;
    // Pad the day's block, so the next day's numbers follow without a gap.
    const qsizetype used = stream.events.size() + stream.clockChanges.size();
    quint32 next = o.firstSequence + quint32(used);
    const qint64 lastWall = events.isEmpty() ? 0 : events.last().wall;
    for (qsizetype i = used; i < kDayStride; ++i) {
        nb::tandem::PumpEvent filler;
        filler.code = kUnknownCode;
        filler.sequenceNumber = next++;
        filler.wall = lastWall;
        events.append(filler);
    }
    return events;
}

void FakeWorld::ensureGenerated(qint64 untilDay)
{
    for (qint64 day = m_generatedUntil < 0 ? m_firstDay : m_generatedUntil + 1; day <= untilDay; ++day) {
        QList<nb::tandem::PumpEvent> changes;
        const QList<nb::tandem::PumpEvent> events = tandemDay(day, m_options.seed, m_options.tandemZone, &changes);
        for (const nb::tandem::PumpEvent &e : events) {
            // Pump wall time back to an instant: close enough to decide what has happened by now.
            const qint64 local = e.wall + nb::tandem::kTandemEpochUnix;
            const QDateTime approx = QDateTime::fromSecsSinceEpoch(local, Qt::UTC);
            m_all.append(e);
            m_allUtc.append(local - m_options.tandemZone.offsetFromUtc(approx));
        }
        m_allClock.append(changes);
        m_generatedUntil = day;
    }
}

bool FakeWorld::start()
{
    if (!m_tandem->listen() || !m_careLink->listen())
        return false;
    for (const auto &ns : m_nightscout) {
        if (!ns->listen())
            return false;
    }
    m_firstDay = anchor().daysTo(m_clock.nowUtc()) - m_options.tandemHistoryDays;
    FakeTandemSource::Pump pump;
    pump.assignmentId = QStringLiteral("demo-assignment-1");
    pump.serialNumber = tandemSerial();
    pump.settingsDetails = TandemStreamGenerator::settingsDetails();
    m_tandem->addPump(pump);
    reveal();
    return true;
}

void FakeWorld::reveal()
{
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    ensureGenerated(anchor().daysTo(m_clock.nowUtc()) + 1);
    FakeTandemSource::Pump &pump = m_tandem->pumps().first();
    qsizetype n = pump.events.size();
    while (n < m_all.size() && m_allUtc.at(n) <= now)
        pump.events.append(m_all.at(n++));
    const qint64 lastWall = pump.events.isEmpty() ? LLONG_MIN : pump.events.last().wall;
    pump.clockChanges.clear();
    for (const nb::tandem::PumpEvent &c : std::as_const(m_allClock)) {
        if (c.wall <= lastWall)
            pump.clockChanges.append(c);
    }
}

int FakeWorld::revealedTandemRecords() const
{
    return m_tandem->pumps().isEmpty() ? 0 : int(m_tandem->pumps().first().events.size());
}

QUrl FakeWorld::tandemBase() const
{
    return m_tandem->baseUrl();
}

QUrl FakeWorld::careLinkDiscovery() const
{
    return m_careLink->discoveryUrl();
}

} // namespace nb::sim
