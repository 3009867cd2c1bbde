#include "endpointtablemodel.h"

#include "endpointstatus.h"
#include "eventtype.h"
#include "relativetime.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <numeric>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

// Above this many rows the search keys are built on a worker thread after a load.
constexpr int BackgroundSearchIndexRows = 5000;
// Up to this many separately changed rows get their own dataChanged; more are
// coalesced into one range (QSortFilterProxyModel handles one big range in one pass).
constexpr int SeparateDataChangedLimit = 16;
// A refresh that inserts or removes more rows than this resets the model instead:
// each inserted or removed row costs a sorted proxy O(rows), a reset costs one sort.
constexpr int IncrementalStructureLimit = 100;
// Old lists larger than this are freed on a worker thread (freeing 100,000 endpoints
// takes ~10 ms).
constexpr int DisposeInBackgroundRows = 10000;

// ---- case-folded UTF-8 search keys -------------------------------------------------

inline char *appendFolded(char *out, QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s[i];
        if (c < 0x80) {
            *out++ = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            c = QChar::surrogateToUcs4(char16_t(c), s[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD;
        }
        c = QChar::toCaseFolded(c);
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        } else {
            *out++ = char(0xF0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3F));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// Upper bound of appendFolded's output: 3 bytes per UTF-16 unit (a surrogate pair, 2 units, gives 4).
inline qsizetype foldedCapacity(QStringView text) { return text.size() * 3; }

#ifdef __SSE2__
// Positions i of a 16-byte block where hay[i] is the needle's first byte and
// hay[i + m - 1] its last: one bit each.
inline unsigned candidates(const char *at, size_t m, __m128i first, __m128i last)
{
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at + m - 1));
    return unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
}
#endif

