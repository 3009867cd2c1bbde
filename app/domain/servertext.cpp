#include "servertext.h"

#include <QChar>

namespace ServerText {

namespace {

// A bidi control, an invisible format character or a control character.
bool isHidden(char32_t c)
{
    // Cc (C0, DEL, C1) and Cf: the bidi controls (U+061C, U+200E/F, U+202A-202E,
    // U+2066-2069), zero-width characters (U+200B-200D, U+2060, U+FEFF), soft hyphen,
    // interlinear annotations, tags (U+E0000 block), ...
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format || c == 0x2028 || c == 0x2029;
}

// The code point at `i`, moving `i` past a surrogate pair; a lone surrogate is U+FFFD.
char32_t codePointAt(const QString &text, qsizetype &i)
{
    const char32_t c = text.at(i).unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        ++i;
        return QChar::surrogateToUcs4(text.at(i - 1), text.at(i));
    }
    return QChar::isSurrogate(c) ? char32_t(QChar::ReplacementCharacter) : c;
}

void append(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar::highSurrogate(c));
        out.append(QChar::lowSurrogate(c));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

} // namespace

QString oneLine(const QString &text, int limit)
{
    // Each shown character needs at most two code units; looking at a little more than
    // that is enough to know whether the text was cut.
    const qsizetype scan = qMin<qsizetype>(text.size(), qsizetype(limit) * 2 + 64);
    QString out;
    out.reserve(qMin<qsizetype>(scan, limit + 1));
    bool pendingSpace = false;
    int shown = 0;
    bool cut = false;
    for (qsizetype i = 0; i < scan; ++i) {
        const char32_t c = codePointAt(text, i);
        const bool isSpace = c == u'\n' || c == u'\r' || c == u'\t' || c == 0x2028 || c == 0x2029 || QChar::isSpace(c);
        if (isSpace) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (isHidden(c))
            continue;
        if (shown + (pendingSpace ? 1 : 0) >= limit) {
            cut = true;
            break;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            ++shown;
            pendingSpace = false;
        }
        append(out, c);
        ++shown;
    }
    if (cut || scan < text.size())
        out.append(QChar(0x2026));
    return out;
}

QString forCopy(const QString &text, int limit)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), limit + 1));
    int shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = codePointAt(text, i);
        if (c == u'\r')
            continue; // "\r\n" is one line break
        if (c != u'\n' && c != u'\t' && isHidden(c))
            continue;
        if (shown >= limit) {
            out.append(QChar(0x2026));
            break;
        }
        append(out, c);
        ++shown;
    }
    return out;
}

} // namespace ServerText
