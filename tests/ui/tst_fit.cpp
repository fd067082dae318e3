// Screens that fit: every settings page, every first-run wizard page and the status window fit a
// 1366x768 screen (less a panel) in German, the longest of the shipped languages, and no single-line text
// is cut off (its QFontMetrics width against the widget's own width).
#include "manualclock.h"
#include "scriptedstatus.h"
#include "settingstestenv.h"

#include "firstrunwizard.h"
#include "i18n/translations.h"
#include "popup/statuspopup.h"
#include "settingsdialog.h"
#include "settingspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QAbstractSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

using namespace nb;
using nb::test::SettingsTestEnv;

namespace {
constexpr int kScreenWidth = 1366;
constexpr int kScreenHeight = 768 - 40; // a panel

// Single-line texts whose width is larger than their widget's: what a user would see cut off.
QStringList clippedTexts(const QWidget &root)
{
    QStringList out;
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&root) || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || label->text().contains(QLatin1Char('<')) ||
            !label->pixmap().isNull())
            continue;
        for (const QString &line : label->text().split(QLatin1Char('\n'))) {
            const int needed = label->fontMetrics().horizontalAdvance(line);
            if (needed > label->contentsRect().width() + 1)
                out << QStringLiteral("%1 (%2 > %3)").arg(line).arg(needed).arg(label->contentsRect().width());
        }
    }
    for (const QAbstractButton *button : root.findChildren<QAbstractButton *>()) {
        const bool check = qobject_cast<const QCheckBox *>(button) || qobject_cast<const QRadioButton *>(button);
        if (!check || !button->isVisibleTo(&root) || button->text().isEmpty())
            continue;
        const int indicator = button->style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                              button->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
        const int needed = button->fontMetrics().horizontalAdvance(button->text()) + indicator;
        if (needed > button->width() + 1)
            out << QStringLiteral("%1 (%2 > %3)").arg(button->text()).arg(needed).arg(button->width());
    }
    return out;
}
} // namespace

class TestFit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("nb::ui::TrayMenu", "Sync now"), QStringLiteral("Jetzt synchronisieren"));
    }

    void settingsPagesFitAndCutNothingOff_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *page : {"accounts", "nightscout", "sync", "display", "general"})
            QTest::newRow(page) << QString::fromLatin1(page);
    }

    void settingsPagesFitAndCutNothingOff()
    {
        QFETCH(QString, page);
        SettingsTestEnv env;
        ui::SettingsDialog dialog(env.services());
        QVERIFY(dialog.showPage(page));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize size = dialog.size();
        QVERIFY2(size.width() <= kScreenWidth && size.height() <= kScreenHeight,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        const QSize minimum = dialog.minimumSizeHint();
        QVERIFY2(minimum.width() <= kScreenWidth && minimum.height() <= kScreenHeight,
                 qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
        const QStringList clipped = clippedTexts(*dialog.page(page));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }

    void sidebarHasIconsAndSpinBoxesFitTheirContent()
    {
        SettingsTestEnv env;
        ui::SettingsDialog dialog(env.services());
        for (const QString &name : {QStringLiteral("sync"), QStringLiteral("display")}) {
            QVERIFY(dialog.showPage(name));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (const QAbstractSpinBox *spin : dialog.page(name)->findChildren<QAbstractSpinBox *>()) {
                if (spin->isVisibleTo(&dialog))
                    QVERIFY2(spin->width() <= spin->sizeHint().width() + 2,
                             qPrintable(QStringLiteral("%1: %2 > %3")
                                            .arg(spin->objectName())
                                            .arg(spin->width())
                                            .arg(spin->sizeHint().width())));
            }
        }
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("settingsPageList"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i) {
            QVERIFY2(!list->item(i)->icon().isNull(), qPrintable(list->item(i)->text()));
            const QRect rect = list->visualItemRect(list->item(i));
            QVERIFY2(list->fontMetrics().horizontalAdvance(list->item(i)->text()) + list->iconSize().width() <=
                         rect.width(),
                     qPrintable(list->item(i)->text()));
        }
    }

    void firstRunPagesFit_data()
    {
        QTest::addColumn<int>("id");
        for (int id = FirstRunWizard::WelcomePageId; id <= FirstRunWizard::DonePageId; ++id)
            QTest::newRow(qPrintable(QString::number(id))) << id;
    }

    void firstRunPagesFit()
    {
        QFETCH(int, id);
        SettingsTestEnv env;
        FirstRunWizard wizard(env.services());
        wizard.showPage(id);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QSize size = wizard.size();
        QVERIFY2(size.width() <= kScreenWidth && size.height() <= kScreenHeight,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        if (id == FirstRunWizard::AccountPageId) // the long page scrolls, in a window still big enough to use
            QVERIFY2(size.height() >= 480, qPrintable(QStringLiteral("too small to use: %1").arg(size.height())));
        const QSize minimum = wizard.minimumSizeHint();
        QVERIFY2(minimum.width() <= kScreenWidth && minimum.height() <= kScreenHeight,
                 qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
    }

    void theStatusWindowWithTwoPeopleAndAnUrgentLowFits()
    {
        using nb::test::accountStatus;
        using nb::test::at;
        using nb::test::glucose;
        StatusModel model;
        nb::test::ManualClock clock(at(0));
        for (const QString &id : {QStringLiteral("alex"), QStringLiteral("sam")}) {
            AccountStatus a = accountStatus(id, AccountState::NeedsAttention, id);
            a.action = AccountAction::SignInAgain;
            a.lastError =
                SyncError::make(SyncError::Kind::Auth, QStringLiteral("The sign-in has expired."), QStringLiteral("x"));
            model.setAccount(a);
            model.addReadings({glucose(-5, 50, QStringLiteral("SingleDown"), id)});
        }
        ui::StatusPopup popup(model, clock);
        popup.setUrgentLow({QStringLiteral("alex")});
        popup.showNear(QRect());
        QVERIFY(QTest::qWaitForWindowExposed(&popup));
        QVERIFY2(popup.height() <= kScreenHeight && popup.width() <= kScreenWidth / 2,
                 qPrintable(QStringLiteral("%1x%2").arg(popup.width()).arg(popup.height())));
        const QStringList clipped = clippedTexts(popup);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestFit)
#include "tst_fit.moc"
