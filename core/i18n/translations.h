#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace nb {

// A user-interface language Nightbridge ships: `code` is what general/language stores ("de"),
// `nativeName` is how the language calls itself ("Deutsch") — shown untranslated in the language combo,
// so people can find their language whatever language the UI is in right now.
struct LanguageInfo {
    QString code;
    QString nativeName;
};

// The offered languages, English (the source language) first.
QList<LanguageInfo> availableLanguages();

// The language to use: the override (general/language) when we ship it, else the first of the system's
// preferred languages (QLocale::uiLanguages(), e.g. "de-AT") we ship, else English. Region and script
// are ignored ("fr-CA" -> "fr").
QString chooseLanguage(const QStringList &systemLanguages, const QString &languageOverride);

// general/language from the settings file at `settingsFile`; empty when unset or the file does not exist.
QString languageSetting(const QString &settingsFile);

// Chooses the language (see chooseLanguage, with QLocale::system().uiLanguages()) and installs
// Nightbridge's translator (:/i18n/nightbridge_<code>.qm) and Qt's own (qtbase_<code>.qm from
// QLibraryInfo::TranslationsPath) on `app`. Calling it again replaces the previous translators.
// A missing .qm is not an error: the text then stays English. With an override, QLocale's default
// follows the chosen language so numbers and dates match the UI. Returns the chosen code.
QString installTranslations(QCoreApplication &app, const QString &languageOverride = QString());

} // namespace nb
