#include "bulkactions.h"

#include "bulkprogress.h"
#include "bulkreport.h"
#include "bulkresultdialog.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "glyphicon.h"
#include "messageboxes.h"
#include "urldisplay.h"
#include "writequeue.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

BulkActions::BulkActions(QWidget *window, ApiClient *client, EndpointListController *controller,
                         EndpointTableModel *model, QTableView *table)
    : QObject(window), m_window(window), m_client(client), m_controller(controller), m_model(model), m_table(table),
      m_bulk(new BulkChange(client, this))
{
    setObjectName(QStringLiteral("bulkActions"));
    m_enable = new QAction(
        GlyphIcon::themedOr(QStringLiteral("media-playback-start"), GlyphIcon::Shape::Play),
        tr("Switch &On"), this);
    m_enable->setObjectName(QStringLiteral("bulkEnableAction"));
    m_enable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_enable->setToolTip(tr("Switch the selected endpoints on (Ctrl+Shift+E)"));
    connect(m_enable, &QAction::triggered, this, [this] { run({BulkChange::Kind::Enable, {}}); });

    m_disable = new QAction(
        GlyphIcon::themedOr(QStringLiteral("media-playback-pause"), GlyphIcon::Shape::Pause),
        tr("Switch O&ff"), this);
    m_disable->setObjectName(QStringLiteral("bulkDisableAction"));
    m_disable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_disable->setToolTip(tr("Switch the selected endpoints off: they get no deliveries (Ctrl+Shift+D)"));
    connect(m_disable, &QAction::triggered, this, [this] { run({BulkChange::Kind::Disable, {}}); });

    m_addEvent = new QAction(tr("&Add Event"), this);
    m_addEvent->setObjectName(QStringLiteral("bulkAddEventAction"));
    m_addEvent->setMenu(eventMenu(BulkChange::Kind::AddEvent));
    m_addEvent->setToolTip(tr("Subscribe the selected endpoints to an event (Ctrl+Shift+A)"));
    m_removeEvent = new QAction(tr("&Remove Event"), this);
    m_removeEvent->setObjectName(QStringLiteral("bulkRemoveEventAction"));
    m_removeEvent->setMenu(eventMenu(BulkChange::Kind::RemoveEvent));
    m_removeEvent->setToolTip(tr("Unsubscribe the selected endpoints from an event (Ctrl+Shift+R)"));
    // A submenu's own action has no shortcut: these open the menus at the table.
    auto *addKey = new QAction(this);
    addKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(addKey, &QAction::triggered, this, [this] { popUpAtTable(m_addEvent->menu()); });
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(removeKey, &QAction::triggered, this, [this] { popUpAtTable(m_removeEvent->menu()); });
    window->addAction(addKey);
    window->addAction(removeKey);

    m_paceTick.setInterval(1000);
    connect(&m_paceTick, &QTimer::timeout, this, &BulkActions::updatePace);
    connect(m_bulk, &BulkChange::started, this, &BulkActions::onStarted);
    connect(m_bulk, &BulkChange::progressChanged, this, &BulkActions::updatePace);
    connect(m_bulk, &BulkChange::rowChanged, m_controller, &EndpointListController::applyServerEndpoint);
    connect(m_bulk, &BulkChange::finished, this, &BulkActions::onFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BulkActions::updateActions);
    updateActions();
}

BulkActions::~BulkActions() = default;

QMenu *BulkActions::eventMenu(BulkChange::Kind kind)
{
    auto *menu = new QMenu(m_window);
    menu->setObjectName(kind == BulkChange::Kind::AddEvent ? QStringLiteral("addEventMenu")
                                                           : QStringLiteral("removeEventMenu"));
    const QList<EventType> types = EventTypeNames::all();
    for (int i = 0; i < types.size(); ++i) {
        const EventType type = types.at(i);
        //: A menu item: the number is its keyboard key, then the event's name
        QAction *a = menu->addAction(tr("&%1 %2").arg(i + 1).arg(EventTypeNames::label(type)));
        a->setObjectName(QStringLiteral("%1:%2").arg(menu->objectName(), EventTypeNames::toWire(type)));
        connect(a, &QAction::triggered, this, [this, kind, type] { run({kind, type}); });
    }
    return menu;
}

