#include "detailspane.h"

#include "endpointstatus.h"
#include "eventtype.h"
#include "recentdeliveries.h"
#include "relativetime.h"
#include "servertext.h"
#include "softbreaks.h"
#include "urldisplay.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// "3 min ago · 11/27/26 11:15:00 AM CET": relative, then exact (RelativeTime::exactText);
// beyond the relative days the exact time alone.
QString exactTime(const QDateTime &t)
{
    if (!t.isValid())
        return QCoreApplication::translate("DetailsPane", "never");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Beyond the relative days the relative text is the date: do not say it twice.
    if (t.toLocalTime().date().daysTo(now.toLocalTime().date()) > RelativeTime::MaxRelativeDays)
        return RelativeTime::exactText(t);
    //: A time: how long ago, then the exact date and time
    return QCoreApplication::translate("DetailsPane", "%1 \u00b7 %2")
        .arg(RelativeTime::text(t, now), RelativeTime::exactText(t));
}

QString deliveryStatusText(const WebhookDelivery &d)
{
    switch (d.status) {
    case WebhookDelivery::Status::Pending: return QCoreApplication::translate("DetailsPane", "Pending");
    case WebhookDelivery::Status::InFlight: return QCoreApplication::translate("DetailsPane", "In flight");
    case WebhookDelivery::Status::Delivered: return QCoreApplication::translate("DetailsPane", "Delivered");
    case WebhookDelivery::Status::Exhausted: return QCoreApplication::translate("DetailsPane", "Gave up");
    case WebhookDelivery::Status::Unknown: break;
    }
    return d.statusText;
}

} // namespace

DetailsPane::DetailsPane(RecentDeliveries *deliveries, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 0, 0, 0);

    m_placeholder = new QLabel(tr("Select an endpoint to see its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    m_copyId = new QToolButton(m_fields);
    m_copyId->setText(tr("Copy"));
    m_copyId->setToolTip(tr("Copy the endpoint id"));
    m_copyId->setAccessibleName(tr("Copy endpoint id"));
    m_copyUrl = new QToolButton(m_fields);
    m_copyUrl->setText(tr("Copy"));
    m_copyUrl->setToolTip(tr("Copy the URL"));
    m_copyUrl->setAccessibleName(tr("Copy URL"));
    connect(m_copyId, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_endpoint.id); });
    connect(m_copyUrl, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_endpoint.url); });

    addRow(tr("Status"), QStringLiteral("status"));
    addRow(tr("URL"), QStringLiteral("url"), m_copyUrl);
    addRow(tr("Description"), QStringLiteral("description"));
    addRow(tr("Events"), QStringLiteral("events"));
    addRow(tr("Active"), QStringLiteral("active"));
    addRow(tr("Consecutive failures"), QStringLiteral("failures"));
    addRow(tr("Last success"), QStringLiteral("lastSuccess"));
    addRow(tr("Last failure"), QStringLiteral("lastFailure"));
    addRow(tr("Disabled at"), QStringLiteral("disabledAt"));
    addRow(tr("Verified"), QStringLiteral("verified"));
    addRow(tr("Created"), QStringLiteral("created"));
    addRow(tr("Updated"), QStringLiteral("updated"));
    addRow(tr("Id"), QStringLiteral("id"), m_copyId);
    addRow(tr("Organization"), QStringLiteral("organization"));
    addRow(tr("Created by"), QStringLiteral("user"));

    auto *edit = new QPushButton(tr("E&dit\u2026"), m_fields);
    edit->setAccessibleName(tr("Edit this endpoint"));
    connect(edit, &QPushButton::clicked, this, &DetailsPane::editRequested);
    m_copySecret = new QPushButton(tr("Copy si&gning secret"), m_fields);
    m_copySecret->setObjectName(QStringLiteral("copySigningSecret"));
    m_copySecret->setAccessibleName(tr("Copy signing secret"));
    m_copySecret->setToolTip(tr("Copy the signing secret kept in the system keychain for this endpoint; the clipboard "
                                "is cleared after a while"));
    m_copySecret->hide();
    connect(m_copySecret, &QPushButton::clicked, this, &DetailsPane::copySigningSecretRequested);
    auto *buttons = new QWidget(m_fields);
    auto *buttonsLayout = new QHBoxLayout(buttons);
    buttonsLayout->setContentsMargins(0, 0, 0, 0);
    buttonsLayout->addWidget(edit);
    buttonsLayout->addWidget(m_copySecret);
    buttonsLayout->addStretch(1);
    m_form->addRow(QString(), buttons);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_fields);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll, 3);

    m_deliveriesStatus = new QLabel(tr("Recent deliveries"), this);
    QFont bold = m_deliveriesStatus->font();
    bold.setBold(true);
    m_deliveriesStatus->setFont(bold);
    // The header of the little list, with the way to the Deliveries panel (more of them,
    // filters, the failure pattern, export).
    m_deliveriesHeader = new QWidget(this);
    auto *header = new QHBoxLayout(m_deliveriesHeader);
    header->setContentsMargins(0, 0, 0, 0);
    m_deliveriesStatus->setParent(m_deliveriesHeader);
    header->addWidget(m_deliveriesStatus, 1);
    auto *more = new QToolButton(m_deliveriesHeader);
    more->setObjectName(QStringLiteral("showDeliveriesPanel"));
    more->setText(tr("All deliveries\u2026"));
    more->setToolTip(tr("Open the Deliveries panel: up to 100, filters, the failure pattern, export"));
    more->setAccessibleName(tr("Open the Deliveries panel"));
    connect(more, &QToolButton::clicked, this, &DetailsPane::deliveriesPanelRequested);
    header->addWidget(more);
    outer->addWidget(m_deliveriesHeader);
    m_deliveries = new QTreeWidget(this);
    m_deliveries->setObjectName(QStringLiteral("deliveries"));
    m_deliveries->setAccessibleName(tr("Recent deliveries"));
    m_deliveries->setRootIsDecorated(false);
    m_deliveries->setUniformRowHeights(true);
    m_deliveries->setHeaderLabels({tr("When"), tr("Event"), tr("Result"), tr("Attempts"), tr("Response / error")});
    m_deliveries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deliveries->header()->setStretchLastSection(true);
    outer->addWidget(m_deliveries, 2);

    connect(deliveries, &RecentDeliveries::loading, this, &DetailsPane::showLoading);
    connect(deliveries, &RecentDeliveries::loaded, this, &DetailsPane::showDeliveries);
    connect(deliveries, &RecentDeliveries::failed, this, &DetailsPane::showFailure);
    clear();
}