inline bool containsBytes(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return true;
    if (m > n)
        return false;
#ifdef __SSE2__
    // 16 positions at a time, filtered by the first and the last byte of the needle
    // (a plain memchr stops at every 'h' of "https" when the needle is "hooks").
    if (m >= 2 && n >= m + 15) {
        const __m128i first = _mm_set1_epi8(needle[0]);
        const __m128i last = _mm_set1_epi8(needle[m - 1]);
        auto found = [&](size_t at, unsigned mask) {
            for (; mask; mask &= mask - 1) {
                if (std::memcmp(hay + at + unsigned(__builtin_ctz(mask)) + 1, needle + 1, m - 2) == 0)
                    return true;
            }
            return false;
        };
        const size_t end = n - m - 15; // the last block starts here
        for (size_t at = 0; at < end; at += 16) {
            if (found(at, candidates(hay + at, m, first, last)))
                return true;
        }
        return found(end, candidates(hay + end, m, first, last));
    }
#endif
    const char first = needle[0];
    const char *p = hay;
    const char *const last = hay + (n - m);
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, first, size_t(last - p) + 1));
        if (!p)
            return false;
        if (std::memcmp(p + 1, needle + 1, m - 1) == 0)
            return true;
        ++p;
    }
    return false;
}

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
            __builtin_prefetch(text(r).utf16());
        for (int r = from; r < to; ++r) {
            if (r + Ahead < to)
                __builtin_prefetch(text(r + Ahead).utf16());
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
                        __builtin_prefetch(gathered + size_t(keys[k + 8].row) * GatherBytes + range.offset);
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

inline qint64 timeKey(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

int stateIndex(WebhookEndpoint::State state) { return int(state); }

// Bit set per column whose text depends on fields that differ.
unsigned changedColumns(const WebhookEndpoint &a, const WebhookEndpoint &b)
{
    unsigned mask = 0;
    auto mark = [&mask](int column) { mask |= 1u << column; };
    if (a.isActive != b.isActive || a.consecutiveFailures != b.consecutiveFailures || a.verifiedAt != b.verifiedAt
        || a.lastSuccessAt != b.lastSuccessAt || a.lastFailureAt != b.lastFailureAt || a.disabledAt != b.disabledAt)
        mark(EndpointTableModel::Status);
    if (a.url != b.url)
        mark(EndpointTableModel::Url);
    if (a.description != b.description || a.description.isNull() != b.description.isNull())
        mark(EndpointTableModel::Description);
    if (a.events != b.events || a.unknownEvents != b.unknownEvents)
        mark(EndpointTableModel::Events);
    if (a.isActive != b.isActive)
        mark(EndpointTableModel::Active);
    if (a.consecutiveFailures != b.consecutiveFailures)
        mark(EndpointTableModel::Failures);
    if (a.lastSuccessAt != b.lastSuccessAt)
        mark(EndpointTableModel::LastSuccess);
    if (a.lastFailureAt != b.lastFailureAt)
        mark(EndpointTableModel::LastFailure);
    if (a.disabledAt != b.disabledAt)
        mark(EndpointTableModel::DisabledAt);
    if (a.updatedAt != b.updatedAt)
        mark(EndpointTableModel::Updated);
    if (!mask && a != b) // id-level fields only (user, organization, created): no cell shows them
        mark(EndpointTableModel::Status);
    // Tint, state and severity are row-wide roles: a change there touches every cell.
    if (a.state() != b.state() || a.consecutiveFailures != b.consecutiveFailures)
        mask |= (1u << EndpointTableModel::ColumnCount) - 1;
    return mask;
}

bool searchTextDiffers(const WebhookEndpoint &a, const WebhookEndpoint &b)
{
    return a.url != b.url || a.description != b.description || a.id != b.id;
}

QString compactEventLabel(EventType type)
{
    switch (type) {
    case EventType::UploadCreated: return QCoreApplication::translate("EndpointTableModel", "created");
    case EventType::UploadCompleted: return QCoreApplication::translate("EndpointTableModel", "completed");
    case EventType::UploadFailed: return QCoreApplication::translate("EndpointTableModel", "failed");
    }
    return {};
}

QBrush stateBackground(const WebhookEndpoint &e)
{
    // Semi-transparent tints: they sit on the palette's base colour, light or dark.
    static const std::array<QBrush, WebhookEndpoint::AutoDisableThreshold + 1> failing = [] {
        std::array<QBrush, WebhookEndpoint::AutoDisableThreshold + 1> brushes;
        for (int i = 0; i <= WebhookEndpoint::AutoDisableThreshold; ++i)
            brushes[size_t(i)] = QBrush(QColor(245, 158, 11, 36 + (70 - 36) * i / WebhookEndpoint::AutoDisableThreshold));
        return brushes;
    }();
    static const QBrush disabled(QColor(220, 38, 38, 64));
    static const QBrush inactive(QColor(128, 128, 128, 48));
    static const QBrush neverVerified(QColor(59, 130, 246, 44));
    switch (e.state()) {
    case WebhookEndpoint::State::Healthy: return QBrush();
    case WebhookEndpoint::State::Failing:
        return failing[size_t(std::clamp(e.consecutiveFailures, 0, WebhookEndpoint::AutoDisableThreshold))];
    case WebhookEndpoint::State::Disabled: return disabled;
    case WebhookEndpoint::State::Inactive: return inactive;
    case WebhookEndpoint::State::NeverVerified: return neverVerified;
    }
    return QBrush();
}

QPixmap drawStateIcon(WebhookEndpoint::State state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0); // draw on a 16x16 grid
    const QRectF disc(0.75, 0.75, 14.5, 14.5);
    QColor fill;
    switch (state) {
    case WebhookEndpoint::State::Healthy: fill = QColor(22, 163, 74); break;
    case WebhookEndpoint::State::Failing: fill = QColor(217, 119, 6); break;
    case WebhookEndpoint::State::Disabled: fill = QColor(220, 38, 38); break;
    case WebhookEndpoint::State::Inactive: fill = QColor(113, 113, 122); break;
    case WebhookEndpoint::State::NeverVerified: fill = QColor(37, 99, 235); break;
    }
    p.setPen(QPen(fill.darker(130), 0.75));
    p.setBrush(fill);
    if (state == WebhookEndpoint::State::Disabled) {
        // A stop sign: the shape says it too.
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double a = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(8 + 7.4 * std::cos(a), 8 + 7.4 * std::sin(a));
        }
        p.drawPolygon(octagon);
    } else {
        p.drawEllipse(disc);
    }
    QPen glyph(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(glyph);
    p.setBrush(Qt::NoBrush);
    switch (state) {
    case WebhookEndpoint::State::Healthy:
        p.drawPolyline(QPolygonF({QPointF(4.6, 8.3), QPointF(7.0, 10.7), QPointF(11.4, 5.6)}));
        break;
    case WebhookEndpoint::State::Failing:
        p.drawLine(QPointF(8, 4.0), QPointF(8, 9.0));
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8, 11.8), 1.25, 1.25);
        break;
    case WebhookEndpoint::State::Disabled:
        p.drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7));
        p.drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7));
        break;
    case WebhookEndpoint::State::Inactive:
        p.drawLine(QPointF(6.3, 5.0), QPointF(6.3, 11.0));
        p.drawLine(QPointF(9.7, 5.0), QPointF(9.7, 11.0));
        break;
    case WebhookEndpoint::State::NeverVerified: {
        QPainterPath q;
        q.moveTo(5.6, 6.2);
        q.cubicTo(5.6, 3.2, 10.6, 3.2, 10.4, 6.2);
        q.cubicTo(10.3, 7.8, 8.0, 7.9, 8.0, 9.6);
        p.drawPath(q);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8, 12.2), 1.2, 1.2);
        break;
    }
    }
    return pixmap;
}

} // namespace

// ---- search index ----------------------------------------------------------------------

// Per row: "url\0description\0id", case-folded UTF-8, in one buffer. Rows that change
// get a new span at the end; the buffer is compacted when half of it is stale.
struct EndpointTableModel::SearchIndex
{
    struct Span
    {
        quint32 offset;
        quint32 length;
    };

    QByteArray text;
    std::vector<Span> spans;
    qsizetype used = 0;
    qsizetype garbage = 0;
    quint64 generation = 0;

