#pragma once

#include "webhookdelivery.h"
#include "webhookendpoint.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class ApiClient;
class QFormLayout;
class QLabel;
class QToolButton;
class QScrollArea;
class QTimer;
class QTreeWidget;

// Every field of the selected endpoint, copy buttons for id and URL, and its most
// recent deliveries (fetched when the selection settles).
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(ApiClient *client, QWidget *parent = nullptr);

    void showEndpoint(const WebhookEndpoint &endpoint);
    void clear();
    QString shownId() const { return m_endpoint.id; }
    QString fieldText(const QString &field) const;
    int deliveryCount() const;

signals:
    void editRequested();

private:
    QLabel *addRow(const QString &label, const QString &objectName, QWidget *extra = nullptr);
    void loadDeliveries();
    void showDeliveries(const QList<WebhookDelivery> &deliveries);

    ApiClient *m_client;
    WebhookEndpoint m_endpoint;
    QFormLayout *m_form;
    QLabel *m_placeholder;
    QWidget *m_fields;
    QScrollArea *m_scroll;
    QHash<QString, QLabel *> m_values;
    QToolButton *m_copyId;
    QToolButton *m_copyUrl;
    QLabel *m_deliveriesStatus;
    QTreeWidget *m_deliveries;
    QPointer<ApiCall> m_call;
    QTimer *m_settle;
};
