#include "sources/tandem/tandemcursor.h"

#include <QTest>

using namespace nb::tandem;

namespace {
PumpEvent record(quint32 seq, qint64 wall, quint32 group = 0)
{
    PumpEvent e;
    e.code = 279;
    e.sequenceGroup = group;
    e.sequenceNumber = seq;
    e.wall = wall;
    return e;
}
QList<PumpEvent> records(quint32 from, quint32 to, qint64 wall0 = 1000000)
{
    QList<PumpEvent> out;
    for (quint32 s = from; s <= to; ++s)
        out.append(record(s, wall0 + qint64(s - from) * 300));
    return out;
}
} // namespace

class TestTandemCursor : public QObject {
    Q_OBJECT
private slots:
    void firstFetchIsAllFresh()
    {
        TandemCursor c;
        const auto u = c.absorb(records(100, 110));
        QCOMPARE(u.fresh.size(), 11);
        QVERIFY(u.healed.isEmpty());
        QCOMPARE(c.maxKey, quint64(110));
        QVERIFY(c.holes.isEmpty());
    }

    void missingNumbersAreHolesThatHealLater()
    {
        TandemCursor c;
        (void)c.absorb(records(100, 110));
        QList<PumpEvent> later = records(100, 120);
        later.erase(
            std::remove_if(later.begin(), later.end(),
                           [](const PumpEvent &e) { return e.sequenceNumber == 113 || e.sequenceNumber == 114; }),
            later.end());
        const auto u = c.absorb(later);
        QCOMPARE(u.fresh.size(), 8); // 111, 112, 115..120
        QCOMPARE(u.newHoles, 1);
        QCOMPARE(c.holes.size(), 1);
        QCOMPARE(c.holes.first().first, quint64(113));
        QCOMPARE(c.holes.first().last, quint64(114));
        QCOMPARE(c.oldestNeededWall(), later.at(12).wall); // the record before the hole (112)
        // The phone app uploads the missing records late.
        const auto healed = c.absorb(records(100, 121));
        QCOMPARE(healed.healed, (QSet<quint64>{113, 114}));
        QCOMPARE(healed.fresh, (QSet<quint64>{121}));
        QVERIFY(c.holes.isEmpty());
    }

    void partlyFilledHoleSplits()
    {
        TandemCursor c;
        QList<PumpEvent> first = records(1, 3);
        first.append(record(10, 1000000 + 3000));
        (void)c.absorb(first);
        QCOMPARE(c.holes.size(), 1); // 4..9
        (void)c.absorb({record(6, 1000000 + 1500)});
        QCOMPARE(c.holes.size(), 2); // 4..5 and 7..9
        QCOMPARE(c.holes.at(0).last, quint64(5));
        QCOMPARE(c.holes.at(1).first, quint64(7));
    }

    void holesExpireAfterAWeek()
    {
        TandemCursor c;
        QList<PumpEvent> first = records(1, 3, 0);
        first.append(record(10, 3600));
        (void)c.absorb(first);
        const auto u = c.absorb({record(11, 8LL * 24 * 3600)});
        QCOMPARE(u.expiredHoles, 1);
        QVERIFY(c.holes.isEmpty());
    }

    void aNewSequenceGroupIsNoHole()
    {
        TandemCursor c;
        (void)c.absorb(records(500, 505));
        const auto u = c.absorb({record(1, 1000000 + 6000, 1), record(2, 1000000 + 6300, 1)});
        QCOMPARE(u.fresh.size(), 2);
        QCOMPARE(u.newHoles, 0);
    }

    void survivesJson()
    {
        TandemCursor c;
        QList<PumpEvent> first = records(1, 3);
        first.append(record(10, 1000000 + 3000));
        (void)c.absorb(first);
        c.carry = {quint64(10)};
        c.carryWalls = {1000000 + 3000};
        c.serial = QStringLiteral("1234");
        const TandemCursor back = TandemCursor::fromJson(c.toJson());
        QCOMPARE(back.maxKey, c.maxKey);
        QCOMPARE(back.lastWall, c.lastWall);
        QCOMPARE(back.holes.size(), 1);
        QCOMPARE(back.holes.first().wallBefore, c.holes.first().wallBefore);
        QCOMPARE(back.carry, c.carry);
        QCOMPARE(back.serial, c.serial);
        // Large keys (group 1) survive as text.
        TandemCursor big;
        (void)big.absorb({record(4000000000u, 5, 1)});
        QCOMPARE(TandemCursor::fromJson(big.toJson()).maxKey, (quint64(1) << 32) | 4000000000u);
    }
};

QTEST_GUILESS_MAIN(TestTandemCursor)
#include "tst_tandemcursor.moc"
