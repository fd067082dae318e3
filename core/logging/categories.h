#pragma once

#include <QLoggingCategory>

// One category per module. Messages are English; anything shown to users goes through tr().
// nightbridge.net.http (request/response trace) is off by default even at debug level.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcCareLink)
Q_DECLARE_LOGGING_CATEGORY(lcTandem)
Q_DECLARE_LOGGING_CATEGORY(lcNightscout)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcState)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
