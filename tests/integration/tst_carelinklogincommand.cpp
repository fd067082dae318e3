// `nightbridge-cli carelink login` end to end against the fake CareLink: the printed URL is "opened"
// (approved on the fake), the redirect is pasted on standard input, the command exchanges the code.
#include "cliapp.h"
#include "fakecarelink.h"
#include "manualclock.h"

#include <QTest>
#include <QUrlQuery>

using namespace nb;

namespace {

struct Session {
    QString out;
    QString err;
    QString in;
    QTextStream outStream{&out};
    QTextStream errStream{&err};
    QTextStream inStream{&in};
    cli::CommandIo io{outStream, errStream, inStream, false};
    std::optional<int> exitCode;
    cli::CliApp app;

    void run(const QStringList &args)
    {
        app.run(QStringList{QStringLiteral("nightbridge-cli")} + args, io, [this](int code) { exitCode = code; });
    }

    QUrl printedUrl() const
    {
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("http")))
                return QUrl(line);
        }
        return {};
    }
};

} // namespace

class TestCareLinkLoginCommand : public QObject {
    Q_OBJECT

    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<sim::FakeCareLink> m_fake;

    QStringList args() const
    {
        return {QStringLiteral("carelink"),           QStringLiteral("login"),
                QStringLiteral("--country"),          QStringLiteral("DE"),
                QStringLiteral("--account"),          QStringLiteral("cli-test"),
                QStringLiteral("--credential-store"), QStringLiteral("memory"),
                QStringLiteral("--discovery-url"),    m_fake->discoveryUrl().toString()};
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<sim::FakeCareLink>(m_clock);
        QVERIFY(m_fake->listen());
        sim::FakeCareLinkUser user;
        user.username = QStringLiteral("follower");
        user.password = QStringLiteral("pw");
        user.role = QStringLiteral("CARE_PARTNER_OUS");
        user.linkedPatients = {QStringLiteral("anna")};
        m_fake->addUser(user);
        sim::FakeCareLinkUser anna;
        anna.username = QStringLiteral("anna");
        anna.firstName = QStringLiteral("Anna");
        anna.lastName = QStringLiteral("A.");
        m_fake->addUser(anna);
    }

    void signsInWithThePastedAddress()
    {
        Session s;
        s.run(args());
        QTRY_VERIFY(!s.printedUrl().isEmpty());
        QVERIFY(!s.exitCode);
        const QUrl redirect = m_fake->approve(s.printedUrl(), QStringLiteral("follower"));
        QVERIFY(!redirect.isEmpty());
        s.in += QStringLiteral("\n  ") + redirect.toString(QUrl::FullyEncoded) + QStringLiteral("  \n");
        QTRY_VERIFY_WITH_TIMEOUT(s.exitCode.has_value(), 10000);
        QVERIFY2(*s.exitCode == 0, qPrintable(s.err));
        QVERIFY(s.err.contains(QLatin1String("Signed in")));
        QVERIFY(s.out.contains(QLatin1String("Account: follower (CARE_PARTNER_OUS)")));
        QVERIFY(s.out.contains(QLatin1String("Patient: anna (Anna A.)")));
        QCOMPARE(m_fake->tenant(QStringLiteral("EU")).activeRefreshTokens(QStringLiteral("follower")), 1);
        QVERIFY(!s.out.contains(QLatin1String("code=")) ||
                s.out.contains(QLatin1String("code_challenge"))); // no code echoed
    }

    void refusesAnAddressOfAnotherSignIn()
    {
        Session s;
        s.run(args());
        QTRY_VERIFY(!s.printedUrl().isEmpty());
        QUrl redirect = m_fake->approve(s.printedUrl(), QStringLiteral("follower"));
        QUrlQuery q(redirect);
        q.removeQueryItem(QStringLiteral("state"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("someone-elses"));
        redirect.setQuery(q);
        s.in += redirect.toString() + QLatin1Char('\n');
        QTRY_VERIFY_WITH_TIMEOUT(s.exitCode.has_value(), 10000);
        QCOMPARE(*s.exitCode, 4);
        QVERIFY(s.err.contains(QLatin1String("does not belong")));
        QCOMPARE(m_fake->tenant(QStringLiteral("EU")).tokenRequests(), 0);
    }

    void usageErrors()
    {
        for (const QStringList &bad :
             {QStringList{QStringLiteral("carelink")}, QStringList{QStringLiteral("carelink"), QStringLiteral("login")},
              QStringList{QStringLiteral("carelink"), QStringLiteral("login"), QStringLiteral("--country"),
                          QStringLiteral("DE"), QStringLiteral("--credential-store"), QStringLiteral("file")}}) {
            Session s;
            s.run(bad);
            QTRY_VERIFY(s.exitCode.has_value());
            QCOMPARE(*s.exitCode, 2);
        }
    }

    // Endpoint overrides: https, or http to a literal loopback address only.
    void refusesAPlainHttpDiscoveryAddress()
    {
        for (const QString &url : {QStringLiteral("http://carelink.example.org/discover"),
                                   QStringLiteral("http://localhost:8080/discover")}) {
            Session s;
            QStringList a = args();
            a.last() = url;
            s.run(a);
            QTRY_VERIFY(s.exitCode.has_value());
            QCOMPARE(*s.exitCode, 3);
            s.errStream.flush();
            QVERIFY2(s.err.contains(QStringLiteral("https")), qPrintable(s.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCareLinkLoginCommand)
#include "tst_carelinklogincommand.moc"
