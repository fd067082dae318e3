// libFuzzer target: any bytes as the legacy Tandem event blob (raw 26-byte records or the base64 body),
// through the table-driven binary decoder and, when it decodes, the transform with every feature on.
// Properties: no crash or sanitizer report; a failure is always a Protocol error; a decoded log
// re-encodes to records that decode to the same values. Seeds: ../shared/fixtures/tandem/*.pumpevents.json.
#include "sources/tandem/binarydecoder.h"
#include "sources/tandem/transform.h"

#include <cstddef>
#include <cstdint>

namespace {
void check(const nb::Result<nb::tandem::DecodedLog> &log)
{
    using namespace nb::tandem;
    if (!log.ok()) {
        if (log.error().kind != nb::SyncError::Kind::Protocol)
            __builtin_trap();
        return;
    }
    auto again = BinaryDecoder::decodeRecords(BinaryDecoder::encodeRecords(log->events));
    if (!again.ok() || again->events.size() != log->events.size())
        __builtin_trap();
    for (qsizetype i = 0; i < log->events.size(); ++i) {
        const PumpEvent &a = log->events.at(i), &b = again->events.at(i);
        if (a.key() != b.key() || a.code != b.code || a.wall != b.wall)
            __builtin_trap();
        // Every value that decoded comes back (a NaN float decodes as "no value" and re-encodes as 0).
        for (int f = 0; a.def && f < a.def->fieldCount; ++f) {
            const Field field = a.def->fields[size_t(f)].field;
            if (a.has(field) && a.value(field) != b.value(field, -1.0))
                __builtin_trap();
        }
    }
    static const TransformContext context = [] {
        TransformContext c;
        c.features = allFeatures();
        c.pumpKey = QStringLiteral("fuzz");
        return c;
    }();
    const TransformResult result = TandemTransform::run(*log, context, log->events.mid(0, 4));
    (void)result.batch.toJson();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(nb::tandem::BinaryDecoder::decodeRecords(input));
    check(nb::tandem::BinaryDecoder::decodeBase64(input));
    return 0;
}
