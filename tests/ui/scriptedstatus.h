#pragma once

#include "sync/statusmodel.h"

#include <QTimeZone>

// Builders for scripted StatusModel contents shared by the ui tests (header-only test helpers).
namespace nb::test {

inline QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addSecs(qint64(minutes) * 60);
}

inline GlucoseReading glucose(int minutes, int mgdl, const QString &direction = QStringLiteral("Flat"),
                              const QString &account = QStringLiteral("tandem"))
{
    return GlucoseReading{at(minutes), mgdl, direction, account};
}

inline AccountStatus accountStatus(const QString &id, AccountState state, const QString &name = QString())
{
    AccountStatus a;
    a.accountId = id;
    a.displayName = name.isEmpty() ? id : name;
    a.vendor = QStringLiteral("tandem");
    a.state = state;
    return a;
}

} // namespace nb::test
