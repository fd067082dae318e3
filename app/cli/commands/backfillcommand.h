#pragma once

#include "envcommand.h"
#include "sync/backfilleta.h"

#include <QJsonObject>

#include <memory>

namespace nb {
class BackfillJob;
class Outbox;
struct BackfillResult;
struct BackfillProgress;
} // namespace nb

namespace nb::cli {

class ProgressBar;
class SignalWatcher;

// nightbridge-cli backfill (--start-date D --end-date D | --days N) [--resume] [--output FILE] [--json]
// Fills a past range account by account, chunk by chunk, with progress; --pretend compares with what the
// site holds and uploads nothing (--output writes the difference as JSON). Ctrl-C stops; the same
// command (or --resume) continues where it stopped.
class BackfillCommand final : public EnvCommand {
    Q_OBJECT
public:
    explicit BackfillCommand(const GlobalOptions &global);
    ~BackfillCommand() override;

    QString name() const override { return QStringLiteral("backfill"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

    // "2026-03-01" (local calendar day; start of day for the start, end of day for the end) or an ISO
    // date-time. Invalid on anything else.
    static QDateTime parseDate(const QString &text, bool endOfDay);

private:
    void next();
    void onProgress(const BackfillProgress &progress);
    void onDone(const BackfillResult &result);

    QList<Prepared> m_accounts;
    QDateTime m_from;
    QDateTime m_to;
    bool m_resume = false;
    QString m_output;
    bool m_json = false;
    int m_worst = 0;
    QString m_current;
    BackfillEta m_eta;
    bool m_etaStarted = false;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<BackfillJob> m_job;
    std::unique_ptr<ProgressBar> m_bar;
    std::unique_ptr<SignalWatcher> m_signals;
    QJsonObject m_diff;
};

} // namespace nb::cli
