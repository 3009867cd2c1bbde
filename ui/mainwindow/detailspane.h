#pragma once

#include "webhookdelivery.h"
#include "webhookendpoint.h"

#include <QWidget>

class ApiError;
class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QScrollArea;
class QTreeWidget;
class RecentDeliveries;

// Every field of the selected endpoint, copy buttons for id and URL, and its most
// recent deliveries as `deliveries` reports them (whoever selects the endpoint asks
// `deliveries` for them).
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(RecentDeliveries *deliveries, QWidget *parent = nullptr);

    void showEndpoint(const WebhookEndpoint &endpoint);
    void clear();
    QString shownId() const { return m_endpoint.id; }
    QString fieldText(const QString &field) const;
    int deliveryCount() const;
    // Offers "Copy signing secret" while endpoint `id` is shown and a secret of it is kept.
    void setSigningSecretKept(const QString &id, bool kept);
    bool offersSigningSecret() const;
    // Whether the pane lists the recent deliveries (not while the Deliveries dock shows
    // them); they are kept up to date either way.
    void setDeliveriesListed(bool listed);

signals:
    void editRequested();
    void copySigningSecretRequested();
    // The user asked for the Deliveries panel.
    void deliveriesPanelRequested();

private:
    QLabel *addRow(const QString &label, const QString &objectName, QWidget *extra = nullptr);
    void showLoading();
    void showDeliveries(const QList<WebhookDelivery> &deliveries);
    void showFailure(const ApiError &error);

    WebhookEndpoint m_endpoint;
    QFormLayout *m_form;
    QLabel *m_placeholder;
    QWidget *m_fields;
    QScrollArea *m_scroll;
    QHash<QString, QLabel *> m_values;
    QToolButton *m_copyId;
    QToolButton *m_copyUrl;
    QPushButton *m_copySecret;
    QLabel *m_deliveriesStatus;
    QWidget *m_deliveriesHeader;
    QTreeWidget *m_deliveries;
    bool m_listDeliveries = true;
};
