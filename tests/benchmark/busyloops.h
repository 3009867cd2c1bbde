#pragma once

#include <atomic>
#include <thread>
#include <vector>

// N threads that spin on the CPU for as long as this object lives: a quiet machine made
// to look like a busy one (a video call and a build on a laptop).
class BusyLoops
{
public:
    explicit BusyLoops(int threads);
    ~BusyLoops();
    BusyLoops(const BusyLoops &) = delete;
    BusyLoops &operator=(const BusyLoops &) = delete;

private:
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
};
