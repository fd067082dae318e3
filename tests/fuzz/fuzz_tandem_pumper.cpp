// libFuzzer target: any bytes as a saved Tandem Source `bff/pumper` response through the pump list
// parser, the pump choice and the profile mapper (the convert command's pumper path). Seeds:
// ../shared/fixtures/tandem/v3_bff_pumper.api-response.json, ../shared/fixtures/vendor-2026/tandem/bff-pumper*.json.
#include "sources/tandem/tandemconvert.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nb::tandem;
    if (size > 1024 * 1024)
        return 0;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    static const TransformContext context = [] {
        TransformContext c;
        c.features = allFeatures();
        c.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        return c;
    }();
    const nb::Result<nb::NsBatch> batch = convertTandemInput(input, context);
    if (!batch.ok() && batch.error().userMessage.isEmpty())
        __builtin_trap();
    if (batch.ok())
        (void)batch->toJson();
    return 0;
}
