// ProfileMapper (pump settings -> Nightscout profile, and when to post/replace it) and PumperInfo
// (pump list, choice of pump).

#include "fixtures.h"
#include "model/identifier.h"
#include "sources/tandem/profilemapper.h"
#include "sources/tandem/pumperinfo.h"
#include "sources/tandem/tandemconvert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nb;
using namespace nb::tandem;

namespace {
QJsonObject settingsDetails()
{
    return test::readJson(
               test::sharedFixture(QStringLiteral("vendor-2026/tandem/bff-pumper.settings-details.trimmed.json")))
        .object();
}

TransformContext context()
{
    TransformContext ctx;
    ctx.zone = QTimeZone("Europe/Berlin");
    ctx.pumpKey = QStringLiteral("1111111");
    return ctx;
}

// The same settings in the legacy shape (tDependentSegs, nested CGM thresholds, carbEntry 1/0).
QJsonObject legacyDetails()
{
    QJsonObject details = settingsDetails();
    QJsonObject profiles = details.value(QLatin1String("profiles")).toObject();
    QJsonArray list = profiles.value(QLatin1String("profile")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject p = list.at(i).toObject();
        p.insert(QStringLiteral("tDependentSegs"), p.take(QStringLiteral("timeDependentSegments")));
        p.insert(QStringLiteral("carbEntry"), 1);
        list[i] = p;
    }
    profiles.insert(QStringLiteral("profile"), list);
    details.insert(QStringLiteral("profiles"), profiles);
    details.insert(QStringLiteral("cgmSettings"),
                   QJsonObject{{QStringLiteral("highGlucoseAlert"), QJsonObject{{QStringLiteral("mgPerDl"), 200}}},
                               {QStringLiteral("lowGlucoseAlert"), QJsonObject{{QStringLiteral("mgPerDl"), 80}}}});
    return details;
}
} // namespace

class TstTandemProfile : public QObject {
    Q_OBJECT

private slots:
    void profileFromBffSettings()
    {
        auto doc = ProfileMapper::profileDocument(settingsDetails(), context());
        QVERIFY(doc.ok());
        QCOMPARE(doc->value(QLatin1String("defaultProfile")).toString(), QStringLiteral("A")); // activeIdp 0
        QVERIFY(isNightbridgeDocument(*doc));
        const QJsonObject store = doc->value(QLatin1String("store")).toObject();
        QCOMPARE(store.keys(), (QStringList{QStringLiteral("A"), QStringLiteral("No delivery")}));
        const QJsonObject a = store.value(QLatin1String("A")).toObject();
        QCOMPARE(a.value(QLatin1String("dia")).toDouble(), 5.0);
        QCOMPARE(a.value(QLatin1String("timezone")).toString(), QStringLiteral("Europe/Berlin"));
        const QJsonArray basal = a.value(QLatin1String("basal")).toArray();
        QCOMPARE(basal.size(), 2);
        QCOMPARE(basal.at(1).toObject().value(QLatin1String("time")).toString(), QStringLiteral("08:00"));
        QCOMPARE(basal.at(1).toObject().value(QLatin1String("timeAsSeconds")).toInt(), 8 * 3600);
        QCOMPARE(basal.at(1).toObject().value(QLatin1String("value")).toDouble(), 1.2);
        QCOMPARE(
            a.value(QLatin1String("carbratio")).toArray().at(0).toObject().value(QLatin1String("value")).toDouble(),
            6.0);
        QCOMPARE(a.value(QLatin1String("sens")).toArray().at(0).toObject().value(QLatin1String("value")).toDouble(),
                 30.0);
        // The pump's correction target, not the CGM alert thresholds tconnectsync uses.
        QCOMPARE(
            a.value(QLatin1String("target_low")).toArray().at(0).toObject().value(QLatin1String("value")).toDouble(),
            110.0);
        QCOMPARE(
            a.value(QLatin1String("target_high")).toArray().at(0).toObject().value(QLatin1String("value")).toDouble(),
            110.0);
        // The all-zero padding segment is dropped.
        const QJsonArray padded =
            store.value(QLatin1String("No delivery")).toObject().value(QLatin1String("basal")).toArray();
        QCOMPARE(padded.size(), 1);
        QCOMPARE(padded.at(0).toObject().value(QLatin1String("time")).toString(), QStringLiteral("12:00"));
    }

    void legacyShapeGivesTheSameProfile()
    {
        auto current = ProfileMapper::profileDocument(settingsDetails(), context());
        auto legacy = ProfileMapper::profileDocument(legacyDetails(), context());
        QVERIFY(current.ok() && legacy.ok());
        QVERIFY(ProfileMapper::sameProfiles(*current, *legacy));
        QCOMPARE(legacy->value(QLatin1String("identifier")), current->value(QLatin1String("identifier")));
    }

    void missingProfilesIsAnError()
    {
        QVERIFY(
            !ProfileMapper::profileDocument(QJsonObject{{QStringLiteral("profiles"), QJsonObject{}}}, context()).ok());
    }

