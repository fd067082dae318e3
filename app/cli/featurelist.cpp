#include "featurelist.h"

#include "setup/featurecatalog.h"
#include "sources/carelink/transformcontext.h"
#include "sources/tandem/tandemfeatures.h"

namespace nb::cli {

bool FeatureList::knows(AccountVendor vendor, const QString &name)
{
    if (vendor == AccountVendor::CareLink)
        return carelink::Features::fromList({name}).has_value();
    return tandem::parseFeatures(name).ok();
}

Result<void> FeatureList::check(const QString &list)
{
    QStringList unknown;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!knows(AccountVendor::Tandem, name) && !knows(AccountVendor::CareLink, name))
            unknown.append(name);
    }
    if (unknown.isEmpty())
        return {};
    const auto names = [](AccountVendor vendor) {
        QStringList out;
        for (const setup::FeatureInfo &f : setup::FeatureCatalog::forVendor(vendor))
            out.append(f.name);
        return out.join(QStringLiteral(" "));
    };
    return SyncError::make(
        SyncError::Kind::Config,
        tr("Unknown feature name(s): %1. Known: Tandem %2; CareLink %3 (and \"all\").")
            .arg(unknown.join(QStringLiteral(", ")), names(AccountVendor::Tandem), names(AccountVendor::CareLink)),
        QStringLiteral("unknown feature names"));
}

std::optional<QString> FeatureList::forVendor(const QString &list, AccountVendor vendor)
{
    QStringList known;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (knows(vendor, name))
            known.append(name);
    }
    if (known.isEmpty())
        return std::nullopt;
    return known.join(QLatin1Char(','));
}

} // namespace nb::cli
