#pragma once

#include "webhookendpoint.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

// How a table showing `current` becomes one showing `next` while keeping row identity
// (selections, scroll position): changed rows in place, vanished rows removed, new rows
// inserted, or, when that would cost more than starting over, a reset. A pure function
// of the two lists, so that it can be worked out on a worker thread (100,000 rows take
// ~30 ms: an id lookup table and a comparison of every row).
struct RefreshPlan
{
    enum class Kind {
        Reset,       // replace everything (first load, most rows gone, reordered, duplicate ids)
        InPlace,     // the same ids in the same order: only `changedRows` differ
        Incremental, // rows removed and inserted, then `changedRows` updated in place
    };

    Kind kind = Kind::Reset;
    // Incremental: per row of `current`, its row in `next`, or -1 when it goes away; per
    // row of `next`, whether it was in `current`.
    std::vector<int> nextRowOfCurrent;
    std::vector<char> survives;
    // Incremental: the row of each id in `next` (made here anyway; the model's id lookup
    // takes it instead of building its own on the GUI thread).
    QHash<QString, int> rowOfNext;
    qsizetype removed = 0;
    qsizetype inserted = 0;
    // InPlace and Incremental: rows of `next`, ascending, whose endpoint differs from
    // the one `current` had under that id.
    std::vector<int> changedRows;

    // Above either limit a reset is planned (see refreshplan.cpp for the costs).
    static constexpr int StructureLimit = 100;            // rows inserted plus removed
    static constexpr qint64 StructureWorkLimit = 1000000; // runs of them, times the rows

    static RefreshPlan make(const QList<WebhookEndpoint> &current, const QList<WebhookEndpoint> &next);
};
