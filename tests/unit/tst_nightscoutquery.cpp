#include "nightscout/nsquery.h"

#include <QTest>
#include <QTimeZone>

using nb::ns::NsQuery;

class TestNightscoutQuery : public QObject {
    Q_OBJECT
private slots:
    void buildsFindSyntax()
    {
        NsQuery q;
        q.equals(QStringLiteral("type"), QStringLiteral("sgv"))
            .gte(QStringLiteral("date"), QStringLiteral("1000"))
            .lte(QStringLiteral("date"), QStringLiteral("2000"))
            .gt(QStringLiteral("sgv"), QStringLiteral("39"))
            .lt(QStringLiteral("sgv"), QStringLiteral("401"))
            .count(50);
        const QUrlQuery u = q.toUrlQuery();
        QCOMPARE(u.queryItemValue(QStringLiteral("find[type]")), QStringLiteral("sgv"));
        QCOMPARE(u.queryItemValue(QStringLiteral("find[date][$gte]")), QStringLiteral("1000"));
        QCOMPARE(u.queryItemValue(QStringLiteral("find[date][$lte]")), QStringLiteral("2000"));
        QCOMPARE(u.queryItemValue(QStringLiteral("find[sgv][$gt]")), QStringLiteral("39"));
        QCOMPARE(u.queryItemValue(QStringLiteral("find[sgv][$lt]")), QStringLiteral("401"));
        QCOMPARE(u.queryItemValue(QStringLiteral("count")), QStringLiteral("50"));
        QVERIFY(q.constrains(QStringLiteral("date")));
        QVERIFY(!q.constrains(QStringLiteral("created_at")));
    }

    void encodesValuesSafely()
    {
        NsQuery q;
        q.equals(QStringLiteral("notes"), QStringLiteral("a&b=c+d"))
            .gte(QStringLiteral("created_at"), QStringLiteral("2026-03-01T12:00:00+01:00"));
        QUrl url(QStringLiteral("https://ns.example.org/api/v1/treatments.json"));
        url.setQuery(q.toUrlQuery());
        // Decoded the way a server decodes it, the values come back intact.
        const QUrlQuery back(QUrl::fromEncoded(url.toEncoded()));
        QCOMPARE(back.queryItemValue(QStringLiteral("find[notes]"), QUrl::FullyDecoded), QStringLiteral("a&b=c+d"));
        QCOMPARE(back.queryItemValue(QStringLiteral("find[created_at][$gte]"), QUrl::FullyDecoded),
                 QStringLiteral("2026-03-01T12:00:00+01:00"));
    }

    void isoTimeIsTheServersForm()
    {
        const QDateTime t(QDate(2026, 3, 1), QTime(13, 0, 0, 5), QTimeZone(3600));
        QCOMPARE(NsQuery::isoTime(t), QStringLiteral("2026-03-01T12:00:00.005Z"));
    }
};

QTEST_GUILESS_MAIN(TestNightscoutQuery)
#include "tst_nightscoutquery.moc"
