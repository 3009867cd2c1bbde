#include "columnwidths.h"

#include "endpointtablemodel.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QTableView>

#include <array>

namespace {

// Typical, largest and smallest widths, in average characters of the table's font. A
// column gives up width down to its smallest only when the columns would not all fit
// in view otherwise, and only the ones whose text is elided with its whole in a tooltip.
struct Measure
{
    int typical;
    int largest;
    int smallest; // 0: never less than its content (up to largest)
};

Measure measureOf(int column)
{
    switch (EndpointTableModel::Column(column)) {
    case EndpointTableModel::Status: return {20, 36, 0};
    case EndpointTableModel::Url: return {36, 52, 30};
    case EndpointTableModel::Description: return {20, 32, 12};
    case EndpointTableModel::Events: return {18, 44, 22};
    case EndpointTableModel::Active: return {6, 12, 0};
    case EndpointTableModel::Failures: return {8, 14, 0};
    case EndpointTableModel::LastSuccess:
    case EndpointTableModel::LastFailure:
    case EndpointTableModel::DisabledAt:
    case EndpointTableModel::Updated: return {12, 18, 0};
    case EndpointTableModel::ColumnCount: break;
    }
    return {12, 24, 0};
}

// Who gives up width first when the columns do not fit: the least needed at a glance
// (the events last: "erstellt, abgeschlossen und fehlgeschlagen" is long in German).
constexpr std::array<EndpointTableModel::Column, 3> YieldingOrder{
    EndpointTableModel::Description, EndpointTableModel::Url, EndpointTableModel::Events};

// Hidden until asked for: what the status already says ("Inactive", "Disabled 3 days
// ago") and the time of the last change.
constexpr std::array<EndpointTableModel::Column, 3> HiddenAtFirst{
    EndpointTableModel::Active, EndpointTableModel::DisabledAt, EndpointTableModel::Updated};

int inPixels(const QTableView *table, int characters)
{
    return characters * table->fontMetrics().averageCharWidth();
}

// Fits the columns to the rows in view once the view is shown, then keeps them within the
// view's width as it changes (a wider details pane, a resized window) until the user
// resizes a column: from then on the widths are the user's.
class ColumnFitter : public QObject
{
public:
    static constexpr QLatin1String Name{"odwhColumnFitter"};

    explicit ColumnFitter(QTableView *table) : QObject(table), m_table(table), m_viewport(table->viewport())
    {
        setObjectName(Name);
        table->installEventFilter(this);
        m_viewport->installEventFilter(this);
        // A column shown or hidden from the columns menu is not a width the user chose.
        connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int, int oldSize, int newSize) {
            if (!m_applying && m_measured && oldSize > 0 && newSize > 0) {
                // The user's widths now: nothing here touches them again.
                setObjectName(QString());
                m_table->removeEventFilter(this);
                m_viewport->removeEventFilter(this);
                deleteLater();
            }
        });
    }

    void fit()
    {
        if (!m_table->isVisible())
            return; // when shown: no width and no rows in view before
        measure();
        apply();
    }

    // The measured widths; when they are wider than the view, the elided columns give up
    // what is missing, the least needed first, down to their floors.
    void apply()
    {
        if (!m_measured)
            return;
        const QHeaderView *header = m_table->horizontalHeader();
        std::array<int, EndpointTableModel::ColumnCount> widths = m_needed;
        int missing = -m_viewport->width();
        for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
            if (!header->isSectionHidden(c))
                missing += widths[size_t(c)];
        }
        for (const EndpointTableModel::Column c : YieldingOrder) {
            if (missing <= 0)
                break;
            if (header->isSectionHidden(c))
                continue;
            const int given = qBound(0, widths[size_t(c)] - ColumnWidths::floor(m_table, c), missing);
            widths[size_t(c)] -= given;
            missing -= given;
        }
        const QScopedValueRollback<bool> applying(m_applying, true);
        for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
            if (!header->isSectionHidden(c))
                m_table->setColumnWidth(c, widths[size_t(c)]);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::Show && !m_measured)
            fit();
        else if (watched == m_viewport && event->type() == QEvent::Resize && m_measured)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    // What the rows in view and the header need, each column within its cap.
    void measure()
    {
        QHeaderView *header = m_table->horizontalHeader();
        const QScopedValueRollback<bool> applying(m_applying, true);
        // The rows in view only: by default Qt measures up to 1,000 rows a column, ~150 ms
        // of the GUI thread at the first load of a large list.
        header->setResizeContentsPrecision(0);
        for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
            if (header->isSectionHidden(c))
                continue; // measured when shown
            const int headerNeeds = header->sectionSizeHint(c);
            m_table->resizeColumnToContents(c); // measures the rows in view and the header
            m_needed[size_t(c)]
                = qBound(headerNeeds, header->sectionSize(c), qMax(headerNeeds, ColumnWidths::cap(m_table, c)));
        }
        m_measured = true;
    }

    QTableView *m_table;
    // Kept, not asked of the table: the viewport's events also come while the table is
    // being destroyed, when it is no longer a QAbstractScrollArea to ask.
    QWidget *m_viewport;
    std::array<int, EndpointTableModel::ColumnCount> m_needed{};
    bool m_measured = false;
    bool m_applying = false;
};

ColumnFitter *fitterOf(QTableView *table)
{
    return static_cast<ColumnFitter *>(table->findChild<QObject *>(ColumnFitter::Name, Qt::FindDirectChildrenOnly));
}

} // namespace

void ColumnWidths::setInitial(QTableView *table)
{
    for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
        const int header = table->horizontalHeader()->sectionSizeHint(c);
        table->setColumnWidth(c, qMax(header, inPixels(table, measureOf(c).typical)));
    }
    for (const EndpointTableModel::Column c : HiddenAtFirst)
        table->setColumnHidden(c, true);
}

int ColumnWidths::cap(const QTableView *table, int column)
{
    return inPixels(table, measureOf(column).largest);
}

int ColumnWidths::floor(const QTableView *table, int column)
{
    const int header = table->horizontalHeader()->sectionSizeHint(column);
    return qMax(header, inPixels(table, measureOf(column).smallest));
}

void ColumnWidths::fitToContents(QTableView *table)
{
    ColumnFitter *fitter = fitterOf(table);
    if (!fitter)
        fitter = new ColumnFitter(table);
    fitter->fit();
}

QMenu *ColumnWidths::columnsMenu(QTableView *table, QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("ColumnWidths", "&Columns"), parent);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    QHeaderView *header = table->horizontalHeader();
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, table, header] {
        menu->clear();
        const QAbstractItemModel *model = table->model();
        for (int v = 0; v < header->count(); ++v) {
            const int c = header->logicalIndex(v);
            QAction *shown = menu->addAction(model->headerData(c, Qt::Horizontal).toString());
            shown->setCheckable(true);
            shown->setChecked(!header->isSectionHidden(c));
            // The status and the URL say which endpoint a row is: always shown.
            shown->setEnabled(c != EndpointTableModel::Status && c != EndpointTableModel::Url);
            QObject::connect(shown, &QAction::toggled, table, [table, header, c](bool on) {
                table->setColumnHidden(c, !on);
                if (ColumnFitter *fitter = fitterOf(table))
                    fitter->fit(); // measured now that it is shown; room for it, or the room it left
                else if (on && header->sectionSize(c) < header->sectionSizeHint(c))
                    table->setColumnWidth(c, qMax(header->sectionSizeHint(c), inPixels(table, measureOf(c).typical)));
            });
        }
    });
    return menu;
}
