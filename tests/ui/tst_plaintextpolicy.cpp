#include "dialogs/aboutdialog.h"
#include "plaintextpolicy.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTest>

using nb::ui::PlainTextPolicy;

// What a vendor or a redirect sent never renders as rich text in the tray app's windows.
class TestPlainTextPolicy : public QObject {
    Q_OBJECT

    static inline const QString kCrafted =
        QStringLiteral("<a href=\"https://evil.example\">Your pump was recalled, call 555-0100</a><img src=x>");

private slots:
    void initTestCase() { PlainTextPolicy::install(); }

    void labelsArePlainText()
    {
        QWidget window;
        auto *label = new QLabel(kCrafted, &window);
        QCOMPARE(label->textFormat(), Qt::AutoText); // would render the link
        window.show();
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), kCrafted);
    }

    void messageBoxesArePlainText()
    {
        QMessageBox box(QMessageBox::Warning, QStringLiteral("CareLink"), kCrafted, QMessageBox::Close);
        box.setInformativeText(kCrafted);
        box.show();
        const QList<QLabel *> labels = box.findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (QLabel *label : labels)
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void theAboutDialogKeepsItsOwnRichText()
    {
        nb::ui::AboutDialog about;
        about.show();
        auto *text = about.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(text);
        QCOMPARE(text->textFormat(), Qt::RichText);
    }

    void notificationTextLosesItsTags()
    {
        const QString shown = PlainTextPolicy::withoutMarkup(kCrafted);
        QVERIFY(!shown.contains(QLatin1Char('<')));
        QVERIFY(!shown.contains(QLatin1Char('>')));
        QVERIFY(shown.contains(QLatin1String("call 555-0100")));
        QCOMPARE(PlainTextPolicy::withoutMarkup(QStringLiteral("5.4 mmol/L & rising")),
                 QStringLiteral("5.4 mmol/L & rising"));
    }

    void installingTwiceIsHarmless()
    {
        PlainTextPolicy::install();
        QCOMPARE(qApp->findChildren<PlainTextPolicy *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
    }
};

QTEST_MAIN(TestPlainTextPolicy)
#include "tst_plaintextpolicy.moc"
