#include "categories.h"

Q_LOGGING_CATEGORY(lcNet, "nightbridge.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "nightbridge.net.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCareLink, "nightbridge.carelink", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTandem, "nightbridge.tandem", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNightscout, "nightbridge.nightscout", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "nightbridge.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "nightbridge.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "nightbridge.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcState, "nightbridge.state", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "nightbridge.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatform, "nightbridge.platform", QtInfoMsg)
