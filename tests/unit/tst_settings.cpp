#include "logging/redactor.h"
#include "logging/categories.h"
#include "settings/loggingrules.h"
#include "settings/settings.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void tableIsSane();
    void tableHasNoSecretKeys();
    void defaultsWithoutFile();
    void roundTripAcrossInstances();
    void everyKeySurvivesARestart();
    void enumsStoredByName();
    void invalidValuesRefused_data();
    void invalidValuesRefused();
    void unknownKeyRefused();
    void invalidStoredValueReadsAsDefault();
    void changedSignal();
    void vendorOverrides();
    void migrateFreshFile();
    void migrateFromSchema0();
    void newerSchemaIsLeftAlone();
    void unwritableLocation();
    void fileIsPrivateAndFreeOfSecrets();
    void loggingRules();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("nightbridge.ini")); }
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::tableIsSane()
{
    QSet<QString> seen;
    for (const SettingSpec &spec : settingsTable()) {
        QVERIFY2(!seen.contains(spec.key), qPrintable(spec.key));
        seen.insert(spec.key);
        QVERIFY2(!spec.description.isEmpty(), qPrintable(spec.key));
        Settings settings(path());
        const Result<QVariant> normalised = settings.normalise(spec.key, spec.defaultValue);
        QVERIFY2(normalised.ok(), qPrintable(spec.key)); // every default passes its own validator
        if (spec.type == SettingType::Enum)
            QVERIFY(spec.enumNames.contains(spec.defaultValue.toString()));
    }
    for (const QString &key :
         {QString(keys::nightscoutUrl), QString(keys::nightscoutAllowInsecureHttp), QString(keys::nightscoutAuthMode),
          QString(keys::nightscoutUploadBatchSize), QString(keys::units), QString(keys::logLevel),
          QString(keys::logHttpTrace), QString(keys::syncIntervalMinutes), QString(keys::credentialBackend)})
        QVERIFY2(findSetting(key), qPrintable(key));
    QVERIFY(!findSetting(QStringLiteral("no/such/key")));
}

void TestSettings::tableHasNoSecretKeys()
{
    for (const SettingSpec &spec : settingsTable()) {
        for (const QString &part : spec.key.split(QLatin1Char('/')))
            QVERIFY2(!redact::isSensitiveName(part), qPrintable(spec.key));
    }
}

void TestSettings::defaultsWithoutFile()
{
    Settings s(path());
    QCOMPARE(s.stringValue(keys::nightscoutUrl), QString());
    QCOMPARE(s.urlValue(keys::nightscoutUrl), QUrl());
    QCOMPARE(s.boolValue(keys::nightscoutAllowInsecureHttp), false);
    QCOMPARE(s.enumValue<NightscoutAuthMode>(keys::nightscoutAuthMode), NightscoutAuthMode::Secret);
    QCOMPARE(s.intValue(keys::nightscoutUploadBatchSize), 500);
    QCOMPARE(s.enumValue<GlucoseUnits>(keys::units), GlucoseUnits::MgDl);
    QCOMPARE(s.enumValue<LogLevel>(keys::logLevel), LogLevel::Info);
    QCOMPARE(s.boolValue(keys::logHttpTrace), false);
    QCOMPARE(s.intValue(keys::syncIntervalMinutes), 5);
    QCOMPARE(s.enumValue<CredentialBackend>(keys::credentialBackend), CredentialBackend::Keychain);
    QVERIFY(!s.isSet(keys::nightscoutUploadBatchSize));
    QVERIFY(!QFile::exists(path())); // reading never creates the file
}