    static std::shared_ptr<SearchIndex> build(const QList<WebhookEndpoint> &endpoints, quint64 generation)
    {
        auto index = std::make_shared<SearchIndex>();
        index->generation = generation;
        index->spans.resize(size_t(endpoints.size()));
        // Most text is ASCII: reserve about that, grow when not.
        qsizetype estimate = 0;
        for (const WebhookEndpoint &e : endpoints)
            estimate += e.url.size() + e.description.size() + e.id.size() + 2;
        index->text.resize(estimate + estimate / 8 + 64);
        for (qsizetype r = 0; r < endpoints.size(); ++r)
            index->spans[size_t(r)] = index->append(endpoints.at(r));
        index->text.resize(index->used);
        index->text.squeeze();
        return index;
    }

    Span append(const WebhookEndpoint &e)
    {
        const qsizetype need = foldedCapacity(e.url) + foldedCapacity(e.description) + foldedCapacity(e.id) + 2;
        if (used + need > text.size())
            text.resize(std::max(text.size() + text.size() / 2, used + need));
        char *const begin = text.data() + used;
        char *out = appendFolded(begin, e.url);
        *out++ = '\0';
        out = appendFolded(out, e.description);
        *out++ = '\0';
        out = appendFolded(out, e.id);
        const Span span{quint32(used), quint32(out - begin)};
        used += out - begin;
        return span;
    }

    void setRow(int row, const WebhookEndpoint &e)
    {
        garbage += spans[size_t(row)].length;
        spans[size_t(row)] = append(e);
    }

    void insertRows(int row, const WebhookEndpoint *first, int count)
    {
        std::vector<Span> added;
        added.reserve(size_t(count));
        for (int i = 0; i < count; ++i)
            added.push_back(append(first[i]));
        spans.insert(spans.begin() + row, added.begin(), added.end());
    }

    void removeRows(int row, int count)
    {
        for (int i = row; i < row + count; ++i)
            garbage += spans[size_t(i)].length;
        spans.erase(spans.begin() + row, spans.begin() + row + count);
    }

    void compactIfWasteful()
    {
        if (garbage < 4096 || garbage * 2 < used)
            return;
        QByteArray compact(used - garbage, Qt::Uninitialized);
        qsizetype at = 0;
        for (Span &s : spans) {
            std::memcpy(compact.data() + at, text.constData() + s.offset, s.length);
            s.offset = quint32(at);
            at += s.length;
        }
        text = compact;
        used = at;
        garbage = 0;
    }

    bool matches(int row, const QByteArray &needle) const
    {
        const Span s = spans[size_t(row)];
        return containsBytes(text.constData() + s.offset, s.length, needle.constData(), size_t(needle.size()));
    }
};

// ---- model -------------------------------------------------------------------------------

EndpointTableModel::EndpointTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_now = m_clock();
}

EndpointTableModel::~EndpointTableModel() = default;

int EndpointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QModelIndex EndpointTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // Called twice per comparison while a proxy sorts 100,000 rows: no virtual calls here.
    if (row < 0 || column < 0 || row >= m_endpoints.size() || column >= ColumnCount || parent.isValid())
        return QModelIndex();
    return createIndex(row, column);
}

Qt::ItemFlags EndpointTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Status: return tr("Status");
        case Url: return tr("URL");
        case Description: return tr("Description");
        case Events: return tr("Events");
        case Active: return tr("Active");
        case Failures: return tr("Failures");
        case LastSuccess: return tr("Last success");
        case LastFailure: return tr("Last failure");
        case DisabledAt: return tr("Disabled");
        case Updated: return tr("Updated");
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Status: return tr("Healthy, failing (consecutive failures of %1), disabled by the server, "
                               "inactive (switched off by a person) or never verified")
                .arg(WebhookEndpoint::AutoDisableThreshold);
        case Failures: return tr("Consecutive failed deliveries; the server disables the endpoint at %1")
                .arg(WebhookEndpoint::AutoDisableThreshold);
        case Active: return tr("Whether events are delivered to this endpoint");
        case LastSuccess: return tr("Last successful delivery");
        case LastFailure: return tr("Last failed delivery");
        case DisabledAt: return tr("When the server switched the endpoint off");
        case Updated: return tr("Last change to the endpoint");
        default: break;
        }
    } else if (role == Qt::InitialSortOrderRole) {
        // Trouble and recent times first.
        if (section == Status || section == Failures || isTimeColumn(section))
            return Qt::DescendingOrder;
        return Qt::AscendingOrder;
    }
    return {};
}

