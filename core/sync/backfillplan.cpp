#include "backfillplan.h"

#include <QLocale>

namespace nb {

QPair<QDateTime, QDateTime> BackfillPlanner::lastDays(int days, const QDateTime &now)
{
    return {now.addDays(-std::max(1, days)), now};
}

BackfillPlan BackfillPlanner::plan(const QDateTime &from, const QDateTime &to, const SourceLimits &limits,
                                   const QDateTime &now)
{
    BackfillPlan plan;
    plan.from = from.toUTC();
    plan.to = std::min(to.toUTC(), now);
    if (limits.historyHours > 0) {
        const QDateTime oldest = now.addSecs(-qint64(limits.historyHours) * 3600);
        if (plan.from < oldest) {
            plan.shortened = true;
            plan.note = tr("This source keeps only the last %n hour(s) of data: older readings cannot be fetched "
                           "from it any more. Backfilling from %1 instead.",
                           nullptr, limits.historyHours)
                            .arg(QLocale::c().toString(oldest.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            plan.from = oldest;
        }
    }
    if (!plan.from.isValid() || !plan.to.isValid() || plan.from >= plan.to)
        return plan;
    const qint64 span = qint64(std::max(1, limits.maxWindowDays)) * 24 * 3600;
    for (QDateTime start = plan.from; start < plan.to;) {
        // A window ends one second before the next starts, so no record is fetched twice by design.
        const QDateTime next = std::min(start.addSecs(span), plan.to);
        plan.chunks.append({start, next == plan.to ? plan.to : next.addSecs(-1)});
        start = next;
    }
    return plan;
}

} // namespace nb
