#pragma once

#include "displayoptions.h"
#include "sync/statusmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace nb::ui {

// The texts of the tray tooltip, menu and popup, built from the status model alone (no widgets), so
// every view says the same thing and tests can read them without a tray.
class StatusText {
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    // Value, unit, trend, delta, age, IOB when known, one line per account. `maxLength` > 0 shortens
    // it (Windows cuts tray tooltips at 127 characters, mid-word).
    static QString tooltip(const StatusModel &model, const DisplayOptions &options, const QDateTime &now,
                           int maxLength = 0);

    // The tray person's reading: "123 mg/dL → · +3 mg/dL · 18:05, 3 min ago"; "No reading yet" without one.
    static QString readingLine(const StatusModel &model, const DisplayOptions &options, const QDateTime &now);
    // One person's reading, the same way.
    static QString readingLine(const StatusModel &model, const DisplayOptions &options, const QDateTime &now,
                               const QString &accountId);
    // With the person's name in front, so a reading is never shown without whose it is: "Alex: 123 mg/dL …".
    static QString personLine(const StatusModel &model, const DisplayOptions &options, const QDateTime &now,
                              const QString &accountId);
    static QString valueWithUnit(int mgdl, const DisplayOptions &options); // "123 mg/dL"
    // The tray person's change since the previous reading: "+3 mg/dL", empty if unknown.
    static QString deltaText(const StatusModel &model, const DisplayOptions &options);
    static QString deltaText(const StatusModel &model, const DisplayOptions &options, const QString &accountId);
    // Local clock time, hours and minutes in the locale's way: "18:05" (or "6:05 PM").
    static QString clockTime(const QDateTime &time);
    // Absolute and relative: "18:05, 3 min ago".
    static QString timeAndAge(const QDateTime &then, const QDateTime &now);
    // Time in range and the average of one person's readings from `from` to `now`, with the display
    // thresholds and unit: "80 % in range · 5 % low · 15 % high · average 142 mg/dL"; empty without
    // readings. Low and high include the urgent bands.
    static QString rangeSummary(const StatusModel &model, const DisplayOptions &options, const QString &accountId,
                                int hours, const QDateTime &now);
    // Tandem Source has a pump's data only after the phone app uploaded it: say so where its readings
    // are shown, so an old-looking reading is not taken for a fault. Empty for other vendors.
    static QString lateDataNote(const StatusModel &model, const QString &accountId);

    // "Tandem (Mobi 1234): up to date, synced 3 min ago"
    static QString accountLine(const AccountStatus &account, const QDateTime &now);
    // The state in words; an account that never synced yet is "waiting for the first sync", not "up to date".
    static QString stateLabel(const AccountStatus &account);
    // "Last sync: 3 min ago", "Next sync: in 2 min", "Last error: ..." (what is known)
    static QStringList accountDetails(const AccountStatus &account, const QDateTime &now);
    static QString actionLabel(AccountAction action); // "Sign in again…"; empty for None

    // "IOB 1.25 U · Reservoir 120 U · Pump battery 80 % · Phone battery 55 %"; empty when nothing is known
    static QString deviceLine(const DeviceSnapshot &device);
    static QString iobText(const DeviceSnapshot &device); // "IOB 1.25 U" or empty
    // What is missing while no account exists (also when a Nightscout site is saved already).
    static QString noAccountText();
    // The label every demo notification starts with, so simulated values are never taken for real ones.
    static QString demoLabel();
};

} // namespace nb::ui
