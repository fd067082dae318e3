#include "binarydecoder.h"

#include "tandemerrors.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstring>

namespace nb::tandem {

namespace {
quint32 readU32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}
quint16 readU16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}
void writeU32(uchar *p, quint32 v)
{
    p[0] = uchar(v >> 24);
    p[1] = uchar(v >> 16);
    p[2] = uchar(v >> 8);
    p[3] = uchar(v);
}
void writeU16(uchar *p, quint16 v)
{
    p[0] = uchar(v >> 8);
    p[1] = uchar(v);
}

double readField(const uchar *record, const FieldDef &f)
{
    const uchar *p = record + f.offset;
    switch (f.type) {
    case FieldType::U8:
        return p[0];
    case FieldType::I8:
        return qint8(p[0]);
    case FieldType::U16:
        return readU16(p);
    case FieldType::I16:
        return qint16(readU16(p));
    case FieldType::U32:
        return readU32(p);
    case FieldType::F32: {
        const quint32 bits = readU32(p);
        float f32 = 0;
        std::memcpy(&f32, &bits, sizeof f32);
        return double(f32);
    }
    }
    return 0;
}

template<typename Int>
Int clampTo(double v)
{
    if (!std::isfinite(v))
        return 0;
    const double lo = double(std::numeric_limits<Int>::min());
    const double hi = double(std::numeric_limits<Int>::max());
    return Int(std::llround(std::clamp(v, lo, hi)));
}

void writeField(uchar *record, const FieldDef &f, double v)
{
    uchar *p = record + f.offset;
    switch (f.type) {
    case FieldType::U8:
        p[0] = clampTo<quint8>(v);
        break;
    case FieldType::I8:
        p[0] = uchar(clampTo<qint8>(v));
        break;
    case FieldType::U16:
        writeU16(p, clampTo<quint16>(v));
        break;
    case FieldType::I16:
        writeU16(p, quint16(clampTo<qint16>(v)));
        break;
    case FieldType::U32:
        writeU32(p, clampTo<quint32>(v));
        break;
    case FieldType::F32: {
        const float f32 = float(v);
        quint32 bits = 0;
        std::memcpy(&bits, &f32, sizeof bits);
        writeU32(p, bits);
        break;
    }
    }
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
           c == '=' || c == '-' || c == '_';
}
} // namespace

void BinaryDecoder::decodeRecord(const uchar *data, PumpEvent *event)
{
    // Header: 4-bit source nibble + 12-bit id, wall-clock seconds since 2008, sequence number.
    event->code = readU16(data) & 0x0FFF;
    event->wall = qint64(readU32(data + 2));
    event->sequenceNumber = readU32(data + 6);
    event->sequenceGroup = 0;
    event->def = eventDefinition(event->code);
    event->present = 0;
    if (!event->def)
        return;
    for (int i = 0; i < event->def->fieldCount; ++i) {
        const FieldDef &f = event->def->fields[size_t(i)];
        if (f.offset < 0)
            continue;
        const double v = readField(data, f);
        if (!std::isfinite(v))
            continue; // a NaN float is "no value", not a number to upload
        event->values[size_t(i)] = v;
        event->present |= quint16(1u << i);
    }
}

void BinaryDecoder::encodeRecord(const PumpEvent &event, uchar *data)
{
    std::memset(data, 0, kRecordSize);
    writeU16(data, quint16(event.code & 0x0FFF));
    writeU32(data + 2, quint32(qBound<qint64>(0, event.wall, 0xFFFFFFFFLL)));
    writeU32(data + 6, event.sequenceNumber);
    if (!event.def)
        return;
    for (int i = 0; i < event.def->fieldCount; ++i) {
        const FieldDef &f = event.def->fields[size_t(i)];
        if (f.offset >= 0 && (event.present & (1u << i)))
            writeField(data, f, event.values[size_t(i)]);
    }
}

QByteArray BinaryDecoder::encodeRecords(const QList<PumpEvent> &events)
{
    QByteArray out(events.size() * kRecordSize, '\0');
    uchar *p = reinterpret_cast<uchar *>(out.data());
    for (const PumpEvent &e : events) {
        encodeRecord(e, p);
        p += kRecordSize;
    }
    return out;
}

Result<DecodedLog> BinaryDecoder::decodeRecords(const QByteArray &raw)
{
    const qsizetype whole = raw.size() / kRecordSize;
    if (raw.size() % kRecordSize != 0) {
        return TandemErrors::malformed(
            QStringLiteral("record %1 at byte %2").arg(whole + 1).arg(whole * kRecordSize),
            QStringLiteral("truncated: %1 of %2 bytes (the data length %3 is not a multiple of %2)")
                .arg(raw.size() % kRecordSize)
                .arg(kRecordSize)
                .arg(raw.size()));
    }
    DecodedLog log;
    log.events.resize(whole);
    const uchar *p = reinterpret_cast<const uchar *>(raw.constData());
    for (qsizetype i = 0; i < whole; ++i) {
        PumpEvent &e = log.events[i];
        decodeRecord(p + i * kRecordSize, &e);
        if (!e.def)
            ++log.unknownCodes[e.code];
    }
    return log;
}

Result<DecodedLog> BinaryDecoder::decodeBase64(const QByteArray &text)
{
    QByteArray body = text.trimmed();
    const auto plainJsonString = [](const QByteArray &b) {
        // A JSON string without escapes is its bytes between the quotes: no need for the JSON parser
        // (and its UTF-16 copy) on a body of hundreds of kilobytes. ASCII only, so error offsets match.
        if (b.size() < 2 || !b.endsWith('"'))
            return false;
        for (qsizetype i = 1; i + 1 < b.size(); ++i) {
            const char c = b.at(i);
            if (c == '"' || c == '\\' || uchar(c) >= 0x80 || uchar(c) < 0x20)
                return false;
        }
        return true;
    };
    if (body.startsWith('"') && plainJsonString(body)) {
        body = body.sliced(1, body.size() - 2);
    } else if (body.startsWith('"')) {
        // The old endpoint answered a JSON string; let the JSON parser undo any escaping ("\/").
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + body + QByteArray("]"));
        if (!doc.isArray() || doc.array().size() != 1 || !doc.array().at(0).isString())
            return TandemErrors::malformed(QStringLiteral("the base64 body"), QStringLiteral("not a JSON string"));
        body = doc.array().at(0).toString().toLatin1();
    }
    QByteArray compact(body.size(), Qt::Uninitialized);
    char *out = compact.data();
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (!isBase64Char(c)) {
            return TandemErrors::malformed(QStringLiteral("base64 character %1").arg(i),
                                           QStringLiteral("0x%1 is not base64").arg(uchar(c), 2, 16, QLatin1Char('0')));
        }
        *out++ = c;
    }
    compact.truncate(out - compact.constData());
    body = QByteArray();
    const bool urlAlphabet = compact.contains('-') || compact.contains('_');
    auto decoded = QByteArray::fromBase64Encoding(
        compact, (urlAlphabet ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
                     QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return TandemErrors::malformed(QStringLiteral("the base64 body"), QStringLiteral("invalid base64"));
    return decodeRecords(decoded.decoded);
}

} // namespace nb::tandem
