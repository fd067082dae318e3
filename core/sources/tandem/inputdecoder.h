#pragma once

#include "common/result.h"
#include "pumpevent.h"

#include <QByteArray>

namespace nb::tandem {

// Recognises what a saved Tandem body is and decodes it: a `bff/pump-logs` JSON body, a bare JSON
// array of its events, the legacy base64 body (JSON string or plain text), or raw 26-byte records.
class InputDecoder {
public:
    enum class Format { PumpLogsJson, EventArrayJson, PumperJson, Base64, RawRecords, Unknown };

    static Format detect(const QByteArray &input);
    static QString formatName(Format format);
    // PumperJson is not events: decodeAny() reports it as an error; see ProfileMapper for it.
    static Result<DecodedLog> decodeAny(const QByteArray &input);
};

} // namespace nb::tandem
