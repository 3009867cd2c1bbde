#pragma once

#include "bulkchange.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class BulkProgress;
class BulkResultDialog;
class EndpointListController;
class EndpointTableModel;
class QAction;
class QMenu;
class QTableView;
class QToolBar;

// Changes to every selected row of the endpoint table: Switch On (Ctrl+Shift+E), Switch
// Off (Ctrl+Shift+D), Add Event and Remove Event (submenus; Ctrl+Shift+A and
// Ctrl+Shift+R open them at the table). Runs a BulkChange with a BulkProgress beside the
// table, puts each server answer into the table at once, and ends with a
// BulkResultDialog whose "Retry Failed" writes the failed rows again. Automatic refresh
// waits meanwhile.
class BulkActions : public QObject
{
    Q_OBJECT

public:
    BulkActions(QWidget *window, ApiClient *client, EndpointListController *controller, EndpointTableModel *model,
                QTableView *table);
    ~BulkActions() override;

    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *addEventAction() const { return m_addEvent; }
    QAction *removeEventAction() const { return m_removeEvent; }
    // In menu order.
    QList<QAction *> actions() const { return {m_enable, m_disable, m_addEvent, m_removeEvent}; }
    BulkChange *bulk() const { return m_bulk; }
    bool isRunning() const { return m_bulk->isRunning(); }
    // Puts the actions on `toolbar` (the event ones as buttons that open their menu).
    void addTo(QToolBar *toolbar) const;

    // Closing the window while changes are being sent: asks (Cancel is the default).
    // True when it may close; the change then stops before its next write.
    bool confirmClose();

public slots:
    // `change` on the selected rows.
    void run(const BulkChange::Change &change);
    void retryFailed();

signals:
    // A run ended (its result is shown).
    void bulkFinished();

private:
    QList<WebhookEndpoint> selectedEndpoints() const;
    QMenu *eventMenu(BulkChange::Kind kind);
    void popUpAtTable(QMenu *menu);
    void onStarted();
    void updatePace();
    void onFinished();
    void updateActions();

    QWidget *m_window;
    ApiClient *m_client;
    EndpointListController *m_controller;
    EndpointTableModel *m_model;
    QTableView *m_table;
    BulkChange *m_bulk;
    QPointer<BulkProgress> m_progress;
    QPointer<BulkResultDialog> m_result;
    QTimer m_paceTick;
    QAction *m_enable;
    QAction *m_disable;
    QAction *m_addEvent;
    QAction *m_removeEvent;
};
