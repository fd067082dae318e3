#include "globaloptions.h"

#include <QTest>

using nb::cli::GlobalOptions;
using namespace Qt::Literals::StringLiterals;

class TestGlobalOptions : public QObject {
    Q_OBJECT
private slots:
    void globalFlagsAnywhere()
    {
        const auto g = GlobalOptions::parse({u"sync"_s, u"--config"_s, u"/tmp/x"_s, u"--once"_s, u"-v"_s,
                                             u"--account=a,b"_s, u"--account"_s, u"c"_s, u"--pretend"_s});
        QCOMPARE(g.verb, u"sync"_s);
        QCOMPARE(g.configDir, u"/tmp/x"_s);
        QCOMPARE(g.accounts, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QVERIFY(g.verbose);
        QVERIFY(g.pretend);
        QCOMPARE(g.arguments, QStringList{u"--once"_s});
        QVERIFY(g.error.isEmpty());
    }

    void tconnectsyncAliases()
    {
        QCOMPARE(GlobalOptions::parse({u"--auto-update"_s}).verb, u"sync"_s);
        QCOMPARE(GlobalOptions::parse({u"--auto-update"_s}).arguments, QStringList{u"--auto-update"_s});
        QCOMPARE(GlobalOptions::parse({u"--check-login"_s}).verb, u"check-login"_s);
        const auto range = GlobalOptions::parse(
            {u"--start-date"_s, u"2026-03-01"_s, u"--end-date"_s, u"2026-03-05"_s, u"--pretend"_s});
        QCOMPARE(range.verb, u"backfill"_s);
        QCOMPARE(range.arguments, (QStringList{u"--start-date"_s, u"2026-03-01"_s, u"--end-date"_s, u"2026-03-05"_s}));
        QCOMPARE(GlobalOptions::parse({u"--days"_s, u"3"_s}).verb, u"backfill"_s);
        QCOMPARE(GlobalOptions::parse({u"--pretend"_s, u"--features"_s, u"BASAL,BOLUS"_s}).verb, u"sync"_s);
        QCOMPARE(GlobalOptions::parse({u"sync"_s, u"--days"_s, u"2"_s}).verb, u"backfill"_s);
        const auto demo = GlobalOptions::parse({u"--demo"_s});
        QCOMPARE(demo.verb, u"sync"_s);
        QVERIFY(demo.demo);
        QVERIFY(demo.arguments.contains(u"--auto-update"_s));
    }

    void featuresSpaceSeparatedAsTconnectsyncTakesThem()
    {
        const auto spaced = GlobalOptions::parse({u"--features"_s, u"BASAL"_s, u"BOLUS"_s, u"PUMP_EVENTS"_s});
        QCOMPARE(spaced.features, u"BASAL,BOLUS,PUMP_EVENTS"_s);
        QCOMPARE(spaced.verb, u"sync"_s);
        QVERIFY(spaced.arguments.isEmpty());
        // The list ends at an option, a command, an account id or a field=value pair.
        const auto withVerb = GlobalOptions::parse({u"--features"_s, u"BASAL"_s, u"CGM"_s, u"sync"_s, u"--once"_s});
        QCOMPARE(withVerb.features, u"BASAL,CGM"_s);
        QCOMPARE(withVerb.verb, u"sync"_s);
        QCOMPARE(withVerb.arguments, QStringList{u"--once"_s});
        const auto set = GlobalOptions::parse(
            {u"accounts"_s, u"set"_s, u"--features"_s, u"boluses"_s, u"carbs"_s, u"kid"_s, u"name=Kid"_s});
        QCOMPARE(set.features, u"boluses,carbs"_s);
        QCOMPARE(set.arguments, (QStringList{u"set"_s, u"kid"_s, u"name=Kid"_s}));
        // A misspelt upper-case name stays in the list (and is refused there), it is no command.
        const auto typo = GlobalOptions::parse({u"--features"_s, u"BASAL"_s, u"BOLUSES_TYPO"_s});
        QCOMPARE(typo.features, u"BASAL,BOLUSES_TYPO"_s);
        QCOMPARE(typo.verb, u"sync"_s);
        // The convert command gets the joined list as its own --features value.
        const auto convert =
            GlobalOptions::parse({u"convert"_s, u"--features"_s, u"BASAL"_s, u"BOLUS"_s, u"--source"_s, u"tandem"_s});
        QCOMPARE(convert.arguments, (QStringList{u"--features"_s, u"BASAL,BOLUS"_s, u"--source"_s, u"tandem"_s}));
    }

    void olderCommandsKeepTheirFlags()
    {
        const auto g =
            GlobalOptions::parse({u"nightscout"_s, u"upload"_s, u"f.json"_s, u"--pretend"_s, u"--verbose"_s});
        QCOMPARE(g.verb, u"nightscout"_s);
        QCOMPARE(g.arguments, (QStringList{u"upload"_s, u"f.json"_s, u"--pretend"_s, u"--verbose"_s}));
        const auto c =
            GlobalOptions::parse({u"carelink"_s, u"login"_s, u"--account"_s, u"kid"_s, u"--config"_s, u"/d"_s});
        QCOMPARE(c.arguments, (QStringList{u"login"_s, u"--account"_s, u"kid"_s}));
        QCOMPARE(c.configDir, u"/d"_s);
        const auto convert =
            GlobalOptions::parse({u"convert"_s, u"--source"_s, u"tandem"_s, u"--features"_s, u"all"_s});
        QCOMPARE(convert.arguments, (QStringList{u"--source"_s, u"tandem"_s, u"--features"_s, u"all"_s}));
    }

    void helpVersionAndErrors()
    {
        QVERIFY(GlobalOptions::parse({}).verb.isEmpty());
        QVERIFY(GlobalOptions::parse({u"--help"_s}).verb.isEmpty());
        QVERIFY(GlobalOptions::parse({u"--version"_s}).verb.isEmpty());
        QCOMPARE(GlobalOptions::parse({u"help"_s, u"sync"_s}).verb, u"help"_s);
        QVERIFY(!GlobalOptions::parse({u"sync"_s, u"--config"_s}).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGlobalOptions)
#include "tst_globaloptions.moc"
