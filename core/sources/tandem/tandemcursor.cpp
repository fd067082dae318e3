#include "tandemcursor.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace nb::tandem {

namespace {

constexpr qint64 kDay = 24 * 3600;

quint32 groupOf(quint64 key)
{
    return quint32(key >> 32);
}

QString keyText(quint64 key)
{
    return QString::number(key);
}

quint64 keyFrom(const QJsonValue &value)
{
    return value.toString().toULongLong();
}

} // namespace

qint64 TandemCursor::oldestNeededWall() const
{
    qint64 oldest = lastWall;
    for (const Hole &h : holes)
        oldest = std::min(oldest, h.wallBefore);
    for (qint64 wall : carryWalls)
        oldest = std::min(oldest, wall);
    return oldest;
}

TandemCursor::Update TandemCursor::absorb(const QList<PumpEvent> &events)
{
    Update u;
    QList<QPair<quint64, qint64>> seen; // key, wall
    seen.reserve(events.size());
    for (const PumpEvent &e : events)
        seen.append({e.key(), e.wall});
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end(), [](const auto &a, const auto &b) { return a.first == b.first; }),
               seen.end());
    if (seen.isEmpty())
        return u;

    // Holes that are now filled (in part or whole).
    QList<Hole> remaining;
    for (const Hole &h : std::as_const(holes)) {
        quint64 from = h.first;
        qint64 before = h.wallBefore;
        const auto lower =
            std::lower_bound(seen.cbegin(), seen.cend(), qMakePair(h.first, std::numeric_limits<qint64>::min()));
        for (auto it = lower; it != seen.cend() && it->first <= h.last; ++it) {
            u.healed.insert(it->first);
            if (it->first > from)
                remaining.append(Hole{from, it->first - 1, before});
            from = it->first + 1;
            before = it->second;
        }
        if (from <= h.last)
            remaining.append(Hole{from, h.last, before});
    }

    // New records above the old maximum, and the gaps between them.
    const quint64 oldMax = maxKey;
    quint64 previous = oldMax;
    qint64 previousWall = lastWall;
    for (const auto &[key, wall] : seen) {
        if (key <= oldMax)
            continue;
        u.fresh.insert(key);
        if (previous != 0 && groupOf(previous) == groupOf(key) && key > previous + 1) {
            remaining.append(Hole{previous + 1, key - 1, previousWall});
            ++u.newHoles;
        }
        previous = key;
        previousWall = wall;
    }
    if (seen.last().first > maxKey) {
        maxKey = seen.last().first;
        lastWall = seen.last().second;
    }

    // Records that were never uploaded within a week are given up on.
    holes.clear();
    std::sort(remaining.begin(), remaining.end(), [](const Hole &a, const Hole &b) { return a.first < b.first; });
    for (const Hole &h : remaining) {
        if (lastWall - h.wallBefore > qint64(kMaxHoleAgeDays) * kDay)
            ++u.expiredHoles;
        else
            holes.append(h);
    }
    while (holes.size() > kMaxHoles) {
        holes.removeFirst();
        ++u.expiredHoles;
    }
    return u;
}

QJsonObject TandemCursor::toJson() const
{
    QJsonArray holeArray;
    for (const Hole &h : holes)
        holeArray.append(QJsonArray{keyText(h.first), keyText(h.last), double(h.wallBefore)});
    QJsonArray carryArray;
    for (qsizetype i = 0; i < carry.size(); ++i)
        carryArray.append(QJsonArray{keyText(carry.at(i)), double(carryWalls.value(i))});
    return QJsonObject{{QStringLiteral("maxSeq"), keyText(maxKey)},
                       {QStringLiteral("lastWall"), double(lastWall)},
                       {QStringLiteral("holes"), holeArray},
                       {QStringLiteral("carry"), carryArray},
                       {QStringLiteral("serial"), serial}};
}

TandemCursor TandemCursor::fromJson(const QJsonObject &json)
{
    TandemCursor c;
    c.maxKey = keyFrom(json.value(QLatin1String("maxSeq")));
    c.lastWall = qint64(json.value(QLatin1String("lastWall")).toDouble());
    for (const QJsonValue &v : json.value(QLatin1String("holes")).toArray()) {
        const QJsonArray a = v.toArray();
        c.holes.append(Hole{keyFrom(a.at(0)), keyFrom(a.at(1)), qint64(a.at(2).toDouble())});
    }
    for (const QJsonValue &v : json.value(QLatin1String("carry")).toArray()) {
        const QJsonArray a = v.toArray();
        c.carry.append(keyFrom(a.at(0)));
        c.carryWalls.append(qint64(a.at(1).toDouble()));
    }
    c.serial = json.value(QLatin1String("serial")).toString();
    return c;
}

} // namespace nb::tandem
