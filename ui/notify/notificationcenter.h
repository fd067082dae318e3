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

    // People whose urgent low is on and neither acknowledged nor snoozed (names, for the tray and popup).
    QStringList urgentLowPeople() const;

public slots:
    void evaluate();
    // The user saw the urgent low: no more repeats for this episode.
    void acknowledgeUrgentLow();
    // No repeat for `minutes` (15, 30, 60); then again while the low lasts.
    void snoozeUrgentLow(int minutes);
    // The backfill job finished for an account, with the number of documents it wrote.
    void announceBackfillFinished(const QString &accountId, int documents);

signals:
    void notify(const QString &title, const QString &message, nb::NotificationKind kind);
    // The urgent low that waits for the user began or ended (acknowledged, snoozed, over).
    void urgentLowChanged(const QStringList &people);

private:
    QString accountName(const QString &accountId) const;
    QString marked(const QString &text) const; // prefixed with the demo label while the demo runs
    QString glucoseMessage(const Notice &notice) const;
    void updateUrgentLow();

    const StatusModel &m_model;
    const Clock &m_clock;
    NotificationPolicy m_policy;
    DisplayOptions m_options;
    int m_lastBackfillDocuments = 0;
    QStringList m_urgentLow; // last announced through urgentLowChanged
};

} // namespace nb::ui