QVariant EndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_endpoints.size())
        return {};
    const WebhookEndpoint &e = m_endpoints.at(index.row());
    const int column = index.column();

    switch (role) {
    case EndpointIdRole: return e.id;
    case StateRole: return int(e.state());
    case SeverityRole: return EndpointStatus::severity(e);
    case SortRole: return cellSortValue(e, column);
    case Qt::BackgroundRole: return stateBackground(e);
    default: break;
    }

    if (column == Status)
        return statusData(e, role);

    if (isTimeColumn(column)) {
        const QDateTime *t = nullptr;
        QString never;
        switch (column) {
        case LastSuccess: t = &e.lastSuccessAt; never = tr("No successful delivery yet"); break;
        case LastFailure: t = &e.lastFailureAt; never = tr("No failed delivery"); break;
        case DisabledAt: t = &e.disabledAt; never = tr("Not disabled by the server"); break;
        default: t = &e.updatedAt; never = tr("Unknown"); break;
        }
        if (role == Qt::DisplayRole)
            return RelativeTime::text(*t, m_now);
        if (role == Qt::ToolTipRole)
            return RelativeTime::toolTip(*t, never);
        return {};
    }

    switch (column) {
    case Url:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return e.url;
        break;
    case Description:
        if (role == Qt::DisplayRole) {
            if (e.description.contains(QLatin1Char('\n')) || e.description.contains(QLatin1Char('\r'))
                || e.description.contains(QLatin1Char('\t')))
                return e.description.simplified();
            return e.description.isNull() ? QString(QLatin1String("")) : e.description;
        }
        if (role == Qt::ToolTipRole)
            return e.description.isEmpty() ? QVariant() : QVariant(e.description);
        break;
    case Events:
        if (role == Qt::DisplayRole) {
            QStringList labels;
            for (EventType type : EventTypeNames::all()) {
                if (e.events.testFlag(type))
                    labels << compactEventLabel(type);
            }
            labels += e.unknownEvents;
            return labels.isEmpty() ? RelativeTime::nullText() : labels.join(QLatin1String(", "));
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (EventType type : EventTypeNames::all()) {
                if (e.events.testFlag(type))
                    lines << tr("%1 (%2)").arg(EventTypeNames::label(type), EventTypeNames::toWire(type));
            }
            for (const QString &unknown : e.unknownEvents)
                lines << tr("%1 (not known to this version of the app)").arg(unknown);
            return lines.isEmpty() ? tr("No events") : lines.join(QLatin1Char('\n'));
        }
        break;
    case Active:
        if (role == Qt::DisplayRole)
            return e.isActive ? tr("Yes") : tr("No");
        if (role == Qt::ToolTipRole)
            return e.isActive ? tr("Events are delivered to this endpoint")
                              : (e.isAutoDisabled() ? tr("Switched off by the server after repeated failures")
                                                    : tr("Switched off by a person"));
        break;
    case Failures:
        if (role == Qt::DisplayRole)
            return e.consecutiveFailures;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (role == Qt::ToolTipRole)
            return tr("%1 consecutive failed deliveries of %2 allowed before the server disables the endpoint")
                .arg(e.consecutiveFailures)
                .arg(WebhookEndpoint::AutoDisableThreshold);
        break;
    default: break;
    }
    return {};
}

QVariant EndpointTableModel::statusData(const WebhookEndpoint &e, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return EndpointStatus::text(e);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: return EndpointStatus::toolTip(e);
    case Qt::DecorationRole: {
        const QIcon icon = stateIcon(e.state());
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    default: return {};
    }
}

QVariant EndpointTableModel::cellSortValue(const WebhookEndpoint &e, int column) const
{
    switch (column) {
    case Status: return EndpointStatus::sortKey(e);
    case Url: return e.url;
    case Description: return e.description.isNull() ? QString(QLatin1String("")) : e.description;
    case Events: return int(e.events.toInt()) + 8 * int(e.unknownEvents.size());
    case Active: return e.isActive;
    case Failures: return e.consecutiveFailures;
    case LastSuccess: return e.lastSuccessAt;
    case LastFailure: return e.lastFailureAt;
    case DisabledAt: return e.disabledAt;
    case Updated: return e.updatedAt;
    default: return {};
    }
}

qint64 EndpointTableModel::sortKey(int row, int column) const
{
    const WebhookEndpoint &e = m_endpoints.at(row);
    switch (column) {
    case Status: return EndpointStatus::sortKey(e);
    case Url: return urlOrder()[size_t(row)];
    case Description: return descriptionOrder()[size_t(row)];
    case Events: return qint64(e.events.toInt()) + 8 * qint64(e.unknownEvents.size());
    case Active: return e.isActive ? 1 : 0;
    case Failures: return e.consecutiveFailures;
    case LastSuccess: return timeKey(e.lastSuccessAt);
    case LastFailure: return timeKey(e.lastFailureAt);
    case DisabledAt: return timeKey(e.disabledAt);
    case Updated: return timeKey(e.updatedAt);
    default: return 0;
    }
}

QIcon EndpointTableModel::stateIcon(WebhookEndpoint::State state) const
{
    // Pixmaps need a QGuiApplication; a console tool gets no icons.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QIcon();
    QIcon &icon = m_icons[size_t(stateIndex(state))];
    if (icon.isNull()) {
        for (int size : {16, 20, 24, 32, 40, 48, 64})
            icon.addPixmap(drawStateIcon(state, size));
    }
    return icon;
}

// ---- lookups ---------------------------------------------------------------------------------

int EndpointTableModel::rowOfId(const QString &id) const
{
    if (!m_rowByIdValid) {
        m_rowById.clear();
        m_rowById.reserve(m_endpoints.size());
        for (qsizetype r = 0; r < m_endpoints.size(); ++r)
            m_rowById.insert(m_endpoints.at(r).id, int(r));
        m_rowByIdValid = true;
    }
    return m_rowById.value(id, -1);
}

void EndpointTableModel::invalidateRowIds()
{
    m_rowByIdValid = false;
    m_rowById.clear();
}

