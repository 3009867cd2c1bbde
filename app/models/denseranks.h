#pragma once

// Dense ranks of many strings (URLs, descriptions) in a given order, fast: see below.
// Header-only: templates and inline helpers.

#include <QFuture>
#include <QStringView>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

// Internal linkage, as when this lived in endpointtablemodel.cpp: GCC then specializes
// std::sort on keyLess (no call through a function pointer per comparison) and inlines the
// single-use helpers; with external linkage it does neither.
namespace DenseRanks {

namespace {

// ---- ranking strings fast: byte keys, most significant first ---------------------------
//
// An MSD radix sort in 24-byte digits: rows are sorted by 24 key bytes of their text,
// rows whose bytes are equal are sorted again by the next 24, and so on, so that URLs
// sharing a long "https://hooks.example.com/" prefix cost no full string comparison.
// A key byte is the UTF-16 unit itself while the text is ASCII (case-folded when
// `fold`), 0 past the end, and 0xFF from the first unit that a byte cannot order
// (non-ASCII after folding) on: keys order rows exactly as `compare` does wherever they
// differ, and rows whose keys stay equal up to such a unit, or to their end, are ordered
// by `compare` itself.
//
// The first GatherBytes key bytes of every row are copied, in one pass, into one
// buffer: the sort then reads that buffer, not 100,000 strings spread over the heap.

constexpr qsizetype KeyBytes = 24;
constexpr qsizetype GatherBytes = 72;
// From this many rows on, ranking uses a second thread.
constexpr int ParallelRankRows = 20000;

// Asks for the cache line at `p` ahead of its use: a hint, where the compiler has one
// (GCC, Clang); elsewhere nothing. Measured: ranking 100,000 rows takes ~5-8% less CPU.
inline void prefetch(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p);
#else
    Q_UNUSED(p);
#endif
}

struct PrefixKey
{
    quint64 word[3];
    quint32 row;
};

// `count` key bytes of `s` from `offset` into `out`.
inline void packBytes(QStringView s, qsizetype offset, bool fold, uchar *out, qsizetype count)
{
    const char16_t *p = s.utf16();
    const qsizetype end = std::min(s.size(), offset + count);
    qsizetype i = offset;
#ifdef __SSE2__
    // Eight ASCII units at a time (the usual case); the scalar loop takes over at the
    // first unit that is not ASCII, and for the last few.
    const __m128i high = _mm_set1_epi16(short(0xFF80));
    const __m128i zero = _mm_setzero_si128();
    const __m128i beforeA = _mm_set1_epi16('A' - 1);
    const __m128i afterZ = _mm_set1_epi16('Z' + 1);
    const __m128i caseBit = _mm_set1_epi16(0x20);
    for (; i + 8 <= end; i += 8) {
        __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(units, high), zero)) != 0xFFFF)
            break;
        if (fold) {
            const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(units, beforeA), _mm_cmplt_epi16(units, afterZ));
            units = _mm_add_epi16(units, _mm_and_si128(upper, caseBit));
        }
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out + (i - offset)), _mm_packus_epi16(units, units));
    }
#endif
    for (; i < end; ++i) {
        char16_t c = p[i];
        if (fold) {
            if (c >= 'A' && c <= 'Z')
                c = char16_t(c + ('a' - 'A'));
            else if (c >= 0x80 && !QChar::isSurrogate(c))
                c = char16_t(QChar::toCaseFolded(char32_t(c))); // a few fold into ASCII (U+212A KELVIN SIGN)
        }
        if (c >= 0x80) {
            std::memset(out + (i - offset), 0xFF, size_t(offset + count - i));
            return;
        }
        out[i - offset] = uchar(c);
    }
    if (i < offset + count)
        std::memset(out + (i - offset), 0, size_t(offset + count - i));
}

