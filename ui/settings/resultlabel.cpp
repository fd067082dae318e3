#include "resultlabel.h"

namespace nb::ui {

namespace {
const QChar kFrames[] = {QChar(0x25D0), QChar(0x25D3), QChar(0x25D1), QChar(0x25D2)}; // quarter circles
}

ResultLabel::ResultLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_spinner.setInterval(150);
    connect(&m_spinner, &QTimer::timeout, this, &ResultLabel::tick);
}

void ResultLabel::setBusy(const QString &text)
{
    display(State::Busy, text);
}

void ResultLabel::setOk(const QString &text)
{
    display(State::Ok, text);
}

void ResultLabel::setWarning(const QString &text)
{
    display(State::Warning, text);
}

void ResultLabel::setError(const QString &text)
{
    display(State::Error, text);
}

void ResultLabel::reset()
{
    display(State::Idle, QString());
}

void ResultLabel::display(State state, const QString &text)
{
    m_state = state;
    m_message = text;
    m_frame = 0;
    switch (state) {
    case State::Ok:
        setStyleSheet(QStringLiteral("color: #1b7a2e;"));
        break;
    case State::Warning:
        setStyleSheet(QStringLiteral("color: #9a6200;"));
        break;
    case State::Error:
        setStyleSheet(QStringLiteral("color: #b3261e;"));
        break;
    case State::Idle:
    case State::Busy:
        setStyleSheet(QString());
        break;
    }
    if (state == State::Busy) {
        m_spinner.start();
        tick();
    } else {
        m_spinner.stop();
        setText(text);
    }
    setVisible(!text.isEmpty());
    emit stateChanged(state);
}

void ResultLabel::tick()
{
    setText(QString(kFrames[m_frame % 4]) + QLatin1Char(' ') + m_message);
    ++m_frame;
}

} // namespace nb::ui
