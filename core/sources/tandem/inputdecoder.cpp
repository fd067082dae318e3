#include "inputdecoder.h"

#include "binarydecoder.h"
#include "jsondecoder.h"
#include "tandemerrors.h"

namespace nb::tandem {

namespace {
qsizetype firstNonSpace(const QByteArray &input)
{
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char c = input.at(i);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return i;
    }
    return -1;
}

bool looksLikeBase64Text(const QByteArray &input)
{
    for (char c : input) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                        c == '/' || c == '=' || c == '-' || c == '_' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

InputDecoder::Format InputDecoder::detect(const QByteArray &input)
{
    // A raw record starts with the high byte of a 12-bit event id with a zero source nibble
    // (0x00..0x0F), which is never text.
    if (!input.isEmpty() && uchar(input.at(0)) < 0x10 && input.at(0) != '\t' && input.at(0) != '\n' &&
        input.at(0) != '\r')
        return Format::RawRecords;
    const qsizetype i = firstNonSpace(input);
    if (i < 0)
        return Format::Unknown;
    const char c = input.at(i);
    if (c == '{') {
        // Cheap look at the keys; the decoder validates properly.
        if (input.contains("\"events\""))
            return Format::PumpLogsJson;
        if (input.contains("\"pumps\""))
            return Format::PumperJson;
        return Format::PumpLogsJson; // so the error names what is missing
    }
    if (c == '[')
        return Format::EventArrayJson;
    if (c == '"' || looksLikeBase64Text(input))
        return Format::Base64;
    return Format::Unknown;
}

QString InputDecoder::formatName(Format format)
{
    switch (format) {
    case Format::PumpLogsJson:
        return QStringLiteral("pump-logs JSON");
    case Format::EventArrayJson:
        return QStringLiteral("JSON event array");
    case Format::PumperJson:
        return QStringLiteral("pumper JSON");
    case Format::Base64:
        return QStringLiteral("legacy base64 events");
    case Format::RawRecords:
        return QStringLiteral("raw 26-byte records");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Result<DecodedLog> InputDecoder::decodeAny(const QByteArray &input)
{
    switch (detect(input)) {
    case Format::PumpLogsJson:
    case Format::EventArrayJson:
        return JsonDecoder::decodePumpLogs(input);
    case Format::Base64:
        return BinaryDecoder::decodeBase64(input);
    case Format::RawRecords:
        return BinaryDecoder::decodeRecords(input);
    case Format::PumperJson:
        return TandemErrors::malformed(QStringLiteral("the input"),
                                       QStringLiteral("a pumper response (pumps and settings), not pump events"));
    case Format::Unknown:
        break;
    }
    return TandemErrors::malformed(QStringLiteral("the input"),
                                   input.trimmed().isEmpty()
                                       ? QStringLiteral("empty")
                                       : QStringLiteral("neither pump-logs JSON, base64 nor 26-byte records"));
}

} // namespace nb::tandem
