#include "settingspage.h"

namespace nb::ui {

SettingsPage::SettingsPage(const SettingsServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{}

} // namespace nb::ui
