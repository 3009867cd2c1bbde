// The main window shows what matters, against the real sandbox: columns that fit their
// content (a larger font too), a narrow details pane that collapses, the pane and the
// actions following what is visibly selected, a saved endpoint kept in view under a
// filter it no longer matches, "Disabled 3 days ago" at a glance, and the window's state
// saved when it changes.
#include "apiclient.h"
#include "columnwidths.h"
#include "detailspane.h"
#include "editendpointdialog.h"
#include "endpointfilterproxymodel.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "messageboxes.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "shownwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestMainWindowLayoutSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsFitTheirContentInALargerFont();
    void importantColumnsAreInViewAtTheDefaultSize();
    void disabledSaysSinceWhen();
    void detailsPaneIsNarrowAndCollapses();
    void paneAndActionsFollowTheVisibleSelection();
    void savedEndpointStaysInViewUnderItsFilter();
    void stateIsSavedWhenItChanges();

private:
    void openWindow();
    bool waitLoaded();
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("endpointTable")); }
    int proxyRowOf(const QString &id) const;
    static bool paintedTextIsElided(QTableView *view, int row, int column);

    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
    QFont m_font;
};

void TestMainWindowLayoutSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_layout"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    m_font = QApplication::font();
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("40"), QStringLiteral("--rate-limit"),
                              QStringLiteral("1000"), QStringLiteral("--ping-delay-ms"), QStringLiteral("20")}),
             qPrintable(m_sandbox.errorString()));
}

void TestMainWindowLayoutSandbox::init()
{
    QSettings().clear(); // every test starts as a first run
    QApplication::setFont(m_font);
    m_client = new ApiClient(&m_nam, this);
    QVERIFY(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
}

void TestMainWindowLayoutSandbox::openWindow()
{
    m_window = new MainWindow(m_client);
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindowLayoutSandbox::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    m_client = nullptr;
    MessageBoxes::setNextAnswers({});
}

bool TestMainWindowLayoutSandbox::waitLoaded()
{
    return refreshAndWait(m_window);
}

// Whether cell (row, column) as painted by the table's delegate is cut: the cell is
// painted into an image twice, at its width and with room to spare; cut text (ending in
// an ellipsis within the cell) inks less than the whole text does.
bool TestMainWindowLayoutSandbox::paintedTextIsElided(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    auto inkWidth = [&](int width) {
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.font = view->font();
        option.fontMetrics = view->fontMetrics();
        option.textElideMode = view->textElideMode();
        option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(16, 16);
        option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        option.state = QStyle::State_Enabled;
        option.rect = QRect(0, 0, width, view->rowHeight(row));
        option.backgroundBrush = Qt::NoBrush;
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        option.palette.setColor(QPalette::Text, Qt::black);
        view->itemDelegate()->paint(&painter, option, index);
        painter.end();
        int left = image.width(), right = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 128) {
                    left = qMin(left, x);
                    right = qMax(right, x);
                }
            }
        }
        return right - left;
    };
    const int width = view->columnWidth(column);
    return inkWidth(width) < inkWidth(width * 3) - 2;
}

int TestMainWindowLayoutSandbox::proxyRowOf(const QString &id) const
{
    const QModelIndex source = m_window->model()->index(m_window->model()->rowOfId(id), 0);
    return m_window->proxy()->mapFromSource(source).row();
}

void TestMainWindowLayoutSandbox::columnsFitTheirContentInALargerFont()
{
    QFont large = m_font;
    large.setPointSizeF(m_font.pointSizeF() * 1.6);
    QApplication::setFont(large);
    openWindow();
    QVERIFY(waitLoaded());
    QTableView *view = table();
    QCOMPARE(view->font().pointSizeF(), large.pointSizeF());
    // Every status in view reads whole ("Failing 12/20", not "Faili…12/20"), and no
    // column is wider than its cap.
    const int iconRoom = view->iconSize().width() + 4 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
    int checked = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (!view->viewport()->rect().intersects(view->visualRect(view->model()->index(r, 0))))
            continue;
        const QString status = view->model()->index(r, EndpointTableModel::Status).data().toString();
        QVERIFY2(view->fontMetrics().horizontalAdvance(status) + iconRoom
                     <= view->columnWidth(EndpointTableModel::Status),
                 qPrintable(QStringLiteral("\u201c%1\u201d in %2 px").arg(status).arg(view->columnWidth(EndpointTableModel::Status))));
        ++checked;
    }
    QVERIFY(checked >= 5);
    for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
        if (view->isColumnHidden(c))
            continue;
        QVERIFY(view->columnWidth(c) >= view->horizontalHeader()->sectionSizeHint(c));
        QVERIFY(view->columnWidth(c) <= qMax(ColumnWidths::cap(view, c), view->horizontalHeader()->sectionSizeHint(c)));
    }
    // Rendered: the status cells as painted carry no ellipsis.
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QRect cell = view->visualRect(view->model()->index(r, EndpointTableModel::Status));
        if (!view->viewport()->rect().contains(cell))
            continue;
        QVERIFY2(!paintedTextIsElided(view, r, EndpointTableModel::Status),
                 qPrintable(view->model()->index(r, EndpointTableModel::Status).data().toString()));
    }
}

