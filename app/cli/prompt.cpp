#include "prompt.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace nb::cli {

bool Prompt::stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

Prompt::Prompt(QTextStream &in, bool echo, Callback done, QObject *parent)
    : QObject(parent)
    , m_in(in)
    , m_echo(echo)
    , m_done(std::move(done))
{}

Prompt::~Prompt() = default;

void Prompt::ask(QTextStream &err, QTextStream &in, const QString &question, bool echo, QObject *context, Callback done)
{
    err << question;
    err.flush();
    auto *prompt = new Prompt(in, echo, std::move(done), context);
    prompt->start();
}

void Prompt::start()
{
#ifdef Q_OS_UNIX
    if (!m_echo && stdinIsTerminal()) {
        termios t{};
        if (tcgetattr(STDIN_FILENO, &t) == 0 && (t.c_lflag & ECHO)) {
            m_echoWasOn = true;
            t.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &t);
        }
    }
    auto *file = qobject_cast<QFile *>(m_in.device());
    if (file && file->handle() >= 0) {
        auto *notifier = new QSocketNotifier(file->handle(), QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
            notifier->setEnabled(false);
            finish(m_in.readLine());
        });
        return;
    }
#endif
    // In-memory streams (tests) and platforms without a notifier on stdin: read on the next turn.
    QTimer::singleShot(0, this, [this] { finish(m_in.atEnd() ? QString() : m_in.readLine()); });
}

void Prompt::finish(const QString &line)
{
#ifdef Q_OS_UNIX
    if (m_echoWasOn) {
        termios t{};
        if (tcgetattr(STDIN_FILENO, &t) == 0) {
            t.c_lflag |= ECHO;
            tcsetattr(STDIN_FILENO, TCSANOW, &t);
        }
    }
#endif
    Callback done = std::move(m_done);
    deleteLater();
    if (done)
        done(line);
}

} // namespace nb::cli
