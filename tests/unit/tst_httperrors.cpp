#include "net/httperrors.h"

#include <QTest>

using nb::HttpErrors;
using Kind = nb::SyncError::Kind;

class TestHttpErrors : public QObject {
    Q_OBJECT
private slots:
    void mapping_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        using E = QNetworkReply::NetworkError;
        QTest::newRow("dns") << int(E::HostNotFoundError) << 0 << int(Kind::Network) << true;
        QTest::newRow("refused") << int(E::ConnectionRefusedError) << 0 << int(Kind::Network) << true;
        QTest::newRow("reset") << int(E::RemoteHostClosedError) << 0 << int(Kind::Network) << true;
        QTest::newRow("tls") << int(E::SslHandshakeFailedError) << 0 << int(Kind::Tls) << false;
        QTest::newRow("timeout") << int(E::TimeoutError) << 0 << int(Kind::Timeout) << true;
        QTest::newRow("401") << int(E::AuthenticationRequiredError) << 401 << int(Kind::Auth) << false;
        QTest::newRow("403") << int(E::ContentAccessDenied) << 403 << int(Kind::Auth) << false;
        QTest::newRow("404") << int(E::ContentNotFoundError) << 404 << int(Kind::Config) << false;
        QTest::newRow("413") << int(E::UnknownContentError) << 413 << int(Kind::Protocol) << false;
        QTest::newRow("429") << int(E::UnknownContentError) << 429 << int(Kind::RateLimited) << true;
        QTest::newRow("500") << int(E::InternalServerError) << 500 << int(Kind::Server) << true;
        QTest::newRow("503") << int(E::ServiceUnavailableError) << 503 << int(Kind::Server) << true;
        QTest::newRow("504") << int(E::UnknownServerError) << 504 << int(Kind::Timeout) << true;
    }

    void mapping()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        const nb::SyncError e =
            HttpErrors::fromReply(QNetworkReply::NetworkError(networkError), status, R"({"message":"nope"})",
                                  QStringLiteral("Nightscout"), QStringLiteral("upload"));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.retryable, retryable);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.userMessage.contains(QLatin1String("Nightscout")), qPrintable(e.userMessage));
        QVERIFY(!e.detail.isEmpty());
        if (status > 0)
            QVERIFY2(e.detail.contains(QLatin1String("nope")), qPrintable(e.detail));
    }

    void detailIsRedacted()
    {
        const nb::SyncError e = HttpErrors::fromReply(QNetworkReply::ContentAccessDenied, 401,
                                                      R"({"message":"bad token=abcdef123456 for x@y.org"})",
                                                      QStringLiteral("CareLink"), QStringLiteral("refresh"));
        QVERIFY2(!e.detail.contains(QLatin1String("abcdef123456")), qPrintable(e.detail));
        QVERIFY2(!e.detail.contains(QLatin1String("x@y.org")), qPrintable(e.detail));
    }
};

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_httperrors.moc"
