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

    // "123 mg/dL → +3 · 3 min ago"; "No reading yet" without one.
    static QString readingLine(const StatusModel &model, const DisplayOptions &options, const QDateTime &now);
    static QString valueWithUnit(int mgdl, const DisplayOptions &options);             // "123 mg/dL"
    static QString deltaText(const StatusModel &model, const DisplayOptions &options); // "+3 mg/dL", empty if unknown

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
