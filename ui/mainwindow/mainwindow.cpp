#include "mainwindow.h"

#include "aboutdialog.h"
#include "apiclient.h"
#include "appinfo.h"
#include "bulkactions.h"
#include "columnwidths.h"
#include "deliveriesdock.h"
#include "detailspane.h"
#include "editendpointdialog.h"
#include "endpointactions.h"
#include "endpointeditor.h"
#include "endpointexportaction.h"
#include "endpointfilterproxymodel.h"
#include "endpointitemdelegate.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "keyring.h"
#include "loadingplaceholder.h"
#include "nomatchplaceholder.h"
#include "messageboxes.h"
#include "recentdeliveries.h"
#include "refreshpacer.h"
#include "signaturecheckerdialog.h"
#include "tableplacekeeper.h"
#include "urldisplay.h"
#include "windowstatekeeper.h"
#include "writequeue.h"
#include "writewaitlabel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QLatin1String IntervalKey("refresh/intervalSeconds");

// A status-bar label that wraps and asks for the height its lines take at its width. QStatusBar
// is as tall as its widgets' minimum size, which for a wrapped QLabel is measured at some other
// width: at scale 2 the summary's third and fourth lines were cut off.
class StatusBarLabel : public QLabel
{
public:
    // `share`: the part of the status bar's width it asks for when the labels do not all fit
    // on one line.
    StatusBarLabel(qreal share, QWidget *parent) : QLabel(parent), m_share(share) { setWordWrap(true); }

    // One line while every label fits on one; else its share of the width.
    QSize sizeHint() const override
    {
        int width = oneLineWidth();
        if (const QWidget *bar = parentWidget()) {
            int all = 0;
            // dynamic_cast, not findChildren<StatusBarLabel *>: without Q_OBJECT that would
            // find every QLabel of the bar (the write-wait countdown too).
            for (const QLabel *child : bar->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
                const auto *label = dynamic_cast<const StatusBarLabel *>(child);
                all += label && label->isVisible() ? label->oneLineWidth() : 0;
            }
            const int room = bar->contentsRect().width() - 4 * fontMetrics().averageCharWidth(); // spacing, grip
            if (all > room)
                width = qMin(width, qMax(minimumSizeHint().width(), int(room * m_share)));
        }
        return {width, heightForWidth(width)};
    }

    QSize minimumSizeHint() const override
    {
        QSize size = QLabel::minimumSizeHint();
        if (width() > 0)
            size.setHeight(qMax(size.height(), heightForWidth(width())));
        return size;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (event->oldSize().width() != width())
            updateGeometry(); // the status bar asks both hints again (they depend on the widths)
    }

private:
    int oneLineWidth() const
    {
        const QMargins margins = contentsMargins();
        return fontMetrics().size(Qt::TextSingleLine, text()).width() + margins.left() + margins.right() + 2 * margin();
    }

    qreal m_share;
};
} // namespace

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_model(new EndpointTableModel(this)),
      m_proxy(new EndpointFilterProxyModel(this)), m_controller(new EndpointListController(client, m_model, this)),
      m_pacer(new RefreshPacer(m_controller, this)), m_recentDeliveries(new RecentDeliveries(client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(AppInfo::name());
    m_proxy->setSourceModel(m_model);

    createCentralWidgets();
    createActions();

    connect(m_controller, &EndpointListController::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_controller, &EndpointListController::loadProgress, m_placeholder, &LoadingPlaceholder::setProgress);
    connect(m_controller, &EndpointListController::loadProgress, this, [this](qint64 received, qint64 total) {
        const int percent = total > 0 ? int(qMin<qint64>(100, received * 100 / total)) : 0;
        if (percent != m_busy->value())
            m_busy->setValue(percent);
    });
    connect(m_controller, &EndpointListController::refreshed, this, &MainWindow::onRefreshed);
    connect(m_controller, &EndpointListController::errorOccurred, this, &MainWindow::onError);
    connect(m_controller, &EndpointListController::errorCleared, m_banner, &QWidget::hide);
    connect(m_pacer, &RefreshPacer::stateChanged, this, &MainWindow::updateSummary);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSummary);
    connect(m_model, &EndpointTableModel::countsChanged, this, [this] {
        const EndpointTableModel::Counts c = m_model->counts();
        m_filterBar->setCounts(c.total, c.failing, c.disabled, c.inactive);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        updateSummary();
        // The details pane follows its endpoint, and only its endpoint.
        const QString id = selectedId();
        const int row = id.isEmpty() ? -1 : m_model->rowOfId(id);
        if (row >= topLeft.row() && row <= bottomRight.row())
            onSelectionChanged();
    });

    m_tick = new QTimer(this);
    m_tick->setObjectName(QStringLiteral("summaryTick"));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateSummary();
        if (++m_ticks % 30 == 0)
            m_model->refreshRelativeTimes();
    });
    m_tick->start();

    restoreSettings();
    updateSummary();
}