std::vector<quint32> EndpointTableModel::rankByUrl(const QList<WebhookEndpoint> &list)
{
    return denseRanks(
        int(list.size()), [&list](int r) { return QStringView(list.at(r).url); }, false, false,
        [&list](int a, int b) {
            const WebhookEndpoint &x = list.at(a);
            const WebhookEndpoint &y = list.at(b);
            const int c = QStringView(x.url).compare(QStringView(y.url));
            return c ? c : QStringView(x.id).compare(QStringView(y.id));
        });
}

std::vector<quint32> EndpointTableModel::rankByDescription(const QList<WebhookEndpoint> &list)
{
    return denseRanks(
        int(list.size()), [&list](int r) { return QStringView(list.at(r).description); }, true, true,
        [&list](int a, int b) {
            const QStringView x = list.at(a).description;
            const QStringView y = list.at(b).description;
            const int c = x.compare(y, Qt::CaseInsensitive);
            return c ? c : x.compare(y);
        });
}

const std::vector<quint32> &EndpointTableModel::urlOrder() const
{
    if (!m_urlOrderValid) {
        m_urlOrder = rankByUrl(m_endpoints);
        m_urlOrderValid = true;
    }
    return m_urlOrder;
}

const std::vector<quint32> &EndpointTableModel::descriptionOrder() const
{
    if (!m_descriptionOrderValid) {
        m_descriptionOrder = rankByDescription(m_endpoints);
        m_descriptionOrderValid = true;
    }
    return m_descriptionOrder;
}

void EndpointTableModel::installOrders(std::vector<quint32> &&urlOrder, std::vector<quint32> &&descriptionOrder)
{
    const size_t rows = size_t(m_endpoints.size());
    m_urlOrderValid = urlOrder.size() == rows;
    m_urlOrder = m_urlOrderValid ? std::move(urlOrder) : std::vector<quint32>();
    m_descriptionOrderValid = descriptionOrder.size() == rows;
    m_descriptionOrder = m_descriptionOrderValid ? std::move(descriptionOrder) : std::vector<quint32>();
}

void EndpointTableModel::invalidateSortOrders()
{
    m_urlOrderValid = false;
    m_descriptionOrderValid = false;
    m_urlOrder = {};
    m_descriptionOrder = {};
}

// ---- search --------------------------------------------------------------------------------------

QByteArray EndpointTableModel::foldForSearch(QStringView text)
{
    QByteArray folded(foldedCapacity(text), Qt::Uninitialized);
    char *end = appendFolded(folded.data(), text);
    folded.truncate(end - folded.constData());
    return folded;
}

bool EndpointTableModel::rowMatchesSearch(int row, const QByteArray &foldedNeedle) const
{
    if (foldedNeedle.isEmpty())
        return true;
    return searchIndex().matches(row, foldedNeedle);
}

const EndpointTableModel::SearchIndex &EndpointTableModel::searchIndex() const
{
    if (!m_search && m_searchFuture.isValid()) {
        std::shared_ptr<SearchIndex> built = m_searchFuture.result(); // waits if still building
        m_searchFuture = QFuture<std::shared_ptr<SearchIndex>>();
        if (built && built->generation == m_searchGeneration && built->spans.size() == size_t(m_endpoints.size()))
            m_search = std::move(built);
    }
    if (!m_search)
        m_search = SearchIndex::build(m_endpoints, m_searchGeneration);
    return *m_search;
}

void EndpointTableModel::forgetSearchIndex()
{
    ++m_searchGeneration;
    m_search.reset();
    m_searchFuture = QFuture<std::shared_ptr<SearchIndex>>();
}

void EndpointTableModel::rebuildSearchIndexLater()
{
    forgetSearchIndex();
    if (m_endpoints.size() < BackgroundSearchIndexRows)
        return; // built on first use
    const QList<WebhookEndpoint> snapshot = m_endpoints; // shared, read-only in the worker
    const quint64 generation = m_searchGeneration;
    m_searchFuture = QtConcurrent::run([snapshot, generation] { return SearchIndex::build(snapshot, generation); });
}

// ---- updates ---------------------------------------------------------------------------------------

void EndpointTableModel::disposeLater(QList<WebhookEndpoint> &&old)
{
    if (old.size() < DisposeInBackgroundRows) {
        old.clear();
        return;
    }
    // Freeing 100,000 endpoints (half a million strings) is ~10 ms of GUI time.
    QList<WebhookEndpoint> doomed = std::move(old);
    old = QList<WebhookEndpoint>();
    (void)QtConcurrent::run([list = std::move(doomed)]() mutable { list = QList<WebhookEndpoint>(); });
}

