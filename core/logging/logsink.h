#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;

namespace nb {

class Clock;

// Receives every Qt log message (qInstallMessageHandler), redacts it, keeps the newest lines in a
// ring buffer for "copy diagnostics", and appends them to a rotating log file under the data dir.
// Thread-safe. Exactly one instance may be installed at a time (the composition root owns it).
class LogSink {
public:
    struct Options {
        QString directory; // empty: ring buffer only, no file
        QString baseName = QStringLiteral("nightbridge");
        qint64 maxFileBytes = 2 * 1024 * 1024; // rotate above this size
        int keepFiles = 5;                     // nightbridge.log, nightbridge.1.log ... nightbridge.4.log
        int ringLines = 1000;
        bool echoToStderr = true;
        const Clock *clock = nullptr; // timestamps; null: the system clock (UTC)
    };

    explicit LogSink(Options options);
    ~LogSink(); // uninstalls if installed

    LogSink(const LogSink &) = delete;
    LogSink &operator=(const LogSink &) = delete;

    void install();
    void uninstall();
    bool isInstalled() const;

    // Formats, redacts and records one message (also called by the installed handler).
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QStringList recentLines(int max = 200) const;
    QString currentFilePath() const;
    // Paths of the current and rotated files that exist, newest first (for "copy diagnostics").
    QStringList filePaths() const;
    // Empty when the file is fine; otherwise why it cannot be written (the ring buffer still works).
    QString fileError() const;

private:
    QString rotatedPath(int index) const;
    void openFileLocked();
    void rotateIfNeededLocked(qint64 incomingBytes);

    Options m_options;
    mutable QMutex m_mutex;
    QStringList m_ring;
    std::unique_ptr<QFile> m_file;
    QString m_fileError;
    bool m_installed = false;
};

} // namespace nb
