#include "disposal.h"

#include <QThreadPool>

QThreadPool *Disposal::pool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process, like the global pool
        p->setMaxThreadCount(1);   // in the order handed over
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}
