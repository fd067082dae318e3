#pragma once

#include "sync/notificationpolicy.h"
#include "viewmodels/displayoptions.h"

#include <QObject>
#include <QString>

namespace nb {
class Clock;
class StatusModel;
} // namespace nb

namespace nb::ui {

// Turns status changes into desktop notifications: asks the NotificationPolicy (what is due, at most
// once per episode) on every model change and on the minute tick, words the notice, and emits it; the
// composition root connects notify() to TrayController::showMessage.
class NotificationCenter : public QObject {
    Q_OBJECT
public:
    NotificationCenter(const StatusModel &model, const Clock &clock, NotificationConfig config = {},
                       QObject *parent = nullptr);

    void setConfig(const NotificationConfig &config);
    const NotificationConfig &config() const { return m_policy.config(); }
    void setDisplayOptions(const DisplayOptions &options) { m_options = options; }

    // The texts (public for tests and the settings page's "preview"); notify() adds the demo label.
    QString title(const Notice &notice) const;
    QString message(const Notice &notice) const;

public slots:
    void evaluate();
    // The backfill job finished for an account, with the number of documents it wrote.
    void announceBackfillFinished(const QString &accountId, int documents);

signals:
    void notify(const QString &title, const QString &message, nb::NotificationKind kind);

private:
    QString accountName(const QString &accountId) const;
    QString marked(const QString &text) const; // prefixed with the demo label while the demo runs

    const StatusModel &m_model;
    const Clock &m_clock;
    NotificationPolicy m_policy;
    DisplayOptions m_options;
    int m_lastBackfillDocuments = 0;
};

} // namespace nb::ui
