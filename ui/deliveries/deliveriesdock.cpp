#include "deliveriesdock.h"

#include "apierror.h"
#include "deliveryexport.h"
#include "deliveryfilterproxymodel.h"
#include "deliverystatus.h"
#include "deliverytablemodel.h"
#include "eventtype.h"
#include "exportflow.h"
#include "failurepattern.h"
#include "failuresummaryview.h"
#include "recentdeliveries.h"
#include "servertext.h"
#include "urldisplay.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {

const QLatin1String LimitKey("deliveries/limit");
const QLatin1String HeaderKey("deliveries/header");
constexpr int Limits[] = {20, 50, 100};

} // namespace

DeliveriesDock::DeliveriesDock(RecentDeliveries *deliveries, QWidget *parent)
    : QDockWidget(tr("Deliveries"), parent), m_deliveries(deliveries), m_model(new DeliveryTableModel(this)),
      m_proxy(new DeliveryFilterProxyModel(this))
{
    setObjectName(QStringLiteral("deliveriesDock"));
    setAccessibleName(tr("Deliveries"));
    m_proxy->setSourceModel(m_model);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 6);

    m_heading = new QLabel(body);
    m_heading->setObjectName(QStringLiteral("deliveriesHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(createControls());

    m_summary = new FailureSummaryView(body);
    layout->addWidget(m_summary);

    m_state = new QLabel(body);
    m_state->setObjectName(QStringLiteral("deliveriesState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    createTable();
    layout->addWidget(m_table, 1);

    auto *note = new QLabel(tr("The API keeps no request or response bodies or headers of the attempts, and it has no "
                               "redelivery: a delivery that gave up cannot be sent again."),
                            body);
    note->setObjectName(QStringLiteral("deliveriesNote"));
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);
    layout->addWidget(note);
    setWidget(body);

    connect(m_deliveries, &RecentDeliveries::loading, this, &DeliveriesDock::showLoading);
    connect(m_deliveries, &RecentDeliveries::loaded, this, &DeliveriesDock::showDeliveries);
    connect(m_deliveries, &RecentDeliveries::failed, this, &DeliveriesDock::showFailure);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DeliveriesDock::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DeliveriesDock::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DeliveriesDock::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DeliveriesDock::updateState);

    // Relative times move on.
    m_tick = new QTimer(this);
    m_tick->setInterval(30000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_model->setNow(now);
        m_summary->showPattern(FailurePattern::of(m_model->deliveries(), m_endpoint.lastSuccessAt), now);
    });
    m_tick->start();

    const int limit = QSettings().value(LimitKey, RecentDeliveries::DefaultLimit).toInt();
    const int limitIndex = m_limit->findData(limit);
    m_limit->setCurrentIndex(limitIndex < 0 ? 0 : limitIndex);
    m_deliveries->setLimit(m_limit->currentData().toInt());
    m_table->horizontalHeader()->restoreState(QSettings().value(HeaderKey).toByteArray());
    clearEndpoint();
}

DeliveriesDock::~DeliveriesDock() { QSettings().setValue(HeaderKey, m_table->horizontalHeader()->saveState()); }

