#pragma once

// What the settings pages need, in a temporary directory: a settings file of its own, a memory credential
// store, an HTTP client on a manual clock, and platform hooks that record instead of touching the system.

#include "credentialwait.h"
#include "credentials/memorycredentialstore.h"
#include "manualclock.h"
#include "net/httpclient.h"
#include "settings/settings.h"
#include "settingsservices.h"
#include "sync/accountconfig.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace nb::test {

struct SettingsTestEnv {
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 12, 20), QTime(12, 0), QTimeZone::utc())};
    HttpClient http{clock};
    MemoryCredentialStore store;
    std::unique_ptr<Settings> settings;
    QList<QUrl> opened;     // what would have gone to the browser / file manager
    QList<bool> autostarts; // every start-at-login change asked for
    bool autostartOn = false;

    SettingsTestEnv()
    {
        QStandardPaths::setTestModeEnabled(true);
        settings = std::make_unique<Settings>(iniPath());
        (void)settings->migrate();
    }

    QString iniPath() const { return dir.filePath(QStringLiteral("nightbridge.ini")); }

    ui::SettingsServices services()
    {
        ui::SettingsServices s{*settings, store, http, clock, AppPaths::inDirectory(dir.path())};
        s.openUrl = [this](const QUrl &url) {
            opened.append(url);
            return true;
        };
        s.setAutostart = [this](bool on) -> Result<void> {
            autostarts.append(on);
            autostartOn = on;
            return {};
        };
        s.autostartEnabled = [this] { return autostartOn; };
        return s;
    }

    // The settings file as written on disk.
    QByteArray iniBytes() const
    {
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::optional<QString> secret(const QString &key, QObject *context)
    {
        const ReadAnswer answer = waitRead(store, key, context, 5000);
        if (!answer || !answer->ok() || !answer->value())
            return std::nullopt;
        return answer->value()->reveal();
    }
};

template<typename T>
T *child(QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

inline void typeInto(QObject &parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void click(QObject &parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    button->click();
}

} // namespace nb::test