void EndpointTableModel::recountAll()
{
    const QList<WebhookEndpoint> &list = m_endpoints; // const: the list is often shared, never copy it
    auto count = [&list](qsizetype first, qsizetype end) {
        Counts c;
        for (qsizetype r = first; r < end; ++r) {
            switch (list.at(r).state()) {
            case WebhookEndpoint::State::Healthy: ++c.healthy; break;
            case WebhookEndpoint::State::Failing: ++c.failing; break;
            case WebhookEndpoint::State::Disabled: ++c.disabled; break;
            case WebhookEndpoint::State::Inactive: ++c.inactive; break;
            case WebhookEndpoint::State::NeverVerified: ++c.neverVerified; break;
            }
        }
        return c;
    };
    const qsizetype n = list.size();
    const qsizetype half = n / 2;
    Counts a, b;
    inParallel(
        n >= ParallelRankRows && QThreadPool::globalInstance()->maxThreadCount() > 1,
        [&] { b = count(half, n); }, [&] { a = count(0, half); });
    Counts c;
    c.total = int(n);
    c.healthy = a.healthy + b.healthy;
    c.failing = a.failing + b.failing;
    c.disabled = a.disabled + b.disabled;
    c.inactive = a.inactive + b.inactive;
    c.neverVerified = a.neverVerified + b.neverVerified;
    setCounts(c);
}

void EndpointTableModel::setCounts(const Counts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged();
}

namespace {

void adjustCounts(EndpointTableModel::Counts &c, WebhookEndpoint::State state, int delta)
{
    switch (state) {
    case WebhookEndpoint::State::Healthy: c.healthy += delta; break;
    case WebhookEndpoint::State::Failing: c.failing += delta; break;
    case WebhookEndpoint::State::Disabled: c.disabled += delta; break;
    case WebhookEndpoint::State::Inactive: c.inactive += delta; break;
    case WebhookEndpoint::State::NeverVerified: c.neverVerified += delta; break;
    }
    c.total += delta;
}

} // namespace

void EndpointTableModel::resetTo(PreparedEndpoints prepared)
{
    beginResetModel();
    QList<WebhookEndpoint> old = std::move(m_endpoints);
    m_endpoints = std::move(prepared.endpoints);
    m_now = m_clock();
    invalidateRowIds();
    // Before endResetModel(): that is when a sorted proxy sorts the new rows.
    installOrders(std::move(prepared.urlOrder), std::move(prepared.descriptionOrder));
    forgetSearchIndex();
    endResetModel();
    recountAll();
    // Started once views and proxies have sorted the new rows (when a search needed the
    // index meanwhile, it was built then): until then both cores are theirs.
    if (!m_search)
        rebuildSearchIndexLater();
    disposeLater(std::move(old));
}

void EndpointTableModel::clear() { resetTo({}); }

PreparedEndpoints EndpointTableModel::prepare(QList<WebhookEndpoint> endpoints)
{
    PreparedEndpoints prepared;
    prepared.endpoints = std::move(endpoints);
    prepared.urlOrder = rankByUrl(prepared.endpoints);
    prepared.descriptionOrder = rankByDescription(prepared.endpoints);
    return prepared;
}

void EndpointTableModel::setEndpoints(QList<WebhookEndpoint> endpoints)
{
    PreparedEndpoints unprepared;
    unprepared.endpoints = std::move(endpoints);
    setEndpoints(std::move(unprepared));
}

