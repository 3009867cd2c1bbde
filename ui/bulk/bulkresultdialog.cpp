#include "bulkresultdialog.h"

#include "bulkchange.h"
#include "bulkreport.h"
#include "tonecolours.h"
#include "urldisplay.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace {
enum Column { EndpointColumn, ResultColumn, ColumnCount };

QIcon iconFor(const QStyle *style, BulkChange::Outcome outcome)
{
    switch (outcome) {
    case BulkChange::Outcome::Changed: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case BulkChange::Outcome::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case BulkChange::Outcome::NotSent: return style->standardIcon(QStyle::SP_MediaStop);
    case BulkChange::Outcome::AlreadySo:
    case BulkChange::Outcome::Refused:
    case BulkChange::Outcome::Pending: break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

// What needs a look comes first: failed, not sent, changed, skipped.
int rank(BulkChange::Outcome outcome)
{
    switch (outcome) {
    case BulkChange::Outcome::Failed: return 0;
    case BulkChange::Outcome::NotSent: return 1;
    case BulkChange::Outcome::Pending: return 2;
    case BulkChange::Outcome::Changed: return 3;
    case BulkChange::Outcome::Refused: return 4;
    case BulkChange::Outcome::AlreadySo: return 5;
    }
    return 6;
}
} // namespace

BulkResultDialog::BulkResultDialog(const BulkChange *bulk, QWidget *parent) : QDialog(parent), m_bulk(bulk)
{
    setObjectName(QStringLiteral("bulkResult"));
    setWindowTitle(BulkReport::windowTitle(bulk->change()));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setAccessibleName(tr("Result per endpoint"));
    m_table->setHorizontalHeaderLabels({tr("Endpoint"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EndpointColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EndpointColumn, 340);
    m_table->setMinimumSize(720, 260);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("&Retry Failed"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_retry->setToolTip(tr("Send the change again to the endpoints where it failed"));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &BulkResultDialog::retryRequested);
    refresh();
}

void BulkResultDialog::refresh()
{
    const QList<BulkChange::Row> rows = m_bulk->rows();
    QString summary = BulkReport::counts(*m_bulk);
    const QString cancelled = BulkReport::cancelledNote(*m_bulk);
    if (!cancelled.isEmpty())
        summary += QLatin1Char('\n') + cancelled;
    m_summary->setText(summary);
    const int failed = m_bulk->count(BulkChange::Outcome::Failed);
    ToneColours::setTone(m_summary, failed > 0 ? ToneColours::Tone::Error : ToneColours::Tone::Normal, palette());
    m_retry->setEnabled(failed > 0 && !m_bulk->isRunning());
    m_retry->setText(failed > 0 ? tr("&Retry %n Failed", nullptr, failed) : tr("&Retry Failed"));

    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&rows](int a, int b) { return rank(rows.at(a).outcome) < rank(rows.at(b).outcome); });
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const BulkChange::Row &row = rows.at(order.at(i));
        auto *endpoint = new QTableWidgetItem(UrlDisplay::forDisplay(row.before.url));
        endpoint->setToolTip(row.before.id);
        endpoint->setData(EndpointIdRole, row.before.id);
        const QString result = BulkReport::outcome(m_bulk->change(), row);
        auto *outcome = new QTableWidgetItem(iconFor(style(), row.outcome), result);
        outcome->setToolTip(row.outcome == BulkChange::Outcome::Failed ? row.error.message() : result);
        if (row.outcome == BulkChange::Outcome::Failed)
            outcome->setForeground(ToneColours::colourFor(ToneColours::Tone::Error, palette()));
        m_table->setItem(i, EndpointColumn, endpoint);
        m_table->setItem(i, ResultColumn, outcome);
    }
}