QLabel *DetailsPane::addRow(const QString &label, const QString &objectName, QWidget *extra)
{
    auto *value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setMinimumWidth(120);
    value->setAccessibleName(label);
    m_values.insert(objectName, value);
    if (!extra) {
        m_form->addRow(label, value);
        return value;
    }
    auto *row = new QWidget(m_fields);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(value, 1);
    h->addWidget(extra, 0, Qt::AlignTop);
    m_form->addRow(label, row);
    return value;
}

void DetailsPane::clear()
{
    m_endpoint = WebhookEndpoint();
    m_copySecret->hide();
    m_scroll->hide();
    m_deliveries->hide();
    m_deliveriesHeader->hide();
    m_placeholder->show();
}

void DetailsPane::showEndpoint(const WebhookEndpoint &e)
{
    if (e.id != m_endpoint.id)
        m_copySecret->hide(); // until whoever knows says that this one has a kept secret
    m_endpoint = e;
    m_placeholder->hide();
    m_scroll->show();
    m_deliveries->setVisible(m_listDeliveries);
    m_deliveriesHeader->setVisible(m_listDeliveries);

    const QStringList events = EventTypeNames::toWireList(e.events) + e.unknownEvents;
    m_values[QStringLiteral("status")]->setText(EndpointStatus::text(e));
    // The server's text: neutralised and cut before a label lays it out (the full URL
    // stays copyable).
    // Soft breaks: a long word wraps instead of widening the pane.
    m_values[QStringLiteral("url")]->setText(SoftBreaks::insert(UrlDisplay::forDisplay(e.url)));
    m_values[QStringLiteral("description")]->setText(
        e.description.isEmpty() ? tr("(none)") : SoftBreaks::insert(ServerText::oneLine(e.description, 600)));
    m_values[QStringLiteral("events")]->setText(QLocale().createSeparatedList(events));
    m_values[QStringLiteral("active")]->setText(e.isActive ? tr("Yes") : tr("No"));
    m_values[QStringLiteral("failures")]->setText(
        tr("%1 of %2").arg(e.consecutiveFailures).arg(WebhookEndpoint::AutoDisableThreshold));
    m_values[QStringLiteral("failures")]->setToolTip(tr("The server switches an endpoint off after %1 consecutive failed deliveries.")
                                                          .arg(WebhookEndpoint::AutoDisableThreshold));
    for (const auto &[field, time] : {std::pair{QStringLiteral("lastSuccess"), e.lastSuccessAt},
                                      std::pair{QStringLiteral("lastFailure"), e.lastFailureAt},
                                      std::pair{QStringLiteral("disabledAt"), e.disabledAt},
                                      std::pair{QStringLiteral("verified"), e.verifiedAt},
                                      std::pair{QStringLiteral("created"), e.createdAt},
                                      std::pair{QStringLiteral("updated"), e.updatedAt}})
        m_values[field]->setToolTip(RelativeTime::toolTip(time));
    m_values[QStringLiteral("lastSuccess")]->setText(exactTime(e.lastSuccessAt));
    m_values[QStringLiteral("lastFailure")]->setText(exactTime(e.lastFailureAt));
    m_values[QStringLiteral("disabledAt")]->setText(e.disabledAt.isValid() ? exactTime(e.disabledAt) : tr("not disabled by the server"));
    m_values[QStringLiteral("verified")]->setText(e.verifiedAt.isValid() ? exactTime(e.verifiedAt) : tr("never verified"));
    m_values[QStringLiteral("created")]->setText(exactTime(e.createdAt));
    m_values[QStringLiteral("updated")]->setText(exactTime(e.updatedAt));
    m_values[QStringLiteral("id")]->setText(SoftBreaks::insert(ServerText::oneLine(e.id, 80)));
    m_values[QStringLiteral("organization")]->setText(SoftBreaks::insert(ServerText::oneLine(e.organizationId, 80)));
    m_values[QStringLiteral("user")]->setText(SoftBreaks::insert(ServerText::oneLine(e.userId, 80)));
}

