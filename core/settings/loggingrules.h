#pragma once

#include "settingsschema.h"

#include <QString>

namespace nb {

// QLoggingCategory::setFilterRules() text for the log settings: the chosen least severe level for all
// nightbridge.* categories, and the HTTP trace (nightbridge.net.http) only when explicitly enabled.
QString loggingFilterRules(LogLevel level, bool httpTrace);

} // namespace nb
