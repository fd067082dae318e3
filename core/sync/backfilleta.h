#pragma once

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace nb {

// How long a running backfill still needs, from the pace of the parts finished since it started (a
// resumed backfill counts from where it resumed). No estimate before the first part is done: a guess
// from nothing would only mislead.
class BackfillEta {
    Q_DECLARE_TR_FUNCTIONS(BackfillEta)
public:
    // Call when the job starts (or resumes) with the parts already finished.
    void start(const QDateTime &now, int chunksDone)
    {
        m_started = now;
        m_startChunk = chunksDone;
    }

    std::optional<qint64> secondsLeft(const QDateTime &now, int chunksDone, int chunks) const
    {
        const int done = chunksDone - m_startChunk;
        if (!m_started.isValid() || done <= 0 || chunks <= chunksDone)
            return std::nullopt;
        const qint64 elapsed = std::max<qint64>(0, m_started.secsTo(now));
        return (elapsed * (chunks - chunksDone) + done - 1) / done;
    }

    // "about 3 min left", "less than a minute left"; empty without an estimate.
    QString text(const QDateTime &now, int chunksDone, int chunks) const
    {
        const std::optional<qint64> left = secondsLeft(now, chunksDone, chunks);
        if (!left)
            return {};
        if (*left < 60)
            return tr("less than a minute left");
        return tr("about %n min left", nullptr, int((*left + 59) / 60));
    }

private:
    QDateTime m_started;
    int m_startChunk = 0;
};

} // namespace nb