void EndpointTableModel::setEndpoints(PreparedEndpoints prepared)
{
    if (!prepared.hasOrders()) { // orders for some other list: compute them when needed
        prepared.urlOrder.clear();
        prepared.descriptionOrder.clear();
    }
    const QList<WebhookEndpoint> &endpoints = prepared.endpoints;
    const qsizetype oldCount = m_endpoints.size();
    const qsizetype newCount = endpoints.size();
    if (oldCount == 0 || newCount == 0) {
        resetTo(std::move(prepared));
        return;
    }

    bool sameIds = oldCount == newCount;
    for (qsizetype r = 0; sameIds && r < oldCount; ++r)
        sameIds = m_endpoints.at(r).id == endpoints.at(r).id;
    if (sameIds) {
        applyInPlace(std::move(prepared));
        return;
    }

    // Which old rows stay, and do they keep their relative order?
    QHash<QString, int> newRowOf;
    newRowOf.reserve(newCount);
    for (qsizetype r = 0; r < newCount; ++r)
        newRowOf.insert(endpoints.at(r).id, int(r));
    if (newRowOf.size() != newCount) { // duplicate ids from the server: no row identity to keep
        resetTo(std::move(prepared));
        return;
    }
    std::vector<int> newRowOfOld(size_t(oldCount), -1);
    std::vector<char> survives(size_t(newCount), 0);
    qsizetype removed = 0;
    int lastNewRow = -1;
    bool ordered = true;
    for (qsizetype r = 0; r < oldCount; ++r) {
        const auto it = newRowOf.constFind(m_endpoints.at(r).id);
        if (it == newRowOf.constEnd()) {
            ++removed;
            continue;
        }
        const int nr = it.value();
        if (nr <= lastNewRow)
            ordered = false;
        lastNewRow = nr;
        newRowOfOld[size_t(r)] = nr;
        survives[size_t(nr)] = 1;
    }
    const qsizetype kept = oldCount - removed;
    const qsizetype inserted = newCount - kept;
    if (!ordered || removed + inserted > IncrementalStructureLimit || kept < (oldCount + 1) / 2) {
        resetTo(std::move(prepared));
        return;
    }

    // Remove runs of vanished rows, last run first so that row numbers stay valid.
    for (qsizetype r = oldCount - 1; r >= 0;) {
        if (newRowOfOld[size_t(r)] >= 0) {
            --r;
            continue;
        }
        qsizetype first = r;
        while (first > 0 && newRowOfOld[size_t(first - 1)] < 0)
            --first;
        const int count = int(r - first + 1);
        beginRemoveRows(QModelIndex(), int(first), int(r));
        for (qsizetype i = first; i <= r; ++i)
            adjustCounts(m_counts, m_endpoints.at(i).state(), -1);
        m_endpoints.remove(first, count);
        if (m_urlOrderValid)
            m_urlOrder.erase(m_urlOrder.begin() + first, m_urlOrder.begin() + first + count);
        if (m_descriptionOrderValid)
            m_descriptionOrder.erase(m_descriptionOrder.begin() + first, m_descriptionOrder.begin() + first + count);
        if (m_search)
            m_search->removeRows(int(first), count);
        else
            rebuildSearchIndexLater();
        invalidateRowIds();
        endRemoveRows();
        r = first - 1;
    }

    // With the new list's orders at hand, the rows that stay take their places in them
    // now, and each inserted run brings its own: a sorted proxy placing the new rows
    // needs no string sorting (the orders of a subset of the rows are still orders).
    const bool ordersAtHand = prepared.hasOrders();
    if (ordersAtHand && inserted > 0) {
        std::vector<quint32> byUrl, byDescription;
        byUrl.reserve(size_t(newCount));
        byDescription.reserve(size_t(newCount));
        for (const int nr : newRowOfOld) {
            if (nr < 0)
                continue;
            byUrl.push_back(prepared.urlOrder[size_t(nr)]);
            byDescription.push_back(prepared.descriptionOrder[size_t(nr)]);
        }
        installOrders(std::move(byUrl), std::move(byDescription));
    }

    // Insert runs of new rows in ascending order: before each run, the model holds
    // exactly the new list's rows above it.
    for (qsizetype r = 0; r < newCount;) {
        if (survives[size_t(r)]) {
            ++r;
            continue;
        }
        qsizetype last = r;
        while (last + 1 < newCount && !survives[size_t(last + 1)])
            ++last;
        const int count = int(last - r + 1);
        beginInsertRows(QModelIndex(), int(r), int(last));
        m_endpoints.insert(r, count, WebhookEndpoint());
        for (qsizetype i = r; i <= last; ++i) {
            m_endpoints[i] = endpoints.at(i);
            adjustCounts(m_counts, m_endpoints.at(i).state(), +1);
        }
        if (ordersAtHand && m_urlOrderValid && m_descriptionOrderValid) {
            m_urlOrder.insert(m_urlOrder.begin() + r, prepared.urlOrder.begin() + r,
                              prepared.urlOrder.begin() + last + 1);
            m_descriptionOrder.insert(m_descriptionOrder.begin() + r, prepared.descriptionOrder.begin() + r,
                                      prepared.descriptionOrder.begin() + last + 1);
        } else {
            invalidateSortOrders();
        }
        if (m_search)
            m_search->insertRows(int(r), m_endpoints.constData() + r, count);
        else
            rebuildSearchIndexLater();
        invalidateRowIds();
        endInsertRows();
        r = last + 1;
    }
    if (m_search)
        m_search->compactIfWasteful();
    emit countsChanged();

    applyInPlace(std::move(prepared));
}

void EndpointTableModel::applyInPlace(PreparedEndpoints prepared)
{
    QList<WebhookEndpoint> &endpoints = prepared.endpoints;
    Q_ASSERT(endpoints.size() == m_endpoints.size());
    const bool ordersFit = prepared.hasOrders(); // asked now: `endpoints` is moved from below
    std::vector<RowChange> changes;
    bool urlsChanged = false;
    bool descriptionsChanged = false;
    Counts counts = m_counts;
    for (qsizetype r = 0; r < endpoints.size(); ++r) {
        const WebhookEndpoint &before = m_endpoints.at(r);
        const WebhookEndpoint &after = endpoints.at(r);
        if (before == after)
            continue;
        const unsigned mask = changedColumns(before, after);
        const int firstColumn = __builtin_ctz(mask);
        const int lastColumn = 31 - __builtin_clz(mask);
        changes.push_back({int(r), firstColumn, lastColumn});
        urlsChanged = urlsChanged || before.url != after.url || before.id != after.id;
        descriptionsChanged = descriptionsChanged || before.description != after.description;
        adjustCounts(counts, before.state(), -1);
        adjustCounts(counts, after.state(), +1);
    }
    if (changes.empty()) {
        if (ordersFit && !(m_urlOrderValid && m_descriptionOrderValid))
            installOrders(std::move(prepared.urlOrder), std::move(prepared.descriptionOrder));
        disposeLater(std::move(endpoints));
        return;
    }

    // Keep the old strings where nothing changed (they are what the id lookup shares);
    // take the new rows where something did.
    if (changes.size() * 2 > size_t(m_endpoints.size())) {
        if (m_search && changes.size() > 0) {
            for (const RowChange &c : changes) {
                if (searchTextDiffers(m_endpoints.at(c.row), endpoints.at(c.row)))
                    m_search->setRow(c.row, endpoints.at(c.row));
            }
        }
        QList<WebhookEndpoint> old = std::move(m_endpoints);
        m_endpoints = std::move(endpoints);
        invalidateRowIds();
        disposeLater(std::move(old));
    } else {
        for (const RowChange &c : changes) {
            if (m_search && searchTextDiffers(m_endpoints.at(c.row), endpoints.at(c.row)))
                m_search->setRow(c.row, endpoints.at(c.row));
            m_endpoints[c.row] = endpoints.at(c.row);
        }
        disposeLater(std::move(endpoints));
    }
    if (m_search)
        m_search->compactIfWasteful();
    else if (m_searchFuture.isValid())
        rebuildSearchIndexLater();
    // The new list's orders are exactly those of the rows now (and in place before a
    // sorted proxy reads them on dataChanged).
    if (ordersFit) {
        installOrders(std::move(prepared.urlOrder), std::move(prepared.descriptionOrder));
    } else if (urlsChanged) {
        invalidateSortOrders();
    } else if (descriptionsChanged) {
        m_descriptionOrderValid = false;
        m_descriptionOrder = {};
    }
    setCounts(counts);
    emitRowChanges(changes);
}