MainWindow::~MainWindow()
{
    // The children go after this destructor (in ~QWidget) and some emit as they go: the
    // proxy's rows removed, a selection cleared, a dock hidden, a dialog finished. None of
    // that may reach this half-destroyed window (a slot touching a member destroyed by then
    // released a saved endpoint's id twice and corrupted the heap).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createCentralWidgets()
{
    m_filterBar = new FilterBar(this);
    m_banner = new ErrorBanner(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("endpointTable"));
    m_table->setAccessibleName(tr("Webhook endpoints"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new EndpointItemDelegate(m_table));
    new TablePlaceKeeper(m_table); // after setModel(): the view handles a reset first
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EndpointTableModel::Status, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows to delete at once
    m_table->setAlternatingRowColors(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    ColumnWidths::setInitial(m_table); // fitted to the rows when the first list arrives
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    QMenu *columns = ColumnWidths::columnsMenu(m_table, this);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, columns, [this, columns](const QPoint &at) {
        columns->popup(m_table->horizontalHeader()->mapToGlobal(at));
    });
    // Arrows move in the table; Tab moves on to the next part of the window.
    m_table->setTabKeyNavigation(false);

    m_noMatch = new NoMatchPlaceholder(m_table);
    m_placeholder = new LoadingPlaceholder(this);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_placeholder);

    m_details = new DetailsPane(m_recentDeliveries, this);
    // The selected endpoint's deliveries, in a dock that stays open while moving through them.
    m_deliveriesDock = new DeliveriesDock(m_recentDeliveries, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_deliveriesDock);
    m_deliveriesDock->hide(); // until asked for (View > Deliveries); then remembered
    // No `this` in here: the dock hides while the window is being destroyed (UBSan found
    // a MainWindow used after its destructor); the pane, created first, goes first.
    connect(m_deliveriesDock, &QDockWidget::visibilityChanged, m_details,
            [details = m_details](bool visible) { details->setDeliveriesListed(!visible); });
    connect(m_details, &DetailsPane::deliveriesPanelRequested, this, [this] {
        m_deliveriesDock->show();
        m_deliveriesDock->raise();
        resizeDocks({m_deliveriesDock}, {qMax(360, height() * 2 / 5)}, Qt::Vertical);
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true); // dragged shut, or View > Details Pane
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker blocker(m_detailsToggle);
        m_detailsToggle->setChecked(detailsShown());
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Both wrap (a second line rather than a cut one: large fonts, scale 2, a narrow window);
    // when the width is short, the summary has the larger part.
    m_summary = new StatusBarLabel(0.6, this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_profileLabel = new StatusBarLabel(0.4, this);
    // How much of a refresh's list has arrived (the summary says "refreshing…"): a bar that
    // moves as the bytes come, not a busy animation repainting every frame, and one whose
    // place stays when it is hidden, so that a refresh does not lay out the window again.
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 100);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    QSizePolicy keepsItsPlace = m_busy->sizePolicy();
    keepsItsPlace.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keepsItsPlace);
    m_busy->hide();
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(new WriteWaitLabel(WriteQueue::of(m_client), this));
    statusBar()->addPermanentWidget(m_profileLabel);

    connect(m_filterBar, &FilterBar::searchTextChanged, m_proxy, &EndpointFilterProxyModel::setSearchText);
    connect(m_filterBar, &FilterBar::quickFilterChanged, m_proxy, &EndpointFilterProxyModel::setQuickFilter);
    connect(m_filterBar, &FilterBar::eventFilterChanged, m_proxy, &EndpointFilterProxyModel::setEventFilter);
    connect(m_noMatch, &NoMatchPlaceholder::clearSearchRequested, m_filterBar, &FilterBar::clearSearch);
    connect(m_noMatch, &NoMatchPlaceholder::clearFiltersRequested, m_filterBar, &FilterBar::clearFilters);
    // After the proxy has its rows (connected first): a new search that hides every row
    // as the last one did changes no rows, only the message.
    connect(m_filterBar, &FilterBar::searchTextChanged, this, &MainWindow::updateNoMatch);
    connect(m_filterBar, &FilterBar::quickFilterChanged, this, &MainWindow::updateNoMatch);
    connect(m_filterBar, &FilterBar::eventFilterChanged, this, &MainWindow::updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateNoMatch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    // A search or filter that hides the selected row takes it out of the selection without
    // a selectionChanged: the pane and the actions follow what is visibly selected.
    const auto followVisibleSelection = [this] {
        if (selectedId() != m_details->shownId())
            onSelectionChanged();
    };
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, followVisibleSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, followVisibleSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, followVisibleSelection);
    // Moving on from an endpoint kept in view after its save lets the filter have it.
    connect(m_filterBar, &FilterBar::searchTextChanged, this, [this] { m_keptAfterSave.clear(); });
    connect(m_filterBar, &FilterBar::quickFilterChanged, this, [this] { m_keptAfterSave.clear(); });
    connect(m_filterBar, &FilterBar::eventFilterChanged, this, [this] { m_keptAfterSave.clear(); });
    connect(m_table, &QTableView::activated, this, &MainWindow::editSelected);
    connect(m_details, &DetailsPane::editRequested, this, &MainWindow::editSelected);
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcuts(refreshKeys);
    m_refreshAction->setToolTip(tr("Reload every endpoint from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_editAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit\u2026"), this);
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_editAction->setToolTip(tr("Edit the selected endpoint (Enter or double-click)"));
    m_editAction->setEnabled(false);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);
    m_table->addAction(m_editAction);
    auto *endpointActions = new EndpointActions(this, m_client, m_table, m_details); // New, Delete
    m_endpointActions = endpointActions;
    m_table->addAction(endpointActions->deleteAction());
    // Switch on/off, add/remove an event, on every selected row.
    m_bulkActions = new BulkActions(this, m_client, m_controller, m_model, m_table);
    auto *bulkSeparator = new QAction(this);
    bulkSeparator->setSeparator(true);
    m_table->addAction(bulkSeparator);
    m_table->addActions(m_bulkActions->actions());

    auto *findAction = new QAction(tr("&Find"), this);
    findAction->setShortcuts(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    addAction(findAction);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcuts(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *manageProfiles = new QAction(tr("&Profiles\u2026"), this);
    manageProfiles->setObjectName(QStringLiteral("manageProfilesAction"));
    manageProfiles->setToolTip(tr("Add, switch, re-key or remove profiles (one per organization)"));
    connect(manageProfiles, &QAction::triggered, this, &MainWindow::manageProfilesRequested);

    auto *about = new QAction(tr("&About %1").arg(AppInfo::name()), this);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_exportAction = new EndpointExportAction(m_model, m_proxy, this);
    connect(m_exportAction, &EndpointExportAction::exported, this, [this](const QString &path, int rows) {
        statusBar()->showMessage(
            tr("Endpoints exported to %1 (rows: %n)", nullptr, rows).arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_deliveriesDock, &DeliveriesDock::exported, this, [this](const QString &path, int rows) {
        statusBar()->showMessage(
            tr("Deliveries exported to %1 (rows: %n)", nullptr, rows).arg(QDir::toNativeSeparators(path)), 8000);
    });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(endpointActions->newAction());
    fileMenu->addAction(m_exportAction);
    fileMenu->addAction(manageProfiles);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    auto *preferences = new QAction(tr("&Preferences\u2026"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferencesKeys);
    connect(preferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(preferences);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(findAction);
    QAction *deliveriesToggle = m_deliveriesDock->toggleViewAction();
    deliveriesToggle->setText(tr("&Deliveries"));
    deliveriesToggle->setToolTip(tr("Show or hide the deliveries of the selected endpoint"));
    connect(deliveriesToggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            resizeDocks({m_deliveriesDock}, {qMax(360, height() * 2 / 5)}, Qt::Vertical);
    });
    viewMenu->addAction(deliveriesToggle);
    viewMenu->addMenu(findChild<QMenu *>(QStringLiteral("columnsMenu"), Qt::FindDirectChildrenOnly));
    m_detailsToggle = new QAction(tr("Details &Pane"), this);
    m_detailsToggle->setObjectName(QStringLiteral("detailsPaneAction"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setChecked(true);
    m_detailsToggle->setToolTip(tr("Show or hide the details of the selected endpoint beside the table"));
    connect(m_detailsToggle, &QAction::toggled, this, &MainWindow::setDetailsShown);
    viewMenu->addAction(m_detailsToggle);
    QMenu *intervalMenu = viewMenu->addMenu(tr("&Automatic refresh"));
    m_intervalGroup = new QActionGroup(this);
    const QList<QPair<int, QString>> intervals = {{0, tr("Off")},
                                                  {15, tr("Every 15 seconds")},
                                                  {30, tr("Every 30 seconds")},
                                                  {60, tr("Every minute")},
                                                  {300, tr("Every 5 minutes")},
                                                  {900, tr("Every 15 minutes")}};
    for (const auto &[seconds, label] : intervals) {
        QAction *a = intervalMenu->addAction(label);
        a->setCheckable(true);
        a->setData(seconds);
        m_intervalGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, s = seconds] { setAutoRefresh(s); });
    }

    QMenu *endpointMenu = menuBar()->addMenu(tr("E&ndpoint"));
    endpointMenu->addAction(endpointActions->newAction());
    endpointMenu->addAction(m_editAction);
    endpointMenu->addAction(endpointActions->deleteAction());
    endpointMenu->addSeparator();
    endpointMenu->addActions(m_bulkActions->actions());

    auto *signatureChecker = new QAction(tr("&Signature Checker\u2026"), this);
    signatureChecker->setObjectName(QStringLiteral("signatureCheckerAction"));
    signatureChecker->setToolTip(tr("Check a delivery's X-OptimalDial-Signature against its secret and body"));
    connect(signatureChecker, &QAction::triggered, this, [this] {
        auto *dialog = new SignatureCheckerDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(signatureChecker);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    // Qt's own "more" button, shown when the toolbar does not fit, comes without a name.
    if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More toolbar buttons"));
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(endpointActions->newAction());
    toolbar->addAction(m_editAction);
    toolbar->addAction(endpointActions->deleteAction());
    toolbar->addSeparator();
    m_bulkActions->addTo(toolbar);
    toolbar->addSeparator();
    auto *profileCaption = new QLabel(tr("&Profile:"), toolbar);
    profileCaption->setContentsMargins(6, 0, 6, 0);
    toolbar->addWidget(profileCaption);
    m_profiles = new QComboBox(toolbar);
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setMinimumContentsLength(14);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileCaption->setBuddy(m_profiles);
    toolbar->addWidget(m_profiles);
    toolbar->addAction(manageProfiles);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profiles->itemText(index);
        if (!name.isEmpty())
            emit profileSwitchRequested(name);
    });
}

void MainWindow::setProfiles(const QStringList &names, const QString &current, const QString &keyPrefix,
                             bool keyFromEnvironment)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentIndex(int(names.indexOf(current)));
    m_exportAction->setProfileName(current);
    m_deliveriesDock->setProfileName(current);
    const QString server = m_client->baseUrl().toDisplayString(QUrl::RemoveUserInfo);
    if (keyPrefix.isEmpty())
        //: Status bar: profile name, then the server
        m_profileLabel->setText(tr("%1 \u00b7 %2").arg(current, server));
    else if (keyFromEnvironment)
        //: Status bar: profile, the start of the API key in use, the environment variable it came from, the server
        m_profileLabel->setText(tr("%1 \u00b7 key %2\u2026 from %3 \u00b7 %4")
                                    .arg(current, keyPrefix, Keyring::environmentVariable(), server));
    else
        //: Status bar: profile, the start of the API key in use, the server
        m_profileLabel->setText(tr("%1 \u00b7 key %2\u2026 \u00b7 %3").arg(current, keyPrefix, server));
    //: Window title: the profile's name, then the application's name
    setWindowTitle(current.isEmpty() ? AppInfo::name() : tr("%1 \u2014 %2").arg(current, AppInfo::name()));
}

void MainWindow::restoreSettings()
{
    m_stateKeeper = new WindowStateKeeper(this, m_splitter, m_table->horizontalHeader());
    if (!m_stateKeeper->restoreWindow()) {
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(qMin(1320, screen.width() * 9 / 10), qMin(800, screen.height() * 9 / 10));
    }
    if (!m_stateKeeper->restoreSplitter())
        m_splitter->setSizes({width() - defaultDetailsWidth(), defaultDetailsWidth()});
    m_detailsToggle->setChecked(detailsShown());
    m_columnsFitted = m_stateKeeper->restoreColumns(); // the user's widths win over fitting
    const QSettings settings;
    const int interval = settings.value(IntervalKey, EndpointListController::DefaultIntervalSeconds).toInt();
    for (QAction *a : m_intervalGroup->actions())
        a->setChecked(a->data().toInt() == interval);
    m_controller->setAutoRefreshInterval(interval);
}

int MainWindow::defaultDetailsWidth() const
{
    // Room for the captions and values side by side, and no more: the table gets the rest.
    return qMax(m_details->minimumSizeHint().width(), 34 * fontMetrics().averageCharWidth());
}

bool MainWindow::detailsShown() const { return m_splitter->sizes().value(1) > 0; }

void MainWindow::setDetailsShown(bool shown)
{
    if (shown == detailsShown())
        return;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (shown) {
        const int pane = m_detailsWidth > 0 ? m_detailsWidth : defaultDetailsWidth();
        m_splitter->setSizes({qMax(0, total - pane), pane});
    } else {
        m_detailsWidth = sizes.value(1);
        m_splitter->setSizes({total, 0});
    }
    m_stateKeeper->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Changes still being sent: ask first; closing stops them before the next write.
    if (!m_bulkActions->confirmClose() || !m_endpointActions->confirmClose()) {
        event->ignore();
        return;
    }
    m_stateKeeper->save();
    m_controller->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::setAutoRefresh(int seconds)
{
    QSettings().setValue(IntervalKey, seconds);
    m_controller->setAutoRefreshInterval(seconds);
    for (QAction *a : m_intervalGroup->actions())
        a->setChecked(a->data().toInt() == seconds);
    updateSummary();
}

void MainWindow::refresh() { m_controller->refresh(); }

void MainWindow::onLoadingChanged(bool loading)
{
    // Hidden while its value goes back: QProgressBar::setValue() repaints a visible bar at
    // once, and with it everything else waiting to be painted (a table just refreshed:
    // ~5 ms at 100,000 rows), in this turn instead of the next.
    if (!loading)
        m_busy->hide();
    m_busy->setValue(0);
    m_busy->setVisible(loading);
    // The first list: what has arrived, instead of a blank table. Later refreshes keep
    // showing the table (the status bar says it is refreshing).
    if (loading && !m_controller->hasLoaded()) {
        m_placeholder->restart();
        m_tableStack->setCurrentWidget(m_placeholder);
    } else if (!loading) {
        m_tableStack->setCurrentWidget(m_table);
    }
    updateSummary();
}

void MainWindow::updateNoMatch()
{
    if (m_proxy->rowCount() > 0 || m_model->rowCount() == 0) {
        m_noMatch->hide();
        return;
    }
    m_noMatch->showFor(m_filterBar->searchText(), m_filterBar->activeFilters());
}

QString MainWindow::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(EndpointTableModel::EndpointIdRole).toString();
}

bool MainWindow::selectId(const QString &id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::onSelectionChanged()
{
    const QString id = selectedId();
    if (!m_keptAfterSave.isEmpty() && id != m_keptAfterSave) {
        // The user moved on: the saved endpoint may leave the view if the filter says so.
        m_keptAfterSave.clear();
        QMetaObject::invokeMethod(m_proxy, [proxy = m_proxy] { proxy->keepShown(QString()); }, Qt::QueuedConnection);
    }
    m_editAction->setEnabled(!id.isEmpty());
    const int row = id.isEmpty() ? -1 : m_model->rowOfId(id);
    if (row < 0) {
        m_details->clear();
        m_deliveriesDock->clearEndpoint();
        m_recentDeliveries->clear();
        return;
    }
    m_details->showEndpoint(m_model->endpointAt(row));
    m_deliveriesDock->setEndpoint(m_model->endpointAt(row));
    m_recentDeliveries->show(id);
}

void MainWindow::onRefreshed()
{
    // Rows are updated in place, so selection and scroll survive by themselves; after a
    // reset, TablePlaceKeeper brought them back by id.
    m_banner->hide();
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        ColumnWidths::fitToContents(m_table);
        m_columnsFitted = true;
    }
    onSelectionChanged();
    updateSummary();
}

void MainWindow::onError(const ApiError &error)
{
    QString message = error.explanation(); // the banner shows the title before it
    if (m_controller->hasLoaded())
        message += QLatin1Char(' ') + tr("The table shows the endpoints as of the last successful refresh.");
    m_banner->showMessage(error.title(), message, true, error.details());
    updateSummary();
}

void MainWindow::showConnectionProblem(const QString &title, const QString &message)
{
    m_banner->showMessage(title, message, false);
}

void MainWindow::updateSummary()
{
    const EndpointTableModel::Counts c = m_model->counts(); // the filter bar's come with countsChanged
    QStringList parts;
    //: Status bar summary items: each is one count, shown side by side with " · " between them
    parts << tr("%Ln endpoint(s)", nullptr, c.total) << tr("%Ln failing", nullptr, c.failing)
          << tr("%Ln disabled", nullptr, c.disabled);
    if (c.inactive > 0)
        parts << tr("%Ln inactive", nullptr, c.inactive);
    if (m_proxy->rowCount() != c.total)
        //: Status bar: how many endpoints the search and filters leave visible
        parts << tr("%Ln shown", nullptr, m_proxy->rowCount());
    if (m_controller->isLoading()) {
        parts << tr("refreshing\u2026");
    } else if (m_controller->lastRefreshed().isValid()) {
        const qint64 secs = m_controller->lastRefreshed().secsTo(QDateTime::currentDateTimeUtc());
        // Minutes, not seconds: the summary (and what a screen reader hears of it) changes
        // when something does, not every second.
        parts << (secs < 60 ? tr("refreshed less than a minute ago")
                            : tr("refreshed %n min ago", nullptr, int(secs / 60)));
    } else {
        parts << tr("not loaded yet");
    }
    if (m_pacer->state() == RefreshPacer::State::Offline) {
        parts << tr("offline: refreshing when the network is back");
    } else if (m_pacer->state() == RefreshPacer::State::BackingOff) {
        const qint64 wait = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_pacer->nextTry()));
        parts << (wait < 120 ? tr("next try in %n second(s)", nullptr, int(wait))
                             : tr("next try at %1").arg(QLocale().toString(m_pacer->nextTry().toLocalTime().time(), QLocale::ShortFormat)));
    } else if (m_controller->autoRefreshInterval() == 0) {
        parts << tr("auto-refresh off");
    } else if (m_controller->isAutoRefreshPaused()) {
        parts << tr("auto-refresh paused");
    }
    m_summary->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void MainWindow::editSelected()
{
    const QString id = selectedId();
    const int row = id.isEmpty() ? -1 : m_model->rowOfId(id);
    if (row < 0)
        return;
    auto *editor = new EndpointEditor(m_client, m_model->endpointAt(row));
    auto *dialog = new EditEndpointDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What a save learns from the server (its check, its answer) shows in the table at once.
    connect(editor, &EndpointEditor::serverStateLearnt, m_controller, &EndpointListController::applyServerEndpoint);
    m_controller->pauseAutoRefresh();
    connect(dialog, &EditEndpointDialog::saved, this, [this](const WebhookEndpoint &fromServer) {
        // Saved under a search or filter it no longer matches (re-activated with
        // "Disabled" on): it stays in view, selected, until the user moves on.
        m_keptAfterSave = fromServer.id;
        m_proxy->keepShown(fromServer.id);
        m_controller->applyServerEndpoint(fromServer);
        selectId(fromServer.id);
        const QString url = UrlDisplay::forDisplay(fromServer.url);
        statusBar()->showMessage(m_proxy->matchesFilter(fromServer.id)
                                     ? tr("Saved %1").arg(url)
                                     : tr("Saved %1. It no longer matches the search or filter, so it leaves the "
                                          "table when you select another endpoint.")
                                           .arg(url),
                                 10000);
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_controller->resumeAutoRefresh();
        updateSummary();
    });
    dialog->open();
    updateSummary();
}