// Keys of UTF-16 units, two bytes each (12 units from `offset`; 0 past the end): for
// texts that leave ASCII, ordered exactly as QStringView::compare() orders them.
inline void packUnits(QStringView s, qsizetype offset, quint64 *words)
{
    const char16_t *p = s.utf16();
    const qsizetype n = s.size();
    for (int w = 0; w < 3; ++w) {
        quint64 word = 0;
        for (int u = 0; u < 4; ++u) {
            const qsizetype i = offset + w * 4 + u;
            word = (word << 16) | (i < n ? p[i] : 0);
        }
        words[w] = word;
    }
}
constexpr qsizetype KeyUnits = 12;

inline void loadKey(const uchar *bytes, quint64 *words)
{
    for (int w = 0; w < 3; ++w) {
        quint64 word = 0;
        for (int b = 0; b < 8; ++b)
            word = (word << 8) | bytes[w * 8 + b];
        words[w] = word;
    }
}

inline bool keyLess(const PrefixKey &a, const PrefixKey &b)
{
    if (a.word[0] != b.word[0])
        return a.word[0] < b.word[0];
    if (a.word[1] != b.word[1])
        return a.word[1] < b.word[1];
    return a.word[2] < b.word[2];
}

inline bool keyEqual(const PrefixKey &a, const PrefixKey &b)
{
    return a.word[0] == b.word[0] && a.word[1] == b.word[1] && a.word[2] == b.word[2];
}

// Runs `a` on a worker of the global pool and `b` here, and returns when both are done.
// (If every worker is busy, waiting takes `a` back and runs it here: never a deadlock.)
template <typename A, typename B>
void inParallel(bool worthIt, A &&a, B &&b)
{
    if (!worthIt) {
        a();
        b();
        return;
    }
    QFuture<void> other = QtConcurrent::run(std::forward<A>(a));
    b();
    other.waitForFinished();
}

// f(first, end) over rows [0, rows): in two halves, one on a worker, when there are
// enough rows to be worth it. f must only read shared state (and write nothing but its
// own rows).
template <typename F>
void forHalves(int rows, F f)
{
    const int half = rows / 2;
    inParallel(rows >= ParallelRankRows && QThreadPool::globalInstance()->maxThreadCount() > 1,
               [&f, half, rows] { f(half, rows); }, [&f, half] { f(0, half); });
}

// Calls work(i) for i in [0, count), shared between this thread and a worker: each
// takes the next i until none is left (so a late or slow worker costs nothing).
template <typename Work>
void shareWork(bool worthIt, int count, Work work)
{
    std::atomic<int> next{0};
    auto take = [&] {
        for (int i = next++; i < count; i = next++)
            work(i);
    };
    inParallel(worthIt && count > 1, take, take);
}

