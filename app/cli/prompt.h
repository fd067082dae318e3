#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QTextStream;

namespace nb::cli {

// Asks for one line on standard input without blocking the event loop. With echo off (passwords) the
// terminal does not show what is typed (POSIX termios; on other platforms the line is read as is).
// A closed input answers with a null string.
class Prompt : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &line)>;

    static void ask(QTextStream &err, QTextStream &in, const QString &question, bool echo, QObject *context,
                    Callback done);
    static bool stdinIsTerminal();

private:
    Prompt(QTextStream &in, bool echo, Callback done, QObject *parent);
    ~Prompt() override;
    void start();
    void finish(const QString &line);

    QTextStream &m_in;
    bool m_echo;
    Callback m_done;
    bool m_echoWasOn = false;
};

} // namespace nb::cli
