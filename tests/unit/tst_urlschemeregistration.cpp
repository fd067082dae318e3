#include "platform/urlschemeregistration.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

namespace {
UrlSchemeSpec spec(const QString &executable)
{
    UrlSchemeSpec s;
    s.executable = executable;
    return s;
}
} // namespace

class TestUrlSchemeRegistration : public QObject {
    Q_OBJECT
private slots:
    void desktopEntry()
    {
        const QString entry = UrlSchemeRegistration::desktopEntry(spec(QStringLiteral("/opt/My Apps/nightbridge")));
        QVERIFY(entry.startsWith(QLatin1String("[Desktop Entry]\n")));
        QVERIFY(entry.contains(QLatin1String("\nType=Application\n")));
        QVERIFY(entry.contains(QLatin1String("\nExec=\"/opt/My Apps/nightbridge\" --carelink-redirect %u\n")));
        QVERIFY(entry.contains(QLatin1String("\nMimeType=x-scheme-handler/com.medtronic.carepartner;\n")));
        QVERIFY(entry.contains(QLatin1String("\nNoDisplay=true\n")));
        // Written as a key file every desktop reads.
        QTemporaryDir dir;
        const Result<QString> path = UrlSchemeRegistration::writeDesktopFile(
            spec(QStringLiteral("/usr/bin/nightbridge")), dir.filePath(QStringLiteral("applications")));
        QVERIFY(path.ok());
        QCOMPARE(*path, dir.filePath(QStringLiteral("applications/nightbridge-carelink-redirect.desktop")));
        QSettings desktop(*path, QSettings::IniFormat);
        QCOMPARE(desktop.value(QStringLiteral("Desktop Entry/Exec")).toString(),
                 QStringLiteral("/usr/bin/nightbridge --carelink-redirect %u"));
        QVERIFY(!UrlSchemeRegistration::writeDesktopFile(spec(QString()), dir.path()).ok());
    }

