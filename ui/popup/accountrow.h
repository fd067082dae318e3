#pragma once

#include "sync/statusmodel.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

namespace nb::ui {

// One account in the status popup: name and state, last/next sync, the last error in plain words, and
// a button when the account needs the user ("Sign in again", "Check password", "Open settings").
class AccountRow : public QWidget {
    Q_OBJECT
public:
    explicit AccountRow(const QString &accountId, QWidget *parent = nullptr);

    QString accountId() const { return m_accountId; }
    void setStatus(const AccountStatus &status, const QDateTime &now);

signals:
    void actionRequested(const QString &accountId, nb::AccountAction action);

private:
    QString m_accountId;
    AccountAction m_action = AccountAction::None;
    QLabel *m_dot;
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_error;
    QLabel *m_upload;          // "Nightscout accepted 12 records at 18:06"
    QLabel *m_nightscoutError; // Nightscout's problems, apart from the vendor's
    QPushButton *m_button;
};

} // namespace nb::ui