void BulkActions::addTo(QToolBar *toolbar) const
{
    toolbar->addActions(actions());
    for (QAction *a : {m_addEvent, m_removeEvent}) {
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(a)))
            button->setPopupMode(QToolButton::InstantPopup);
    }
}

void BulkActions::popUpAtTable(QMenu *menu)
{
    if (!m_addEvent->isEnabled())
        return;
    const QModelIndex current = m_table->currentIndex();
    const QRect rect = current.isValid() ? m_table->visualRect(current) : QRect();
    const QPoint at = rect.isValid() ? rect.bottomLeft() : QPoint(0, 0);
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

void BulkActions::updateActions()
{
    const bool enabled = !m_bulk->isRunning() && m_table->selectionModel()->hasSelection();
    for (QAction *a : actions())
        a->setEnabled(enabled);
}

QList<WebhookEndpoint> BulkActions::selectedEndpoints() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // In the order the table shows them.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<WebhookEndpoint> endpoints;
    for (const QModelIndex &index : std::as_const(rows)) {
        const int row = m_model->rowOfId(index.data(EndpointTableModel::EndpointIdRole).toString());
        if (row >= 0)
            endpoints.append(m_model->endpointAt(row));
    }
    return endpoints;
}

void BulkActions::run(const BulkChange::Change &change)
{
    if (m_bulk->isRunning())
        return;
    if (m_result)
        m_result->close();
    m_bulk->start(change, selectedEndpoints());
}

void BulkActions::retryFailed()
{
    if (m_result)
        m_result->close();
    m_bulk->retryFailed();
}

void BulkActions::onStarted()
{
    m_controller->pauseAutoRefresh();
    updateActions();
    auto *progress = new BulkProgress(m_bulk->writesTotal(), WriteQueue::of(m_client), m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowTitle(BulkReport::windowTitle(m_bulk->change()));
    progress->setHeading(BulkReport::runningTitle(m_bulk->change(), m_bulk->writesTotal()));
    connect(progress, &BulkProgress::cancelRequested, m_bulk, &BulkChange::cancel);
    m_progress = progress;
    updatePace();
    if (m_bulk->writesTotal() > 0)
        progress->show();
    m_paceTick.start();
}

void BulkActions::updatePace()
{
    if (!m_progress)
        return;
    m_progress->setRow(m_bulk->writesDone(), BulkReport::counts(*m_bulk));
    m_progress->setPace(BulkReport::timeLeft(m_bulk->secondsLeft()), BulkReport::rate(m_bulk->ratePerMinute()));
    m_progress->setNote(m_bulk->isCancelling() ? BulkReport::cancelling() : QString());
}

void BulkActions::onFinished()
{
    m_paceTick.stop();
    if (m_progress)
        m_progress->finish();
    m_controller->resumeAutoRefresh();
    updateActions();
    // An endpoint that is gone from the server goes from the table too.
    for (const BulkChange::Row &row : m_bulk->rows()) {
        if (row.outcome == BulkChange::Outcome::Failed && row.error.kind == ApiError::Kind::NotFound) {
            m_controller->refresh();
            break;
        }
    }
    auto *result = new BulkResultDialog(m_bulk, m_window);
    result->setAttribute(Qt::WA_DeleteOnClose);
    connect(result, &BulkResultDialog::retryRequested, this, &BulkActions::retryFailed);
    m_result = result;
    result->show();
    emit bulkFinished();
}

bool BulkActions::confirmClose()
{
    if (!m_bulk->isRunning())
        return true;
    const int left = m_bulk->writesTotal() - m_bulk->writesDone();
    if (!MessageBoxes::confirmDestructive(
            m_window, tr("Stop the Changes?"),
            tr("%n endpoint(s) are still to be changed. If you close now, the changes stop before the next one: what "
               "was changed stays changed, the rest is not changed.",
               nullptr, left),
            tr("Stop and Close")))
        return false;
    m_bulk->cancel();
    return true;
}
