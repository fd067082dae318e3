#pragma once

#include "accountconfig.h"
#include "common/result.h"
#include "common/secret.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace nb {

// Configuration from environment variables, the way containers and the peers are set up:
// tconnectsync (NS_URL, NS_SECRET / API_SECRET, TCONNECT_EMAIL, TCONNECT_PASSWORD, TCONNECT_REGION,
// TIMEZONE_NAME / TZ, PUMP_SERIAL_NUMBER), minimed-connect-to-nightscout (CARELINK_USERNAME,
// CARELINK_PASSWORD, CARELINK_PATIENT, MMCONNECT_SERVER, MMCONNECT_COUNTRYCODE, NS, WEBSITE_HOSTNAME,
// API_SECRET; also lower case), nightscout-connect (CONNECT_CARELINK_*, CONNECT_COUNTRY_CODE) and our own
// NS_TOKEN, CARELINK_COUNTRY, CARELINK_REGION. Pure: variables in, configuration out.
struct EnvConfig {
    QString nightscoutUrl;
    Secret nightscoutSecret;
    Secret nightscoutToken;
    QList<AccountConfig> accounts; // fromEnvironment; ids "env-tandem", "env-carelink"
    QStringList notes;             // English remarks for the user (unused or obsolete variables)
    QStringList secretVariables;   // names of the variables that held secrets

    bool isEmpty() const { return nightscoutUrl.isEmpty() && accounts.isEmpty() && nightscoutSecret.isEmpty(); }

    static EnvConfig fromVariables(const QHash<QString, QString> &variables);
    // The process environment: the copy taken by takeProcessEnvironment() when it ran, else the live one.
    static QHash<QString, QString> systemVariables();

    // Called at the very start of both mains, before anything can start a child process: keeps a copy
    // of the environment for systemVariables(), then removes every secret variable (isSecretVariable)
    // from the live environment so that no child (browser, keychain helper, xdg-open) inherits it.
    static void takeProcessEnvironment();
    // NS_SECRET, API_SECRET, NS_TOKEN, TCONNECT_PASSWORD, CARELINK_PASSWORD and any other variable of
    // ours (NS_, TCONNECT_, CARELINK_, CONNECT_CARELINK_, NIGHTBRIDGE_, any spelling read by pick) whose
    // name says it is a secret, password, token or key.
    static bool isSecretVariable(const QString &name);
};

// The .env files tconnectsync reads: KEY=VALUE lines, '#' comments, optional `export `, single or double
// quotes (double quotes understand \n \" \\), trailing comments after unquoted values.
namespace DotEnv {
Result<QHash<QString, QString>> parse(const QByteArray &text);
// Where tconnectsync looks: ./.env, then ~/.config/tconnectsync/.env.
QStringList defaultLocations();
} // namespace DotEnv

} // namespace nb
