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
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
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

    // A grid, not a QFormLayout: its rows take the height their wrapped values need at
    // the width they get (a form row nested in a widget was cut to one line).
    m_fields = new QWidget(this);
    m_grid = new QGridLayout(m_fields);
    m_grid->setColumnStretch(1, 1);

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
    m_grid->addWidget(buttons, m_grid->rowCount(), 1, 1, 2);
    m_grid->setRowStretch(m_grid->rowCount(), 1);

    m_scroll = new QScrollArea(this);
    // The values take focus one by one (and the area scrolls to each); the area itself
    // is no stop of its own.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("Endpoint details"));
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

QLabel *DetailsPane::addRow(const QString &caption, const QString &objectName, QWidget *extra)
{
    const int row = m_grid->rowCount();
    auto *value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(caption);
    auto *captionLabel = new QLabel(caption, m_fields);
    captionLabel->setObjectName(objectName + QLatin1String("Caption"));
    captionLabel->setAlignment(Qt::AlignTrailing | Qt::AlignTop);
    captionLabel->setWordWrap(true);
    captionLabel->setBuddy(value); // a label relation for screen readers
    m_values.insert(objectName, value);
    m_captions.insert(objectName, caption);
    m_grid->addWidget(captionLabel, row, 0);
    if (extra) {
        m_grid->addWidget(value, row, 1);
        m_grid->addWidget(extra, row, 2, Qt::AlignTop);
    } else {
        m_grid->addWidget(value, row, 1, 1, 2);
    }
    return value;
}

void DetailsPane::setValue(const QString &field, const QString &text)
{
    QLabel *label = m_values.value(field);
    label->setText(text);
    // Read out as "Status: Disabled": the caption alone would hide the value.
    //: Screen-reader name of a value in the details pane: %1 is the caption ("Status"), %2 the value
    label->setAccessibleName(tr("%1: %2").arg(m_captions.value(field), SoftBreaks::plain(text)));
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
    setValue(QStringLiteral("status"), EndpointStatus::text(e));
    // The server's text: neutralised and cut before a label lays it out (the full URL
    // stays copyable).
    // Soft breaks: a long word wraps instead of widening the pane.
    setValue(QStringLiteral("url"), SoftBreaks::insert(UrlDisplay::forDisplay(e.url)));
    setValue(QStringLiteral("description"),
        e.description.isEmpty() ? tr("(none)") : SoftBreaks::insert(ServerText::oneLine(e.description, 600)));
    setValue(QStringLiteral("events"), QLocale().createSeparatedList(events));
    setValue(QStringLiteral("active"), e.isActive ? tr("Yes") : tr("No"));
    setValue(QStringLiteral("failures"),
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
    setValue(QStringLiteral("lastSuccess"), exactTime(e.lastSuccessAt));
    setValue(QStringLiteral("lastFailure"), exactTime(e.lastFailureAt));
    setValue(QStringLiteral("disabledAt"), e.disabledAt.isValid() ? exactTime(e.disabledAt) : tr("not disabled by the server"));
    setValue(QStringLiteral("verified"), e.verifiedAt.isValid() ? exactTime(e.verifiedAt) : tr("never verified"));
    setValue(QStringLiteral("created"), exactTime(e.createdAt));
    setValue(QStringLiteral("updated"), exactTime(e.updatedAt));
    setValue(QStringLiteral("id"), SoftBreaks::insert(ServerText::oneLine(e.id, 80)));
    setValue(QStringLiteral("organization"), SoftBreaks::insert(ServerText::oneLine(e.organizationId, 80)));
    setValue(QStringLiteral("user"), SoftBreaks::insert(ServerText::oneLine(e.userId, 80)));
    // The splitter may narrow the pane only as far as every field still fits across.
    m_scroll->setMinimumWidth(m_fields->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width()
                              + 2 * m_scroll->frameWidth());
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
