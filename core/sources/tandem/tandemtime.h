#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace nb::tandem {

// Tandem counts pump time in seconds since 2008-01-01 00:00:00 on the pump's wall clock.
constexpr qint64 kTandemEpochUnix = 1199145600;

// Fast civil-date arithmetic (proleptic Gregorian), used instead of QDateTime in the hot path.
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int *year, int *month, int *day);

// "YYYY-MM-DDTHH:MM:SS" with optional ".fff" and optional "Z" (the BFF's estimatedDateTime) ->
// Tandem wall seconds. Returns false for anything else.
bool parseWallDateTime(QStringView text, qint64 *wall);

// Tandem wall seconds -> "YYYY-MM-DDTHH:MM:SS" (no zone; diagnostics and the fake server).
QString formatWall(qint64 wall);

// An instant (Unix seconds) shown at a fixed UTC offset: "2024-11-17T08:44:17-05:00".
QString formatIsoWithOffset(qint64 unixSeconds, int offsetSeconds);

} // namespace nb::tandem
