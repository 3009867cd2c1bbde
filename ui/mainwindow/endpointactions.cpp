#include "endpointactions.h"

#include "appinfo.h"
#include "bulkprogress.h"
#include "bulkreport.h"
#include "deletionreport.h"
#include "detailspane.h"
#include "editendpointdialog.h"
#include "endpointeditor.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "signingsecretdialog.h"
#include "signingsecrets.h"
#include "urldisplay.h"
#include "writequeue.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace {
// Endpoint ids and outcomes only, never a secret.
Q_LOGGING_CATEGORY(lcActions, "odwh.ui.actions")

// A lone, quick deletion needs no progress window: it appears when one takes this long.
constexpr int ProgressDelayMs = 400;
} // namespace

EndpointActions::EndpointActions(MainWindow *window, ApiClient *client, QTableView *table, DetailsPane *details,
                                 CredentialStore *secretStore)
    : QObject(window), m_window(window), m_client(client), m_table(table), m_details(details),
      m_clipboard(std::make_unique<SecretClipboard>()), m_deleter(new EndpointDeleter(client, this))
{
    setObjectName(QStringLiteral("endpointActions"));
    if (!secretStore) {
        m_ownStore = std::make_unique<KeychainCredentialStore>(AppInfo::id());
        secretStore = m_ownStore.get();
    }
    m_secrets = new SigningSecrets(secretStore, this);

    QStyle *style = window->style();
    m_newAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-new"), style->standardIcon(QStyle::SP_FileIcon)),
                      tr("&New Endpoint\u2026"), this);
    m_newAction->setObjectName(QStringLiteral("newEndpointAction"));
    m_newAction->setShortcuts(QKeySequence::New);
    m_newAction->setToolTip(
        tr("Add a webhook endpoint (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_newAction->setIconText(tr("New"));
    connect(m_newAction, &QAction::triggered, this, &EndpointActions::createEndpoint);

    m_deleteAction
        = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete"), style->standardIcon(QStyle::SP_TrashIcon)),
                      tr("&Delete\u2026"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteEndpointAction"));
    m_deleteAction->setShortcuts(QKeySequence::Delete);
    m_deleteAction->setToolTip(
        tr("Delete the selected endpoints, with their signing secrets and delivery history (Del)"));
    m_deleteAction->setIconText(tr("Delete"));
    connect(m_deleteAction, &QAction::triggered, this, &EndpointActions::deleteSelected);

    const auto followSelection = [this] {
        updateActions();
        updateSecretButton();
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, followSelection);
    // A search or filter that hides selected rows deselects them without selectionChanged.
    connect(m_table->model(), &QAbstractItemModel::layoutChanged, this, followSelection);
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, followSelection);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, followSelection);
    connect(m_secrets, &SigningSecrets::presenceChanged, this, [this](const QString &id) {
        if (id == m_details->shownId())
            updateSecretButton();
    });
    connect(m_details, &DetailsPane::copySigningSecretRequested, this, &EndpointActions::copySigningSecret);

    connect(m_deleter, &EndpointDeleter::rowStarted, this,
            [this](int index, int total, const EndpointDeleter::Target &target) {
        if (m_progress)
            m_progress->setRow(index, DeletionReport::progressText(index, total, target));
    });
    // The progress counts the server's wait down (WriteWaitLabel); a lone deletion shows it then.
    connect(m_deleter, &EndpointDeleter::waitingForRateLimit, this, [this] {
        if (m_progress)
            m_progress->show();
    });
    connect(m_deleter, &EndpointDeleter::rowFinished, this, &EndpointActions::onRowFinished);
    // The summary is asked from the event loop, not from inside the network callback.
    connect(m_deleter, &EndpointDeleter::finished, this, [this](const QList<EndpointDeleter::RowResult> &results) {
        QTimer::singleShot(0, this, [this, results] { onDeletionFinished(results); });
    });
    updateActions();
}

EndpointActions::~EndpointActions() = default;

void EndpointActions::showStatus(const QString &text) { m_window->statusBar()->showMessage(text, 8000); }

void EndpointActions::updateActions()
{
    m_deleteAction->setEnabled(!m_deleter->isRunning() && m_table->selectionModel()->hasSelection());
}

void EndpointActions::updateSecretButton()
{
    const QString id = m_details->shownId();
    if (id.isEmpty())
        return;
    const SigningSecrets::Presence presence = m_secrets->presence(id);
    m_details->setSigningSecretKept(id, presence == SigningSecrets::Presence::Kept);
    if (presence == SigningSecrets::Presence::Unknown)
        m_secrets->lookUp(id);
}

// --- Create ------------------------------------------------------------------------

