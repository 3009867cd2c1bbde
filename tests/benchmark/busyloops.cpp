#include "busyloops.h"

BusyLoops::BusyLoops(int threads)
{
    for (int i = 0; i < threads; ++i) {
        m_threads.emplace_back([this] {
            volatile unsigned long x = 1;
            while (!m_stop.load(std::memory_order_relaxed)) {
                for (int k = 0; k < 10000; ++k)
                    x = x * 2654435761u + 1;
            }
        });
    }
}

BusyLoops::~BusyLoops()
{
    m_stop = true;
    for (std::thread &t : m_threads)
        t.join();
}
