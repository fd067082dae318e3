#include "carelinkconvert.h"

#include "carelinkerrors.h"
#include "carelinktransform.h"
#include "payloadparser.h"

namespace nb::carelink {

Result<NsBatch> convertCareLinkForCli(const QByteArray &input, const QString &features, qint64 nowMs,
                                      QStringList *notes)
{
    TransformContext context;
    context.nowMs = nowMs;
    // Offline conversion of a saved response: its own age does not matter.
    context.staleAfterMs = 0;
    if (!features.trimmed().isEmpty()) {
        QString unknown;
        const std::optional<Features> parsed = Features::fromList(features.split(QLatin1Char(',')), &unknown);
        if (!parsed)
            return CareLinkErrors::configuration(CareLinkErrors::tr("Unknown CareLink feature \"%1\". Known: %2.")
                                                     .arg(unknown, Features::knownNames().join(QStringLiteral(", "))),
                                                 QStringLiteral("unknown feature"));
        context.features = *parsed;
    }
    const Result<PatientData> data = PayloadParser::parse(input);
    if (!data.ok())
        return data.error();
    if (notes) {
        notes->append(QStringLiteral("CareLink %1 payload, pump clock offset %2 min (%3)")
                          .arg(payloadEraName(data->era))
                          .arg(data->offsetMs / 60000)
                          .arg(data->offsetSource));
        *notes += data->warnings;
    }
    return CareLinkTransform::transform(data.value(), context, notes);
}

} // namespace nb::carelink
