#pragma once

#include "envcommand.h"

#include <memory>

namespace nb {
class StatusModel;
class SyncService;
struct RunReport;
} // namespace nb

namespace nb::cli {

class SignalWatcher;

// nightbridge-cli sync [--once | --auto-update] [--json]
// One pass over every enabled account (cron, systemd timer), or continuously with the scheduler
// (daemon; stops cleanly on SIGINT/SIGTERM). --pretend fetches and converts without uploading.
class SyncCommand final : public EnvCommand {
    Q_OBJECT
public:
    explicit SyncCommand(const GlobalOptions &global);
    ~SyncCommand() override;

    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;

private:
    void start(QList<Prepared> accounts);
    void printReport(const QString &accountId, const RunReport &report);
    int exitCodeOf(const QHash<QString, RunReport> &reports) const;

    bool m_continuous = false;
    bool m_json = false;
    std::unique_ptr<StatusModel> m_status;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<SignalWatcher> m_signals;
};

} // namespace nb::cli
