#pragma once

#include "common/result.h"
#include "pumpevent.h"

#include <QByteArray>

namespace nb::tandem {

// The legacy Tandem Source event blob: concatenated 26-byte big-endian records (spec section 4).
// A length that is not a multiple of 26 is an error naming the truncated record; nothing partial is
// returned. Unknown event codes are kept (header only) and counted.
class BinaryDecoder {
public:
    static Result<DecodedLog> decodeRecords(const QByteArray &raw);
    // The old API's body: base64 text, optionally as a JSON string ("...").
    static Result<DecodedLog> decodeBase64(const QByteArray &text);

    // One record (exactly kRecordSize bytes at `data`) into `event`. Never fails: every layout fits.
    static void decodeRecord(const uchar *data, PumpEvent *event);
    // The inverse, for the generator, the fake server and round-trip tests. Unknown codes and
    // JSON-only fields write the header only.
    static void encodeRecord(const PumpEvent &event, uchar *data);
    static QByteArray encodeRecords(const QList<PumpEvent> &events);
};

} // namespace nb::tandem
