// libFuzzer target: any bytes as a CareLink data response through the parser and (when it parses) the
// transform with every feature on. The only acceptable outcomes are a value or a SyncError: no crash, no
// sanitizer report, no hang. Seeds: ../shared/fixtures/carelink (see run-fuzzers.sh).
#include "sources/carelink/carelinktransform.h"
#include "sources/carelink/payloadparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nb::carelink;
    if (size > 4 * 1024 * 1024)
        return 0;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const nb::Result<PatientData> parsed = PayloadParser::parse(input);
    if (!parsed.ok()) {
        if (parsed.error().kind != nb::SyncError::Kind::Protocol)
            __builtin_trap(); // a bad payload must always be "the vendor changed something"
        return 0;
    }
    TransformContext context;
    context.nowMs = 1900000000000; // 2030: nothing in the seeds is "in the future"
    context.patientKey = QStringLiteral("fuzz");
    context.features = *Features::fromList({QStringLiteral("all")});
    context.staleAfterMs = 0;
    const nb::NsBatch batch = CareLinkTransform::transform(parsed.value(), context);
    (void)batch.toJson();
    return 0;
}
