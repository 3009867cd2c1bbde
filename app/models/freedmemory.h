#pragma once

// Memory the app has freed but the C library's allocator still holds. With glibc, each
// worker thread that allocated a 100,000-endpoint list (decoding it, preparing it) has an
// arena of its own, and freed blocks in the middle of an arena are never given back: a
// day of refreshes grew the process from 125 MB to 290 MB with 75 MB in use (mallinfo2).
namespace FreedMemory {

// At program start-up, before any other thread runs (main(); the benchmark does the
// same): blocks of 2 MB and more get memory of their own, given back when freed, and an
// arena gives back free memory at its end beyond 2 MB. (By default glibc raises both limits as large blocks are freed: after the first
// 20 MB row array was freed, each worker arena kept up to 40 MB free at its end, which
// malloc_trim does not reach.)
void limitRetention();

// Gives the free pages of every arena back to the system (glibc's malloc_trim; nothing
// elsewhere). Takes milliseconds: call it on a worker, after a large list was freed.
void returnToSystem();

} // namespace FreedMemory