void TestSettings::roundTripAcrossInstances()
{
    {
        Settings s(path());
        QVERIFY(s.setValue(keys::nightscoutUrl, QStringLiteral("https://my-ns.example.test/")).ok());
        QVERIFY(s.setValue(keys::nightscoutAllowInsecureHttp, true).ok());
        QVERIFY(s.setValue(keys::nightscoutUploadBatchSize, 250).ok());
        QVERIFY(s.setValue(keys::syncIntervalMinutes, QStringLiteral(" 15 ")).ok());
        QVERIFY(s.setEnum(keys::nightscoutAuthMode, NightscoutAuthMode::Token).ok());
        QVERIFY(s.setEnum(keys::logLevel, LogLevel::Debug).ok());
        QVERIFY(s.sync().ok());
    }
    Settings s(path());
    QCOMPARE(s.urlValue(keys::nightscoutUrl), QUrl(QStringLiteral("https://my-ns.example.test/")));
    QCOMPARE(s.boolValue(keys::nightscoutAllowInsecureHttp), true);
    QCOMPARE(s.intValue(keys::nightscoutUploadBatchSize), 250);
    QCOMPARE(s.intValue(keys::syncIntervalMinutes), 15);
    QCOMPARE(s.enumValue<NightscoutAuthMode>(keys::nightscoutAuthMode), NightscoutAuthMode::Token);
    QCOMPARE(s.enumValue<LogLevel>(keys::logLevel), LogLevel::Debug);
    s.reset(keys::nightscoutUploadBatchSize);
    QCOMPARE(s.intValue(keys::nightscoutUploadBatchSize), 500);
}

// Every key of the table, set to a value other than its default, reads back from a copy of the file
// (a copy, because QSettings caches files open in this process). Catches key names QSettings mangles,
// such as the group "general", written as [%General] and read back as "General".
void TestSettings::everyKeySurvivesARestart()
{
    QHash<QString, QVariant> written;
    {
        Settings s(path());
        for (const SettingSpec &spec : settingsTable()) {
            QVariant value;
            switch (spec.type) {
            case SettingType::Bool:
                value = !spec.defaultValue.toBool();
                break;
            case SettingType::Int:
                value = spec.defaultValue.toInt() == spec.minimum ? spec.maximum : spec.minimum;
                break;
            case SettingType::Enum:
                value = spec.enumNames.constLast() == spec.defaultValue.toString() ? spec.enumNames.constFirst()
                                                                                   : spec.enumNames.constLast();
                break;
            case SettingType::String:
            case SettingType::Url:
                continue; // free text: validators differ; the group names are what this test is about
            }
            QVERIFY2(s.setValue(spec.key, value).ok(), qPrintable(spec.key));
            written.insert(spec.key, s.value(spec.key));
        }
        QVERIFY(s.sync().ok());
    }
    const QString copy = m_dir->filePath(QStringLiteral("copy.ini"));
    QVERIFY(QFile::copy(path(), copy));
    Settings reopened(copy);
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        QVERIFY2(reopened.value(it.key()) == it.value(), qPrintable(it.key()));
    QVERIFY(!written.isEmpty());
}

void TestSettings::enumsStoredByName()
{
    Settings s(path());
    QVERIFY(s.setEnum(keys::units, GlucoseUnits::Mmol).ok());
    QVERIFY(s.setValue(keys::nightscoutAuthMode, QStringLiteral("token")).ok());
    QVERIFY(s.setEnum(keys::credentialBackend, CredentialBackend::File).ok());
    QVERIFY(s.setValue(keys::nightscoutAllowInsecureHttp, true).ok());
    QVERIFY(s.sync().ok());
    const QByteArray ini = readAll(path());
    QVERIFY2(ini.contains("units=mmol"), ini.constData());
    QVERIFY2(ini.contains("authMode=token"), ini.constData());
    QVERIFY2(ini.contains("credentialStore=file"), ini.constData());
    QVERIFY2(ini.contains("allowInsecureHttp=true"), ini.constData());
}

void TestSettings::invalidValuesRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("batch 0") << QString(keys::nightscoutUploadBatchSize) << QVariant(0);
    QTest::newRow("batch too big") << QString(keys::nightscoutUploadBatchSize) << QVariant(100000);
    QTest::newRow("batch text") << QString(keys::nightscoutUploadBatchSize) << QVariant(QStringLiteral("many"));
    QTest::newRow("interval 0") << QString(keys::syncIntervalMinutes) << QVariant(0);
    QTest::newRow("bad enum") << QString(keys::nightscoutAuthMode) << QVariant(QStringLiteral("password"));
    QTest::newRow("enum index out of range") << QString(keys::units) << QVariant(7);
    QTest::newRow("bad bool") << QString(keys::logHttpTrace) << QVariant(QStringLiteral("maybe"));
    QTest::newRow("url with user info") << QString(keys::nightscoutUrl)
                                        << QVariant(QStringLiteral("https://user:pw@ns.example.test"));
    QTest::newRow("url with token") << QString(keys::nightscoutUrl)
                                    << QVariant(QStringLiteral("https://ns.example.test/?token=reader-123"));
    QTest::newRow("url ftp") << QString(keys::nightscoutUrl) << QVariant(QStringLiteral("ftp://ns.example.test"));
    QTest::newRow("country") << QString(keys::careLinkCountry) << QVariant(QStringLiteral("usa"));
    QTest::newRow("override with space") << keys::tandemOverride(QStringLiteral("us"), QStringLiteral("clientId"))
                                         << QVariant(QStringLiteral("abc def"));
}