    void uploadPlan()
    {
        const QDateTime now(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC);
        const QJsonObject ours = *ProfileMapper::profileDocument(settingsDetails(), context());
        // Nothing from us yet: post.
        auto plan = ProfileMapper::planUpload(ours, std::nullopt, ProfileMapper::Mode::Replace, now);
        QCOMPARE(plan.action, ProfileMapper::Action::Post);
        QCOMPARE(plan.document.value(QLatin1String("created_at")).toString(),
                 QStringLiteral("2026-05-20T12:00:00.000Z"));
        QVERIFY(!plan.document.contains(QLatin1String("_id")));

        // Our latest says the same (values as strings, as some servers return them): nothing, even in
        // add mode and even if someone else's profile is newer.
        QJsonObject stored = plan.document;
        stored.insert(QStringLiteral("_id"), QStringLiteral("65f000000000000000000001"));
        QJsonObject store = stored.value(QLatin1String("store")).toObject();
        QJsonObject a = store.value(QLatin1String("A")).toObject();
        a.insert(QStringLiteral("dia"), QStringLiteral("5"));
        store.insert(QStringLiteral("A"), a);
        stored.insert(QStringLiteral("store"), store);
        QCOMPARE(ProfileMapper::planUpload(ours, stored, ProfileMapper::Mode::Add, now).action,
                 ProfileMapper::Action::Nothing);

        // The pump changed: replace mode PUTs over our own document, add mode posts a new one.
        QJsonObject changedDetails = settingsDetails();
        QJsonObject profiles = changedDetails.value(QLatin1String("profiles")).toObject();
        profiles.insert(QStringLiteral("activeIdp"), 2);
        changedDetails.insert(QStringLiteral("profiles"), profiles);
        const QJsonObject changed = *ProfileMapper::profileDocument(changedDetails, context());
        QVERIFY(!ProfileMapper::sameProfiles(changed, ours));
        auto put = ProfileMapper::planUpload(changed, stored, ProfileMapper::Mode::Replace, now);
        QCOMPARE(put.action, ProfileMapper::Action::Put);
        QCOMPARE(put.document.value(QLatin1String("_id")).toString(), QStringLiteral("65f000000000000000000001"));
        QCOMPARE(put.document.value(QLatin1String("defaultProfile")).toString(), QStringLiteral("No delivery"));
        QCOMPARE(ProfileMapper::planUpload(changed, stored, ProfileMapper::Mode::Add, now).action,
                 ProfileMapper::Action::Post);

        // A document that is not ours is never replaced.
        QJsonObject loops = stored;
        loops.insert(QStringLiteral("enteredBy"), QStringLiteral("Loop"));
        loops.remove(QStringLiteral("device"));
        QCOMPARE(ProfileMapper::planUpload(changed, loops, ProfileMapper::Mode::Replace, now).action,
                 ProfileMapper::Action::Post);
    }

    void pumperChoice()
    {
        const QJsonObject body =
            test::readJson(test::sharedFixture(QStringLiteral("tandem/v3_bff_pumper.api-response.json"))).object();
        auto pumper = PumperInfo::fromJson(body);
        QVERIFY(pumper.ok());
        QCOMPARE(pumper->pumps.size(), 2);
        QCOMPARE(pumper->pumps.at(1).maxDateOfEvents.has_value(), false);
        const QDateTime now(QDate(2022, 2, 18), QTime(12, 0), Qt::UTC);
        auto choice = pumper->choose(QString(), QTimeZone("America/New_York"), now);
        QVERIFY(choice.ok());
        QCOMPARE(choice->pump.serialNumber, QStringLiteral("90556643"));
        QCOMPARE(choice->pump.assignmentId, QStringLiteral("1b493210-9336-4901-a329-a352775738c5"));
        QVERIFY(!choice->stale);
        // 2022-02-16T22:45:58 New York = 2022-02-17T03:45:58Z.
        QCOMPARE(choice->newestEventUtc, QDateTime(QDate(2022, 2, 17), QTime(3, 45, 58), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(pumper->choose(QString(), QTimeZone("America/New_York"), now.addDays(4))->stale);
        auto pinned = pumper->choose(QStringLiteral("514387"), QTimeZone("America/New_York"), now);
        QVERIFY(pinned.ok());
        QCOMPARE(pinned->pump.modelNumber, QStringLiteral("1000096"));
        QVERIFY(pinned->stale); // never uploaded
        auto missing = pumper->choose(QStringLiteral("999"), QTimeZone("America/New_York"), now);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, SyncError::Kind::Config);
        QVERIFY(missing.error().userMessage.contains(QLatin1String("999")));

        PumperInfo empty;
        QVERIFY(!empty.choose(QString(), QTimeZone("UTC"), now).ok());
        QVERIFY(!PumperInfo::fromJson(QJsonObject{{QStringLiteral("pumps"), 3}}).ok());
    }

    void convertPumperGivesProfile()
    {
        QJsonObject body =
            test::readJson(test::sharedFixture(QStringLiteral("vendor-2026/tandem/bff-pumper.mobi-one-pump.json")))
                .object();
        QJsonArray pumps = body.value(QLatin1String("pumps")).toArray();
        QJsonObject pump = pumps.at(0).toObject();
        pump.insert(QStringLiteral("settings"), QJsonObject{{QStringLiteral("details"), settingsDetails()}});
        pumps[0] = pump;
        body.insert(QStringLiteral("pumps"), pumps);
        auto batch = convertTandemForCli(QJsonDocument(body).toJson(), QStringLiteral("America/New_York"), QString());
        QVERIFY(batch.ok());
        QCOMPARE(batch->profile.size(), 1);
        QCOMPARE(batch->profile.first().value(QLatin1String("defaultProfile")).toString(), QStringLiteral("A"));
        auto none = convertTandemForCli(QJsonDocument(body).toJson(), QStringLiteral("America/New_York"),
                                        QStringLiteral("BASAL"));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        QVERIFY(!convertTandemForCli("{}", QStringLiteral("Not/AZone"), QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TstTandemProfile)
#include "tst_tandemprofile.moc"