    void execQuoting_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain") << "/usr/bin/nightbridge"
                               << "/usr/bin/nightbridge";
        QTest::newRow("space") << "/home/a b/nb"
                               << "\"/home/a b/nb\"";
        QTest::newRow("dollar and quote") << "/x/$HOME\"q"
                                          << "\"/x/\\$HOME\\\"q\"";
        QTest::newRow("percent") << "/x/100%"
                                 << "/x/100%%";
        QTest::newRow("empty") << ""
                               << "\"\"";
    }
    void execQuoting()
    {
        QFETCH(QString, argument);
        QFETCH(QString, exec);
        QCOMPARE(UrlSchemeRegistration::desktopExecArgument(argument), exec);
    }

    void xdgMime()
    {
        QCOMPARE(UrlSchemeRegistration::xdgMimeCommand(spec(QStringLiteral("/x"))),
                 (QStringList{QStringLiteral("xdg-mime"), QStringLiteral("default"),
                              QStringLiteral("nightbridge-carelink-redirect.desktop"),
                              QStringLiteral("x-scheme-handler/com.medtronic.carepartner")}));
    }

    void mimeAppsList_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QString ours =
            QStringLiteral("x-scheme-handler/com.medtronic.carepartner=nightbridge-carelink-redirect.desktop;");
        QTest::newRow("empty") << QString() << QStringLiteral("[Default Applications]\n") + ours + QLatin1Char('\n');
        QTest::newRow("other sections")
            << QStringLiteral("[Added Associations]\ntext/plain=gedit.desktop;\n")
            << QStringLiteral("[Added Associations]\ntext/plain=gedit.desktop;\n\n[Default Applications]\n") + ours +
                   QLatin1Char('\n');
        QTest::newRow("append in section")
            << QStringLiteral("[Default Applications]\ntext/html=firefox.desktop;\n\n[Added Associations]\nx=y;\n")
            << QStringLiteral("[Default Applications]\ntext/html=firefox.desktop;\n") + ours +
                   QStringLiteral("\n\n[Added Associations]\nx=y;\n");
        QTest::newRow("replace previous handler")
            << QStringLiteral("[Default Applications]\nx-scheme-handler/com.medtronic.carepartner=old.desktop;\n")
            << QStringLiteral("[Default Applications]\n") + ours + QLatin1Char('\n');
    }
    void mimeAppsList()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QString merged = UrlSchemeRegistration::mergeMimeAppsList(before, spec(QStringLiteral("/x")));
        QCOMPARE(merged, after);
        QCOMPARE(UrlSchemeRegistration::mergeMimeAppsList(merged, spec(QStringLiteral("/x"))), merged); // idempotent
    }

    void windowsRegistry()
    {
        const UrlSchemeSpec s = spec(QStringLiteral("C:/Program Files/Nightbridge/nightbridge.exe"));
        const QList<UrlSchemeRegistration::RegistryValue> values = UrlSchemeRegistration::windowsRegistryValues(s);
        QCOMPARE(values.size(), 4);
        QCOMPARE(values.at(0).key, QStringLiteral("com.medtronic.carepartner"));
        QCOMPARE(values.at(1).name, QStringLiteral("URL Protocol"));
        QCOMPARE(values.at(1).value, QString());
        QCOMPARE(values.at(3).key, QStringLiteral("com.medtronic.carepartner\\shell\\open\\command"));
        QCOMPARE(values.at(3).value,
                 QStringLiteral("\"C:\\Program Files\\Nightbridge\\nightbridge.exe\" --carelink-redirect -- \"%1\""));
        const QString reg = UrlSchemeRegistration::windowsRegFile(s);
        QVERIFY(reg.startsWith(QLatin1String("Windows Registry Editor Version 5.00\r\n")));
        QVERIFY(reg.contains(QLatin1String("[HKEY_CURRENT_USER\\Software\\Classes\\com.medtronic.carepartner]\r\n")));
        QVERIFY(reg.contains(QLatin1String("\"URL Protocol\"=\"\"\r\n")));
        QVERIFY(reg.contains(QLatin1String("@=\"\\\"C:\\\\Program Files\\\\Nightbridge\\\\nightbridge.exe\\\" "
                                           "--carelink-redirect -- \\\"%1\\\"\"\r\n")));
#ifndef Q_OS_WIN
        QCOMPARE(UrlSchemeRegistration::applyWindowsRegistry(s).error().kind, SyncError::Kind::Config);
#endif
    }

    void macInfoPlist()
    {
        const QString plist =
            UrlSchemeRegistration::macBundleUrlTypes(spec(QStringLiteral("/Applications/Nightbridge.app")));
        QVERIFY(plist.startsWith(QLatin1String("<key>CFBundleURLTypes</key>\n<array>")));
        QVERIFY(plist.contains(QLatin1String("<string>com.medtronic.carepartner</string>")));
        QVERIFY(plist.contains(QLatin1String("<key>CFBundleURLSchemes</key>")));
    }

    void redirectInArguments()
    {
        const QString scheme = QStringLiteral("com.medtronic.carepartner");
        const auto found = UrlSchemeRegistration::redirectFromArguments(
            {QStringLiteral("nightbridge"), QStringLiteral("--carelink-redirect"),
             QStringLiteral("com.medtronic.carepartner:/sso?code=abc&state=xyz")},
            scheme);
        QVERIFY(found);
        QCOMPARE(found->path(), QStringLiteral("/sso"));
        QVERIFY(!UrlSchemeRegistration::redirectFromArguments({QStringLiteral("nightbridge"), QStringLiteral("--tray")},
                                                              scheme));
        QVERIFY(!UrlSchemeRegistration::redirectFromArguments(
            {QStringLiteral("https://example.org/?x=com.medtronic.carepartner:")}, scheme));
    }
};

QTEST_GUILESS_MAIN(TestUrlSchemeRegistration)
#include "tst_urlschemeregistration.moc"
