#include "identifier.h"

#include <QJsonObject>
#include <QUuid>

namespace nb {

namespace {
// Nightbridge's identifier namespace. Fixed forever.
const QUuid kNamespace(QStringLiteral("{6f1c2b1e-5c0a-4b7e-9a43-6e4e8b2f9d10}"));

void appendUtf8(QByteArray &out, QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out += text.toUtf8(); // rare: a non-ASCII part (all of it, to keep surrogate pairs together)
            return;
        }
    }
    for (const QChar c : text)
        out += char(c.unicode());
}
} // namespace

QString stableIdentifier(const QString &source, const QStringList &naturalKey)
{
    QString name = source;
    for (const QString &part : naturalKey) {
        name += QLatin1Char('|');
        name += part;
    }
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

StableIdentifierBuilder::StableIdentifierBuilder(const QString &source, const QStringList &leadingParts)
{
    m_prefix = kNamespace.toRfc4122();
    m_prefix += source.toUtf8();
    for (const QString &part : leadingParts) {
        m_prefix += '|';
        m_prefix += part.toUtf8();
    }
    m_tail.reserve(64);
}

QString StableIdentifierBuilder::make(std::initializer_list<QStringView> parts) const
{
    m_tail.clear();
    for (QStringView part : parts) {
        m_tail += '|';
        appendUtf8(m_tail, part);
    }
    return finish(m_tail);
}

QString StableIdentifierBuilder::make(QStringView kind, std::initializer_list<qint64> numbers) const
{
    m_tail.clear();
    m_tail += '|';
    appendUtf8(m_tail, kind);
    for (qint64 n : numbers) {
        m_tail += '|';
        char buf[24];
        int len = 0;
        quint64 v = n < 0 ? quint64(0) - quint64(n) : quint64(n);
        do {
            buf[len++] = char('0' + v % 10);
            v /= 10;
        } while (v);
        if (n < 0)
            m_tail += '-';
        while (len > 0)
            m_tail += buf[--len];
    }
    return finish(m_tail);
}

QString StableIdentifierBuilder::finish(const QByteArray &tail) const
{
    // RFC 4122 name-based UUID, version 5: SHA-1 over namespace + name, version and variant bits set.
    m_hash.reset();
    m_hash.addData(m_prefix);
    m_hash.addData(tail);
    const QByteArrayView digest = m_hash.resultView();
    unsigned char b[16];
    for (int i = 0; i < 16; ++i)
        b[i] = static_cast<unsigned char>(digest[i]);
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x50);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    static const char kHex[] = "0123456789abcdef";
    QString out(36, Qt::Uninitialized);
    QChar *p = out.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = QLatin1Char('-');
        *p++ = QLatin1Char(kHex[b[i] >> 4]);
        *p++ = QLatin1Char(kHex[b[i] & 0x0F]);
    }
    return out;
}

QString nightbridgeEnteredBy()
{
    return QStringLiteral("Nightbridge");
}

bool isNightbridgeDocument(const QJsonObject &doc)
{
    return doc.value(QStringLiteral("enteredBy")).toString().startsWith(QLatin1String("Nightbridge")) ||
           doc.value(QStringLiteral("device")).toString().startsWith(QLatin1String("nightbridge"));
}

} // namespace nb
