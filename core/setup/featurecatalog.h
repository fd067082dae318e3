#pragma once

#include "common/result.h"
#include "conflictanalysis.h"
#include "settings/settingsschema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nb::setup {

// One thing an account can upload, as the settings page and the wizard offer it.
struct FeatureInfo {
    QString name;        // as stored in accounts/<id>/features ("BOLUS", "boluses")
    QString label;       // translated, short
    QString explanation; // translated, one line
    bool defaultOn = false;
    std::optional<ConflictArea> area; // what it writes in Nightscout, for the conflict warnings
};

// The feature names of each vendor (from the vendor modules' own parsers) with a label, an explanation
// and defaults, and the conversion between the stored comma list and the set of switched-on names.
class FeatureCatalog {
    Q_DECLARE_TR_FUNCTIONS(nb::setup::FeatureCatalog)
public:
    static QList<FeatureInfo> forVendor(AccountVendor vendor);
    static QStringList defaultNames(AccountVendor vendor);

    // The stored list (empty: the vendor's defaults; aliases such as "all" expanded) -> switched-on names
    // in catalog order. Config error for names the vendor does not know.
    static Result<QStringList> enabledNames(AccountVendor vendor, const QString &stored);
    // Switched-on names -> the value to store: empty when they are exactly the defaults.
    static QString toStored(AccountVendor vendor, const QStringList &enabled);
};

} // namespace nb::setup
