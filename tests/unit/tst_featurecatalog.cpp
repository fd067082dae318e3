// FeatureCatalog: every feature the vendor modules know is offered, with the vendors' own defaults, and the
// stored list round-trips (defaults stored as empty).

#include "setup/featurecatalog.h"
#include "sources/carelink/transformcontext.h"
#include "sources/tandem/tandemfeatures.h"

#include <QTest>

using namespace nb;
using namespace nb::setup;

class TestFeatureCatalog : public QObject {
    Q_OBJECT

private slots:
    void tandemOffersEveryFeatureWithTheDefaults()
    {
        QStringList names;
        for (const FeatureInfo &f : FeatureCatalog::forVendor(AccountVendor::Tandem)) {
            names.append(f.name);
            QVERIFY(!f.label.isEmpty());
            QVERIFY(!f.explanation.isEmpty());
        }
        QCOMPARE(names, tandem::featureNames(tandem::allFeatures()));
        QCOMPARE(FeatureCatalog::defaultNames(AccountVendor::Tandem), tandem::featureNames(tandem::defaultFeatures()));
    }

    void careLinkNamesAreAcceptedByItsParser()
    {
        QStringList names;
        for (const FeatureInfo &f : FeatureCatalog::forVendor(AccountVendor::CareLink))
            names.append(f.name);
        QString unknown;
        const auto parsed = carelink::Features::fromList(names, &unknown);
        QVERIFY2(parsed.has_value(), qPrintable(unknown));
        QVERIFY(parsed->entries && parsed->deviceStatus && parsed->carbs && parsed->boluses && parsed->microBoluses &&
                parsed->bgChecks && parsed->pumpEvents);
        QCOMPARE(FeatureCatalog::defaultNames(AccountVendor::CareLink),
                 (QStringList{QStringLiteral("entries"), QStringLiteral("devicestatus")}));
    }

    void storedListsRoundTrip()
    {
        QCOMPARE(FeatureCatalog::enabledNames(AccountVendor::Tandem, QString()).value(),
                 FeatureCatalog::defaultNames(AccountVendor::Tandem));
        QCOMPARE(FeatureCatalog::enabledNames(AccountVendor::Tandem, QStringLiteral("cgm, bolus,iob")).value(),
                 (QStringList{QStringLiteral("BOLUS"), QStringLiteral("CGM"), QStringLiteral("DEVICE_STATUS")}));
        QCOMPARE(FeatureCatalog::enabledNames(AccountVendor::CareLink, QStringLiteral("treatments")).value().size(), 5);
        QVERIFY(!FeatureCatalog::enabledNames(AccountVendor::Tandem, QStringLiteral("frobnicate")).ok());
        QVERIFY(!FeatureCatalog::enabledNames(AccountVendor::CareLink, QStringLiteral("frobnicate")).ok());
        QCOMPARE(FeatureCatalog::toStored(AccountVendor::Tandem, FeatureCatalog::defaultNames(AccountVendor::Tandem)),
                 QString());
        QCOMPARE(
            FeatureCatalog::toStored(AccountVendor::CareLink, {QStringLiteral("boluses"), QStringLiteral("entries")}),
            QStringLiteral("entries,boluses"));
    }
};

QTEST_MAIN(TestFeatureCatalog)
#include "tst_featurecatalog.moc"
