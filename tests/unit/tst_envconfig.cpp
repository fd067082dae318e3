#include "fixtures.h"
#include "sync/envconfig.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace nb;
using namespace Qt::Literals::StringLiterals;

namespace {
QHash<QString, QString> load(const QString &name)
{
    QFile file(QStringLiteral(NB_TEST_DATA_DIR "/env/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    const auto vars = DotEnv::parse(file.readAll());
    if (!vars.ok())
        qFatal("cannot parse");
    return vars.value();
}
} // namespace

class TestEnvConfig : public QObject {
    Q_OBJECT
private slots:
    void secretsLeaveTheProcessEnvironment()
    {
        qputenv("NS_SECRET", "env-secret-123456");
        qputenv("NS_TOKEN", "reader-0123456789abcdef");
        qputenv("TCONNECT_PASSWORD", "tandem-pass");
        qputenv("CARELINK_REFRESH_TOKEN", "refresh-xyz");
        qputenv("api_secret", "lower-case-secret");
        qputenv("NS_URL", "https://ns.example.org");
        EnvConfig::takeProcessEnvironment();

        // Gone from the live environment, so a child process never inherits them ...
        for (const char *name : {"NS_SECRET", "NS_TOKEN", "TCONNECT_PASSWORD", "CARELINK_REFRESH_TOKEN", "api_secret"})
            QVERIFY2(!qEnvironmentVariableIsSet(name), name);
        QProcess child;
        child.start(u"env"_s, {});
        QVERIFY(child.waitForFinished(10000));
        const QByteArray childEnv = child.readAllStandardOutput();
        QVERIFY(childEnv.contains("NS_URL=https://ns.example.org"));
        for (const char *value :
             {"env-secret-123456", "reader-0123456789abcdef", "tandem-pass", "refresh-xyz", "lower-case-secret"})
            QVERIFY2(!childEnv.contains(value), value);

        // ... while the configuration still sees them.
        const EnvConfig c = EnvConfig::fromVariables(EnvConfig::systemVariables());
        QCOMPARE(c.nightscoutSecret.reveal(), u"env-secret-123456"_s);
        QCOMPARE(c.nightscoutToken.reveal(), u"reader-0123456789abcdef"_s);
        QCOMPARE(c.nightscoutUrl, u"https://ns.example.org"_s);
        QVERIFY(qEnvironmentVariableIsSet("NS_URL"));
        QVERIFY(qEnvironmentVariableIsSet("PATH"));
        QVERIFY(!EnvConfig::isSecretVariable(u"NIGHTBRIDGE_CONFIG_DIR"_s));
        QVERIFY(!EnvConfig::isSecretVariable(u"CARELINK_USERNAME"_s));
        QVERIFY(EnvConfig::isSecretVariable(u"CUSTOMCONNSTR_API_SECRET"_s));
        QVERIFY(EnvConfig::isSecretVariable(u"connect_carelink_password"_s));
    }

    void parsesDotEnvSyntax()
    {
        const auto vars = load(u"tconnectsync.env"_s);
        QCOMPARE(vars.value(u"TCONNECT_PASSWORD"_s), u"s3cret pass#word"_s);        // quoted: # is not a comment
        QCOMPARE(vars.value(u"TIMEZONE_NAME"_s), u"Europe/Berlin"_s);               // export, single quotes
        QCOMPARE(vars.value(u"NS_URL"_s), u"https://my-nightscout.example.org/"_s); // trailing comment dropped
        QVERIFY(!vars.contains(u"# tconnectsync configuration (sample; not real credentials)"_s));
        const auto escaped = DotEnv::parse("A=\"line\\nnext \\\"q\\\"\"\r\nB=plain\n");
        QVERIFY(escaped.ok());
        QCOMPARE(escaped->value(u"A"_s), u"line\nnext \"q\""_s);
        QCOMPARE(escaped->value(u"B"_s), u"plain"_s);
    }

    void malformedLinesAreConfigErrors()
    {
        const auto bad = DotEnv::parse("GOOD=1\nthis is not an assignment\n");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, SyncError::Kind::Config);
        QVERIFY(bad.error().userMessage.contains(u"Line 2"_s));
        QVERIFY(!DotEnv::parse("A=\"unclosed\n").ok());
    }

    void tconnectsyncVariablesMakeATandemAccount()
    {
        const EnvConfig c = EnvConfig::fromVariables(load(u"tconnectsync.env"_s));
        QCOMPARE(c.nightscoutUrl, u"https://my-nightscout.example.org/"_s);
        QCOMPARE(c.nightscoutSecret.reveal(), u"abcdefghijklmnop"_s);
        QCOMPARE(c.accounts.size(), 1);
        const AccountConfig &a = c.accounts.first();
        QCOMPARE(a.vendor, AccountVendor::Tandem);
        QVERIFY(a.fromEnvironment);
        QCOMPARE(a.email, u"pump.owner@example.com"_s);
        QCOMPARE(a.password.reveal(), u"s3cret pass#word"_s);
        QCOMPARE(a.region, u"EU"_s);
        QCOMPARE(a.timezone, u"Europe/Berlin"_s);
        QVERIFY(a.pumpSerial.isEmpty()); // 11111111 is tconnectsync's "the newest pump"
        QVERIFY(c.secretVariables.contains(u"TCONNECT_PASSWORD"_s));
        QVERIFY(c.secretVariables.contains(u"NS_SECRET"_s));
        QVERIFY(c.notes.join(u' ').contains(u"NS_SKIP_TLS_VERIFY"_s)); // never honoured
    }

    void minimedConnectVariablesMakeACareLinkAccount()
    {
        const EnvConfig c = EnvConfig::fromVariables(load(u"minimed.env"_s));
        QCOMPARE(c.nightscoutUrl, u"https://another.example.net"_s);
        QCOMPARE(c.nightscoutSecret.reveal(), u"another-secret-1234"_s);
        QCOMPARE(c.accounts.size(), 1);
        const AccountConfig &a = c.accounts.first();
        QCOMPARE(a.vendor, AccountVendor::CareLink);
        QCOMPARE(a.country, u"NL"_s);
        QCOMPARE(a.region, u"EU"_s);
        QCOMPARE(a.patient, u"anna"_s);
        QVERIFY(a.password.isEmpty()); // a CareLink password is of no use any more
        QVERIFY(c.notes.join(u' ').contains(u"CARELINK_PASSWORD"_s));
    }

    void lowerCaseAndHostOnlyForms()
    {
        const EnvConfig c = EnvConfig::fromVariables({{u"carelink_username"_s, u"x"_s},
                                                      {u"WEBSITE_HOSTNAME"_s, u"site.example.com"_s},
                                                      {u"NS_TOKEN"_s, u"t-1"_s}});
        QCOMPARE(c.nightscoutUrl, u"https://site.example.com"_s);
        QCOMPARE(c.nightscoutToken.reveal(), u"t-1"_s);
        QCOMPARE(c.accounts.size(), 1);
        QCOMPARE(c.accounts.first().region, u"US"_s); // minimed-connect's default server
        QVERIFY(EnvConfig::fromVariables({{u"HOME"_s, u"/root"_s}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvConfig)
#include "tst_envconfig.moc"
