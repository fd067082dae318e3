#pragma once

#include "sync/statusmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace nb {
class Clock;
}

namespace nb::ui {

// The recent sync events and errors of each account, as lines a user can read and copy ("18:05 Alex:
// synced, Nightscout accepted 12 record(s)"). Built from the StatusModel's changes (no log files needed),
// so the activity view works even where no file manager opens the log folder. Keeps the newest lines.
class ActivityLog : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxLines = 300;

    ActivityLog(const StatusModel &model, const Clock &clock, QObject *parent = nullptr);

    QStringList lines() const { return m_lines; } // oldest first
    QString text() const;                         // the lines, one per line (what "Copy" copies)

signals:
    void added(const QString &line);

private:
    void onAccountChanged(const QString &accountId);
    void add(const QString &accountName, const QString &what);

    const StatusModel &m_model;
    const Clock &m_clock;
    QHash<QString, AccountStatus> m_last;
    QStringList m_lines;
};

} // namespace nb::ui
