#include "pumperinfo.h"

#include "tandemerrors.h"
#include "tandemtime.h"
#include "zoneoffsets.h"

#include <QJsonArray>

namespace nb::tandem {

namespace {
std::optional<qint64> wallOf(const QJsonValue &v)
{
    qint64 wall = 0;
    if (v.isString() && parseWallDateTime(v.toString(), &wall))
        return wall;
    return std::nullopt;
}

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}
} // namespace

Result<PumperInfo> PumperInfo::fromJson(const QJsonObject &body)
{
    const QJsonValue pumps = body.value(QLatin1String("pumps"));
    if (!pumps.isArray())
        return TandemErrors::unexpectedResponse(QStringLiteral("pumper"),
                                                pumps.isUndefined() ? QStringLiteral("no \"pumps\"")
                                                                    : QStringLiteral("\"pumps\" not an array"));
    PumperInfo info;
    info.name = body.value(QLatin1String("name")).toString();
    const QJsonArray array = pumps.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject p = array.at(i).toObject();
        PumpInfo pump;
        pump.assignmentId = text(p, "assignmentId");
        if (pump.assignmentId.isEmpty()) {
            return TandemErrors::unexpectedResponse(QStringLiteral("pumper"),
                                                    QStringLiteral("pumps[%1] has no assignmentId").arg(i));
        }
        pump.serialNumber = text(p, "serialNumber");
        pump.modelNumber = text(p, "modelNumber");
        pump.modelName = text(p, "modelName");
        pump.softwareVersion = text(p, "softwareVersion");
        pump.maxDateOfEvents = wallOf(p.value(QLatin1String("maxDateOfEvents")));
        pump.dataRangeStart =
            wallOf(p.value(QLatin1String("availableDataRange")).toObject().value(QLatin1String("start")));
        const QString upload = p.value(QLatin1String("lastUploadDate")).toString();
        if (!upload.isEmpty())
            pump.lastUploadDate = QDateTime::fromString(upload, Qt::ISODateWithMs).toUTC();
        pump.settingsDetails = p.value(QLatin1String("settings")).toObject().value(QLatin1String("details")).toObject();
        info.pumps.append(pump);
    }
    return info;
}

Result<PumperInfo::Choice> PumperInfo::choose(const QString &serial, const QTimeZone &zone,
                                              const QDateTime &nowUtc) const
{
    ZoneOffsets offsets(zone);
    auto newestUtc = [&](const PumpInfo &p) -> std::optional<qint64> {
        if (!p.maxDateOfEvents)
            return std::nullopt;
        return offsets.fromWall(*p.maxDateOfEvents + kTandemEpochUnix).utc;
    };
    const PumpInfo *best = nullptr;
    std::optional<qint64> bestUtc;
    for (const PumpInfo &p : pumps) {
        if (!serial.isEmpty()) {
            if (p.serialNumber == serial) {
                best = &p;
                bestUtc = newestUtc(p);
                break;
            }
            continue;
        }
        const auto utc = newestUtc(p);
        if (utc && (!bestUtc || *utc > *bestUtc)) {
            best = &p;
            bestUtc = utc;
        }
    }
    if (!best)
        return serial.isEmpty() ? TandemErrors::noPump() : TandemErrors::pumpNotFound(serial);
    Choice choice;
    choice.pump = *best;
    choice.newestEventUtc = bestUtc.value_or(0);
    choice.stale = !bestUtc || (nowUtc.isValid() && nowUtc.toSecsSinceEpoch() - *bestUtc > 3 * 86400);
    return choice;
}

} // namespace nb::tandem
