#include "firstrunwelcomepage.h"

#include "firstrunwizard.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb {

FirstRunWelcomePage::FirstRunWelcomePage(FirstRunWizard &wizard)
    : QWizardPage(&wizard)
{
    setObjectName(QStringLiteral("firstRunWelcomePage"));
    setTitle(tr("Welcome to Nightbridge"));
    auto *text = new QLabel(tr("Nightbridge copies the data of your Medtronic CareLink or Tandem Source account to "
                               "your Nightscout site, in the background, for as long as this computer is on.\n\n"
                               "You need the address of your Nightscout site with its API secret (or an access "
                               "token), and the sign-in of your CareLink or Tandem Source account. Passwords and "
                               "secrets are kept in the system's keychain, never in a file."),
                            this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    auto *demoText = new QLabel(tr("Just looking? The demo shows Nightbridge at work with made-up data, without any "
                                   "account."),
                                this);
    demoText->setObjectName(QStringLiteral("demoText"));
    demoText->setWordWrap(true);
    auto *demo = new QPushButton(tr("Try demo mode"), this);
    demo->setObjectName(QStringLiteral("tryDemoButton"));
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("welcomePageLayout"));
    layout->addWidget(text);
    layout->addStretch();
    layout->addWidget(demoText);
    layout->addWidget(demo, 0, Qt::AlignLeft);
    connect(demo, &QPushButton::clicked, &wizard, &FirstRunWizard::requestDemo);
}

} // namespace nb
