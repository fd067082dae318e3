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

    // A one-shot test ("Test connection") never promises that Nightbridge tries again; the sync's own
    // message still does.
    void oneShotWordingMakesNoRetryPromise_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        using E = QNetworkReply::NetworkError;
        QTest::newRow("refused") << int(E::ConnectionRefusedError) << 0;
        QTest::newRow("reset") << int(E::RemoteHostClosedError) << 0;
        QTest::newRow("unknown server") << int(E::UnknownServerError) << 0;
        QTest::newRow("other") << int(E::ContentReSendError) << 0;
        QTest::newRow("408") << int(E::UnknownContentError) << 408;
        QTest::newRow("429") << int(E::UnknownContentError) << 429;
        QTest::newRow("503") << int(E::ServiceUnavailableError) << 503;
    }

    void oneShotWordingMakesNoRetryPromise()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        const nb::SyncError e = HttpErrors::fromReply(QNetworkReply::NetworkError(networkError), status, {},
                                                      QStringLiteral("Nightscout"), QStringLiteral("status"));
        QVERIFY2(e.userMessage.contains(QLatin1String("will try again")), qPrintable(e.userMessage));
        const QString once = e.messageForOneShot();
        QVERIFY2(!once.contains(QLatin1String("will try again")), qPrintable(once));
        QVERIFY2(once.contains(QLatin1String("Nightscout")), qPrintable(once));

        const nb::SyncError timeout = HttpErrors::timeout(QStringLiteral("Tandem Source"), {}, true);
        QVERIFY(timeout.userMessage.contains(QLatin1String("will try again")));
        QVERIFY2(!timeout.messageForOneShot().contains(QLatin1String("will try again")),
                 qPrintable(timeout.messageForOneShot()));
    }

    void aRewordedMessageIsNotReplacedByTheOneShotOne()
    {
        nb::SyncError e =
            HttpErrors::fromReply(QNetworkReply::ConnectionRefusedError, 0, {}, QStringLiteral("Nightscout"), {});
        e.userMessage = QStringLiteral("A more specific explanation.");
        QCOMPARE(e.messageForOneShot(), e.userMessage);
    }

    // Only the Nightscout address is typed by the user: vendors' errors do not ask to check it.
    void checkTheAddressOnlyWhereTheUserTypedOne()
    {
        using E = QNetworkReply::NetworkError;
        for (const E error : {E::HostNotFoundError, E::SslHandshakeFailedError, E::TooManyRedirectsError}) {
            const nb::SyncError ns = HttpErrors::fromReply(error, 0, {}, QStringLiteral("Nightscout"), {});
            QVERIFY2(ns.userMessage.contains(QLatin1String("address")), qPrintable(ns.userMessage));
            for (const char *vendor : {"Tandem Source", "CareLink"}) {
                const nb::SyncError v = HttpErrors::fromReply(error, 0, {}, QLatin1String(vendor), {});
                QVERIFY2(!v.userMessage.contains(QLatin1String("address")), qPrintable(v.userMessage));
                QVERIFY(v.userMessage.contains(QLatin1String(vendor)));
            }
        }
        const QUrl url(QStringLiteral("https://tdcservices.tandemdiabetes.com/"));
        QVERIFY(!HttpErrors::tooManyRedirects(QStringLiteral("Tandem Source"), url)
                     .userMessage.contains(QLatin1String("address")));
        QVERIFY(HttpErrors::tooManyRedirects(QStringLiteral("Nightscout"), url)
                    .userMessage.contains(QLatin1String("address")));
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
