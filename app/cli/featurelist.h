#pragma once

#include "common/result.h"
#include "settings/settingsschema.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace nb::cli {

// The global `--features` list (tconnectsync's names, or CareLink's): one list for every selected
// account, so each name must be known to some vendor, and each account gets the names its vendor knows.
class FeatureList {
    Q_DECLARE_TR_FUNCTIONS(nb::cli::FeatureList)
public:
    // Usage error naming the unknown names and listing the known ones of each vendor.
    static Result<void> check(const QString &list);
    // The part of the list this vendor knows, comma-separated; nullopt when it knows none of the names
    // (the account is left out of this run rather than syncing what was not asked for).
    static std::optional<QString> forVendor(const QString &list, AccountVendor vendor);

private:
    static bool knows(AccountVendor vendor, const QString &name);
};

} // namespace nb::cli