void EndpointActions::createEndpoint()
{
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto *dialog = new EditEndpointDialog(EndpointEditor::forNewEndpoint(m_client), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    m_window->controller()->pauseAutoRefresh();
    connect(dialog, &EditEndpointDialog::created, this, &EndpointActions::onCreated);
    connect(dialog, &QDialog::finished, this, [this] { m_window->controller()->resumeAutoRefresh(); });
    dialog->open();
}

void EndpointActions::onCreated(const CreatedWebhook &created)
{
    const QString id = created.webhook.id;
    m_window->controller()->applyServerEndpoint(created.webhook);
    if (m_window->selectId(id))
        showStatus(tr("Created %1").arg(UrlDisplay::forDisplay(created.webhook.url)));
    else
        showStatus(
            tr("Created %1; the current search or filter hides it.").arg(UrlDisplay::forDisplay(created.webhook.url)));

    auto *secretDialog = new SigningSecretDialog(created, m_clipboard.get(), m_secrets, m_window);
    secretDialog->setAttribute(Qt::WA_DeleteOnClose);
    secretDialog->setObjectName(QStringLiteral("signingSecretDialog"));
    secretDialog->open();
    emit endpointCreated(id);
}

// --- Copy signing secret -----------------------------------------------------------

void EndpointActions::copySigningSecret()
{
    const QString id = m_details->shownId();
    if (id.isEmpty())
        return;
    m_secrets->read(id, this, [this, id](const SigningSecrets::Result &result) {
        if (result.ok()) {
            m_clipboard->copy(result.secret);
            showStatus(tr("Signing secret copied. The clipboard is cleared in %n second(s) if it still holds it.",
                          nullptr, m_clipboard->clearAfterMs() / 1000));
            return;
        }
        if (result.status == SigningSecrets::Status::NotFound) {
            showStatus(tr("No signing secret is kept for this endpoint any more."));
            return;
        }
        MessageBoxes::warning(m_window, tr("Signing Secret Not Copied"), result.message);
    });
}

// --- Delete ------------------------------------------------------------------------

QList<EndpointDeleter::Target> EndpointActions::selectedTargets() const
{
    const EndpointTableModel *model = m_window->model();
    QList<EndpointDeleter::Target> targets;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // In the order the table shows them.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString id = index.data(EndpointTableModel::EndpointIdRole).toString();
        const int row = model->rowOfId(id);
        if (row >= 0)
            targets.append({id, model->endpointAt(row).url});
    }
    return targets;
}

void EndpointActions::deleteSelected()
{
    if (m_deleter->isRunning())
        return;
    const QList<EndpointDeleter::Target> targets = selectedTargets();
    if (targets.isEmpty())
        return;
    const EditQuestion question = DeletionReport::confirmation(targets);
    if (!MessageBoxes::confirmDestructive(m_window, question.title, question.text, DeletionReport::deleteButtonText()))
        return;

    m_window->controller()->pauseAutoRefresh();
    auto *progress = new BulkProgress(int(targets.size()), WriteQueue::of(m_client), m_window);
    progress->setObjectName(QStringLiteral("deletionProgress"));
    progress->setWindowTitle(DeletionReport::windowTitle());
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    updateDeletionPace();
    connect(progress, &BulkProgress::cancelRequested, m_deleter, &EndpointDeleter::cancel);
    if (targets.size() > 1)
        progress->show();
    else
        QTimer::singleShot(ProgressDelayMs, progress, [this, progress] {
            if (m_deleter->isRunning())
                progress->show();
        });
    m_deleter->start(targets);
    updateActions();
}

void EndpointActions::onRowFinished(const EndpointDeleter::RowResult &result)
{
    if (m_progress)
        m_progress->setRow(m_deleter->doneCount(), m_progress->text());
    updateDeletionPace();
    if (!result.isGone())
        return;
    m_window->model()->removeEndpoint(result.target.id);
    // A kept signing secret goes with its endpoint.
    if (m_secrets->presence(result.target.id) != SigningSecrets::Presence::NotKept) {
        const QString id = result.target.id;
        m_secrets->forget(id, this, [this, id](const SigningSecrets::Result &r) {
            if (!r.ok()) {
                qCWarning(lcActions) << "the kept signing secret of deleted endpoint" << id << "was not removed";
                showStatus(r.message);
            }
        });
    }
}

bool EndpointActions::confirmClose()
{
    if (!m_deleter->isRunning())
        return true;
    const int left = m_deleter->total() - m_deleter->doneCount();
    if (!MessageBoxes::confirmDestructive(
            m_window, tr("Stop Deleting?"),
            tr("%n endpoint(s) are still to be deleted. If you close now, deleting stops: what was deleted stays "
               "deleted, the rest is kept.",
               nullptr, left),
            tr("Stop and Close")))
        return false;
    m_deleter->cancel();
    return true;
}

void EndpointActions::updateDeletionPace()
{
    const WriteQueue *queue = WriteQueue::of(m_client);
    if (!m_progress || !queue)
        return;
    // One DELETE per spacing of the write queue.
    const qint64 spacing = queue->spacingMs();
    const int left = m_deleter->total() - m_deleter->doneCount();
    m_progress->setPace(BulkReport::timeLeft(int((left * spacing + 999) / 1000)),
                        BulkReport::rate(60000.0 / double(spacing)));
}

void EndpointActions::onDeletionFinished(const QList<EndpointDeleter::RowResult> &results)
{
    if (m_progress)
        m_progress->finish();
    m_window->controller()->resumeAutoRefresh();
    updateActions();
    bool uncertain = false;
    for (const EndpointDeleter::RowResult &r : results)
        uncertain = uncertain || r.outcome == EndpointDeleter::Outcome::Uncertain;
    if (!DeletionReport::needsSummary(results)) {
        showStatus(DeletionReport::rowText(results.constFirst()));
    } else {
        const EditNotice notice = DeletionReport::summary(results);
        if (notice.kind == EditNotice::Kind::Error)
            MessageBoxes::warning(m_window, notice.title, notice.text);
        else
            MessageBoxes::information(m_window, notice.title, notice.text);
    }
    // What the server holds now decides whether those rows are there.
    if (uncertain)
        m_window->refresh();
    emit deletionFinished(results);
}
