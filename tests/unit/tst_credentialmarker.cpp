// The "same credentials?" marker kept in state.json: an HMAC under a random per-installation key from the
// credential store, never a plain hash of a password.
#include "credentials/credentialmarker.h"
#include "credentials/memorycredentialstore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace nb;

namespace {

QByteArray markerOf(CredentialStore &store, const QByteArray &material, QObject *context)
{
    std::optional<QByteArray> marker;
    CredentialMarker::compute(store, material, context, [&](const QByteArray &m) { marker = m; });
    if (!QTest::qWaitFor([&] { return marker.has_value(); }, 5000))
        return "timeout";
    return *marker;
}

} // namespace

class TestCredentialMarker : public QObject {
    Q_OBJECT
private slots:
    void sameInputSameMarkerChangedInputNoticed()
    {
        MemoryCredentialStore store;
        const QByteArray first = markerOf(store, "tandem|a@example.org|secret-1", this);
        QVERIFY(first.startsWith(CredentialMarker::kPrefix));
        QCOMPARE(first.size(), qsizetype(sizeof(CredentialMarker::kPrefix) - 1 + 64));
        QVERIFY(store.contains(QString::fromLatin1(CredentialMarker::kKeyName)));
        QCOMPARE(markerOf(store, "tandem|a@example.org|secret-1", this), first); // the key is reused
        QVERIFY(markerOf(store, "tandem|a@example.org|secret-2", this) != first);
        QCOMPARE(store.writeCount(), 1);
    }

    // Nothing a copy of state.json could be checked against offline: another installation (another key)
    // gets another marker for the same password, and no plain hash of it appears.
    void notAPlainHash()
    {
        MemoryCredentialStore one;
        MemoryCredentialStore two;
        const QByteArray material = "secret-1";
        const QByteArray a = markerOf(one, material, this);
        const QByteArray b = markerOf(two, material, this);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(a != b);
        for (auto algorithm : {QCryptographicHash::Sha256, QCryptographicHash::Sha1, QCryptographicHash::Md5})
            QVERIFY(!a.contains(QCryptographicHash::hash(material, algorithm).toHex()));
    }

    // Without a working store there is no key: the marker is empty ("unknown"), never a plain hash.
    void noStoreNoMarker()
    {
        MemoryCredentialStore store;
        store.setFailure(SyncError::make(SyncError::Kind::Keychain, QStringLiteral("locked"), QStringLiteral("x")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("marker key")));
        QCOMPARE(markerOf(store, "secret-1", this), QByteArray());
    }

    void legacyMarkersAreRecognised()
    {
        const QByteArray sha = QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex();
        QVERIFY(CredentialMarker::isLegacy(sha));         // CareLink's
        QVERIFY(CredentialMarker::isLegacy(sha.toHex())); // Tandem's (hex of the hex)
        QVERIFY(!CredentialMarker::isLegacy("hmac1:" + sha));
        QVERIFY(!CredentialMarker::isLegacy("fp-1"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialMarker)
#include "tst_credentialmarker.moc"
