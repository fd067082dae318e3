#include "tandemconvert.h"

#include "inputdecoder.h"
#include "profilemapper.h"
#include "pumperinfo.h"
#include "tandemerrors.h"
#include "transform.h"

#include <QJsonDocument>

namespace nb::tandem {

namespace {
Result<NsBatch> convertPumper(const QByteArray &input, const TransformContext &context)
{
    NsBatch batch;
    if (!context.features.testFlag(Feature::Profiles))
        return batch;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
    if (!doc.isObject())
        return TandemErrors::malformed(QStringLiteral("byte %1").arg(error.offset), QStringLiteral("not JSON"));
    auto pumper = PumperInfo::fromJson(doc.object());
    if (!pumper)
        return pumper.error();
    auto choice = pumper->choose(context.pumpKey, context.zone, context.now);
    if (!choice)
        return choice.error();
    if (choice->pump.settingsDetails.isEmpty())
        return batch;
    TransformContext ctx = context;
    if (ctx.pumpKey.isEmpty())
        ctx.pumpKey = choice->pump.serialNumber;
    auto profile = ProfileMapper::profileDocument(choice->pump.settingsDetails, ctx);
    if (!profile) {
        // An account whose pump never sent a full profile (as in trimmed captures) has nothing to convert.
        return batch;
    }
    batch.profile.append(*profile);
    return batch;
}
} // namespace

Result<NsBatch> convertTandemInput(const QByteArray &input, const TransformContext &context)
{
    if (InputDecoder::detect(input) == InputDecoder::Format::PumperJson)
        return convertPumper(input, context);
    auto log = InputDecoder::decodeAny(input);
    if (!log)
        return log.error();
    log->dedupe();
    return TandemTransform::run(*log, context).batch;
}

namespace {
Result<TransformContext> cliContext(const QString &timezone, const QString &features, const QString &end)
{
    TransformContext context;
    context.zone = timezone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timezone.toUtf8());
    if (!context.zone.isValid())
        return TandemErrors::badConfig(
            QStringLiteral("\"%1\" is not an IANA time zone (e.g. America/New_York)").arg(timezone));
    if (!features.isEmpty()) {
        auto parsed = parseFeatures(features);
        if (!parsed)
            return parsed.error();
        context.features = *parsed;
    }
    // The end of the data, as a sync's "now": open durations (the last basal) stop there. Without it,
    // the newest record of the input is the end (the transform's own rule).
    if (!end.isEmpty()) {
        QDateTime at = QDateTime::fromString(end, Qt::ISODate);
        if (!at.isValid())
            return TandemErrors::badConfig(
                QStringLiteral("\"%1\" is not an ISO 8601 time (e.g. 2026-05-14T08:00:00Z)").arg(end));
        if (at.timeSpec() == Qt::LocalTime) // no offset given: a time on the pump's clock
            at = QDateTime(at.date(), at.time(), context.zone);
        context.now = at.toUTC();
    }
    return context;
}
} // namespace

Result<NsBatch> convertTandemForCli(const QByteArray &input, const QString &timezone, const QString &features,
                                    const QString &end)
{
    auto context = cliContext(timezone, features, end);
    if (!context)
        return context.error();
    return convertTandemInput(input, *context);
}

Result<void> writeTandemJsonForCli(QByteArray input, const QString &timezone, const QString &features,
                                   const QString &end, bool compact,
                                   const std::function<void(const QByteArray &)> &write)
{
    auto context = cliContext(timezone, features, end);
    if (!context)
        return context.error();
    if (InputDecoder::detect(input) == InputDecoder::Format::PumperJson) {
        auto batch = convertPumper(input, *context);
        if (!batch)
            return batch.error();
        write(QJsonDocument(batch->toJson()).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
        return {};
    }
    auto log = InputDecoder::decodeAny(input);
    input = QByteArray(); // the records are all that is needed from here on
    if (!log)
        return log.error();
    log->dedupe();
    TandemTransform::writeJson(*log, *context, compact, write);
    return {};
}

} // namespace nb::tandem
