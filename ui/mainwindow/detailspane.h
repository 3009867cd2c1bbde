#pragma once

#include "webhookdelivery.h"
#include "webhookendpoint.h"

#include <QWidget>

class ApiError;
class QGridLayout;
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
    QLabel *addRow(const QString &caption, const QString &objectName, QWidget *extra = nullptr);
    // Shows `text` in the value label of `field`, and names it with its caption.
    void setValue(const QString &field, const QString &text);
    void showLoading();
    void showDeliveries(const QList<WebhookDelivery> &deliveries);
    void showFailure(const ApiError &error);

    WebhookEndpoint m_endpoint;
    QGridLayout *m_grid;
    QLabel *m_placeholder;
    QWidget *m_fields;
    QScrollArea *m_scroll;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QString> m_captions;
    QToolButton *m_copyId;
    QToolButton *m_copyUrl;
    QPushButton *m_copySecret;
    QLabel *m_deliveriesStatus;
    QWidget *m_deliveriesHeader;
    QTreeWidget *m_deliveries;
    bool m_listDeliveries = true;
};
