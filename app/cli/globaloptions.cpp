#include "globaloptions.h"

#include "featurelist.h"

#include <QRegularExpression>

#include <algorithm>

namespace nb::cli {

namespace {

// Splits "--name=value" into name and value.
bool splitInline(const QString &arg, QString *name, QString *value)
{
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    if (!arg.startsWith(QLatin1String("--")) || eq < 0)
        return false;
    *name = arg.left(eq);
    *value = arg.mid(eq + 1);
    return true;
}

const QStringList kValued = {QStringLiteral("--config"), QStringLiteral("--account"), QStringLiteral("--features")};
const QStringList kFlags = {QStringLiteral("--pretend"), QStringLiteral("-v"), QStringLiteral("--verbose"),
                            QStringLiteral("--demo")};
// tconnectsync's run-mode flags: they pick the command when none is given.
const QStringList kAliasValued = {QStringLiteral("--start-date"), QStringLiteral("--end-date"),
                                  QStringLiteral("--days")};
const QStringList kAliasFlags = {QStringLiteral("--auto-update"), QStringLiteral("--check-login")};
const QStringList kLegacyVerbs = {QStringLiteral("convert"), QStringLiteral("nightscout"), QStringLiteral("carelink")};
// Every command name: a word after `--features A B` that is one of these is the command, not a feature.
const QStringList kVerbs = {QStringLiteral("sync"),    QStringLiteral("backfill"),   QStringLiteral("check-login"),
                            QStringLiteral("status"),  QStringLiteral("accounts"),   QStringLiteral("import-env"),
                            QStringLiteral("convert"), QStringLiteral("nightscout"), QStringLiteral("carelink"),
                            QStringLiteral("doctor"),  QStringLiteral("help")};

// A word after `--features X` that continues the list: a name some vendor knows, or an upper-case word
// the way tconnectsync spells them (so a misspelt one is refused as a feature, not taken for a command).
// Commands, paths, field=value pairs and lower-case words (account ids) end the list.
bool looksLikeFeature(const QString &word)
{
    if (word.startsWith(QLatin1Char('-')) || kVerbs.contains(word))
        return false;
    static const QRegularExpression upperCase(QStringLiteral("^[A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*$"));
    if (upperCase.match(word).hasMatch())
        return true;
    const QStringList parts = word.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return !parts.isEmpty() && std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return FeatureList::forVendor(part, AccountVendor::Tandem) ||
               FeatureList::forVendor(part, AccountVendor::CareLink);
    });
}

} // namespace

QStringList GlobalOptions::globalFlagNames()
{
    return kValued + kFlags;
}

GlobalOptions GlobalOptions::parse(const QStringList &args)
{
    GlobalOptions g;
    QStringList rest;
    QStringList original;
    bool autoUpdate = false;
    bool checkLogin = false;
    bool dateFlags = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        const bool inlineValue = splitInline(args.at(i), &name, &value);
        const bool valued = kValued.contains(name) || kAliasValued.contains(name);
        if (valued && !inlineValue) {
            if (i + 1 >= args.size()) {
                g.error = tr("%1 needs a value.").arg(name);
                return g;
            }
            value = args.at(++i);
        }
        if (name == QLatin1String("--config")) {
            g.configDir = value;
        } else if (name == QLatin1String("--account")) {
            for (const QString &a : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                g.accounts.append(a.trimmed());
            original << QStringLiteral("--account") << value; // carelink login has its own --account
        } else if (name == QLatin1String("--features")) {
            // tconnectsync takes the names space-separated (`--features BASAL BOLUS`): the words that follow,
            // up to the next option or command, belong to the list too.
            QStringList names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            while (!inlineValue && i + 1 < args.size() && looksLikeFeature(args.at(i + 1)))
                names += args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &n : names)
                n = n.trimmed();
            names.removeAll(QString());
            value = names.join(QLatin1Char(','));
            g.features = value;
            original << QStringLiteral("--features") << value; // convert has its own --features
        } else if (name == QLatin1String("--pretend")) {
            g.pretend = true;
            original << name;
        } else if (name == QLatin1String("-v") || name == QLatin1String("--verbose")) {
            g.verbose = true;
            original << QStringLiteral("--verbose");
        } else if (name == QLatin1String("--demo")) {
            g.demo = true;
        } else if (kAliasValued.contains(name)) {
            dateFlags = true;
            rest << name << value;
            original << name << value;
        } else if (name == QLatin1String("--auto-update")) {
            autoUpdate = true;
            rest << name;
        } else if (name == QLatin1String("--check-login")) {
            checkLogin = true;
        } else {
            rest << args.at(i);
            original << args.at(i);
        }
    }
    // The command is the first word that is not an option.
    qsizetype verbAt = -1;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (!rest.at(i).startsWith(QLatin1Char('-'))) {
            verbAt = i;
            break;
        }
        if (rest.at(i) == QLatin1String("--help") || rest.at(i) == QLatin1String("-h") ||
            rest.at(i) == QLatin1String("--version"))
            break;
        if (kAliasValued.contains(rest.at(i)))
            ++i; // skip its value
    }
    if (verbAt >= 0) {
        g.verb = rest.takeAt(verbAt);
        const qsizetype inOriginal = original.indexOf(g.verb);
        if (inOriginal >= 0)
            original.removeAt(inOriginal);
    }
    g.arguments = rest;
    g.passThrough = original;
    if (g.verb.isEmpty() && !rest.contains(QLatin1String("--help")) && !rest.contains(QLatin1String("-h")) &&
        !rest.contains(QLatin1String("--version"))) {
        if (checkLogin)
            g.verb = QStringLiteral("check-login");
        else if (dateFlags)
            g.verb = QStringLiteral("backfill");
        else if (autoUpdate || g.demo)
            g.verb = QStringLiteral("sync");
        else if (g.pretend || !g.features.isEmpty() || !g.accounts.isEmpty())
            g.verb = QStringLiteral("sync");
        if (g.demo && !autoUpdate && g.verb == QLatin1String("sync"))
            g.arguments.append(QStringLiteral("--auto-update"));
    } else if (g.verb == QLatin1String("sync") && dateFlags) {
        g.verb = QStringLiteral("backfill"); // tconnectsync: a date range means "process that range"
        g.arguments.removeAll(QStringLiteral("--once"));
    }
    if (kLegacyVerbs.contains(g.verb))
        g.arguments = g.passThrough;
    return g;
}

} // namespace nb::cli
