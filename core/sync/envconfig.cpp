#include "envconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace nb {

namespace {

// First non-empty of the names; the lower-case spelling counts too (minimed-connect accepts both).
QString pick(const QHash<QString, QString> &vars, const QStringList &names)
{
    for (const QString &name : names) {
        for (const QString &spelling : QStringList{name, name.toLower(), QStringLiteral("CUSTOMCONNSTR_") + name}) {
            const QString v = vars.value(spelling).trimmed();
            if (!v.isEmpty())
                return v;
        }
    }
    return {};
}

bool has(const QHash<QString, QString> &vars, const QStringList &names)
{
    return !pick(vars, names).isEmpty();
}

} // namespace

EnvConfig EnvConfig::fromVariables(const QHash<QString, QString> &vars)
{
    EnvConfig c;
    c.nightscoutUrl = pick(vars, {QStringLiteral("NS_URL"), QStringLiteral("NS")});
    if (c.nightscoutUrl.isEmpty()) {
        const QString host = pick(vars, {QStringLiteral("WEBSITE_HOSTNAME")});
        if (!host.isEmpty())
            c.nightscoutUrl = QStringLiteral("https://") + host;
    }
    for (const QString &name : {QStringLiteral("NS_SECRET"), QStringLiteral("API_SECRET")}) {
        const QString v = pick(vars, {name});
        if (!v.isEmpty()) {
            if (c.nightscoutSecret.isEmpty())
                c.nightscoutSecret = Secret(v);
            c.secretVariables.append(name);
        }
    }
    if (const QString token = pick(vars, {QStringLiteral("NS_TOKEN")}); !token.isEmpty()) {
        c.nightscoutToken = Secret(token);
        c.secretVariables.append(QStringLiteral("NS_TOKEN"));
    }
    if (has(vars, {QStringLiteral("NS_SKIP_TLS_VERIFY")}) &&
        pick(vars, {QStringLiteral("NS_SKIP_TLS_VERIFY")}).toLower() == QLatin1String("true"))
        c.notes.append(QStringLiteral("NS_SKIP_TLS_VERIFY is ignored: Nightbridge always verifies certificates."));

    const QString email = pick(vars, {QStringLiteral("TCONNECT_EMAIL")});
    if (!email.isEmpty()) {
        AccountConfig a;
        a.id = QStringLiteral("env-tandem");
        a.vendor = AccountVendor::Tandem;
        a.fromEnvironment = true;
        a.email = email;
        a.password = Secret(pick(vars, {QStringLiteral("TCONNECT_PASSWORD")}));
        if (!a.password.isEmpty())
            c.secretVariables.append(QStringLiteral("TCONNECT_PASSWORD"));
        a.region = pick(vars, {QStringLiteral("TCONNECT_REGION")}).toUpper();
        a.timezone = pick(vars, {QStringLiteral("TIMEZONE_NAME"), QStringLiteral("TZ")});
        const QString serial = pick(vars, {QStringLiteral("PUMP_SERIAL_NUMBER")});
        a.pumpSerial = serial == QLatin1String("11111111") ? QString() : serial; // tconnectsync's "any pump"
        a.features = pick(vars, {QStringLiteral("NIGHTBRIDGE_FEATURES")});
        c.accounts.append(a);
    }

    const QStringList careLinkMarkers = {QStringLiteral("CARELINK_USERNAME"), QStringLiteral("CARELINK_COUNTRY"),
                                         QStringLiteral("CONNECT_CARELINK_USERNAME"),
                                         QStringLiteral("CARELINK_REGION")};
    if (has(vars, careLinkMarkers)) {
        AccountConfig a;
        a.id = QStringLiteral("env-carelink");
        a.vendor = AccountVendor::CareLink;
        a.fromEnvironment = true;
        a.country = pick(vars, {QStringLiteral("CARELINK_COUNTRY"), QStringLiteral("MMCONNECT_COUNTRYCODE"),
                                QStringLiteral("CONNECT_COUNTRY_CODE")})
                        .toUpper();
        QString region = pick(vars, {QStringLiteral("CARELINK_REGION"), QStringLiteral("MMCONNECT_SERVER"),
                                     QStringLiteral("CONNECT_CARELINK_REGION")})
                             .toUpper();
        if (region != QLatin1String("US") && region != QLatin1String("EU"))
            region.clear();
        a.region = region;
        if (a.country.isEmpty() && a.region.isEmpty())
            a.region = QStringLiteral("US"); // minimed-connect's default server
        a.patient =
            pick(vars, {QStringLiteral("CARELINK_PATIENT"), QStringLiteral("CONNECT_CARELINK_PATIENT_USERNAME")});
        a.email = pick(vars, {QStringLiteral("CARELINK_USERNAME"), QStringLiteral("CONNECT_CARELINK_USERNAME")});
        a.features = pick(vars, {QStringLiteral("CARELINK_FEATURES")});
        if (has(vars, {QStringLiteral("CARELINK_PASSWORD"), QStringLiteral("CONNECT_CARELINK_PASSWORD")})) {
            c.secretVariables.append(QStringLiteral("CARELINK_PASSWORD"));
            c.notes.append(QStringLiteral("CARELINK_PASSWORD is not used: CareLink needs a browser sign-in since "
                                          "2026 (`nightbridge-cli carelink login`). Remove it."));
        }
        c.accounts.append(a);
    }
    return c;
}

