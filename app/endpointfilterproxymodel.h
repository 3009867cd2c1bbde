#pragma once

#include <QByteArray>
#include <QSortFilterProxyModel>
#include <vector>

class EndpointTableModel;

// Quick filters (All / Failing / Disabled / Inactive) and a search over URL,
// description and id, as you type. Reads the source's structs directly, never
// QVariants: 100,000 rows filter within a frame. Sorting is typed, stable
// (ties broken by URL, then id).
class EndpointFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class QuickFilter { All, Failing, Disabled, Inactive };
    Q_ENUM(QuickFilter)

    explicit EndpointFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    QuickFilter quickFilter() const { return m_filter; }
    QString searchText() const { return m_text; }

public slots:
    void setQuickFilter(EndpointFilterProxyModel::QuickFilter filter);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    EndpointTableModel *endpoints() const;
    void forgetAccepted() { m_acceptedValid = false; }

    QuickFilter m_filter = QuickFilter::All;
    QString m_text;
    QByteArray m_needle;
    // Which source rows the last full filter pass accepted: typing more letters can
    // only narrow the result, so rows rejected before are rejected at once.
    mutable std::vector<quint8> m_accepted;
    std::vector<quint8> m_previous;
    bool m_acceptedValid = false;
    bool m_narrowing = false;
};
