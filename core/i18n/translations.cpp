#include "translations.h"

#include "logging/categories.h"
#include "settings/settings.h"
#include "settings/settingsschema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace nb {

namespace {

const QString englishCode = QStringLiteral("en");
constexpr QLatin1String appTranslatorName{"nb_translator_app"};
constexpr QLatin1String qtTranslatorName{"nb_translator_qt"};

// "de-AT", "de_AT", "DE" -> "de"; "C" (the POSIX locale) -> "en".
QString baseLanguage(const QString &language)
{
    QString code = language.trimmed().toLower();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    code = code.section(QLatin1Char('_'), 0, 0);
    if (code == QLatin1String("c") || code == QLatin1String("posix"))
        return englishCode;
    return code;
}

bool isAvailable(const QString &code)
{
    for (const LanguageInfo &language : availableLanguages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

void removeOurTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> translators = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        if (translator->objectName() == appTranslatorName || translator->objectName() == qtTranslatorName) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

} // namespace

QList<LanguageInfo> availableLanguages()
{
    // Native names on purpose (not tr()): see the header.
    return {
        {englishCode, QStringLiteral("English")},           {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
    };
}

QString chooseLanguage(const QStringList &systemLanguages, const QString &languageOverride)
{
    if (!languageOverride.trimmed().isEmpty()) {
        const QString code = baseLanguage(languageOverride);
        if (isAvailable(code))
            return code;
        // An override we do not ship (hand-edited file, a language dropped later) falls through to the
        // system's languages rather than failing.
    }
    for (const QString &language : systemLanguages) {
        const QString code = baseLanguage(language);
        if (isAvailable(code))
            return code;
    }
    return englishCode;
}

QString languageSetting(const QString &settingsFile)
{
    if (settingsFile.isEmpty() || !QFileInfo::exists(settingsFile))
        return QString();
    const Settings settings(settingsFile);
    return settings.stringValue(keys::language);
}

QString installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    removeOurTranslators(app);
    const QString code = chooseLanguage(QLocale::system().uiLanguages(), languageOverride);
    if (!languageOverride.trimmed().isEmpty() && baseLanguage(languageOverride) == code &&
        QLocale().language() != QLocale(code).language())
        QLocale::setDefault(QLocale(code));

    auto *appTranslator = new QTranslator(&app);
    appTranslator->setObjectName(appTranslatorName);
    const QString resource = QStringLiteral(":/i18n/nightbridge_") + code + QStringLiteral(".qm");
    if (appTranslator->load(resource)) {
        QCoreApplication::installTranslator(appTranslator);
    } else {
        qCWarning(lcPlatform) << "No translation file" << resource << "- the user interface stays English";
        delete appTranslator;
    }

    if (code != englishCode) {
        auto *qtTranslator = new QTranslator(&app);
        qtTranslator->setObjectName(qtTranslatorName);
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(qtTranslator);
        } else {
            // Qt's own dialogs (file pickers, standard buttons) then stay English; ours are still translated.
            qCDebug(lcPlatform) << "Qt's translation for" << code << "not found in" << dir;
            delete qtTranslator;
        }
    }
    // Debug, not info: this runs before the log settings apply, and the CLI must not print it to stderr.
    qCDebug(lcPlatform) << "User interface language:" << code;
    return code;
}

} // namespace nb
