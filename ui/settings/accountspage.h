#pragma once

#include "accounteditor.h"
#include "settingspage.h"

#include <QHash>
#include <QStringList>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace nb::ui {

// The accounts: a list (check box = synced) with add / remove, and the selected account's AccountEditor.
// Additions, removals and edits wait for apply(); a removed account's secrets leave the credential store
// then too.
class AccountsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit AccountsPage(const SettingsServices &services, QWidget *parent = nullptr);
    ~AccountsPage() override;

    QString pageName() const override { return QStringLiteral("accounts"); }
    QString title() const override;
    void load() override;
    QString validate() override;
    void apply(Done done) override;
    void discard() override;
    QStringList untestedChanges() const override;

    // Where the conflict checks read from (default: the saved site); the dialog passes the Nightscout
    // page's current values.
    void setNightscoutConfigProvider(AccountEditor::NightscoutConfigProvider provider);

    QStringList accountIds() const; // as listed (pending additions included, removals not)
    AccountEditor *editor(const QString &id) const;
    AccountEditor *currentEditor() const;

public slots:
    AccountEditor *addAccount(nb::AccountVendor vendor);
    void removeCurrentAccount();
    void selectAccount(const QString &id);
    // The CareLink redirect, handed to the account whose sign-in waits for it; false when none does.
    bool handleRedirect(const QUrl &redirect);

private:
    AccountEditor *createEditor(const AccountConfig &account, bool isNew);
    QListWidgetItem *itemFor(const QString &id) const;
    void applyNext(QStringList removals, QList<AccountEditor *> editors, Done done);
    void removeSecrets(QStringList keys, QStringList removals, QList<AccountEditor *> editors, Done done);
    QString freeId(AccountVendor vendor) const;

    QListWidget *m_list;
    QPushButton *m_addTandem;
    QPushButton *m_addCareLink;
    QPushButton *m_remove;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QHash<QString, AccountEditor *> m_editors;
    QStringList m_removed; // saved accounts removed in the list, until apply
    AccountEditor::NightscoutConfigProvider m_provider;
};

} // namespace nb::ui
