#pragma once

// Case- and accent-folded UTF-8 search text: how the search index stores a row's texts and how a
// needle is folded to match them, and the substring search over such bytes. Inline:
// they run in the search index's hot loops.

#include <QChar>
#include <QString>
#include <QStringView>
#include <QtCore/qalgorithms.h>

#include <cstddef>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

// Internal linkage, as when these lived in endpointtablemodel.cpp: GCC then inlines
// containsBytes() and appendFolded() into their few callers (the search loop among them);
// as plain external inline functions they are too large for that and become calls.
namespace SearchText {

namespace {

// ---- case-folded UTF-8 search keys -------------------------------------------------

// Accents are folded in the alphabets where they sit on a letter; elsewhere a
// decomposition changes the word (Hangul syllables, kana with voicing marks).
inline bool hasFoldableAccents(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Latin || script == QChar::Script_Greek || script == QChar::Script_Cyrillic;
}

// The letter under the accents of a canonically decomposable character ("ǘ" -> "u").
// Rare outside Latin-script names, so the allocation of decomposition() is acceptable.
inline char32_t baseLetter(char32_t c)
{
    while (QChar::decompositionTag(c) == QChar::Canonical) {
        const QString parts = QChar::decomposition(c);
        if (parts.isEmpty())
            break;
        const char32_t first = parts.at(0).isHighSurrogate() && parts.size() > 1
            ? QChar::surrogateToUcs4(parts.at(0), parts.at(1))
            : parts.at(0).unicode();
        if (first == c)
            break;
        c = first;
    }
    return QChar::toCaseFolded(c);
}

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
        if (c >= 0x300 && c <= 0x36F)
            continue; // a combining accent: "zu\u0308rich" is found by "zurich"
        if (QChar::decompositionTag(c) == QChar::Canonical && hasFoldableAccents(c))
            c = baseLetter(c); // "ü" is found by "u", as in "Zürich" by "zurich"
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
                if (std::memcmp(hay + at + qCountTrailingZeroBits(mask) + 1, needle + 1, m - 2) == 0)
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

} // namespace
} // namespace SearchText
