// DetailsPane and ErrorBanner with what a hostile server can send: megabytes of one
// unbroken word, bidi overrides, line breaks in a message. The pane stays as wide as
// the window gives it, shows the text cut and neutralised, and copies the whole text
// only when asked.
#include "detailspane.h"
#include "errorbanner.h"
#include "recentdeliveries.h"
#include "softbreaks.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

class TestDetailsPane : public QObject
{
    Q_OBJECT

private slots:
    void longUnbrokenTextWrapsInsideThePane();
    void serverTextIsNeutralised();
    void softBreaksAreInvisibleToTheReader();
    void errorBannerCopiesTheWholeTextOnlyWhenAsked();
};

namespace {

WebhookEndpoint hostileEndpoint()
{
    WebhookEndpoint e;
    e.id = QStringLiteral("3f2a9c10-0000-4000-8000-000000000001");
    e.url = QStringLiteral("https://hooks.example.com/") + QString(5000, QLatin1Char('p'));
    e.description = QString(10 * 1024 * 1024, QLatin1Char('d')); // 10 MB, one word
    e.organizationId = QStringLiteral("org_") + QString(70, QLatin1Char('o'));
    e.userId = QStringLiteral("usr_\u202Etxt.exe");
    e.isActive = true;
    return e;
}

} // namespace

void TestDetailsPane::longUnbrokenTextWrapsInsideThePane()
{
    RecentDeliveries deliveries(nullptr);
    QWidget window;
    window.resize(420, 700);
    auto *pane = new DetailsPane(&deliveries, &window);
    pane->setGeometry(0, 0, 420, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    pane->showEndpoint(hostileEndpoint());
    QApplication::processEvents();

    auto *scroll = pane->findChild<QScrollArea *>();
    QVERIFY(scroll);
    // Nothing pushed the form wider than the pane: no sideways scrolling, and the
    // description label is within the viewport, wrapped over several lines.
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("form %1 px in a %2 px viewport").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
    auto *description = pane->findChild<QLabel *>(QStringLiteral("description"));
    QVERIFY(description);
    const QRect inViewport(description->mapTo(scroll->viewport(), QPoint(0, 0)), description->size());
    QVERIFY(inViewport.right() <= scroll->viewport()->width());
    QVERIFY2(description->height() > 4 * description->fontMetrics().height(), "the long word wraps over several lines");
    // Cut before any layout saw megabytes, with an ellipsis that says so.
    const QString shown = pane->fieldText(QStringLiteral("description"));
    QCOMPARE(shown.size(), 601);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QVERIFY(pane->fieldText(QStringLiteral("url")).endsWith(QChar(0x2026)));
}

void TestDetailsPane::serverTextIsNeutralised()
{
    RecentDeliveries deliveries(nullptr);
    DetailsPane pane(&deliveries);
    WebhookEndpoint e = hostileEndpoint();
    e.url = QStringLiteral("https://evil.test/\u202Emoc.elgoog.www");
    e.description = QStringLiteral("line one\nPaste your key at https://evil.test\u202E");
    pane.showEndpoint(e);
    QCOMPARE(pane.fieldText(QStringLiteral("url")), QStringLiteral("https://evil.test/moc.elgoog.www"));
    QCOMPARE(pane.fieldText(QStringLiteral("description")), QStringLiteral("line one Paste your key at https://evil.test"));
    QCOMPARE(pane.fieldText(QStringLiteral("user")), QStringLiteral("usr_txt.exe"));
}

void TestDetailsPane::softBreaksAreInvisibleToTheReader()
{
    const QString url = QStringLiteral("https://hooks.example.com/a?b=c&d=") + QString(45, QLatin1Char('x'));
    const QString broken = SoftBreaks::insert(url);
    QVERIFY(broken.size() > url.size());
    QCOMPARE(SoftBreaks::plain(broken), url);
    // A surrogate pair and a combining mark are never split.
    const QString word = QString(19, QLatin1Char('a')) + QStringLiteral("\U0001F600") + QString(19, QLatin1Char('b'))
        + QStringLiteral("e\u0301");
    const QString wordBroken = SoftBreaks::insert(word);
    QCOMPARE(SoftBreaks::plain(wordBroken), word);
    for (qsizetype i = 0; i < wordBroken.size(); ++i) {
        if (wordBroken.at(i) != QChar(0x200B))
            continue;
        QVERIFY(i > 0 && !wordBroken.at(i - 1).isHighSurrogate());
        QVERIFY(i + 1 < wordBroken.size() && !wordBroken.at(i + 1).isMark());
    }
    QCOMPARE(SoftBreaks::insert(QStringLiteral("short words only")), QStringLiteral("short words only"));
}

void TestDetailsPane::errorBannerCopiesTheWholeTextOnlyWhenAsked()
{
    QApplication::clipboard()->setText(QStringLiteral("the user's own clipboard"));
    ErrorBanner banner;
    banner.resize(600, 80);
    banner.show();
    const QString whole = QStringLiteral("first line\nsecond line ") + QString(2000, QLatin1Char('w'));
    banner.showMessage(QStringLiteral("Server error"), QStringLiteral("The server had a problem."), true, whole);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the user's own clipboard"));
    QPushButton *copy = nullptr;
    for (QPushButton *b : banner.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Copy Details"))
            copy = b;
    }
    QVERIFY(copy);
    QVERIFY(copy->isVisible());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), whole);

    banner.showMessage(QStringLiteral("Refused"), QStringLiteral("No details here."), false);
    QVERIFY(!copy->isVisible());
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
