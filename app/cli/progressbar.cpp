#include "progressbar.h"

#include <QTextStream>

namespace nb::cli {

ProgressBar::ProgressBar(QTextStream &stream, bool terminal)
    : m_stream(stream)
    , m_terminal(terminal)
{}

void ProgressBar::update(int percent, const QString &text)
{
    const int p = std::clamp(percent, 0, 100);
    if (m_terminal) {
        constexpr int kWidth = 30;
        const int filled = p * kWidth / 100;
        m_stream << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(kWidth - filled, QLatin1Char(' '))
                 << QStringLiteral("] %1% ").arg(p, 3) << text << QStringLiteral("\x1b[K");
        m_stream.flush();
        m_open = true;
        return;
    }
    const QString line = QStringLiteral("%1% %2").arg(p).arg(text);
    if (line == m_lastLine)
        return;
    m_lastLine = line;
    m_stream << line << '\n';
    m_stream.flush();
}

void ProgressBar::finish()
{
    if (m_terminal && m_open) {
        m_stream << '\n';
        m_stream.flush();
    }
    m_open = false;
}

} // namespace nb::cli
