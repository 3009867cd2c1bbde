#pragma once

#include "apierror.h"

#include <QMainWindow>
#include <QPointer>

class ApiClient;
class BulkActions;
class DeliveriesDock;
class DetailsPane;
class EndpointActions;
class EndpointExportAction;
class EndpointFilterProxyModel;
class EndpointListController;
class EndpointTableModel;
class ErrorBanner;
class FilterBar;
class LoadingPlaceholder;
class NoMatchPlaceholder;
class QActionGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class RecentDeliveries;
class RefreshPacer;
class WindowStateKeeper;
struct WebhookEndpoint;

// Every endpoint of the organization at a glance: a sortable, filterable table with
// status that reads without colour, a details pane, refresh (manual and automatic),
// errors in a banner, and the edit dialog.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    ApiClient *client() const { return m_client; }
    EndpointListController *controller() const { return m_controller; }
    EndpointTableModel *model() const { return m_model; }
    EndpointFilterProxyModel *proxy() const { return m_proxy; }
    DeliveriesDock *deliveriesDock() const { return m_deliveriesDock; }
    RefreshPacer *pacer() const { return m_pacer; }

    // The profile switcher: names, the current one, and the display prefix of the key in
    // use (empty while it is not known yet), saying when it comes from the environment.
    void setProfiles(const QStringList &names, const QString &current, const QString &keyPrefix,
                     bool keyFromEnvironment = false);
    // The endpoint selected in the table, or none.
    QString selectedId() const;
    bool selectId(const QString &id);

    // The automatic refresh interval (0: off), remembered and shown in the View menu.
    void setAutoRefresh(int seconds);

public slots:
    void refresh();
    void editSelected();
    void showConnectionProblem(const QString &title, const QString &message);

signals:
    void profileSwitchRequested(const QString &name);
    void manageProfilesRequested();
    void preferencesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentralWidgets();
    void restoreSettings();
    int defaultDetailsWidth() const;
    bool detailsShown() const;
    void setDetailsShown(bool shown);
    void onSelectionChanged();
    void onRefreshed();
    void onError(const ApiError &error);
    void updateSummary();
    void onLoadingChanged(bool loading);
    // The no-match message over the table: shown when the search and filters hide every row.
    void updateNoMatch();

    ApiClient *m_client;
    EndpointTableModel *m_model;
    EndpointFilterProxyModel *m_proxy;
    EndpointListController *m_controller;
    RefreshPacer *m_pacer;
    // The deliveries of the selected endpoint, for every view that shows them.
    RecentDeliveries *m_recentDeliveries;

    FilterBar *m_filterBar = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    // The table, or the placeholder while the first list is on its way.
    QStackedWidget *m_tableStack = nullptr;
    LoadingPlaceholder *m_placeholder = nullptr;
    NoMatchPlaceholder *m_noMatch = nullptr;
    DetailsPane *m_details = nullptr;
    DeliveriesDock *m_deliveriesDock = nullptr;
    EndpointExportAction *m_exportAction = nullptr;
    EndpointActions *m_endpointActions = nullptr;
    BulkActions *m_bulkActions = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_profileLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QComboBox *m_profiles = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_detailsToggle = nullptr;
    WindowStateKeeper *m_stateKeeper = nullptr;
    int m_detailsWidth = 0; // the pane's width before it was hidden
    bool m_columnsFitted = false;
    // Saved while a search or filter hides it: kept in view until the user moves on.
    QString m_keptAfterSave;
    QActionGroup *m_intervalGroup = nullptr;
    QTimer *m_tick = nullptr;
    int m_ticks = 0;
};