void TestMainWindowLayoutSandbox::importantColumnsAreInViewAtTheDefaultSize()
{
    openWindow();
    QVERIFY(waitLoaded());
    QTableView *view = table();
    // A failing row selected: the details pane shows it (and may widen).
    QString failing;
    for (const WebhookEndpoint &e : m_window->model()->endpoints()) {
        if (e.state() == WebhookEndpoint::State::Failing) {
            failing = e.id;
            break;
        }
    }
    QVERIFY(!failing.isEmpty());
    QVERIFY(m_window->selectId(failing));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the pane's new width
    const QHeaderView *header = view->horizontalHeader();
    const int viewWidth = view->viewport()->width();
    const QList<int> important{EndpointTableModel::Status, EndpointTableModel::Url, EndpointTableModel::Description,
                               EndpointTableModel::Events, EndpointTableModel::Failures,
                               EndpointTableModel::LastSuccess, EndpointTableModel::LastFailure};
    for (int c : important) {
        QVERIFY2(!view->isColumnHidden(c), qPrintable(view->model()->headerData(c, Qt::Horizontal).toString()));
        QTRY_VERIFY2_WITH_TIMEOUT(header->sectionViewportPosition(c) + header->sectionSize(c) <= viewWidth,
                                  qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                                 .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                                                 .arg(header->sectionViewportPosition(c) + header->sectionSize(c))
                                                 .arg(viewWidth)),
                                  5000);
    }
    // Status, failures and times read whole (and the events, in English at this size); a
    // long URL is elided in the middle, whole in its tooltip.
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (!view->viewport()->rect().contains(view->visualRect(view->model()->index(r, 0))))
            continue;
        for (int c : {int(EndpointTableModel::Status), int(EndpointTableModel::Events), int(EndpointTableModel::Failures),
                      int(EndpointTableModel::LastSuccess), int(EndpointTableModel::LastFailure)})
            QVERIFY2(!paintedTextIsElided(view, r, c), qPrintable(view->model()->index(r, c).data().toString()));
        const QModelIndex url = view->model()->index(r, EndpointTableModel::Url);
        QCOMPARE(url.data(Qt::ToolTipRole).toString(), url.data().toString());
    }
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);

    // The hidden columns come back from View > Columns, and room is made for them.
    auto *columns = m_window->findChild<QMenu *>(QStringLiteral("columnsMenu"));
    QVERIFY(columns);
    QVERIFY(view->isColumnHidden(EndpointTableModel::Updated));
    QMetaObject::invokeMethod(columns, "aboutToShow");
    QAction *updated = nullptr;
    for (QAction *a : columns->actions()) {
        if (a->text() == view->model()->headerData(EndpointTableModel::Updated, Qt::Horizontal).toString())
            updated = a;
    }
    QVERIFY(updated && updated->isCheckable() && !updated->isChecked());
    updated->trigger();
    QVERIFY(!view->isColumnHidden(EndpointTableModel::Updated));
    QVERIFY2(header->sectionSize(EndpointTableModel::Updated) >= header->sectionSizeHint(EndpointTableModel::Updated),
             qPrintable(QStringLiteral("%1 < %2").arg(header->sectionSize(EndpointTableModel::Updated)).arg(header->sectionSizeHint(EndpointTableModel::Updated))));

    // Once the user sets a width, it stays whatever the view's width does.
    view->setColumnWidth(EndpointTableModel::Description, 77);
    m_window->resize(m_window->width() - 200, m_window->height());
    QTRY_VERIFY(view->viewport()->width() < viewWidth);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(view->columnWidth(EndpointTableModel::Description), 77);
}

void TestMainWindowLayoutSandbox::disabledSaysSinceWhen()
{
    openWindow();
    QVERIFY(waitLoaded());
    int disabled = 0;
    for (int r = 0; r < m_window->model()->rowCount(); ++r) {
        const WebhookEndpoint e = m_window->model()->endpointAt(r);
        if (e.state() != WebhookEndpoint::State::Disabled)
            continue;
        ++disabled;
        const QString status = m_window->model()->index(r, EndpointTableModel::Status).data().toString();
        QVERIFY2(status.startsWith(QLatin1String("Disabled ")) && status.size() > 9, qPrintable(status));
    }
    QVERIFY(disabled > 0);
}

