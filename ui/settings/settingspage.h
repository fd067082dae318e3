#pragma once

#include "common/result.h"
#include "settingsservices.h"

#include <QStringList>
#include <QWidget>

#include <functional>

namespace nb::ui {

// One page of the settings dialog, also embeddable on its own (first-run wizard). A page shows the saved
// settings after load(), keeps edits to itself, explains problems inline (validate()), and writes only in
// apply(): settings through the validated setters (in memory; the dialog syncs the file), secrets to the
// credential store.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<void> &)>;

    SettingsPage(const SettingsServices &services, QWidget *parent = nullptr);

    virtual QString pageName() const = 0; // stable, untranslated: "nightscout", "accounts", ...
    virtual QString title() const = 0;    // translated
    virtual void load() = 0;
    // Empty when the edits can be applied; else a translated sentence (also shown on the page).
    virtual QString validate() = 0;
    virtual void apply(Done done) = 0;
    // The dialog was cancelled: undo side effects that happened before apply (none by default).
    virtual void discard() {}
    // Edits that were never tested here (an account whose test sign-in never succeeded, a site never
    // reached): translated sentences the dialog asks about before saving; empty when there are none.
    virtual QStringList untestedChanges() const { return {}; }

signals:
    void edited(); // something changed (not yet applied)

protected:
    const SettingsServices &services() const { return m_services; }

private:
    SettingsServices m_services;
};

} // namespace nb::ui
