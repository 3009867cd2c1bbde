#pragma once

class QThreadPool;

// The threads that do the models' long background work after a refresh: building the
// search text, comparing the watch's health (each 10-200 ms at 100,000 rows). What a
// refresh replaced is freed on Disposal's thread.
//
// Not the global pool: Qt's raster paint engine fills large areas (a repainted table,
// its scroll bar) in parallel on QThreadPool::globalInstance() and waits for those
// slices. With the global pool's threads busy freeing a 100,000-row list, the paint
// after a refresh waited ~70 ms for a free thread (a 75-80 ms wall-clock paint using
// 8-13 ms of CPU, odwh-bench-load); on a pool of their own, such tasks leave the
// global pool to the short work that waits for it.
namespace BackgroundPool {

QThreadPool *instance();

} // namespace BackgroundPool