void TestSettings::invalidValuesRefused()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    Settings s(path());
    const QVariant before = s.value(key);
    const Result<void> r = s.setValue(key, value);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, SyncError::Kind::Config);
    QVERIFY(r.error().userMessage.contains(key));
    QCOMPARE(s.value(key), before);
    QVERIFY(!s.isSet(key));
}

void TestSettings::unknownKeyRefused()
{
    Settings s(path());
    for (const QString &key : {QStringLiteral("nightscout/apiSecret"), QStringLiteral("tandem/password"),
                               QStringLiteral("carelink/us/refreshToken"), QStringLiteral("whatever")}) {
        const Result<void> r = s.setValue(key, QStringLiteral("value"));
        QVERIFY2(!r.ok(), qPrintable(key));
        QCOMPARE(r.error().kind, SyncError::Kind::Config);
    }
}

void TestSettings::invalidStoredValueReadsAsDefault()
{
    writeFile(path(), "[nightscout]\nuploadBatchSize=-4\nauthMode=kerberos\nallowInsecureHttp=perhaps\n"
                      "[sync]\nintervalMinutes=30\n");
    Settings s(path());
    QCOMPARE(s.intValue(keys::nightscoutUploadBatchSize), 500);
    QCOMPARE(s.enumValue<NightscoutAuthMode>(keys::nightscoutAuthMode), NightscoutAuthMode::Secret);
    QCOMPARE(s.boolValue(keys::nightscoutAllowInsecureHttp), false);
    QCOMPARE(s.intValue(keys::syncIntervalMinutes), 30);
}

void TestSettings::changedSignal()
{
    Settings s(path());
    QSignalSpy spy(&s, &Settings::changed);
    QVERIFY(s.setValue(keys::syncIntervalMinutes, 10).ok());
    QVERIFY(s.setValue(keys::syncIntervalMinutes, 10).ok());
    QVERIFY(!s.setValue(keys::syncIntervalMinutes, -1).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString(keys::syncIntervalMinutes));
    s.reset(keys::syncIntervalMinutes);
    QCOMPARE(spy.count(), 2);
}

void TestSettings::vendorOverrides()
{
    Settings s(path());
    for (const QString &region : {QStringLiteral("us"), QStringLiteral("eu")}) {
        for (const QString &name : keys::tandemRegionalOverrideNames())
            QVERIFY2(findSetting(keys::tandemOverride(region, name)), qPrintable(name));
        for (const QString &name : keys::careLinkRegionalOverrideNames())
            QVERIFY2(findSetting(keys::careLinkOverride(region, name)), qPrintable(name));
    }
    const QString appVersion = keys::careLinkOverride(QStringLiteral("appVersion"));
    const QString euSource = keys::tandemOverride(QStringLiteral("eu"), QStringLiteral("sourceUrl"));
    QCOMPARE(s.stringValue(appVersion), QString()); // empty: the vendor's built-in value applies
    QVERIFY(s.setValue(appVersion, QStringLiteral("3.8.0")).ok());
    QVERIFY(s.setValue(euSource, QStringLiteral("https://source.eu.example.test/")).ok());
    QVERIFY(s.sync().ok());
    Settings again(path());
    QCOMPARE(again.stringValue(appVersion), QStringLiteral("3.8.0"));
    QCOMPARE(again.stringValue(euSource), QStringLiteral("https://source.eu.example.test/"));
}

void TestSettings::migrateFreshFile()
{
    Settings s(path());
    QCOMPARE(s.storedSchemaVersion(), 0);
    QVERIFY(s.migrate().ok());
    QCOMPARE(s.storedSchemaVersion(), Settings::SchemaVersion);
    QVERIFY(readAll(path()).contains("schemaVersion=1"));
    QVERIFY(s.migrate().ok()); // idempotent
}

