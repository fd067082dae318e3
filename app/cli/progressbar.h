#pragma once

#include <QString>

class QTextStream;

namespace nb::cli {

// Backfill progress: a redrawn bar on a terminal, plain lines (only when something changed) otherwise,
// so logs of cron jobs and systemd stay readable.
class ProgressBar {
public:
    ProgressBar(QTextStream &stream, bool terminal);
    void update(int percent, const QString &text);
    void finish(); // ends the bar's line

private:
    QTextStream &m_stream;
    bool m_terminal;
    QString m_lastLine;
    bool m_open = false;
};

} // namespace nb::cli
