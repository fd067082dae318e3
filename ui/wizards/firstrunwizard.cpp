#include "firstrunwizard.h"

#include "accounteditor.h"
#include "firstrunaccountpage.h"
#include "firstrunautostartpage.h"
#include "firstrundonepage.h"
#include "firstrunfeaturespage.h"
#include "firstrunnightscoutpage.h"
#include "firstrunwelcomepage.h"
#include "nightscoutpage.h"
#include "settings/settings.h"
#include "sync/statusmodel.h"

#include <QAbstractButton>
#include <QPointer>

namespace nb {

FirstRunWizard::FirstRunWizard(const ui::SettingsServices &services, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up Nightbridge"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_nightscout = new ui::NightscoutPage(m_services);
    setPage(WelcomePageId, new FirstRunWelcomePage(*this));
    setPage(NightscoutPageId, new FirstRunNightscoutPage(*this, m_nightscout));
    setPage(AccountPageId, new FirstRunAccountPage(*this));
    setPage(FeaturesPageId, new FirstRunFeaturesPage(*this));
    setPage(AutostartPageId, new FirstRunAutostartPage(*this));
    setPage(DonePageId, new FirstRunDonePage(*this));
    setStartId(WelcomePageId);
    setButtonText(QWizard::CommitButton, tr("Save and start"));
    const QList<QPair<WizardButton, const char *>> buttons = {
        {BackButton, "backButton"},     {NextButton, "nextButton"},     {CommitButton, "commitButton"},
        {FinishButton, "finishButton"}, {CancelButton, "cancelButton"}, {HelpButton, "helpButton"}};
    for (const auto &[which, name] : buttons)
        button(which)->setObjectName(QLatin1String(name));
}

FirstRunWizard::~FirstRunWizard() = default;

ui::AccountEditor *FirstRunWizard::createAccountEditor(AccountVendor vendor, QWidget *parent)
{
    if (m_editor) {
        m_editor->discard();
        delete m_editor;
    }
    AccountConfig account;
    account.vendor = vendor;
    account.id = AccountRepository(m_services.settings).newId(vendor);
    if (vendor == AccountVendor::Tandem)
        account.region = QStringLiteral("US");
    m_editor = new ui::AccountEditor(m_services, account, true, parent);
    // The site is not saved yet: the conflict check reads the one entered on the Nightscout page.
    QPointer<ui::NightscoutPage> site(m_nightscout);
    m_editor->setNightscoutConfigProvider(
        [site](QObject *context, std::function<void(const Result<ns::NsClientConfig> &)> done) {
            if (site)
                site->currentConfig(context, std::move(done));
        });
    return m_editor;
}

void FirstRunWizard::showPage(int id)
{
    if (!page(id))
        return;
    setStartId(id);
    restart();
}

void FirstRunWizard::reject()
{
    if (m_editor && !m_applied)
        m_editor->discard();
    QWizard::reject();
}

void FirstRunWizard::setStatusModel(StatusModel *model)
{
    m_status = model;
    emit statusModelChanged();
}

bool FirstRunWizard::handleRedirect(const QUrl &redirect)
{
    return m_editor && m_editor->handleRedirect(redirect);
}

void FirstRunWizard::requestDemo()
{
    emit demoRequested();
    done(DemoResult);
}

void FirstRunWizard::applyAll(bool autostart, std::function<void(const QString &problem)> done)
{
    if (const QString problem = m_nightscout->validate(); !problem.isEmpty()) {
        done(problem);
        return;
    }
    if (!m_editor) {
        done(tr("Add an account first."));
        return;
    }
    if (const QString problem = m_editor->validate(); !problem.isEmpty()) {
        done(problem);
        return;
    }
    QPointer<FirstRunWizard> self(this);
    m_nightscout->apply([self, autostart, done](const Result<void> &site) {
        if (!self)
            return;
        if (!site.ok()) {
            done(site.error().userMessage);
            return;
        }
        self->m_editor->apply([self, autostart, done](const Result<void> &account) {
            if (!self)
                return;
            if (!account.ok()) {
                done(account.error().userMessage);
                return;
            }
            Settings &settings = self->m_services.settings;
            QString problem;
            if (auto set = settings.setValue(keys::autostart, autostart); !set.ok())
                problem = set.error().userMessage;
            else if (auto applied = self->m_services.applyAutostart(autostart); !applied.ok())
                problem = applied.error().userMessage;
            if (auto synced = settings.sync(); !synced.ok() && problem.isEmpty())
                problem = synced.error().userMessage;
            if (problem.isEmpty()) {
                self->m_applied = true;
                emit self->setupApplied();
            }
            done(problem);
        });
    });
}

} // namespace nb