void TestMainWindowLayoutSandbox::detailsPaneIsNarrowAndCollapses()
{
    openWindow();
    QVERIFY(waitLoaded());
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *details = m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"));
    QVERIFY(splitter && details);
    QVERIFY2(details->width() * 100 / m_window->width() <= 32,
             qPrintable(QStringLiteral("pane %1 of %2 px").arg(details->width()).arg(m_window->width())));
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("detailsPaneAction"));
    QVERIFY(toggle && toggle->isCheckable() && toggle->isChecked());
    const int paneWidth = splitter->sizes().at(1);
    toggle->trigger();
    QCOMPARE(splitter->sizes().at(1), 0);
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QCOMPARE(splitter->sizes().at(1), paneWidth);
    // Dragged shut, the menu says so.
    splitter->setSizes({splitter->width(), 0});
    emit splitter->splitterMoved(splitter->width(), 1);
    QVERIFY(!toggle->isChecked());
}

void TestMainWindowLayoutSandbox::paneAndActionsFollowTheVisibleSelection()
{
    openWindow();
    QVERIFY(waitLoaded());
    const WebhookEndpoint shown = m_window->model()->endpointAt(0);
    QVERIFY(m_window->selectId(shown.id));
    auto *details = m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"));
    auto *edit = m_window->findChild<QAction *>(QStringLiteral("editAction"));
    auto *del = m_window->findChild<QAction *>(QStringLiteral("deleteEndpointAction"));
    QCOMPARE(details->shownId(), shown.id);
    QVERIFY(edit->isEnabled() && del->isEnabled());

    // A search that hides it: nothing is visibly selected, so nothing is shown or offered.
    m_window->proxy()->setSearchText(QStringLiteral("no endpoint is called this"));
    QCOMPARE(m_window->proxy()->rowCount(), 0);
    QTRY_VERIFY(details->shownId().isEmpty());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!del->isEnabled());
    QVERIFY(m_window->selectedId().isEmpty());
}

void TestMainWindowLayoutSandbox::savedEndpointStaysInViewUnderItsFilter()
{
    openWindow();
    QVERIFY(waitLoaded());
    QString disabledId;
    for (int r = 0; r < m_window->model()->rowCount() && disabledId.isEmpty(); ++r) {
        if (m_window->model()->endpointAt(r).state() == WebhookEndpoint::State::Disabled)
            disabledId = m_window->model()->endpointAt(r).id;
    }
    QVERIFY(!disabledId.isEmpty());
    m_window->proxy()->setQuickFilter(EndpointFilterProxyModel::QuickFilter::Disabled);
    QVERIFY(m_window->selectId(disabledId));

    // Re-activate it through the dialog, as a person would.
    m_window->editSelected();
    EditEndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EditEndpointDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *active = dialog->findChild<QCheckBox *>(QStringLiteral("activeCheck"));
    QVERIFY(active && !active->isChecked());
    active->click();
    MessageBoxes::setNextAnswers({QMessageBox::Yes}); // "re-activate it?"
    QSignalSpy saved(dialog, &EditEndpointDialog::saved);
    QVERIFY(QMetaObject::invokeMethod(dialog, "save"));
    QVERIFY(saved.wait(15000));

    // No longer disabled, yet still in view, selected and shown, and the window says why.
    const int sourceRow = m_window->model()->rowOfId(disabledId);
    QTRY_VERIFY(m_window->model()->endpointAt(sourceRow).isActive);
    QVERIFY(!m_window->proxy()->matchesFilter(disabledId));
    QVERIFY(proxyRowOf(disabledId) >= 0);
    QCOMPARE(m_window->selectedId(), disabledId);
    auto *details = m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"));
    QCOMPARE(details->shownId(), disabledId);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("no longer matches")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // Right after re-activation it awaits its next delivery, not "Healthy" from before.
    QCOMPARE(m_window->model()->index(sourceRow, EndpointTableModel::Status).data().toString(),
             QStringLiteral("Re-activated, awaiting delivery"));
    if (dialog->isVisible())
        dialog->close();

    // Moving on to another endpoint lets the filter have it.
    QVERIFY(m_window->proxy()->rowCount() >= 2);
    const QModelIndex other = m_window->proxy()->index(proxyRowOf(disabledId) == 0 ? 1 : 0, 0);
    table()->selectionModel()->setCurrentIndex(other, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(proxyRowOf(disabledId), -1);
}

void TestMainWindowLayoutSandbox::stateIsSavedWhenItChanges()
{
    openWindow();
    QVERIFY(waitLoaded());
    const QByteArray before = QSettings().value(QStringLiteral("mainWindow/header")).toByteArray();
    table()->setColumnWidth(EndpointTableModel::Url, 333);
    // Saved a moment later, with the window still open (a logout would not close it).
    QTRY_VERIFY_WITH_TIMEOUT(QSettings().value(QStringLiteral("mainWindow/header")).toByteArray() != before, 5000);
    QVERIFY(m_window->isVisible());
    // The session ends without a close: what aboutToQuit hears is written too.
    table()->setColumnWidth(EndpointTableModel::Url, 344);
    QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit"));
    delete m_window;
    m_window = nullptr;
    openWindow();
    QCOMPARE(table()->columnWidth(EndpointTableModel::Url), 344);
}

QTEST_MAIN(TestMainWindowLayoutSandbox)
#include "tst_mainwindow_layout_sandbox.moc"
