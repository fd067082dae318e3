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
    static QHash<QString, QString> systemVariables();
};

// The .env files tconnectsync reads: KEY=VALUE lines, '#' comments, optional `export `, single or double
// quotes (double quotes understand \n \" \\), trailing comments after unquoted values.
namespace DotEnv {
Result<QHash<QString, QString>> parse(const QByteArray &text);
// Where tconnectsync looks: ./.env, then ~/.config/tconnectsync/.env.
QStringList defaultLocations();
} // namespace DotEnv

} // namespace nb
