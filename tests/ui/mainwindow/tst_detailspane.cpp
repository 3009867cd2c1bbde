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
    void nothingIsCutAtAnyWidth_data();
    void nothingIsCutAtAnyWidth();
    void valuesAreAnnouncedWithTheirCaption();
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

// An endpoint the server switched off, as the sandbox describes one: every time set,
// three events, full-length ids.
WebhookEndpoint disabledEndpoint()
{
    WebhookEndpoint e;
    e.id = QStringLiteral("444bf960-5d0e-4c53-9a38-2f0c4f1e7d21");
    e.organizationId = QStringLiteral("org_7f3c2a91-0d4e-4b6a-8c5f-1e2d3c4b5a69");
    e.userId = QStringLiteral("usr_0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    e.url = QStringLiteral("https://hooks.example.com/optimaldial/uploads?tenant=zurich-operations&token=abc123");
    e.description = QStringLiteral("Upload notices for the Zurich operations team, forwarded to the archive");
    e.events = EventTypes(EventType::UploadCreated) | EventType::UploadCompleted | EventType::UploadFailed;
    e.isActive = false;
    e.consecutiveFailures = 20;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    e.createdAt = now.addDays(-40);
    e.updatedAt = now.addDays(-3);
    e.verifiedAt = now.addDays(-39);
    e.lastSuccessAt = now.addDays(-6);
    e.lastFailureAt = now.addDays(-3);
    e.disabledAt = now.addDays(-3);
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
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the layout requests the new texts posted

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

void TestDetailsPane::nothingIsCutAtAnyWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("disabled");
    // Narrower than the pane lets itself be: it keeps the width its fields need.
    QTest::newRow("narrow, disabled") << 200 << true;
    QTest::newRow("narrow, active") << 200 << false;
    QTest::newRow("default") << 360 << true;
    QTest::newRow("wide") << 700 << true;
}

// Rendered, not read: every caption and value is given the room its text needs at the
// width it got, so no line is cut off at the bottom nor a caption at the side.
void TestDetailsPane::nothingIsCutAtAnyWidth()
{
    QFETCH(int, width);
    QFETCH(bool, disabled);
    RecentDeliveries deliveries(nullptr);
    DetailsPane pane(&deliveries);
    pane.resize(width, 900);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    WebhookEndpoint e = disabledEndpoint();
    if (!disabled) {
        e.isActive = true;
        e.disabledAt = QDateTime();
        e.consecutiveFailures = 0;
        e.verifiedAt = QDateTime();
    }
    pane.showEndpoint(e);
    auto *scroll = pane.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the layout requests the new texts posted
    QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    const QImage shot = pane.grab().toImage(); // lays out and paints, as a screen would
    QVERIFY(!shot.isNull());

    const QList<QLabel *> labels = scroll->widget()->findChildren<QLabel *>();
    QVERIFY(labels.size() >= 30); // 15 captions, 15 values
    for (QLabel *label : labels) {
        if (label->isHidden())
            continue;
        const QRect room = label->contentsRect();
        const QRect needed = label->fontMetrics().boundingRect(QRect(0, 0, room.width(), 100000),
                                                               int(label->alignment()) | (label->wordWrap() ? Qt::TextWordWrap : 0),
                                                               label->text());
        const QString what = QStringLiteral("%1 \u201c%2\u201d: needs %3x%4, has %5x%6")
                                 .arg(label->objectName(), SoftBreaks::plain(label->text()))
                                 .arg(needed.width()).arg(needed.height()).arg(room.width()).arg(room.height());
        QVERIFY2(needed.height() <= room.height(), qPrintable(what));
        QVERIFY2(needed.width() <= room.width(), qPrintable(what));
        // Inside the form, which the scroll area shows whole across.
        const QRect inForm(label->mapTo(scroll->widget(), QPoint(0, 0)), label->size());
        QVERIFY2(inForm.left() >= 0 && inForm.right() < scroll->viewport()->width(), qPrintable(what));
    }
}

void TestDetailsPane::valuesAreAnnouncedWithTheirCaption()
{
    RecentDeliveries deliveries(nullptr);
    DetailsPane pane(&deliveries);
    pane.showEndpoint(disabledEndpoint());
    auto *status = pane.findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(status);
    QCOMPARE(status->accessibleName(), QStringLiteral("Status: Disabled 3 days ago"));
    auto *failures = pane.findChild<QLabel *>(QStringLiteral("failures"));
    QCOMPARE(failures->accessibleName(), QStringLiteral("Consecutive failures: 20 of 20"));
    // The caption names its value for the reader (a label relation) and does not stand alone.
    QLabel *caption = nullptr;
    for (QLabel *l : pane.findChildren<QLabel *>()) {
        if (l->buddy() == status)
            caption = l;
    }
    QVERIFY(caption);
    QCOMPARE(caption->text(), QStringLiteral("Status"));
    // The scroll area is no unnamed focus stop (Tab goes on to the pane's buttons).
    auto *scroll = pane.findChild<QScrollArea *>();
    QCOMPARE(scroll->focusPolicy(), Qt::NoFocus);
    QVERIFY(!scroll->accessibleName().isEmpty());
    // A new endpoint, a new announcement.
    WebhookEndpoint healthy = disabledEndpoint();
    healthy.isActive = true;
    healthy.disabledAt = QDateTime();
    healthy.consecutiveFailures = 0;
    pane.showEndpoint(healthy);
    QCOMPARE(status->accessibleName(), QStringLiteral("Status: Re-activated, awaiting delivery"));
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
