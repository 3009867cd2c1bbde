#include "refreshplan.h"

#include <QHash>

#include <algorithm>

// A refresh that inserts or removes many rows resets the model instead: each inserted or
// removed run costs a sorted proxy and its view a pass over every row (~2.5 ms at
// 100,000 rows), a reset costs one sort (~25 ms at 100,000 rows). The window restores
// the selection by id after a reset.
RefreshPlan RefreshPlan::make(const QList<WebhookEndpoint> &current, const QList<WebhookEndpoint> &next)
{
    RefreshPlan plan;
    const qsizetype oldCount = current.size();
    const qsizetype newCount = next.size();
    if (oldCount == 0 || newCount == 0)
        return plan;

    bool sameIds = oldCount == newCount;
    for (qsizetype r = 0; sameIds && r < oldCount; ++r)
        sameIds = current.at(r).id == next.at(r).id;
    if (sameIds) {
        plan.kind = Kind::InPlace;
        for (qsizetype r = 0; r < newCount; ++r) {
            if (!(current.at(r) == next.at(r)))
                plan.changedRows.push_back(int(r));
        }
        return plan;
    }

    // Which old rows stay, and do they keep their relative order?
    QHash<QString, int> newRowOf;
    newRowOf.reserve(newCount);
    for (qsizetype r = 0; r < newCount; ++r)
        newRowOf.insert(next.at(r).id, int(r));
    if (newRowOf.size() != newCount) // duplicate ids from the server: no row identity to keep
        return plan;
    std::vector<int> newRowOfOld(size_t(oldCount), -1);
    std::vector<char> survives(size_t(newCount), 0);
    qsizetype removed = 0;
    int lastNewRow = -1;
    for (qsizetype r = 0; r < oldCount; ++r) {
        const auto it = newRowOf.constFind(current.at(r).id);
        if (it == newRowOf.constEnd()) {
            ++removed;
            continue;
        }
        const int nr = it.value();
        if (nr <= lastNewRow)
            return plan; // reordered
        lastNewRow = nr;
        newRowOfOld[size_t(r)] = nr;
        survives[size_t(nr)] = 1;
    }
    const qsizetype kept = oldCount - removed;
    const qsizetype inserted = newCount - kept;
    qint64 runs = 0;
    for (qsizetype r = 0; r < oldCount; ++r)
        runs += newRowOfOld[size_t(r)] < 0 && (r == 0 || newRowOfOld[size_t(r - 1)] >= 0);
    for (qsizetype r = 0; r < newCount; ++r)
        runs += !survives[size_t(r)] && (r == 0 || survives[size_t(r - 1)]);
    if (removed + inserted > StructureLimit || kept < (oldCount + 1) / 2
        || runs * std::max(oldCount, newCount) > StructureWorkLimit)
        return plan;

    plan.kind = Kind::Incremental;
    plan.removed = removed;
    plan.inserted = inserted;
    for (qsizetype r = 0; r < oldCount; ++r) {
        const int nr = newRowOfOld[size_t(r)];
        if (nr >= 0 && !(current.at(r) == next.at(nr)))
            plan.changedRows.push_back(nr);
    }
    // The id lookup the model keeps: keyed by the strings of `current` for the rows that
    // stay (the model keeps those rows), so that it holds on to none of `next`'s, which
    // is freed after the refresh (100,000 ids kept from it would pin most of its memory).
    newRowOf = QHash<QString, int>();
    plan.rowOfNext.reserve(newCount);
    for (qsizetype r = 0; r < oldCount; ++r) {
        if (newRowOfOld[size_t(r)] >= 0)
            plan.rowOfNext.insert(current.at(r).id, newRowOfOld[size_t(r)]);
    }
    for (qsizetype r = 0; r < newCount; ++r) {
        if (!survives[size_t(r)])
            plan.rowOfNext.insert(next.at(r).id, int(r));
    }
    plan.nextRowOfCurrent = std::move(newRowOfOld);
    plan.survives = std::move(survives);
    return plan;
}
