#include "firstrunaccountpage.h"

#include "accounteditor.h"
#include "firstrunwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nb {

FirstRunAccountPage::FirstRunAccountPage(FirstRunWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_tandem(new QRadioButton(tr("Tandem Source (t:slim X2, Mobi)"), this))
    , m_careLink(new QRadioButton(tr("Medtronic CareLink (MiniMed 780G and others)"), this))
    , m_editorArea(new QVBoxLayout)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunAccountPage"));
    setTitle(tr("Your pump account"));
    setSubTitle(tr("Where does your data come from? You can add more accounts later in the settings."));
    m_tandem->setObjectName(QStringLiteral("tandemRadio"));
    m_careLink->setObjectName(QStringLiteral("careLinkRadio"));
    m_hint->setObjectName(QStringLiteral("accountHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Next is available once the sign-in worked."));
    m_editorArea->setObjectName(QStringLiteral("editorArea"));
    auto *vendors = new QHBoxLayout;
    vendors->setObjectName(QStringLiteral("vendorLayout"));
    vendors->addWidget(m_tandem);
    vendors->addWidget(m_careLink);
    vendors->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("firstRunAccountLayout"));
    layout->addLayout(vendors);
    // The account editor is long (sign-in, features with their explanations): it scrolls, so the wizard
    // fits a 1366x768 screen in every language.
    auto *editorHolder = new QWidget;
    editorHolder->setObjectName(QStringLiteral("accountEditorHolder"));
    editorHolder->setLayout(m_editorArea);
    m_editorArea->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("accountEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(editorHolder);
    // Room for the sign-in fields and the first features without scrolling; the wizard still fits 768 px.
    scroll->setMinimumHeight(fontMetrics().height() * 22);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_hint);
    connect(m_tandem, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseVendor();
    });
    connect(m_careLink, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseVendor();
    });
}

void FirstRunAccountPage::initializePage()
{
    if (!m_wizard.accountEditor())
        m_tandem->setChecked(true);
}

void FirstRunAccountPage::chooseVendor()
{
    m_signedIn = false;
    m_hint->show();
    const AccountVendor vendor = m_tandem->isChecked() ? AccountVendor::Tandem : AccountVendor::CareLink;
    ui::AccountEditor *editor = m_wizard.createAccountEditor(vendor, this);
    m_editorArea->addWidget(editor);
    connect(editor, &ui::AccountEditor::signInTested, this, [this](bool ok) {
        m_signedIn = ok;
        m_hint->setVisible(!ok);
        emit completeChanged();
    });
    emit completeChanged();
}

bool FirstRunAccountPage::isComplete() const
{
    return m_signedIn && m_wizard.accountEditor();
}

bool FirstRunAccountPage::validatePage()
{
    ui::AccountEditor *editor = m_wizard.accountEditor();
    return editor && editor->validate().isEmpty();
}

} // namespace nb
