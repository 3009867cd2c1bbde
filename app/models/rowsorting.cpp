#include "rowsorting.h"

#include "denseranks.h"
#include "endpointtablemodel.h"

#include <algorithm>
#include <numeric>

namespace {

// A signed key as an unsigned one of the same order.
inline quint64 orderedBits(qint64 key) { return quint64(key) ^ (quint64(1) << 63); }

// `rows` stably sorted by keys[row], ascending: a radix sort, one pass per byte that
// differs between the keys (rows with equal keys keep their order).
void radixSortByKey(std::vector<int> &rows, const std::vector<quint64> &keys, std::vector<int> &out)
{
    quint64 all = ~quint64(0), any = 0;
    for (const quint64 k : keys) {
        all &= k;
        any |= k;
    }
    const quint64 differ = all ^ any;
    out.resize(rows.size());
    for (int shift = 0; shift < 64; shift += 8) {
        if (((differ >> shift) & 0xff) == 0)
            continue;
        size_t count[257] = {};
        for (const int r : rows)
            ++count[((keys[size_t(r)] >> shift) & 0xff) + 1];
        for (int d = 1; d < 257; ++d)
            count[d] += count[d - 1];
        for (const int r : rows)
            out[count[(keys[size_t(r)] >> shift) & 0xff]++] = r;
        rows.swap(out);
    }
}

} // namespace

void RowSorting::sort(std::vector<int> &order, const QList<WebhookEndpoint> &endpoints,
                      const std::vector<quint32> &byUrl, const std::vector<quint32> &byDescription, int column,
                      Qt::SortOrder sortOrder, Scratch &scratch)
{
    const int rows = int(endpoints.size());
    order.resize(size_t(rows));
    std::iota(order.begin(), order.end(), 0);
    if (rows == 0 || column < 0)
        return;
    // The rows in URL-then-id order first (a counting sort of their places in it, which
    // are distinct but not always dense): the tie order, A to Z in either direction.
    const quint32 topRank = *std::max_element(byUrl.begin(), byUrl.begin() + rows);
    std::vector<int> &start = scratch.start;
    start.assign(size_t(topRank) + 2, 0);
    for (int r = 0; r < rows; ++r)
        ++start[byUrl[size_t(r)] + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    for (int r = 0; r < rows; ++r)
        order[size_t(start[byUrl[size_t(r)]]++)] = r;
    // Then a stable sort by the column's key alone.
    std::vector<quint64> &keys = scratch.keys;
    keys.resize(size_t(rows)); // every key is written below
    if (column == EndpointTableModel::Url) {
        // The URL alone (rows with one URL are equal; their ids are the tie): its place
        // among the distinct URLs, counted along URL-then-id order.
        quint64 key = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && endpoints.at(order[i]).url != endpoints.at(order[i - 1]).url)
                ++key;
            keys[size_t(order[i])] = key;
        }
    } else {
        auto fill = [&](int first, int end) {
            for (int r = first; r < end; ++r)
                keys[size_t(r)] = orderedBits(EndpointTableModel::sortKeyOf(endpoints.at(r), r, column, byUrl, byDescription));
        };
        DenseRanks::forHalves(rows, fill);
    }
    if (sortOrder == Qt::DescendingOrder) {
        for (quint64 &k : keys)
            k = ~k;
    }
    radixSortByKey(order, keys, scratch.rows);
}
