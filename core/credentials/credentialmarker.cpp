#include "credentialmarker.h"

#include "credentialstore.h"
#include "logging/categories.h"

#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace nb::CredentialMarker {

namespace {

constexpr qsizetype kKeyBytes = 32;

QByteArray markerOf(const QByteArray &key, const QByteArray &material)
{
    return QByteArray(kPrefix) + QMessageAuthenticationCode::hash(material, key, QCryptographicHash::Sha256).toHex();
}

void withKey(CredentialStore &store, QObject *context, std::function<void(const QByteArray &)> done, bool created)
{
    const QString name = QString::fromLatin1(kKeyName);
    store.read(name, context, [&store, context, done, created, name](const Result<std::optional<Secret>> &read) {
        if (!read.ok()) {
            qCWarning(lcKeychain).noquote() << "marker key not readable:" << read.error().toLogString();
            done({});
            return;
        }
        if (read.value() && read.value()->revealBytes().size() >= kKeyBytes) {
            done(read.value()->revealBytes());
            return;
        }
        if (created) { // written, yet not there: the store does not keep it
            done({});
            return;
        }
        std::array<quint32, kKeyBytes / 4> random{};
        QRandomGenerator::system()->fillRange(random.data(), random.size());
        const QByteArray key(reinterpret_cast<const char *>(random.data()), kKeyBytes);
        store.write(name, Secret(key.toBase64()), context, [&store, context, done](const Result<void> &written) {
            if (!written.ok()) {
                qCWarning(lcKeychain).noquote() << "marker key not stored:" << written.error().toLogString();
                done({});
                return;
            }
            // Read back: another process may have stored its key at the same moment; one of them wins.
            withKey(store, context, done, true);
        });
    });
}

} // namespace

void compute(CredentialStore &store, const QByteArray &material, QObject *context,
             std::function<void(const QByteArray &)> done)
{
    withKey(
        store, context,
        [material, done](const QByteArray &key) { done(key.isEmpty() ? QByteArray() : markerOf(key, material)); },
        false);
}

bool isLegacy(const QByteArray &marker)
{
    // SHA-256 in hex (CareLink's token), or that hex once more in hex (Tandem's e-mail and password).
    if (marker.size() != 64 && marker.size() != 128)
        return false;
    return std::all_of(marker.cbegin(), marker.cend(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace nb::CredentialMarker
