#pragma once

#include "webhookendpoint.h"

#include <QDockWidget>

class ApiError;
class DeliveryFilterProxyModel;
class DeliveryTableModel;
class FailureSummaryView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class RecentDeliveries;
struct WebhookDelivery;

// The deliveries of the selected endpoint, in a dock that stays open while the operator
// moves through the endpoints: the 20, 50 or 100 most recent (RecentDeliveries asks for
// them), status with icon and text, event, attempts, response, error, next retry,
// created and delivered; filters by status and event type; sorting; copying ids (context
// menu and Ctrl+C); export as CSV or JSON; and, for a failing endpoint, the pattern at
// the top. Loading, failure and "none yet" are said in words.
class DeliveriesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DeliveriesDock(RecentDeliveries *deliveries, QWidget *parent = nullptr);
    ~DeliveriesDock() override;

    // The endpoint selected (whoever selects it also asks `deliveries` to show it).
    // The same endpoint with a new last success or failure asks for its deliveries again.
    void setEndpoint(const WebhookEndpoint &endpoint);
    void clearEndpoint();
    // The profile shown (for the export's default file name).
    void setProfileName(const QString &name) { m_profile = name; }

    DeliveryTableModel *model() const { return m_model; }
    DeliveryFilterProxyModel *proxy() const { return m_proxy; }
    FailureSummaryView *summary() const { return m_summary; }
    // What the state line says (loading, failed, none, how many shown).
    QString stateText() const;
    // The ids of the selected rows, in view order.
    QStringList selectedIds() const;

public slots:
    void copySelectedIds();
    void exportShown();

signals:
    // A file was written.
    void exported(const QString &path, int rows);

private:
    QWidget *createControls();
    void createTable();
    void showLoading();
    void showDeliveries(const QList<WebhookDelivery> &deliveries);
    void showFailure(const ApiError &error);
    void updateEventTypes();
    void updateState();
    void applyFilters();

    RecentDeliveries *m_deliveries;
    DeliveryTableModel *m_model;
    DeliveryFilterProxyModel *m_proxy;
    WebhookEndpoint m_endpoint;
    QString m_loadedFor; // the endpoint whose deliveries the model holds
    QString m_profile;
    QString m_problem; // why the list could not be loaded (empty: no problem)
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    QComboBox *m_limit = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_eventType = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_export = nullptr;
    FailureSummaryView *m_summary = nullptr;
    QLabel *m_state = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_tick = nullptr;
};
