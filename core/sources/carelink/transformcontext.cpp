#include "transformcontext.h"

namespace nb::carelink {

QStringList Features::knownNames()
{
    return {QStringLiteral("entries"), QStringLiteral("devicestatus"), QStringLiteral("carbs"),
            QStringLiteral("boluses"), QStringLiteral("microboluses"), QStringLiteral("bgchecks"),
            QStringLiteral("events"),  QStringLiteral("treatments"),   QStringLiteral("all")};
}

std::optional<Features> Features::fromList(const QStringList &names, QString *unknown)
{
    Features f;
    f.entries = f.deviceStatus = false;
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toLower();
        if (name.isEmpty())
            continue;
        const bool all = name == QLatin1String("all");
        const bool treatments = all || name == QLatin1String("treatments");
        bool known = all || treatments;
        auto flag = [&](const char *key, bool *target, bool viaGroup) {
            if (name == QLatin1String(key) || viaGroup) {
                *target = true;
                known = true;
            }
        };
        flag("entries", &f.entries, all);
        flag("devicestatus", &f.deviceStatus, all);
        flag("carbs", &f.carbs, treatments);
        flag("boluses", &f.boluses, treatments);
        flag("microboluses", &f.microBoluses, treatments);
        flag("bgchecks", &f.bgChecks, treatments);
        flag("events", &f.pumpEvents, treatments);
        if (!known) {
            if (unknown)
                *unknown = raw;
            return std::nullopt;
        }
    }
    return f;
}

} // namespace nb::carelink
