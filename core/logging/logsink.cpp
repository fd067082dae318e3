#include "logsink.h"

#include "common/clock.h"
#include "common/privatefiles.h"
#include "redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QScopeGuard>

#include <cstdio>
#include <utility>

namespace nb {

namespace {

// The installed sink. Guarded by a mutex so uninstall() waits for messages being written on other
// threads before the sink can be destroyed.
QMutex s_installMutex;
LogSink *s_installed = nullptr;
QtMessageHandler s_previous = nullptr;

// A message raised while writing a message (QFile warnings, ...) must not re-enter the sink.
thread_local bool t_inSink = false;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_inSink) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(redact::text(message)));
        return;
    }
    QMutexLocker lock(&s_installMutex);
    if (s_installed)
        s_installed->write(type, context, message);
}

QLatin1String levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1String("debug");
    case QtInfoMsg:
        return QLatin1String("info");
    case QtWarningMsg:
        return QLatin1String("warning");
    case QtCriticalMsg:
        return QLatin1String("critical");
    case QtFatalMsg:
        return QLatin1String("fatal");
    }
    return QLatin1String("?");
}

} // namespace

LogSink::LogSink(Options options)
    : m_options(std::move(options))
{
    m_options.ringLines = qMax(1, m_options.ringLines);
    m_options.keepFiles = qMax(1, m_options.keepFiles);
    QMutexLocker lock(&m_mutex);
    if (!m_options.directory.isEmpty())
        openFileLocked();
}

LogSink::~LogSink()
{
    uninstall();
}

void LogSink::install()
{
    QMutexLocker lock(&s_installMutex);
    if (s_installed == this)
        return;
    Q_ASSERT_X(!s_installed, "LogSink::install", "another LogSink is installed");
    if (s_installed)
        return;
    s_installed = this;
    m_installed = true;
    s_previous = qInstallMessageHandler(handler);
}

void LogSink::uninstall()
{
    QMutexLocker lock(&s_installMutex);
    if (s_installed != this)
        return;
    qInstallMessageHandler(s_previous);
    s_previous = nullptr;
    s_installed = nullptr;
    m_installed = false;
}

bool LogSink::isInstalled() const
{
    QMutexLocker lock(&s_installMutex);
    return m_installed;
}

void LogSink::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QDateTime now = m_options.clock ? m_options.clock->nowUtc() : QDateTime::currentDateTimeUtc();
    const QString category = context.category ? QString::fromUtf8(context.category) : QStringLiteral("default");
    const QString line = now.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + levelName(type) + QLatin1Char(' ') +
                         category + QStringLiteral(": ") + redact::text(message);

    QMutexLocker lock(&m_mutex);
    m_ring.append(line);
    while (m_ring.size() > m_options.ringLines)
        m_ring.removeFirst();

    if (m_options.echoToStderr) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(line));
        std::fflush(stderr);
    }
    if (m_file) {
        const QByteArray bytes = line.toUtf8() + '\n';
        rotateIfNeededLocked(bytes.size());
        if (m_file && m_file->isOpen()) {
            m_file->write(bytes);
            // Flushed per line: the lines before a crash are the ones that matter.
            m_file->flush();
        }
    }
}

QStringList LogSink::recentLines(int max) const
{
    QMutexLocker lock(&m_mutex);
    if (max < 0 || max >= m_ring.size())
        return m_ring;
    return m_ring.mid(m_ring.size() - max);
}

QString LogSink::currentFilePath() const
{
    return m_options.directory.isEmpty() ? QString() : rotatedPath(0);
}

QStringList LogSink::filePaths() const
{
    QStringList paths;
    if (m_options.directory.isEmpty())
        return paths;
    for (int i = 0; i < m_options.keepFiles; ++i) {
        if (QFile::exists(rotatedPath(i)))
            paths.append(rotatedPath(i));
    }
    return paths;
}

QString LogSink::fileError() const
{
    QMutexLocker lock(&m_mutex);
    return m_fileError;
}

QString LogSink::rotatedPath(int index) const
{
    const QString name = index == 0 ? m_options.baseName + QStringLiteral(".log")
                                    : m_options.baseName + QStringLiteral(".%1.log").arg(index);
    return QDir(m_options.directory).filePath(name);
}

void LogSink::openFileLocked()
{
    // Log files can hold health data even after redaction: private to the user.
    if (!PrivateFiles::makeFolder(m_options.directory)) {
        m_fileError = QStringLiteral("cannot create log directory %1").arg(m_options.directory);
        m_file.reset();
        return;
    }
    auto file = std::make_unique<QFile>(rotatedPath(0));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, PrivateFiles::kFileMode)) {
        m_fileError = QStringLiteral("cannot open log file %1: %2").arg(file->fileName(), file->errorString());
        m_file.reset();
        return;
    }
    file->setPermissions(PrivateFiles::kFileMode); // an existing file from an older version
    m_fileError.clear();
    m_file = std::move(file);
}

void LogSink::rotateIfNeededLocked(qint64 incomingBytes)
{
    if (m_file->size() == 0 || m_file->size() + incomingBytes <= m_options.maxFileBytes)
        return;
    m_file->close();
    m_file.reset();
    QFile::remove(rotatedPath(m_options.keepFiles - 1));
    for (int i = m_options.keepFiles - 2; i >= 0; --i) {
        if (QFile::exists(rotatedPath(i)))
            QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    }
    if (m_options.keepFiles == 1)
        QFile::remove(rotatedPath(0));
    openFileLocked();
}

} // namespace nb
