#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace nb::tandem {

QByteArray base64UrlNoPad(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate()
{
    QByteArray random(64, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return fromVerifier(base64UrlNoPad(random));
}

Pkce Pkce::fromVerifier(const QByteArray &verifier)
{
    return {verifier, base64UrlNoPad(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256))};
}

} // namespace nb::tandem