// Dense ranks of rows 0..n-1 in the order of `compare` (a total order, ties broken as
// the caller likes): equal rows share a rank. `textDecides`: rows with equal texts
// compare equal (not so for URLs, whose ties are broken by id). With many rows, half
// of the work runs on a worker thread (the GUI thread waits for this).
template <typename Text, typename Compare>
std::vector<quint32> denseRanks(int n, Text text, bool fold, bool textDecides, Compare compare)
{
    std::vector<quint32> ranks(size_t(n), 0);
    if (n == 0)
        return ranks;
    const bool parallel = n >= ParallelRankRows && QThreadPool::globalInstance()->maxThreadCount() > 1;

    // Scratch buffers are not zeroed first: every byte is written before it is read
    // (and the first touch of fresh memory is what costs here).
    const std::unique_ptr<uchar[]> gatheredBuffer(new uchar[size_t(n) * GatherBytes]);
    const std::unique_ptr<quint32[]> lengthsBuffer(new quint32[size_t(n)]);
    uchar *const gathered = gatheredBuffer.get();
    quint32 *const lengths = lengthsBuffer.get();
    constexpr int GatherChunk = 4096; // rows
    auto gather = [&](int from, int to) {
        constexpr int Ahead = 8; // rows: the strings are spread over the heap, fetch them early
        for (int r = from; r < std::min(to, from + Ahead); ++r)
            prefetch(text(r).utf16());
        for (int r = from; r < to; ++r) {
            if (r + Ahead < to)
                prefetch(text(r + Ahead).utf16());
            const QStringView s = text(r);
            lengths[size_t(r)] = quint32(std::min<qsizetype>(s.size(), std::numeric_limits<quint32>::max()));
            packBytes(s, 0, fold, gathered + size_t(r) * GatherBytes, GatherBytes);
        }
    };
    shareWork(parallel, (n + GatherChunk - 1) / GatherChunk,
              [&](int chunk) { gather(chunk * GatherChunk, std::min(n, (chunk + 1) * GatherChunk)); });

    // Skip the bytes that every row shares ("https://" for URLs); they must be plain
    // (neither 0 nor 0xFF), and leave a whole key inside the gathered bytes.
    qsizetype common = 0;
    {
        const uchar *first = gathered;
        while (common < GatherBytes - KeyBytes && first[common] != 0 && first[common] != 0xFF)
            ++common;
        for (int r = 1; r < n && common > 0; ++r) {
            const uchar *row = gathered + size_t(r) * GatherBytes;
            qsizetype i = 0;
            while (i < common && row[i] == first[i])
                ++i;
            common = i;
        }
    }
    auto pack = [&](PrefixKey &key, qsizetype offset) {
        const uchar *row = gathered + size_t(key.row) * GatherBytes;
        if (offset + KeyBytes <= GatherBytes) {
            loadKey(row + offset, key.word);
        } else if (offset < GatherBytes && (lengths[key.row] <= GatherBytes || row[GatherBytes - 1] == 0xFF)) {
            // The text ends (or stopped) within the gathered bytes: the rest is known.
            uchar bytes[KeyBytes];
            const qsizetype have = GatherBytes - offset;
            std::memcpy(bytes, row + offset, size_t(have));
            std::memset(bytes + have, row[GatherBytes - 1] == 0xFF ? 0xFF : 0, size_t(KeyBytes - have));
            loadKey(bytes, key.word);
        } else {
            uchar bytes[KeyBytes];
            packBytes(text(int(key.row)), offset, fold, bytes, KeyBytes);
            loadKey(bytes, key.word);
        }
    };

    // Level 0: every row by its first key bytes after the common prefix. The keys are
    // split around a sampled pivot, and each thread sorts one side.
    const std::unique_ptr<PrefixKey[]> keysBuffer(new PrefixKey[size_t(n)]);
    PrefixKey *const keys = keysBuffer.get();
    shareWork(parallel, (n + GatherChunk - 1) / GatherChunk, [&](int chunk) {
        for (int r = chunk * GatherChunk; r < std::min(n, (chunk + 1) * GatherChunk); ++r) {
            keys[size_t(r)].row = quint32(r);
            pack(keys[size_t(r)], common);
        }
    });
    size_t cut = 0;
    if (parallel) {
        std::array<PrefixKey, 63> sample;
        for (size_t i = 0; i < sample.size(); ++i)
            sample[i] = keys[size_t(n) * i / sample.size()];
        std::nth_element(sample.begin(), sample.begin() + 31, sample.end(), keyLess);
        const PrefixKey pivot = sample[31];
        // Equal keys all go to one side: the cut is a run boundary.
        cut = size_t(std::partition(keys, keys + n, [&pivot](const PrefixKey &k) { return keyLess(k, pivot); }) - keys);
    }
    inParallel(
        parallel, [&] { std::sort(keys + cut, keys + n, keyLess); }, [&] { std::sort(keys, keys + cut, keyLess); });

    // tied[i]: keys[i] compares equal to keys[i - 1] (only ever set by `compare`).
    std::vector<char> tied(size_t(n), 0);
    struct Range
    {
        size_t begin;
        size_t end;
        qsizetype offset; // where the keys of this range are to be packed from
        bool units = false; // keys of UTF-16 units (not bytes), for texts past ASCII
    };
    // Runs of equal keys in a sorted range: settled at once, or queued in `todo` to be
    // ordered by the next bytes.
    auto split = [&](const Range &range, std::vector<Range> &todo) {
        for (size_t i = range.begin; i < range.end;) {
            size_t j = i + 1;
            while (j < range.end && keyEqual(keys[i], keys[j]))
                ++j;
            if (j - i > 1) {
                const qsizetype next = range.offset + (range.units ? KeyUnits : KeyBytes);
                // The very same string in every row (the decoder shares repeated ones):
                // all tied, when the text alone decides.
                bool same = textDecides;
                if (same) {
                    const QStringView head = text(int(keys[i].row));
                    for (size_t k = i + 1; k < j && same; ++k) {
                        const QStringView s = text(int(keys[k].row));
                        same = s.data() == head.data() && s.size() == head.size();
                    }
                }
                // Otherwise ordered by the following bytes when every one so far is
                // plain (no 0xFF) and some text goes on; by `compare` when not.
                const bool stopped = !range.units && (keys[i].word[2] & 0xFF) == 0xFF;
                bool goesOn = false;
                for (size_t k = i; k < j && !same && !goesOn && !stopped; ++k)
                    goesOn = lengths[keys[k].row] > next;
                if (same) {
                    std::fill(tied.begin() + qsizetype(i) + 1, tied.begin() + qsizetype(j), char(1));
                } else if (goesOn) {
                    todo.push_back({i, j, next, range.units});
                } else if (stopped && !fold) {
                    // Past ASCII (an IDN host): on in UTF-16 units from the first such unit.
                    qsizetype at = 0;
                    while (at < KeyBytes && ((keys[i].word[at / 8] >> (56 - 8 * (at % 8))) & 0xFF) != 0xFF)
                        ++at;
                    todo.push_back({i, j, range.offset + at, true});
                } else {
                    std::sort(keys + i, keys + j,
                              [&](const PrefixKey &a, const PrefixKey &b) {
                                  const int c = compare(int(a.row), int(b.row));
                                  return c ? c < 0 : a.row < b.row;
                              });
                    for (size_t k = i + 1; k < j; ++k)
                        tied[k] = compare(int(keys[k - 1].row), int(keys[k].row)) == 0;
                }
            }
            i = j;
        }
    };
    auto settle = [&](std::vector<Range> todo) {
        while (!todo.empty()) {
            const Range range = todo.back();
            todo.pop_back();
            if (range.units) {
                for (size_t k = range.begin; k < range.end; ++k)
                    packUnits(text(int(keys[k].row)), range.offset, keys[k].word);
            } else {
                for (size_t k = range.begin; k < range.end; ++k) {
                    if (k + 8 < range.end && range.offset < GatherBytes)
                        prefetch(gathered + size_t(keys[k + 8].row) * GatherBytes + range.offset);
                    pack(keys[k], range.offset);
                }
            }
            std::sort(keys + range.begin, keys + range.end, keyLess);
            split(range, todo);
        }
    };
    // Runs of equal keys are independent: found on both sides of the cut, then ordered
    // by both threads, the largest first.
    std::vector<Range> runs, otherRuns;
    inParallel(
        parallel, [&] { split({cut, size_t(n), common}, otherRuns); }, [&] { split({0, cut, common}, runs); });
    runs.insert(runs.end(), otherRuns.begin(), otherRuns.end());
    std::sort(runs.begin(), runs.end(),
              [](const Range &a, const Range &b) { return a.end - a.begin > b.end - b.begin; });
    shareWork(parallel, int(runs.size()), [&](int i) { settle({runs[size_t(i)]}); });

    quint32 rank = 0;
    ranks[keys[0].row] = 0;
    for (size_t i = 1; i < size_t(n); ++i) {
        if (!tied[i])
            ++rank;
        ranks[keys[i].row] = rank;
    }
    return ranks;
}

} // namespace
} // namespace DenseRanks
