#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>

QThreadPool *BackgroundPool::instance()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process, like the global pool
        p->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}