void TestSettings::migrateFromSchema0()
{
    writeFile(path(), "[nightscout]\nurl=https://ns.example.test\napiSecret=TestSecret-0123456789\n"
                      "authMode=TOKEN\n[display]\nunits=mmol/L\n[tandem]\npassword=TestPassword-42\n");
    Settings s(path());
    QVERIFY(s.migrate().ok());
    QCOMPARE(s.storedSchemaVersion(), 1);
    QCOMPARE(s.enumValue<GlucoseUnits>(keys::units), GlucoseUnits::Mmol);
    QCOMPARE(s.enumValue<NightscoutAuthMode>(keys::nightscoutAuthMode), NightscoutAuthMode::Token);
    QCOMPARE(s.stringValue(keys::nightscoutUrl), QStringLiteral("https://ns.example.test"));
    const QByteArray ini = readAll(path());
    QVERIFY2(!ini.contains("TestSecret") && !ini.contains("TestPassword"), ini.constData());
    QVERIFY(!ini.contains("apiSecret"));
}

void TestSettings::newerSchemaIsLeftAlone()
{
    const QByteArray original = "[meta]\nschemaVersion=99\n[nightscout]\nuploadBatchSize=100\n";
    writeFile(path(), original);
    Settings s(path());
    const Result<void> r = s.migrate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, SyncError::Kind::Config);
    QVERIFY(s.isReadOnly());
    QCOMPARE(s.intValue(keys::nightscoutUploadBatchSize), 100); // still readable
    QVERIFY(!s.setValue(keys::nightscoutUploadBatchSize, 200).ok());
    QVERIFY(s.sync().ok());
    QCOMPARE(readAll(path()), original);
}

void TestSettings::unwritableLocation()
{
    writeFile(m_dir->filePath(QStringLiteral("file")), "x");
    Settings s(m_dir->filePath(QStringLiteral("file/nightbridge.ini")));
    QVERIFY(s.setValue(keys::syncIntervalMinutes, 10).ok());
    const Result<void> r = s.sync();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, SyncError::Kind::Storage);
    QVERIFY(!r.error().userMessage.isEmpty());
}

// Writes every setting, tries every secret-looking key, then greps the file for the test secrets.
void TestSettings::fileIsPrivateAndFreeOfSecrets()
{
    const QString secret = QStringLiteral("TestSecret-5f3e2c1a");
    Settings s(path());
    QVERIFY(s.migrate().ok());
    for (const SettingSpec &spec : settingsTable())
        QVERIFY(s.setValue(spec.key, spec.defaultValue).ok());
    for (const QString &key : {QStringLiteral("nightscout/secret"), QStringLiteral("nightscout/token"),
                               QStringLiteral("carelink/password"), QStringLiteral("tandem/us/accessToken")})
        QVERIFY(!s.setValue(key, secret).ok());
    QVERIFY(!s.setValue(keys::nightscoutUrl, QString(QStringLiteral("https://ns.example.test/?token=") + secret)).ok());
    QVERIFY(s.sync().ok());
    const QByteArray ini = readAll(path());
    QVERIFY(!ini.isEmpty());
    QVERIFY2(!ini.contains(secret.toUtf8()), ini.constData());
    const QFileDevice::Permissions p = QFile::permissions(path());
    QCOMPARE(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestSettings::loggingRules()
{
    QLoggingCategory::setFilterRules(loggingFilterRules(LogLevel::Warning, false));
    QVERIFY(!lcSync().isInfoEnabled());
    QVERIFY(lcSync().isWarningEnabled());

    QLoggingCategory::setFilterRules(loggingFilterRules(LogLevel::Info, false));
    QVERIFY(lcSync().isInfoEnabled());
    QVERIFY(!lcSync().isDebugEnabled());

    QLoggingCategory::setFilterRules(loggingFilterRules(LogLevel::Debug, false));
    QVERIFY(lcSync().isDebugEnabled());
    QVERIFY(!lcHttp().isDebugEnabled()); // the trace stays off at debug level
    QVERIFY(!lcHttp().isInfoEnabled());

    QLoggingCategory::setFilterRules(loggingFilterRules(LogLevel::Warning, true));
    QVERIFY(lcHttp().isDebugEnabled());
    QVERIFY(!lcSync().isInfoEnabled());
    QLoggingCategory::setFilterRules(QString());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
