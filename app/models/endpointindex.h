#pragma once

#include "webhookendpoint.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QStringView>

#include <memory>
#include <vector>

class EndpointSearchIndex;

// What EndpointFilterProxyModel sorts and searches the table's rows by: per row, its
// place in URL-then-id order, its rank by description, and its case-folded search text.
//
// An index of rows it does not own (EndpointTableModel's), kept in step by their owner.
// Each part is built when first asked for unless it came ready (the orders from
// EndpointTableModel::prepare() on a worker, the search text from a worker after a
// load); once built, it follows the rows as they change, or is forgotten and built again.
// Reading a part that is built is safe from several threads; ask for it once first.
class EndpointIndex
{
public:
    // `rows` must outlive the index.
    explicit EndpointIndex(const QList<WebhookEndpoint> &rows);
    ~EndpointIndex();
    EndpointIndex(const EndpointIndex &) = delete;
    EndpointIndex &operator=(const EndpointIndex &) = delete;

    // ---- sort orders -----------------------------------------------------------------
    // Per row, a distinct number whose order is URL-then-id order: its position in that
    // order when computed, not always dense later (removed rows take theirs away, and
    // rows of a prepared list carry their places in the whole list).
    const std::vector<quint32> &urlOrder() const
    {
        if (!m_urlOrderValid)
            buildUrlOrder();
        return m_urlOrder;
    }
    // Per row, its rank by description (case-insensitive, null = empty); equal
    // descriptions share a rank. Not always dense either.
    const std::vector<quint32> &descriptionOrder() const
    {
        if (!m_descriptionOrderValid)
            buildDescriptionOrder();
        return m_descriptionOrder;
    }
    // The same orders of any list: safe on any thread (with many rows, half of the work
    // runs on a worker of the global pool meanwhile).
    static std::vector<quint32> rankByUrl(const QList<WebhookEndpoint> &list);
    static std::vector<quint32> rankByDescription(const QList<WebhookEndpoint> &list);

    // ---- search ------------------------------------------------------------------------
    // Search text is case-folded UTF-8; fold the needle with foldForSearch().
    static QByteArray foldForSearch(QStringView text);
    // True when the row's URL, description, id or one of its events contains `foldedNeedle`
    // (or it is empty).
    bool rowMatchesSearch(int row, const QByteArray &foldedNeedle) const;
    static bool searchTextDiffers(const WebhookEndpoint &a, const WebhookEndpoint &b)
    {
        return a.url != b.url || a.description != b.description || a.id != b.id || a.events != b.events
            || a.unknownEvents != b.unknownEvents;
    }

    // ---- kept in step by the rows' owner -----------------------------------------------
    // The orders of the rows as they are now; one that does not fit them is not taken
    // (it is computed when next asked for).
    void setOrders(std::vector<quint32> &&urlOrder, std::vector<quint32> &&descriptionOrder);
    bool hasOrders() const { return m_urlOrderValid && m_descriptionOrderValid; }
    // Computed again when next asked for.
    void forgetOrders();
    void forgetDescriptionOrder();

    // Rows [first, first + count) were removed.
    void removeRows(int first, int count);
    // Rows [first, first + count) were inserted. With the orders of the list they come
    // from (indexed like it, and the other rows' orders taken from it too: setOrders()),
    // they take their places in the orders; without, the orders are forgotten.
    void insertRows(int first, int count, const std::vector<quint32> &urlOrder = {},
                    const std::vector<quint32> &descriptionOrder = {});
    // Before row `row` becomes `next`: its search text follows, if built. (A build under
    // way reads the rows as they were: start it again once they have changed.)
    void updateSearchText(int row, const WebhookEndpoint &next);

    // The search text is built (and follows the rows), being built on a worker, or neither.
    bool hasSearchText() const { return bool(m_search); }
    bool isBuildingSearchText() const { return m_searchBuildPending || m_searchFuture.isValid(); }
    // Builds it on a worker from the rows as they are then, started once the paint
    // requests waiting have been handled (AfterPendingPaint); a few thousand rows are
    // built when first searched instead. Asked for before the build started, the text is
    // built at once.
    void buildSearchTextLater();
    void forgetSearchText();
    // The search text of the rows as they are now, built elsewhere (EndpointTableModel::
    // prepare()); one that does not fit them is not taken (the text is forgotten).
    void adoptSearchText(std::shared_ptr<EndpointSearchIndex> built);
    // Drops the text of changed and removed rows when it has come to take half the space.
    void compactSearchText();

private:
    void buildUrlOrder() const;
    void buildDescriptionOrder() const;
    const EndpointSearchIndex &searchText() const;

    const QList<WebhookEndpoint> &m_rows;

    mutable std::vector<quint32> m_urlOrder;
    mutable bool m_urlOrderValid = false;
    mutable std::vector<quint32> m_descriptionOrder;
    mutable bool m_descriptionOrderValid = false;

    mutable std::shared_ptr<EndpointSearchIndex> m_search;
    mutable QFuture<std::shared_ptr<EndpointSearchIndex>> m_searchFuture;
    mutable bool m_searchBuildPending = false;
    quint64 m_searchGeneration = 0;
    // Held by the index alone: a deferred build start finds it expired once the index is gone.
    std::shared_ptr<const bool> m_alive = std::make_shared<const bool>(true);
};
