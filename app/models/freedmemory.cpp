#include "freedmemory.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void FreedMemory::limitRetention()
{
#if defined(__GLIBC__)
    constexpr int Limit = 2 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, Limit);
    mallopt(M_TRIM_THRESHOLD, Limit);
#endif
}

void FreedMemory::returnToSystem()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
