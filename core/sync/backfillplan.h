#pragma once

#include "sources/datasource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace nb {

// How a backfill of [from, to] is cut into fetches a source can answer: Tandem in windows of at most
// 28 days; CareLink keeps only the last 24 hours, so a range reaching further back is shortened (and
// the user told so). Pure.
struct BackfillPlan {
    QDateTime from; // after shortening
    QDateTime to;
    QList<QPair<QDateTime, QDateTime>> chunks; // oldest first, contiguous, inclusive ends
    bool shortened = false;
    QString note; // translated, for the user: why the range was shortened

    bool isEmpty() const { return chunks.isEmpty(); }
};

class BackfillPlanner {
    Q_DECLARE_TR_FUNCTIONS(nb::BackfillPlanner)
public:
    static BackfillPlan plan(const QDateTime &from, const QDateTime &to, const SourceLimits &limits,
                             const QDateTime &now);
    // "--days N": the last N days up to now.
    static QPair<QDateTime, QDateTime> lastDays(int days, const QDateTime &now);
};

} // namespace nb