namespace {
std::optional<QHash<QString, QString>> &takenEnvironment()
{
    static std::optional<QHash<QString, QString>> taken;
    return taken;
}
} // namespace

bool EnvConfig::isSecretVariable(const QString &name)
{
    QString n = name.toUpper();
    if (n.startsWith(QLatin1String("CUSTOMCONNSTR_")))
        n = n.mid(14);
    if (n == QLatin1String("API_SECRET"))
        return true;
    static const QRegularExpression ours(
        QStringLiteral("^(NS|TCONNECT|CARELINK|CONNECT_CARELINK|NIGHTBRIDGE)_.*(SECRET|PASSWORD|TOKEN|KEY)"));
    return ours.match(n).hasMatch();
}

void EnvConfig::takeProcessEnvironment()
{
    QHash<QString, QString> vars;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        vars.insert(key, env.value(key));
    for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
        if (isSecretVariable(it.key()))
            qunsetenv(it.key().toLocal8Bit().constData());
    }
    takenEnvironment() = std::move(vars);
}

QHash<QString, QString> EnvConfig::systemVariables()
{
    if (takenEnvironment())
        return *takenEnvironment();
    QHash<QString, QString> vars;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        vars.insert(key, env.value(key));
    return vars;
}

namespace DotEnv {

Result<QHash<QString, QString>> parse(const QByteArray &text)
{
    static const QRegularExpression line(
        QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*?)\\s*$"));
    QHash<QString, QString> vars;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString raw = lines.at(n);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = line.match(raw);
        if (!m.hasMatch())
            return SyncError::make(SyncError::Kind::Config,
                                   QCoreApplication::translate("nb::DotEnv", "Line %1 of the .env file is not "
                                                                             "NAME=value.")
                                       .arg(n + 1),
                                   QStringLiteral("dotenv line %1 malformed").arg(n + 1));
        QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('"'))) {
            QString out;
            bool closed = false;
            for (qsizetype i = 1; i < value.size(); ++i) {
                const QChar ch = value.at(i);
                if (ch == QLatin1Char('\\') && i + 1 < value.size()) {
                    const QChar next = value.at(++i);
                    out += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
                } else if (ch == QLatin1Char('"')) {
                    closed = true;
                    break;
                } else {
                    out += ch;
                }
            }
            if (!closed)
                return SyncError::make(
                    SyncError::Kind::Config,
                    QCoreApplication::translate("nb::DotEnv", "Line %1 of the .env file has an unclosed quote.")
                        .arg(n + 1),
                    QStringLiteral("dotenv line %1 unclosed quote").arg(n + 1));
            value = out;
        } else if (value.startsWith(QLatin1Char('\''))) {
            const qsizetype end = value.indexOf(QLatin1Char('\''), 1);
            if (end < 0)
                return SyncError::make(
                    SyncError::Kind::Config,
                    QCoreApplication::translate("nb::DotEnv", "Line %1 of the .env file has an unclosed quote.")
                        .arg(n + 1),
                    QStringLiteral("dotenv line %1 unclosed quote").arg(n + 1));
            value = value.mid(1, end - 1);
        } else {
            const qsizetype hash = value.indexOf(QStringLiteral(" #"));
            if (hash >= 0)
                value = value.left(hash).trimmed();
        }
        vars.insert(m.captured(1), value);
    }
    return vars;
}

QStringList defaultLocations()
{
    return {QDir::current().filePath(QStringLiteral(".env")),
            QDir::home().filePath(QStringLiteral(".config/tconnectsync/.env"))};
}

} // namespace DotEnv

} // namespace nb
