#pragma once

#include <QLabel>
#include <QTimer>

namespace nb::ui {

// The outcome line under a test button: a turning spinner while the check runs (the UI stays live),
// then the result in a colour that says good / warning / problem. Tests read state() and text().
class ResultLabel : public QLabel {
    Q_OBJECT
public:
    enum class State { Idle, Busy, Ok, Warning, Error };
    Q_ENUM(State)

    explicit ResultLabel(QWidget *parent = nullptr);

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Busy; }
    QString message() const { return m_message; } // the text without the spinner

    void setBusy(const QString &text);
    void setOk(const QString &text);
    void setWarning(const QString &text);
    void setError(const QString &text);
    void reset();

signals:
    void stateChanged(nb::ui::ResultLabel::State state);

private:
    void display(State state, const QString &text);
    void tick();

    State m_state = State::Idle;
    QString m_message;
    QTimer m_spinner;
    int m_frame = 0;
};

} // namespace nb::ui
