// libFuzzer target: any bytes as a Tandem Source `bff/pump-logs` body (or a bare events array) through
// the JSON decoder and, when it decodes, the transform with every feature on (pump clock, DST, carry-
// over). A failure must be a Protocol error naming where. Seeds: ../shared/fixtures/tandem/*.pumplogs.json
// and ../shared/fixtures/vendor-2026/tandem/bff-pump-logs*.json.
#include "sources/tandem/jsondecoder.h"
#include "sources/tandem/transform.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nb::tandem;
    if (size > 1024 * 1024)
        return 0;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const nb::Result<DecodedLog> log = JsonDecoder::decodePumpLogs(input);
    if (!log.ok()) {
        if (log.error().kind != nb::SyncError::Kind::Protocol || log.error().userMessage.isEmpty())
            __builtin_trap();
        return 0;
    }
    static const TransformContext context = [] {
        TransformContext c;
        c.features = allFeatures();
        c.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        return c;
    }();
    const TransformResult first = TandemTransform::run(*log, context);
    const TransformResult second = TandemTransform::run(*log, context, first.carryOver);
    (void)second.batch.toJson();
    return 0;
}