QString DetailsPane::fieldText(const QString &field) const
{
    const QLabel *label = m_values.value(field);
    return label ? SoftBreaks::plain(label->text()) : QString();
}

void DetailsPane::setSigningSecretKept(const QString &id, bool kept)
{
    if (id.isEmpty() || id != m_endpoint.id)
        return;
    m_copySecret->setVisible(kept);
}

bool DetailsPane::offersSigningSecret() const { return !m_copySecret->isHidden(); }

void DetailsPane::setDeliveriesListed(bool listed)
{
    m_listDeliveries = listed;
    const bool shown = listed && !m_endpoint.id.isEmpty();
    m_deliveries->setVisible(shown);
    m_deliveriesHeader->setVisible(shown);
}

int DetailsPane::deliveryCount() const { return m_deliveries->topLevelItemCount(); }

void DetailsPane::showLoading()
{
    m_deliveries->clear();
    m_deliveriesStatus->setText(tr("Recent deliveries: loading\u2026"));
}

void DetailsPane::showFailure(const ApiError &error)
{
    m_deliveriesStatus->setText(tr("Recent deliveries could not be loaded: %1").arg(error.title()));
    m_deliveriesStatus->setToolTip(error.message());
}

void DetailsPane::showDeliveries(const QList<WebhookDelivery> &deliveries)
{
    m_deliveries->clear();
    m_deliveriesStatus->setToolTip(QString());
    m_deliveriesStatus->setText(deliveries.isEmpty()
                                    ? tr("Recent deliveries: none yet")
                                    : tr("Recent deliveries (%n most recent)", nullptr, int(deliveries.size())));
    QList<QTreeWidgetItem *> items;
    for (const WebhookDelivery &d : deliveries) {
        QString response;
        if (d.hasLastResponseStatus)
            response = QStringLiteral("HTTP %1").arg(d.lastResponseStatus);
        if (!d.lastError.isEmpty())
            response += (response.isEmpty() ? QString() : QStringLiteral(" \u2014 ")) + ServerText::oneLine(d.lastError);
        auto *item = new QTreeWidgetItem({RelativeTime::exactText(d.createdAt), ServerText::oneLine(d.eventType, 64),
                                          deliveryStatusText(d), QString::number(d.attemptCount), response});
        item->setToolTip(4, response);
        items.append(item);
    }
    m_deliveries->addTopLevelItems(items);
}