QWidget *DeliveriesDock::createControls()
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);

    m_limit = new QComboBox(row);
    m_limit->setObjectName(QStringLiteral("deliveriesLimit"));
    m_limit->setAccessibleName(tr("How many deliveries"));
    for (int n : Limits)
        m_limit->addItem(tr("%n most recent", nullptr, n), n);
    auto *limitLabel = new QLabel(tr("Sho&w:"), row);
    limitLabel->setBuddy(m_limit);

    m_status = new QComboBox(row);
    m_status->setObjectName(QStringLiteral("deliveriesStatusFilter"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"), -1);
    for (WebhookDelivery::Status s : {WebhookDelivery::Status::Delivered, WebhookDelivery::Status::Pending,
                                      WebhookDelivery::Status::InFlight, WebhookDelivery::Status::Exhausted})
        m_status->addItem(DeliveryStatus::filterName(s), int(s));
    auto *statusLabel = new QLabel(tr("Stat&us:"), row);
    statusLabel->setBuddy(m_status);

    m_eventType = new QComboBox(row);
    m_eventType->setObjectName(QStringLiteral("deliveriesEventFilter"));
    m_eventType->setAccessibleName(tr("Filter by event type"));
    m_eventType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *eventLabel = new QLabel(tr("Event t&ype:"), row);
    eventLabel->setBuddy(m_eventType);

    m_reload = new QPushButton(tr("Re&load"), row);
    m_reload->setObjectName(QStringLiteral("deliveriesReload"));
    m_reload->setAccessibleName(tr("Reload the deliveries"));
    m_reload->setToolTip(tr("Ask the server again for this endpoint's deliveries"));
    m_export = new QPushButton(tr("E&xport\u2026"), row);
    m_export->setObjectName(QStringLiteral("deliveriesExport"));
    m_export->setAccessibleName(tr("Export the deliveries shown"));
    m_export->setToolTip(tr("Save the deliveries shown (after the filters, in this order) as CSV or JSON"));

    for (QWidget *w :
         std::initializer_list<QWidget *>{limitLabel, m_limit, statusLabel, m_status, eventLabel, m_eventType})
        h->addWidget(w);
    h->addStretch(1);
    h->addWidget(m_reload);
    h->addWidget(m_export);

    connect(m_limit, &QComboBox::activated, this, [this] {
        const int n = m_limit->currentData().toInt();
        QSettings().setValue(LimitKey, n);
        m_deliveries->setLimit(n);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveriesDock::applyFilters);
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &DeliveriesDock::applyFilters);
    connect(m_reload, &QPushButton::clicked, m_deliveries, &RecentDeliveries::reload);
    connect(m_export, &QPushButton::clicked, this, &DeliveriesDock::exportShown);
    return row;
}

void DeliveriesDock::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_table->setAccessibleName(tr("Deliveries of the selected endpoint"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeliveryTableModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const int widths[] = {110, 140, 80, 90, 320, 110, 110, 110};
    for (int c = 0; c < DeliveryTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    // The error takes what room is left.
    m_table->horizontalHeader()->setSectionResizeMode(DeliveryTableModel::Error, QHeaderView::Stretch);

    auto *copy = new QAction(tr("&Copy delivery id"), m_table);
    copy->setObjectName(QStringLiteral("copyDeliveryIdAction"));
    copy->setShortcuts(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DeliveriesDock::copySelectedIds);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, copy] {
        const int n = int(selectedIds().size());
        copy->setEnabled(n > 0);
        copy->setText(n > 1 ? tr("&Copy delivery ids (%n)", nullptr, n) : tr("&Copy delivery id"));
    });
    copy->setEnabled(false);
}

void DeliveriesDock::setEndpoint(const WebhookEndpoint &e)
{
    const bool same = e.id == m_endpoint.id;
    const bool moved = same
        && (e.lastSuccessAt != m_endpoint.lastSuccessAt || e.lastFailureAt != m_endpoint.lastFailureAt
            || e.consecutiveFailures != m_endpoint.consecutiveFailures);
    m_endpoint = e;
    m_heading->setText(tr("Deliveries to %1").arg(UrlDisplay::forDisplay(e.url)));
    if (moved && m_deliveries->endpointId() == e.id)
        m_deliveries->reload();
}

void DeliveriesDock::clearEndpoint()
{
    m_endpoint = WebhookEndpoint();
    m_loadedFor.clear();
    m_loading = false;
    m_problem.clear();
    m_model->clear();
    m_summary->hide();
    m_heading->setText(tr("No endpoint selected"));
    updateEventTypes();
    updateState();
}

void DeliveriesDock::showLoading()
{
    m_loading = true;
    m_problem.clear();
    // Another endpoint's rows never stay on screen; the same endpoint's stay until the
    // new list is here.
    if (m_loadedFor != m_deliveries->endpointId()) {
        m_loadedFor.clear();
        m_model->clear();
        m_summary->hide();
    }
    updateState();
}

void DeliveriesDock::showDeliveries(const QList<WebhookDelivery> &deliveries)
{
    m_loading = false;
    m_problem.clear();
    m_loadedFor = m_deliveries->endpointId();
    m_model->setDeliveries(deliveries);
    updateEventTypes();
    const QDateTime knownSuccess = m_endpoint.id == m_loadedFor ? m_endpoint.lastSuccessAt : QDateTime();
    m_summary->showPattern(FailurePattern::of(deliveries, knownSuccess), m_model->now());
    updateState();
}

void DeliveriesDock::showFailure(const ApiError &error)
{
    m_loading = false;
    m_loadedFor.clear();
    m_model->clear();
    m_summary->hide();
    m_problem = error.title();
    m_state->setToolTip(error.message());
    updateState();
}

void DeliveriesDock::updateEventTypes()
{
    const QString current = m_eventType->currentData().toString();
    QStringList types = m_model->eventTypes();
    for (EventType t : EventTypeNames::all()) {
        if (!types.contains(EventTypeNames::toWire(t)))
            types.append(EventTypeNames::toWire(t));
    }
    std::sort(types.begin(), types.end());
    const QSignalBlocker blocker(m_eventType);
    m_eventType->clear();
    m_eventType->addItem(tr("All events"), QString());
    for (const QString &t : types)
        m_eventType->addItem(ServerText::oneLine(t, 64), t);
    const int keep = m_eventType->findData(current);
    m_eventType->setCurrentIndex(keep < 0 ? 0 : keep);
    applyFilters();
}

void DeliveriesDock::applyFilters()
{
    const int status = m_status->currentData().toInt();
    m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional(static_cast<WebhookDelivery::Status>(status)));
    m_proxy->setEventTypeFilter(m_eventType->currentData().toString());
    updateState();
}

void DeliveriesDock::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (m_endpoint.id.isEmpty())
        text = tr("Select an endpoint to see its deliveries.");
    else if (!m_problem.isEmpty())
        text = tr("The deliveries could not be loaded: %1").arg(m_problem);
    else if (m_loading && total == 0)
        text = tr("Loading deliveries\u2026");
    else if (total == 0)
        text = tr("No deliveries yet: no event has been sent to this endpoint.");
    else if (shown == total)
        text = tr("Most recent deliveries: %n.", nullptr, total);
    else
        text = tr("Matching the filters: %1 of the %n most recent.", nullptr, total).arg(shown);
    if (m_loading && total > 0)
        text = tr("Updating\u2026 %1").arg(text);
    if (m_problem.isEmpty())
        m_state->setToolTip(QString());
    m_state->setText(text);
    m_export->setEnabled(shown > 0);
    m_reload->setEnabled(!m_deliveries->endpointId().isEmpty());
}

QString DeliveriesDock::stateText() const { return m_state->text(); }

QStringList DeliveriesDock::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int r : rows)
        ids.append(m_proxy->index(r, 0).data(DeliveryTableModel::DeliveryIdRole).toString());
    return ids;
}

void DeliveriesDock::copySelectedIds()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void DeliveriesDock::exportShown()
{
    QList<WebhookDelivery> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.append(m_model->deliveryAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    if (rows.isEmpty())
        return;
    const QString what = QStringLiteral("deliveries-") + m_loadedFor.left(8);
    const QString path = ExportFlow::run(this, tr("Export Deliveries"), DeliveryExport::table(rows), what, m_profile);
    if (!path.isEmpty())
        emit exported(path, int(rows.size()));
}
