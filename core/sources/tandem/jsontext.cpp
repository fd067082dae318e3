#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace nb::tandem {

void appendJsonInteger(QByteArray &out, qint64 value)
{
    char buf[24];
    char *end = buf + sizeof(buf);
    char *p = end;
    quint64 v = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        *--p = '-';
    out.append(p, end - p);
}

void appendJsonDouble(QByteArray &out, double value)
{
    // Qt writes doubles as QByteArray::number(v, 'g', shortest), which picks the exponent form for
    // 1e+04 and up; whole numbers below that read the same as integers (-0 included, written "0").
    if (std::isfinite(value) && std::abs(value) < 10000.0 && value == std::trunc(value)) {
        appendJsonInteger(out, qint64(value));
        return;
    }
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void appendJsonString(QByteArray &out, const QString &text)
{
    const qsizetype n = text.size();
    const char16_t *in = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = in[i];
        if (u < 0x20 || u > 0x7E || u == u'"' || u == u'\\') {
            // Escapes and non-ASCII: let Qt's writer do it, so the text is exactly what it writes.
            const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            out += QByteArrayView(json).sliced(1, json.size() - 2);
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + n + 2);
    char *p = out.data() + at;
    *p++ = '"';
    for (qsizetype i = 0; i < n; ++i)
        *p++ = char(in[i]);
    *p = '"';
}

void JsonIndenter::newline(QByteArray &out) const
{
    out += '\n';
    out.append(qsizetype(4) * m_depth, ' ');
}

void JsonIndenter::feed(const QByteArray &compact, QByteArray &out)
{
    out.reserve(out.size() + compact.size() * 2);
    for (const char c : compact) {
        if (m_inString) {
            out += c;
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        const bool closing = c == '}' || c == ']';
        if (m_pendingOpen) {
            m_pendingOpen = false;
            if (closing) {
                // Qt writes an empty object or array over two lines: "[\n" + indent + "]".
                --m_depth;
                newline(out);
                out += c;
                if (m_depth == 0)
                    out += '\n';
                continue;
            }
            newline(out);
        }
        switch (c) {
        case '{':
        case '[':
            out += c;
            ++m_depth;
            m_pendingOpen = true;
            break;
        case '}':
        case ']':
            --m_depth;
            newline(out);
            out += c;
            if (m_depth == 0)
                out += '\n';
            break;
        case ',':
            out += ',';
            newline(out);
            break;
        case ':':
            out += ": ";
            break;
        case '"':
            m_inString = true;
            out += c;
            break;
        default:
            out += c;
            break;
        }
    }
}

} // namespace nb::tandem
