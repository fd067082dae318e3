#pragma once

#include <QObject>

namespace nb::cli {

// SIGINT / SIGTERM as a Qt signal (self-pipe), so a daemon stops cleanly from the event loop: runs in
// progress are cancelled, state is consistent (everything written is atomic anyway).
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void interrupted(int signal);

private:
    void onReadable();
};

} // namespace nb::cli