void EndpointTableModel::emitRowChanges(std::vector<RowChange> &changes)
{
    if (changes.empty())
        return;
    if (changes.size() > size_t(SeparateDataChangedLimit)) {
        int firstColumn = ColumnCount, lastColumn = 0;
        for (const RowChange &c : changes) {
            firstColumn = std::min(firstColumn, c.firstColumn);
            lastColumn = std::max(lastColumn, c.lastColumn);
        }
        emit dataChanged(index(changes.front().row, firstColumn), index(changes.back().row, lastColumn));
        return;
    }
    // Adjacent rows with changes become one range.
    size_t i = 0;
    while (i < changes.size()) {
        size_t j = i;
        int firstColumn = changes[i].firstColumn, lastColumn = changes[i].lastColumn;
        while (j + 1 < changes.size() && changes[j + 1].row == changes[j].row + 1) {
            ++j;
            firstColumn = std::min(firstColumn, changes[j].firstColumn);
            lastColumn = std::max(lastColumn, changes[j].lastColumn);
        }
        emit dataChanged(index(changes[i].row, firstColumn), index(changes[j].row, lastColumn));
        i = j + 1;
    }
}

int EndpointTableModel::updateEndpoint(const WebhookEndpoint &endpoint)
{
    const int row = rowOfId(endpoint.id);
    if (row < 0) {
        const int at = int(m_endpoints.size());
        beginInsertRows(QModelIndex(), at, at);
        m_endpoints.append(endpoint);
        invalidateSortOrders();
        if (m_search)
            m_search->insertRows(at, &m_endpoints.constLast(), 1);
        else
            rebuildSearchIndexLater();
        if (m_rowByIdValid)
            m_rowById.insert(endpoint.id, at);
        Counts c = m_counts;
        adjustCounts(c, endpoint.state(), +1);
        endInsertRows();
        setCounts(c);
        return at;
    }
    const WebhookEndpoint &before = m_endpoints.at(row);
    if (before == endpoint)
        return row;
    std::vector<RowChange> changes;
    const unsigned mask = changedColumns(before, endpoint);
    changes.push_back({row, __builtin_ctz(mask), 31 - __builtin_clz(mask)});
    Counts c = m_counts;
    adjustCounts(c, before.state(), -1);
    adjustCounts(c, endpoint.state(), +1);
    if (before.url != endpoint.url)
        invalidateSortOrders();
    else if (before.description != endpoint.description) {
        m_descriptionOrderValid = false;
        m_descriptionOrder = {};
    }
    if (searchTextDiffers(before, endpoint)) {
        if (m_search) {
            m_search->setRow(row, endpoint);
            m_search->compactIfWasteful();
        } else {
            rebuildSearchIndexLater();
        }
    }
    m_endpoints[row] = endpoint;
    setCounts(c);
    emitRowChanges(changes);
    return row;
}

bool EndpointTableModel::removeEndpoint(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    Counts c = m_counts;
    adjustCounts(c, m_endpoints.at(row).state(), -1);
    m_endpoints.removeAt(row);
    if (m_urlOrderValid)
        m_urlOrder.erase(m_urlOrder.begin() + row);
    if (m_descriptionOrderValid)
        m_descriptionOrder.erase(m_descriptionOrder.begin() + row);
    if (m_search)
        m_search->removeRows(row, 1);
    else
        rebuildSearchIndexLater();
    invalidateRowIds();
    endRemoveRows();
    setCounts(c);
    return true;
}

// ---- time ----------------------------------------------------------------------------------------------

void EndpointTableModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
    refreshRelativeTimes();
}

void EndpointTableModel::setNow(const QDateTime &now)
{
    setClock([now] { return now; });
}

void EndpointTableModel::refreshRelativeTimes()
{
    m_now = m_clock();
    if (m_endpoints.isEmpty())
        return;
    emit dataChanged(index(0, LastSuccess), index(int(m_endpoints.size()) - 1, Updated), {Qt::DisplayRole});
}
