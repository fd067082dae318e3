#include "statusmodel.h"

#include <algorithm>

namespace nb {

namespace {
constexpr qint64 kKeepMs = 24LL * 3600 * 1000;

template<typename T>
void mergeByTime(QList<T> &into, const QList<T> &added)
{
    for (const T &item : added) {
        const auto same = std::find_if(into.begin(), into.end(), [&](const T &existing) {
            return existing.accountId == item.accountId && existing.time == item.time;
        });
        if (same != into.end())
            *same = item;
        else
            into.append(item);
    }
    std::stable_sort(into.begin(), into.end(), [](const T &a, const T &b) { return a.time < b.time; });
    if (into.isEmpty())
        return;
    const QDateTime cutoff = into.constLast().time.addMSecs(-kKeepMs);
    into.erase(into.begin(),
               std::find_if(into.begin(), into.end(), [&](const T &item) { return item.time >= cutoff; }));
}
} // namespace

StatusModel::StatusModel(QObject *parent)
    : QObject(parent)
{}

std::optional<GlucoseReading> StatusModel::latestReading() const
{
    if (m_readings.isEmpty())
        return std::nullopt;
    return m_readings.constLast();
}

QList<GlucoseReading> StatusModel::readingsOf(const QString &accountId) const
{
    QList<GlucoseReading> out;
    for (const GlucoseReading &r : m_readings) {
        if (r.accountId == accountId)
            out.append(r);
    }
    return out;
}

std::optional<GlucoseReading> StatusModel::latestReading(const QString &accountId) const
{
    for (auto it = m_readings.crbegin(); it != m_readings.crend(); ++it) {
        if (it->accountId == accountId)
            return *it;
    }
    return std::nullopt;
}

QStringList StatusModel::readingAccounts() const
{
    QStringList present;
    for (const GlucoseReading &r : m_readings) {
        if (!present.contains(r.accountId))
            present.append(r.accountId);
    }
    QStringList ordered;
    for (const AccountStatus &a : m_accounts) {
        if (present.contains(a.accountId))
            ordered.append(a.accountId);
    }
    for (const QString &id : present) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    return ordered;
}

QString StatusModel::personName(const QString &accountId) const
{
    for (const AccountStatus &a : m_accounts) {
        if (a.accountId == accountId && !a.displayName.isEmpty())
            return a.displayName;
    }
    return accountId;
}

void StatusModel::addReadings(const QList<GlucoseReading> &readings)
{
    if (readings.isEmpty())
        return;
    const QList<GlucoseReading> before = m_readings;
    mergeByTime(m_readings, readings);
    if (m_readings != before)
        emit readingsChanged();
}

void StatusModel::addMarkers(const QList<TreatmentMarker> &markers)
{
    if (markers.isEmpty())
        return;
    const QList<TreatmentMarker> before = m_markers;
    mergeByTime(m_markers, markers);
    if (m_markers != before)
        emit markersChanged();
}

void StatusModel::setDevice(const DeviceSnapshot &device)
{
    m_device = device;
    emit deviceChanged();
}

std::optional<AccountStatus> StatusModel::account(const QString &accountId) const
{
    for (const AccountStatus &a : m_accounts) {
        if (a.accountId == accountId)
            return a;
    }
    return std::nullopt;
}

void StatusModel::setAccount(const AccountStatus &status)
{
    for (AccountStatus &a : m_accounts) {
        if (a.accountId == status.accountId) {
            a = status;
            emit accountChanged(status.accountId);
            return;
        }
    }
    m_accounts.append(status);
    emit accountsChanged();
    emit accountChanged(status.accountId);
}

void StatusModel::removeAccount(const QString &accountId)
{
    const auto removed = m_accounts.removeIf([&](const AccountStatus &a) { return a.accountId == accountId; });
    if (removed > 0)
        emit accountsChanged();
}

void StatusModel::clear()
{
    m_readings.clear();
    m_markers.clear();
    m_device = DeviceSnapshot();
    m_accounts.clear();
    emit readingsChanged();
    emit markersChanged();
    emit deviceChanged();
    emit accountsChanged();
}

void StatusModel::setDemo(bool demo)
{
    if (m_demo == demo)
        return;
    m_demo = demo;
    emit demoChanged(demo);
}

} // namespace nb
